// Workload roll-ups checked against arithmetic done by hand on small round numbers.
import { describe, expect, it } from 'vitest';
import { estimateWorkload, profileRunOverheadJ, type EstimateReport, type Mode, type HardwareProfile } from '../../src/core/estimate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';

function report(mode: Mode, batch: number, energyJ: number, low: number, high: number): EstimateReport {
  return {
    schema: 'energy-diff/estimate@1',
    model: { path: 'm.onnx', format: 'onnx' },
    profile: { id: 'p', calibrated: true },
    batch,
    mode,
    totals: { macs: 1, flops: 2, params: 0, energyJ, energyJLow: low, energyJHigh: high },
    layers: [],
    coverage: { nodes: 0, estimated: 0, unsupported: [] },
    diagnostics: [],
  };
}

const step = report('train-step', 32, 3, 2, 4);
const inference = report('inference', 50, 1, 0.5, 1.5);

describe('estimateWorkload', () => {
  it('sums train steps (partial batch as a full step), eval batches and the run overhead', () => {
    // 1000 samples / 32 = 31.25 → 32 steps per epoch, 10 epochs = 320 steps of 3 J = 960 J.
    // 120 eval samples / 50 = 2.4 → 3 inference batches per epoch = 30 batches of 1 J = 30 J. Overhead 10 J.
    const w = estimateWorkload({
      trainStep: step,
      inference,
      trainingRun: { epochs: 10, trainSamples: 1000, evalSamples: 120, batch: 32 },
      perRunOverheadJ: 10,
    });
    expect(w.trainingRun).toEqual({ steps: 320, energyJ: 1000, energyJLow: 320 * 2 + 30 * 0.5 + 10, energyJHigh: 320 * 4 + 30 * 1.5 + 10 });
    expect(w.kWh).toBeCloseTo(1000 / 3.6e6, 15);
    expect(w.gCO2e).toBeUndefined();
    expect(w.cost).toBeUndefined();
  });

  it('serves requests at energy per batch / batch and converts to kWh, gCO2e and cost', () => {
    // 7.2e6 requests x (1 J / 50) = 144000 J = 0.04 kWh; 400 g/kWh → 16 g; 0.25 per kWh → 0.01.
    const w = estimateWorkload({ inference, serving: { requestsPerMonth: 7.2e6 }, gridIntensityGCO2ePerKWh: 400, pricePerKWh: 0.25 });
    expect(w.serving?.energyJPerMonth).toBeCloseTo(144000, 9);
    expect(w.serving?.energyJLowPerMonth).toBeCloseTo(72000, 9);
    expect(w.serving?.energyJHighPerMonth).toBeCloseTo(216000, 9);
    expect(w.kWh).toBeCloseTo(0.04, 15);
    expect(w.gCO2e).toBeCloseTo(16, 12);
    expect(w.cost).toBeCloseTo(0.01, 15);
  });

  it('adds one month of serving to a training run in kWh', () => {
    const w = estimateWorkload({ trainStep: step, inference, trainingRun: { epochs: 1, trainSamples: 64, batch: 32 }, serving: { requestsPerMonth: 100 } });
    // 2 steps x 3 J + 100 x 0.02 J = 8 J.
    expect(w.kWh).toBeCloseTo(8 / 3.6e6, 18);
  });

  it('refuses a train-step estimate at another batch, a missing inference estimate, and bad counts', () => {
    expect(() => estimateWorkload({ trainStep: step, trainingRun: { epochs: 1, trainSamples: 10, batch: 16 } })).toThrow(/--batch 16/);
    expect(() => estimateWorkload({ trainStep: step, trainingRun: { epochs: 1, trainSamples: 10, evalSamples: 5, batch: 32 } })).toThrow(EnergyDiffError);
    expect(() => estimateWorkload({ trainStep: inference, trainingRun: { epochs: 1, trainSamples: 10, batch: 50 } })).toThrow(/mode 'train-step'/);
    try {
      estimateWorkload({ trainStep: step, trainingRun: { epochs: 0.5, trainSamples: 10, batch: 32 } });
      expect.unreachable();
    } catch (err) {
      expect((err as EnergyDiffError).place.jsonPath).toBe('trainingRun.epochs');
    }
  });

  it('returns an empty roll-up when nothing is declared, and reads a profile overhead', () => {
    expect(estimateWorkload({ inference })).toEqual({});
    const profile = { predictor: { kind: 'x', perRunOverheadJ: 42 } } as unknown as HardwareProfile;
    expect(profileRunOverheadJ(profile)).toBe(42);
    expect(profileRunOverheadJ({ predictor: { kind: 'x' } } as unknown as HardwareProfile)).toBe(0);
  });
});
