// A 12-layer encoder written the way PyTorch 2.x exporters write models (every initializer, even a
// 4-element Reshape target, in an external-data file; value_info declared for every intermediate) with the
// data file gone: the declared shapes carry inference through, the batch is rebound, diagnostics say so,
// and a graph without declarations is flagged as partial in the PR comment's headline.
// Fixtures: test/fixtures/external-encoder/*.onnx, made by test/infer/fixtures/external_encoder.py (PyTorch 1.13).
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
import { estimateEnergy } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { renderComment } from '../../src/core/report/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { profile } from '../estimate/helpers.js';
import { loadOnnx } from './helpers/load.js';

const DIR = 'test/fixtures/external-encoder';
// The dims external_encoder.py builds.
const LAYERS = 12;
const TOKENS = 64;
const EMBED = 512;
const FFN = 2048;

/** Per sample: Q, K, V and output projections, QKᵀ and attention x V over all heads, the two FFN GEMMs. */
const HAND_MACS = LAYERS * (4 * TOKENS * EMBED * EMBED + 2 * TOKENS * TOKENS * EMBED + 2 * TOKENS * EMBED * FFN);

const load = (name: string): Promise<DecodedModel> => loadOnnx(`${DIR}/${name}.onnx`);

describe('encoder whose constants live in a missing external-data file', () => {
  it.each(['encoder-static', 'encoder-dynamic'])('%s: every node sized, MACs within 1%% of the hand count at batch 1 and 8', async (name) => {
    const m = await load(name);
    expect(m.graph.initializers.every((t) => t.external && t.values === undefined)).toBe(true);
    for (const batch of [1, 8]) {
      const inferred = inferModel(m, { batch });
      expect(inferred.coverage.unsupported).toEqual([]);
      expect(Math.abs(inferred.totals.macs / (batch * HAND_MACS) - 1)).toBeLessThan(0.01);
      const declared = inferred.diagnostics.find((d) => d.code === 'W_DECLARED_SHAPES');
      expect(declared?.message).toMatch(/sized from the shapes the graph declares \(value_info\).*external-data file/);
      expect(inferred.layers.find((l) => l.op === 'Softmax')?.outputShapes[0]).toEqual([batch, 8, TOKENS, TOKENS]);
    }
  });

  it('the baked-batch and the symbolic-batch exports give the same MACs and the same kernels', async () => {
    const a = inferModel(await load('encoder-static'), { batch: 8 });
    const b = inferModel(await load('encoder-dynamic'), { batch: 8 });
    // The dynamic export's shape arithmetic (Gather/Div on Shape outputs) adds a few hundred one-element ops.
    expect(b.totals.macs / a.totals.macs).toBeCloseTo(1, 6);
    const h100 = profile('h100-sxm');
    const ea = estimateEnergy(a, h100, { mode: 'inference', modelPath: 'a', format: 'onnx' });
    const eb = estimateEnergy(b, h100, { mode: 'inference', modelPath: 'b', format: 'onnx' });
    expect(eb.totals.energyJ / ea.totals.energyJ).toBeCloseTo(1, 6);
    expect(ea.coverage.heavy).toEqual({ nodes: 96, estimated: 96 });
  });

  it('without declared shapes inference stops at the first Reshape, and the comment headline says the estimate is partial', async () => {
    const m = await load('encoder-dynamic');
    const bare: DecodedModel = { ...m, graph: { ...m.graph, valueInfo: [] } };
    const inferred = inferModel(bare, { batch: 1 });
    expect(inferred.totals.macs / HAND_MACS).toBeLessThan(0.05);
    const h100 = profile('h100-sxm');
    const partial = estimateEnergy(inferred, h100, { mode: 'inference', modelPath: 'models/encoder.onnx', format: 'onnx' });
    expect(partial.coverage.heavy!.estimated).toBeLessThan(0.1 * partial.coverage.heavy!.nodes);
    const full = estimateEnergy(inferModel(m, { batch: 1 }), h100, { mode: 'inference', modelPath: 'models/encoder.onnx', format: 'onnx' });
    const summary = { id: 'h100-sxm', name: h100.name, kind: 'gpu' as const, version: h100.version, calibrated: true };
    const comment = renderComment(diffReports({ base: { reports: [full] }, head: { reports: [partial] }, profiles: [summary] }));
    const headline = comment.slice(0, comment.indexOf('| Model'));
    expect(headline).toMatch(/\[!WARNING\]\n> Partial estimate: models\/encoder\.onnx \(head\) prices \d+ of its 96 Conv\/MatMul\/Gemm nodes on h100-sxm/);
    expect(headline).not.toMatch(/\(base\) prices/);
  });
});
