// RNN/LSTM/GRU layers under roofline-v1, on models exported by PyTorch (test/estimate/fixtures/export_rnn.py):
// no RNN was measured, so each layer is priced as its gemm and elementwise calls through the profile's own
// constants. Covered, physical (idle..TDP, at least one floor per call and step), monotonic in sequence length
// and batch, launch-bound at batch 1 (time linear in steps), and the calls add up to inference's MACs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateEnergy, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { rnnCalls, rnnElementBytes, rnnShape } from '../../src/core/estimate/rnn-model.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { castModel, type DecodedModel } from '../../src/core/graph/index.js';
import { CACHE_DIR, loadOnnx, PYTHON } from '../infer/helpers/load.js';
import { profile } from './helpers.js';

const DIR = join(CACHE_DIR, 'rnn');
/** name → input size and whether the export is batch-first (fixture's MODELS). */
const MODELS: Record<string, { features: number; batchFirst: boolean; op: string; layers: number }> = {
  lstm2: { features: 128, batchFirst: false, op: 'LSTM', layers: 2 },
  gru_bi: { features: 64, batchFirst: true, op: 'GRU', layers: 1 },
  rnn_tanh: { features: 32, batchFirst: false, op: 'RNN', layers: 1 },
};
const models = new Map<string, DecodedModel>();
const opts = (mode: 'inference' | 'train-step') => ({ mode, modelPath: 'rnn.onnx', format: 'onnx' as const });

beforeAll(async () => {
  if (Object.keys(MODELS).some((n) => !existsSync(join(DIR, `${n}.onnx`)))) {
    execFileSync(PYTHON, [resolve('test/estimate/fixtures/export_rnn.py'), DIR], { stdio: 'ignore', timeout: 240_000 });
  }
  for (const n of Object.keys(MODELS)) models.set(n, await loadOnnx(join(DIR, `${n}.onnx`)));
}, 300_000);

function infer(name: string, batch: number, seq: number): InferredModel {
  const m = MODELS[name]!;
  return inferModel(models.get(name)!, { inputShapes: { x: m.batchFirst ? [batch, seq, m.features] : [seq, batch, m.features] } });
}

const PROFILES = ['h100-sxm', 'xeon-gold-5120', 't4', 'laptop-cpu'];

describe.each(Object.keys(MODELS))('%s', (name) => {
  it('inference sizes the recurrent layers, and their calls add up to its MACs', () => {
    const inferred = infer(name, 4, 20);
    const rnn = inferred.layers.filter((l) => l.family === 'rnn');
    expect(rnn.map((l) => l.op)).toEqual(Array(MODELS[name]!.layers).fill(MODELS[name]!.op));
    for (const l of rnn) {
      const s = rnnShape(l)!;
      expect(s).toMatchObject({ batch: 4, seqLen: 20 });
      const gemmMacs = rnnCalls(s).filter((c) => c.features.cls === 'gemm').reduce((a, c) => a + (c.count * c.features.flops) / 2, 0);
      expect(s.directions * gemmMacs).toBe(l.macs);
    }
  });

  it.each(PROFILES)('on %s: covered, between idle and TDP, at least one floor per call', (id) => {
    const p = profile(id);
    const pred = p.predictor as unknown as RooflinePredictor;
    const floorS = pred.inference.gemm!.launchS + pred.inference.elementwise!.launchS;
    for (const mode of ['inference', 'train-step'] as const) {
      const r = estimateEnergy(infer(name, 1, 50), p, opts(mode));
      expect(r.coverage.unsupported).toEqual([]);
      for (const l of r.layers.filter((x) => x.op === MODELS[name]!.op)) {
        expect(l.energyJ / l.seconds!, l.name).toBeGreaterThanOrEqual(p.device.idlePowerW * 0.999);
        expect(l.energyJ / l.seconds!, l.name).toBeLessThanOrEqual(p.device.tdpW * 1.001);
        // 50 steps, each at least one recurrent GEMM and one gate update (times two directions when bidirectional).
        const dirs = name === 'gru_bi' ? 2 : 1;
        expect(l.seconds!, l.name).toBeGreaterThanOrEqual(dirs * 50 * floorS * pred.composition[mode].launchScale * 0.999);
      }
    }
  });

  it.each(PROFILES)('on %s: monotonic in sequence length and batch; train step above inference', (id) => {
    const p = profile(id);
    const energy = (batch: number, seq: number, mode: 'inference' | 'train-step' = 'inference'): number =>
      estimateEnergy(infer(name, batch, seq), p, opts(mode)).layers.filter((l) => l.op === MODELS[name]!.op).reduce((a, l) => a + l.energyJ, 0);
    let previous = 0;
    for (const seq of [1, 10, 50, 200]) {
      const e = energy(1, seq);
      expect(e).toBeGreaterThan(previous);
      previous = e;
    }
    previous = 0;
    for (const batch of [1, 8, 64, 512]) {
      const e = energy(batch, 50);
      expect(e).toBeGreaterThan(previous);
      previous = e;
    }
    expect(energy(8, 50, 'train-step')).toBeGreaterThan(energy(8, 50));
    // Batch 1 is bound by per-step floors and weight reads: doubling the steps about doubles the energy,
    // while 64x the batch costs far less than 64x (the same weights serve the whole batch each step).
    expect(energy(1, 200) / energy(1, 100)).toBeGreaterThan(1.8);
    expect(energy(1, 200) / energy(1, 100)).toBeLessThan(2.05);
    expect(energy(64, 50) / energy(1, 50)).toBeLessThan(32);
  });
});

describe('precision', () => {
  it('an fp16 deployment (cast as --precision fp16 does) reads and writes 2-byte elements and runs at the fp16 roofs', () => {
    const shapes = { inputShapes: { x: [50, 64, MODELS.lstm2!.features] } };
    const fp32 = inferModel(models.get('lstm2')!, shapes);
    const fp16 = inferModel(castModel(models.get('lstm2')!, 'fp16'), shapes);
    const rnn32 = fp32.layers.filter((l) => l.family === 'rnn');
    const rnn16 = fp16.layers.filter((l) => l.family === 'rnn');
    expect(rnn16.map(rnnElementBytes)).toEqual([2, 2]);
    expect(rnn32.map(rnnElementBytes)).toEqual([4, 4]);
    rnn16.forEach((l, i) => {
      const calls16 = rnnCalls(rnnShape(l)!, rnnElementBytes(l));
      const calls32 = rnnCalls(rnnShape(rnn32[i]!)!, rnnElementBytes(rnn32[i]!));
      calls16.forEach((c, k) => expect(2 * c.features.bytes).toBe(calls32[k]!.features.bytes));
    });
    // On the H100 the gemm calls run at the fp16 tensor-core roof and move half the bytes: every LSTM row is cheaper.
    const p = profile('h100-sxm');
    const e32 = estimateEnergy(fp32, p, opts('inference'));
    const e16 = estimateEnergy(fp16, p, opts('inference'));
    const rows = (r: typeof e32) => r.layers.filter((l) => l.op === 'LSTM');
    expect(rows(e16).map((l) => l.precision)).toEqual(['fp16', 'fp16']);
    rows(e16).forEach((l, i) => expect(l.energyJ).toBeLessThan(rows(e32)[i]!.energyJ));
  });
});
