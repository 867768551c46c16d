// The roofline-v1 xeon-gold-5120 profile (roofline-v1 fitted on the Getzner CPU layers) next to the paper's
// per-layer models (xeon-gold-5120-getzner): held-out error per family on the paper's split, coverage of every
// class the H100 profile covers, and small layers priced physically (the paper's MAC-linear Conv2d model
// gives ~190 J to any small convolution: its intercept, fitted on layers with a median of 1e11 MACs).
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeXeonAccuracy, TARGET_XEON_MAPE_RATIO } from '../../bench/accuracy-xeon.js';
import { readMeasurementFiles } from '../../src/adapters/measurements.js';
import { estimateEnergy, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { loadOnnx } from '../infer/helpers/load.js';
import { cachedFit } from '../helpers/fit-cache.js';
import { DEV_MODELS, inferDev, profile } from './helpers.js';

const xeon = profile('xeon-gold-5120');
const paper = profile('xeon-gold-5120-getzner');
const opts = (mode: 'inference' | 'train-step') => ({ mode, modelPath: 'm.onnx', format: 'onnx' as const });
let sampleCnn: DecodedModel;

beforeAll(async () => {
  sampleCnn = await loadOnnx(resolve('models/sample-cnn.onnx'));
});

/** Joules per MAC of the measured Conv2d calls under `maxMacs` (data/getzner/conv2d.csv), lowest and highest. */
function measuredConvJPerMac(maxMacs: number): { low: number; high: number; rows: number } {
  const rows = readMeasurementFiles(['data/getzner/conv2d.csv'], resolve('.')).filter((m) => m.macs < maxMacs);
  const perMac = rows.map((m) => m.joulesPerCall! / m.macs);
  return { low: Math.min(...perMac), high: Math.max(...perMac), rows: rows.length };
}

describe('shipped xeon-gold-5120 (roofline-v1) and xeon-gold-5120-getzner (the paper)', () => {
  it('both are calibrated on the Getzner data; each says which model it is', () => {
    expect(xeon.predictor.kind).toBe('roofline-v1');
    expect(paper.predictor.kind).toBe('getzner-v1');
    for (const p of [xeon, paper]) {
      expect(p.calibrated).toBe(true);
      expect(p.calibratedOn).toContain('data/getzner/conv2d.csv');
      expect(p.device.name).toBe('Intel Xeon Gold 5120');
    }
    expect(paper.name).toMatch(/Getzner et al\. 2023 per-layer models/);
    expect(xeon.name).toMatch(/roofline-v1/);
    // No whole-model CPU measurements exist: the profile claims no whole-model statistics.
    expect(xeon.fit?.wholeModel).toBeUndefined();
  });

  it('covers every class the H100 profile covers; classes without CPU rows are marked derived', () => {
    const mine = xeon.predictor as unknown as RooflinePredictor;
    const h100 = profile('h100-sxm').predictor as unknown as RooflinePredictor;
    expect(Object.keys(mine.inference).sort()).toEqual(expect.arrayContaining(Object.keys(h100.inference).sort()));
    const fit = xeon.fit!.perFamily!;
    for (const cls of Object.keys(mine.inference)) {
      const s = fit[cls]!;
      if (['conv', 'gemm', 'pool', 'activation', 'softmax'].includes(cls)) {
        expect(s.rows, cls).toBeGreaterThan(400);
        expect(s.heldOutMape, cls).toBeGreaterThan(0);
      } else {
        expect(s.rows, cls).toBe(0);
        expect(s.derived, cls).toMatch(/^derived, not measured/);
      }
    }
  });

  it('held-out MAPE on the paper split: conv and linear no worse than 1.5x the paper models', () => {
    const fit = xeon.fit!.perFamily!;
    const theirs = paper.fit!.perFamily!;
    expect(fit.conv!.heldOutMape!).toBeLessThanOrEqual(1.5 * theirs.Conv2d!.heldOutMape!);
    expect(fit.gemm!.heldOutMape!).toBeLessThanOrEqual(1.5 * theirs.Linear!.heldOutMape!);
    expect(fit.conv!.heldOutR2!).toBeGreaterThan(0.99);
    expect(fit.gemm!.heldOutR2!).toBeGreaterThan(0.99);
  });

  it('sample-cnn at batch 1: covered, physical, conv energy per MAC within what the data measured on small convolutions', () => {
    const r = estimateEnergy(inferModel(sampleCnn, { batch: 1 }), xeon, opts('inference'));
    expect(r.coverage.unsupported).toEqual([]);
    for (const l of r.layers.filter((x) => (x.seconds ?? 0) > 0)) {
      expect(l.energyJ / l.seconds!, l.name).toBeGreaterThanOrEqual(xeon.device.idlePowerW * 0.999);
      expect(l.energyJ / l.seconds!, l.name).toBeLessThanOrEqual(xeon.device.tdpW * 1.001);
    }
    // The 16 measured Conv2d calls under 1e8 MACs cost 1.5e-9 .. 1.1e-7 J per MAC (launch-bound ones the most).
    const small = measuredConvJPerMac(1e8);
    expect(small.rows).toBeGreaterThan(10);
    const convs = r.layers.filter((l) => l.op === 'Conv');
    expect(convs).toHaveLength(3);
    for (const c of convs) {
      expect(c.energyJ / c.macs, c.name).toBeGreaterThanOrEqual(small.low);
      expect(c.energyJ / c.macs, c.name).toBeLessThanOrEqual(small.high);
    }
    expect(r.totals.energyJ).toBeGreaterThan(small.low * r.totals.macs);
    expect(r.totals.energyJ).toBeLessThan(small.high * r.totals.macs);
    // The paper's models price the same three convolutions at hundreds of joules (their intercept).
    const theirs = estimateEnergy(inferModel(sampleCnn, { batch: 1 }), paper, opts('inference'));
    expect(theirs.totals.energyJ).toBeGreaterThan(1000 * r.totals.energyJ);
  });

  it('covers every layer of the dev models (eval and training-mode exports, depthwise and BatchNorm included)', async () => {
    for (const dir of ['onnx', 'onnx-train'] as const) {
      for (const name of DEV_MODELS) {
        for (const mode of ['inference', 'train-step'] as const) {
          const r = estimateEnergy(await inferDev(dir, name, 1), xeon, opts(mode));
          expect(r.coverage.unsupported, `${dir}/${name} ${mode}`).toEqual([]);
          expect(r.totals.energyJ).toBeGreaterThan(0);
        }
      }
    }
  });

  it('resnet18 and sample-cnn: monotonic in batch, train step above inference', async () => {
    for (const get of [async (b: number) => inferModel(sampleCnn, { batch: b }), (b: number) => inferDev('onnx-train', 'resnet18', b)]) {
      let previous = 0;
      for (const batch of [1, 8, 32]) {
        const inferred = await get(batch);
        const inf = estimateEnergy(inferred, xeon, opts('inference'));
        expect(inf.coverage.unsupported).toEqual([]);
        expect(inf.totals.energyJ).toBeGreaterThan(previous);
        previous = inf.totals.energyJ;
        expect(estimateEnergy(inferred, xeon, opts('train-step')).totals.energyJ).toBeGreaterThan(2 * inf.totals.energyJ);
      }
    }
  });

  it('bench:accuracy scores the same held-out rows as the paper and agrees with the shipped statistics', async () => {
    const a = await cachedFit(['computeXeonAccuracy'], computeXeonAccuracy);
    expect(a.modules.map((m) => m.op)).toEqual(['Conv2d', 'MaxPool2d', 'Linear', 'ReLU', 'Sigmoid', 'Tanh', 'Softmax']);
    const fit = xeon.fit!.perFamily!;
    for (const m of a.modules) {
      // Same 10% test rows for all three predictors.
      expect(m.roofline.rows, m.op).toBe(m.getzner.rows);
      expect(m.flops.rows, m.op).toBe(m.getzner.rows);
      // The profiles store 6 (getzner-v1) and 4 (roofline-v1) significant digits.
      expect(Math.abs(m.getzner.mape / paper.fit!.perFamily![m.op]!.heldOutMape! - 1), m.op).toBeLessThan(1e-5);
    }
    const byOp = (op: string) => a.modules.find((m) => m.op === op)!;
    expect(Math.abs(byOp('Conv2d').roofline.mape / fit.conv!.heldOutMape! - 1)).toBeLessThan(1e-3);
    expect(Math.abs(byOp('Linear').roofline.mape / fit.gemm!.heldOutMape! - 1)).toBeLessThan(1e-3);
    expect(a.pass).toEqual({ conv: true, linear: true });
    expect(byOp('Linear').roofline.mape).toBeLessThanOrEqual(TARGET_XEON_MAPE_RATIO * byOp('Linear').getzner.mape);
    // The FLOPs-proportional baseline is worse than the roofline-v1 model on every module's relative error.
    for (const m of a.modules) expect(m.roofline.mape, m.op).toBeLessThan(m.flops.mape);
  }, 180_000);
});
