// Architectures the H100 profile never saw and no measurement covers (DenseNet, Inception, EfficientNet and
// MnasNet with depthwise + squeeze-excitation, ShuffleNet, a small ViT), exported by torchvision: the
// estimates must stay physical where polynomial fits blow up (tiny SE layers at batch 1) and land in the
// energy ranges the measured dev models span.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateEnergy, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH } from '../../src/core/plan/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { CACHE_DIR, loadOnnx, PYTHON } from '../infer/helpers/load.js';
import { profile } from './helpers.js';

const UNSEEN = ['densenet121', 'googlenet', 'efficientnet_b0', 'mnasnet0_5', 'shufflenet_v2_x1_0', 'vit_small'];
const DIR = join(CACHE_DIR, 'unseen');
const models = new Map<string, DecodedModel>();
const opts = (mode: 'inference' | 'train-step') => ({ mode, modelPath: 'unseen.onnx', format: 'onnx' as const });

beforeAll(async () => {
  if (UNSEEN.some((n) => !existsSync(join(DIR, `${n}.onnx`)))) {
    execFileSync(PYTHON, [resolve('test/estimate/fixtures/export_unseen.py'), DIR], { stdio: 'ignore', timeout: 240_000 });
  }
  for (const n of UNSEEN) models.set(n, await loadOnnx(join(DIR, `${n}.onnx`)));
}, 300_000);

describe.each(UNSEEN)('%s on h100-sxm', (name) => {
  const h100 = profile('h100-sxm');
  const pred = h100.predictor as unknown as RooflinePredictor;
  const comp = pred.composition.inference;
  // One launch in a pass: the largest scaled floor plus the host and device time every kernel pays.
  const floors = Object.values(pred.inference).map((c) => c!.launchS * comp.launchScale + (comp.hostOverheadS ?? 0) + (comp.deviceOverheadS ?? 0));
  const maxFloorJ = h100.device.idlePowerW * Math.max(...floors);

  it('every layer is estimated and draws between idle power and TDP', () => {
    for (const batch of [1, 128]) {
      const r = estimateEnergy(inferModel(models.get(name)!, { batch }), h100, opts('inference'));
      expect(r.coverage.unsupported).toEqual([]);
      for (const l of r.layers.filter((x) => (x.seconds ?? 0) > 0)) {
        expect(l.energyJ / l.seconds!, l.name).toBeGreaterThanOrEqual(h100.device.idlePowerW * 0.999);
        expect(l.energyJ / l.seconds!, l.name).toBeLessThanOrEqual(h100.device.tdpW * 1.001);
      }
    }
  });

  it('tiny layers at batch 1 (squeeze-excitation, 1x1 maps) cost about one launch per kernel, not multiples', () => {
    const inferred = inferModel(models.get(name)!, { batch: 1 });
    const r = estimateEnergy(inferred, h100, opts('inference'));
    const plan = buildKernelPlan(inferred.layers, EAGER_PYTORCH, 'inference');
    const tiny = r.layers.map((l, i) => ({ l, kernels: plan.kernels.filter((k) => k.anchor === i).length }))
      .filter(({ l, kernels }) => l.status === 'estimated' && l.macs < 1e6 && kernels > 0);
    expect(tiny.length).toBeGreaterThan(0);
    for (const { l, kernels } of tiny) expect(l.energyJ, l.name).toBeLessThanOrEqual(1.5 * kernels * maxFloorJ);
  });

  it('lands in the ranges the measured dev models span', () => {
    // Measured on the dev models (data/h100/models_dev.jsonl): 4.3-10 mJ per kernel at batch 1 (launch-bound),
    // 12.5-144 pJ per MAC at batch 128 (work-bound). Unseen models must stay within 2.5x of those ranges.
    const b1 = estimateEnergy(inferModel(models.get(name)!, { batch: 1 }), h100, opts('inference'));
    const kernels = b1.layers.filter((l) => (l.seconds ?? 0) > 0).length;
    const perKernelJ = b1.totals.energyJ / kernels;
    expect(perKernelJ).toBeGreaterThan(4.3e-3 / 2.5);
    expect(perKernelJ).toBeLessThan(10e-3 * 2.5);
    const b128 = estimateEnergy(inferModel(models.get(name)!, { batch: 128 }), h100, opts('inference'));
    const perMacJ = b128.totals.energyJ / b128.totals.macs;
    expect(perMacJ).toBeGreaterThan(12.5e-12 / 2.5);
    expect(perMacJ).toBeLessThan(144e-12 * 2.5);
  });

  it('grows with batch and costs more as a train step', () => {
    const e = [1, 8, 32, 128].map((batch) => estimateEnergy(inferModel(models.get(name)!, { batch }), h100, opts('inference')).totals.energyJ);
    for (let i = 1; i < e.length; i++) expect(e[i]!).toBeGreaterThan(e[i - 1]!);
    const inferred = inferModel(models.get(name)!, { batch: 32 });
    expect(estimateEnergy(inferred, h100, opts('train-step')).totals.energyJ).toBeGreaterThan(estimateEnergy(inferred, h100, opts('inference')).totals.energyJ);
  });
});
