// estimateEnergy on the real dev-model exports with every shipped profile: complete reports, bands,
// physical per-layer bounds, train step above inference, monotonic in batch, coverage of what is not estimated.
import { describe, expect, it } from 'vitest';
import { estimateEnergy, type RooflinePredictor, type HardwareProfile } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH } from '../../src/core/plan/index.js';
import { layerClass } from '../../src/core/estimate/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { DEV_MODELS, inferDev, profile, shippedProfiles } from './helpers.js';

const opts = (mode: 'inference' | 'train-step') => ({ mode, modelPath: 'm.onnx', format: 'onnx' as const });

describe('shipped profiles', () => {
  it('all validate, and the GPU/CPU targets of the issue are there with calibrated flags', () => {
    const ids = shippedProfiles().map((p) => p.id);
    for (const id of ['h100-sxm', 'xeon-gold-5120', 'xeon-gold-5120-getzner', 'a100-sxm', 'v100', 't4', 'l4', 'rtx-3090', 'rtx-3070', 'gtx-750-ti', 'generic-x86-server', 'laptop-cpu']) expect(ids).toContain(id);
    // Calibrated on measurements: h100-sxm (data/h100) and both Xeon profiles (data/getzner).
    const calibrated = ['h100-sxm', 'xeon-gold-5120', 'xeon-gold-5120-getzner'];
    for (const id of calibrated) expect(profile(id).calibrated, id).toBe(true);
    for (const p of shippedProfiles().filter((x) => x.predictor.kind === 'roofline-v1' && !calibrated.includes(x.id))) {
      expect(p.calibrated, p.id).toBe(false);
      expect(p.uncertainty.low).toBeLessThanOrEqual(0.5);
      expect(p.uncertainty.high).toBeGreaterThanOrEqual(2);
      expect(p.calibratedOn, p.id).toMatch(/spec sheet/);
    }
  });

  it('estimateEnergy runs with every profile on every dev model in both modes, with a complete report', async () => {
    for (const name of DEV_MODELS) {
      const inferred = await inferDev('onnx', name, 8);
      for (const p of shippedProfiles()) {
        for (const mode of ['inference', 'train-step'] as const) {
          const r = estimateEnergy(inferred, p, opts(mode));
          expect(r.schema).toBe('energy-diff/estimate@1');
          expect(r.profile).toMatchObject({ id: p.id, calibrated: p.calibrated, version: p.version });
          expect(r.layers).toHaveLength(inferred.layers.length);
          expect(r.totals.flops).toBe(2 * r.totals.macs);
          expect(r.totals.energyJLow).toBeLessThanOrEqual(r.totals.energyJ);
          expect(r.totals.energyJHigh).toBeGreaterThanOrEqual(r.totals.energyJ);
          expect(Number.isFinite(r.totals.energyJ)).toBe(true);
          expect(r.coverage.estimated + r.coverage.unsupported.length).toBeGreaterThanOrEqual(r.coverage.nodes);
          if (p.predictor.kind === 'roofline-v1') {
            expect(r.totals.energyJ, `${p.id} ${name} ${mode}`).toBeGreaterThan(0);
            expect(r.coverage.unsupported).toEqual([]);
            const layerSum = r.layers.reduce((a, l) => a + l.energyJ, 0);
            expect(r.totals.energyJ).toBeGreaterThanOrEqual(layerSum * (1 - 1e-12));
          }
        }
      }
    }
  });
});

describe('spec-derived profiles', () => {
  const roofline = (): HardwareProfile[] => shippedProfiles().filter((p) => p.predictor.kind === 'roofline-v1');

  it('average power of every pass lies between the device idle power and its TDP', async () => {
    for (const name of DEV_MODELS) {
      for (const batch of [1, 128]) {
        const inferred = await inferDev('onnx', name, batch);
        for (const p of roofline()) {
          const t = estimateEnergy(inferred, p, opts('inference')).totals;
          expect(t.energyJ / t.seconds!, `${p.id} ${name} b${batch}`).toBeGreaterThanOrEqual(p.device.idlePowerW * 0.999);
          expect(t.energyJ / t.seconds!, `${p.id} ${name} b${batch}`).toBeLessThanOrEqual(p.device.tdpW * 1.001);
        }
      }
    }
  });

  it('a compute-bound pass (vgg11, batch 128) is faster on a GPU with at least twice the convolution peak', async () => {
    const inferred = await inferDev('onnx', 'vgg11', 128);
    const gpus = roofline().filter((p) => p.device.kind === 'gpu');
    const convPeak = (p: HardwareProfile): number => Math.max(p.device.peakFlopsPerS.fp32 ?? 0, p.device.peakFlopsPerS.tf32 ?? 0);
    const seconds = new Map(gpus.map((p) => [p.id, estimateEnergy(inferred, p, opts('inference')).totals.seconds!]));
    let pairs = 0;
    for (const a of gpus) {
      for (const b of gpus) {
        if (convPeak(a) < 2 * convPeak(b)) continue;
        expect(seconds.get(a.id)!, `${a.id} vs ${b.id}`).toBeLessThan(seconds.get(b.id)!);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

describe('roofline-v1 on h100-sxm', () => {
  const h100 = (): HardwareProfile => profile('h100-sxm');

  it('every layer draws between idle power and TDP over its predicted time', async () => {
    const p = h100();
    for (const name of DEV_MODELS) {
      for (const batch of [1, 128]) {
        const r = estimateEnergy(await inferDev('onnx', name, batch), p, opts('inference'));
        for (const l of r.layers.filter((x) => x.status === 'estimated' && (x.seconds ?? 0) > 0)) {
          const powerW = l.energyJ / l.seconds!;
          expect(powerW, `${name} b${batch} ${l.name}`).toBeGreaterThanOrEqual(p.device.idlePowerW * 0.999);
          expect(powerW, `${name} b${batch} ${l.name}`).toBeLessThanOrEqual(p.device.tdpW * 1.001);
        }
      }
    }
  });

  it('a launch-bound pass takes at least the host time of issuing its kernels; nodes that launch none cost 0', async () => {
    const p = h100();
    const pred = p.predictor as unknown as RooflinePredictor;
    const comp = pred.composition.inference;
    const inferred = await inferDev('onnx', 'resnet18', 1);
    const r = estimateEnergy(inferred, p, opts('inference'));
    const plan = buildKernelPlan(inferred.layers, EAGER_PYTORCH, 'inference');
    // The host issues every kernel after its scaled floor plus the host time per kernel; the device cannot finish earlier.
    const hostS = plan.kernels.reduce((a, k) => {
      const cls = layerClass(k.cost);
      const c = cls && cls !== 'free' ? pred.inference[cls] : undefined;
      return a + (c ? c.launchS * comp.launchScale + (comp.hostOverheadS ?? 0) : 0);
    }, 0);
    expect(r.totals.seconds!).toBeGreaterThanOrEqual(hostS * 0.999);
    // At batch 1 the device mostly waits for the host: the pass is little more than that.
    expect(r.totals.seconds!).toBeLessThan(1.3 * hostS);
    expect(r.totals.energyJ).toBeGreaterThanOrEqual(p.device.idlePowerW * hostS * 0.999);
    r.layers.forEach((l, i) => {
      if (!plan.kernels.some((k) => k.anchor === i)) expect(l.energyJ, l.name).toBe(0);
    });
    expect(plan.kernels.length).toBeGreaterThan(40);
  });

  it('train step costs more than inference at the same batch, for every dev model', async () => {
    for (const name of DEV_MODELS) {
      const inferred = await inferDev('onnx-train', name, 32);
      const inf = estimateEnergy(inferred, h100(), opts('inference')).totals.energyJ;
      const train = estimateEnergy(inferred, h100(), opts('train-step')).totals.energyJ;
      expect(train, name).toBeGreaterThan(inf);
    }
  });

  it('a train step of an eval-mode export (BatchNorm folded) says how to count BatchNorm; a training-mode export does not', async () => {
    const folded = estimateEnergy(await inferDev('onnx', 'resnet18', 32), h100(), opts('train-step'));
    expect(folded.diagnostics.map((d) => d.code)).toContain('I_TRAIN_EXPORT');
    const kept = estimateEnergy(await inferDev('onnx-train', 'resnet18', 32), h100(), opts('train-step'));
    expect(kept.diagnostics.map((d) => d.code)).not.toContain('I_TRAIN_EXPORT');
    expect(kept.totals.energyJ).toBeGreaterThan(folded.totals.energyJ);
  });

  it('energy grows with batch size', async () => {
    for (const name of DEV_MODELS) {
      const e = [];
      for (const b of [1, 2, 8, 32, 128]) e.push(estimateEnergy(await inferDev('onnx', name, b), h100(), opts('inference')).totals.energyJ);
      for (let i = 1; i < e.length; i++) expect(e[i]!, `${name} step ${i}`).toBeGreaterThan(e[i - 1]!);
    }
  });
});

function modelWith(nodes: DecodedModel['graph']['nodes']): DecodedModel {
  return {
    format: 'onnx', irVersion: 8, opsetImport: [{ domain: '', version: 17 }, { domain: 'com.example', version: 1 }], producerName: 't', producerVersion: '', functions: [],
    graph: { name: 'g', nodes, inputs: [{ name: 'x', elemType: 1, shape: [1, 64] }], outputs: [], valueInfo: [], initializers: [] },
  };
}

describe('coverage', () => {
  const relu = { name: 'relu', opType: 'Relu', domain: '', inputs: ['x'], outputs: ['r'], attributes: {} };
  const custom = { name: 'mystery', opType: 'FancyOp', domain: 'com.example', inputs: ['r'], outputs: ['y'], attributes: {} };

  it('an operator inference cannot size is listed, its energy excluded, and a diagnostic says so', () => {
    const inferred = inferModel(modelWith([relu, custom]));
    const r = estimateEnergy(inferred, profile('h100-sxm'), opts('inference'));
    expect(r.coverage.unsupported.map((u) => u.node)).toContain('mystery');
    const layer = r.layers.find((l) => l.name === 'mystery')!;
    expect(layer).toMatchObject({ status: 'unsupported', energyJ: 0 });
    expect(r.diagnostics.some((d) => d.code === 'W_NOT_ESTIMATED' && /excluded/.test(d.message))).toBe(true);
    const alone = estimateEnergy(inferModel(modelWith([relu])), profile('h100-sxm'), opts('inference'));
    expect(r.totals.energyJ).toBeCloseTo(alone.totals.energyJ, 12);
  });

  it('layers the profile has no predictor for are counted as not covered (getzner-v1 has no train step)', async () => {
    const r = estimateEnergy(await inferDev('onnx', 'alexnet', 1), profile('xeon-gold-5120-getzner'), opts('train-step'));
    // Only the node that launches nothing (Flatten, a view) counts as estimated, at 0 J.
    expect(r.layers.filter((l) => l.status === 'estimated').map((l) => [l.op, l.energyJ])).toEqual([['Flatten', 0]]);
    expect(r.coverage.estimated).toBe(1);
    expect(r.coverage.unsupported.length).toBeGreaterThan(0);
    expect(r.coverage.unsupported[0]!.reason).toMatch(/no train-step predictor/);
    expect(r.totals.energyJ).toBe(0);
  });

  it('a broken roofline-v1 block is an E_PROFILE_FIELD error naming the field', () => {
    const good = profile('h100-sxm');
    const pred = JSON.parse(JSON.stringify(good.predictor)) as Record<string, Record<string, Record<string, unknown>>>;
    delete pred.inference!.conv!.launchS;
    const bad = { ...good, predictor: pred as unknown as HardwareProfile['predictor'] };
    let error: unknown;
    try {
      estimateEnergy(inferModel(modelWith([relu])), bad, opts('inference'));
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: 'E_PROFILE_FIELD', place: { jsonPath: '$.predictor.inference.conv.launchS' } });
    const noComp = { ...good, predictor: { ...good.predictor, composition: { inference: { launchScale: 1, passOverheadS: 0 } } } };
    expect(() => estimateEnergy(inferModel(modelWith([relu])), noComp, opts('inference'))).toThrow(/launchScale/);
  });

  it('an unknown predictor kind is an E_PROFILE_FIELD error at $.predictor.kind', async () => {
    const bad = { ...profile('h100-sxm'), predictor: { kind: 'nope' } };
    expect(() => estimateEnergy(inferModel(modelWith([relu])), bad, opts('inference'))).toThrow(/unknown predictor kind "nope"/);
  });
});
