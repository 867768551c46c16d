// Per-layer attribution in a pipelined pass: a layer's row is its own kernel's price, so between two versions of
// a model a layer whose work grows never gets a smaller row, and a layer whose work is the same keeps its row.
// The device's wait on the host (host-bound stretches of the launch pipeline) belongs to the pass, whose
// overhead carries it: rows plus overhead are still the pass total.
import { describe, expect, it } from 'vitest';
import { estimateEnergy, type HardwareProfile, type Mode } from '../../src/core/estimate/index.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { loadOnnx } from '../infer/helpers/load.js';
import { cnnSpec } from '../golden/real-models.js';
import { shippedProfiles } from './helpers.js';

type Layer = InferredModel['layers'][number];

const elements = (shapes: readonly (readonly number[] | null)[]): number =>
  shapes.reduce((a, s) => a + (s ?? []).reduce((x, d) => x * d, 1), 0);

/** -1: less work, 0: the same, 1: more (every measure at least as large, one larger), null: mixed. */
function workChange(b: Layer, h: Layer): -1 | 0 | 1 | null {
  const measures = (l: Layer) => [l.macs, l.params, elements(l.inputShapes), elements(l.outputShapes)];
  const [mb, mh] = [measures(b), measures(h)];
  const up = mh.some((x, i) => x > mb[i]!);
  const down = mh.some((x, i) => x < mb[i]!);
  if (up && down) return null;
  return up ? 1 : down ? -1 : 0;
}

const pipelined = (): HardwareProfile[] =>
  shippedProfiles().filter((p) => (p.predictor as { composition?: Record<Mode, { pipelined?: boolean }> }).composition?.inference?.pipelined);

const sampleCnn = async (file: string, batch: number): Promise<InferredModel> => inferModel(await loadOnnx(file), { batch });
const widthCnn = (width: number, batch: number): InferredModel =>
  inferModel(decodeLayersJson(JSON.stringify(cnnSpec(width)), 'cnn.layers.json'), { batch });

async function pairs(batch: number): Promise<[string, InferredModel, InferredModel][]> {
  return [
    ['models/sample-cnn.onnx → sample-cnn-wide.onnx', await sampleCnn('models/sample-cnn.onnx', batch), await sampleCnn('models/sample-cnn-wide.onnx', batch)],
    ['width-change golden (cnn 32 → 48 channels)', widthCnn(32, batch), widthCnn(48, batch)],
  ];
}

describe('per-layer attribution on real model pairs', () => {
  it('there are pipelined profiles to check (h100-sxm among them)', () => {
    expect(pipelined().map((p) => p.id)).toContain('h100-sxm');
  });

  for (const batch of [1, 64]) {
    it(`batch ${batch}: a layer whose work grows never gets a smaller energy row; unchanged work keeps its row`, async () => {
      let grown = 0;
      for (const [pair, base, head] of await pairs(batch)) {
        for (const p of pipelined()) {
          for (const mode of ['inference', 'train-step'] as const) {
            const opts = { mode, modelPath: 'm', format: 'onnx' as const };
            const [rb, rh] = [estimateEnergy(base, p, opts), estimateEnergy(head, p, opts)];
            const rowOf = new Map(rb.layers.map((l) => [l.name, l]));
            base.layers.forEach((lb) => {
              const lh = head.layers.find((l) => l.name === lb.name);
              if (!lh || lb.status !== 'estimated' || lh.status !== 'estimated') return;
              const eb = rowOf.get(lb.name)!.energyJ;
              const eh = rh.layers.find((l) => l.name === lb.name)!.energyJ;
              const where = `${pair}, ${p.id} ${mode}, ${lb.name} (${lb.op}): ${eb} J → ${eh} J`;
              const change = workChange(lb, lh);
              if (change === 1) {
                grown += 1;
                expect(eh, where).toBeGreaterThanOrEqual(eb);
              } else if (change === 0) expect(eh, where).toBeCloseTo(eb, 15);
              else if (change === -1) expect(eh, where).toBeLessThanOrEqual(eb);
            });
          }
        }
      }
      expect(grown).toBeGreaterThan(100);
    });
  }

  it('rows plus the pass overhead are the total, and the overhead is never negative', async () => {
    for (const [, base, head] of await pairs(1)) {
      for (const p of pipelined()) {
        for (const mode of ['inference', 'train-step'] as const) {
          for (const m of [base, head]) {
            const r = estimateEnergy(m, p, { mode, modelPath: 'm', format: 'onnx' });
            const rowsJ = r.layers.reduce((a, l) => a + l.energyJ, 0);
            const rowsS = r.layers.reduce((a, l) => a + (l.seconds ?? 0), 0);
            expect(r.totals.energyJ - rowsJ, `${p.id} ${mode}`).toBeGreaterThanOrEqual(0);
            expect(r.totals.seconds! - rowsS, `${p.id} ${mode}`).toBeGreaterThanOrEqual(0);
          }
        }
      }
    }
  });
});
