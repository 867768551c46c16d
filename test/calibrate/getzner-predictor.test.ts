// The getzner-v1 predictor on layers rebuilt from rows of the Getzner data set: the features it derives
// must reproduce the data set's own MAC column, and its prediction must land near the measured energy.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/adapters/profiles.js';
import { getznerFeatures, getznerPredictor } from '../../src/core/estimate/predictors/getzner.js';
import type { LayerCost, OpFamily } from '../../src/core/infer/index.js';

function layer(op: string, family: OpFamily, input: number[], output: number[], macs: number, attrs: Record<string, number> = {}): LayerCost {
  return {
    name: `${op}_0`, op, domain: '', family, inputShapes: [input], outputShapes: [output], macs, params: 0,
    weightBytes: 0, activationBytesIn: 0, activationBytesOut: 0, attrs, status: 'estimated',
  };
}

// linear.csv line 2: batch 472, 4645 → 1920, macs 4210391040, cpu_energy 2.1217547401231026e-06 kWh.
const linear = layer('Gemm', 'gemm', [472, 4645], [472, 1920], 472 * 4645 * 1920);
// conv2d.csv line 2: batch 123, image 127, kernel 7, 80 → 29 channels, stride 1, padding 2 → 125x125 output.
const conv = layer('Conv', 'conv', [123, 80, 127, 127], [123, 29, 125, 125], 123 * 29 * 125 * 125 * 80 * 49);
// maxpool2d.csv line 2: batch 110, image 152, kernel 6, 493 channels, stride 5, padding 3 → 31x31. Attrs as
// core/infer/ops/conv.ts emits them: padH is begin + end padding, kernel the window area.
const pool = layer('MaxPool', 'pool', [110, 493, 152, 152], [110, 493, 31, 31], 110 * 493 * 31 * 31 * 36, { kernel: 36, kernelH: 6, kernelW: 6, strideH: 5, strideW: 5, padH: 6, padW: 6 });
// relu.csv line 2: batch 511, input_size 4964807.
const relu = layer('Relu', 'activation', [511, 4964807], [511, 4964807], 511 * 4964807);

describe('getzner-v1 features', () => {
  it("reproduce the data set's MAC column (bias add included for Conv2d/Linear)", () => {
    expect(getznerFeatures(linear)).toEqual({ module: 'Linear', row: { params: {}, macs: 4210391040 } });
    expect(getznerFeatures(conv)?.row.macs).toBe(218534484375);
    expect(getznerFeatures(pool)).toEqual({
      module: 'MaxPool2d',
      row: { params: { batch_size: 110, image_size: 152, kernel_size: 6, in_channels: 493, stride: 5, padding: 3 }, macs: 938070540 },
    });
    expect(getznerFeatures(relu)).toEqual({ module: 'ReLU', row: { params: { batch_size: 511, input_size: 4964807 }, macs: 2537016377 } });
  });

  it('has no model for other families, unsupported layers, or a pool without its kernel', () => {
    expect(getznerFeatures(layer('Add', 'elementwise', [1, 8], [1, 8], 8))).toBeNull();
    expect(getznerFeatures({ ...linear, status: 'unsupported' })).toBeNull();
    expect(getznerFeatures(layer('MaxPool', 'pool', [1, 3, 8, 8], [1, 3, 4, 4], 48))).toBeNull();
  });
});

describe('getzner-v1 on the shipped xeon-gold-5120-getzner profile', () => {
  it('predicts measured layers within their family error and covers only inference', async () => {
    const profile = await loadProfile('xeon-gold-5120-getzner');
    const predict = (l: LayerCost, mode: 'inference' | 'train-step' = 'inference') => getznerPredictor.predictLayer(profile.predictor, profile.device, l, mode);
    const linearJ = predict(linear)!.energyJ;
    // Measured: 2.1217547401231026e-06 kWh = 7.638 J. Linear's held-out median APE is ~2%.
    expect(Math.abs(linearJ / (2.1217547401231026e-6 * 3.6e6) - 1)).toBeLessThan(0.1);
    // conv2d.csv line 2 measured 0.00012128318066843332 kWh = 436.6 J; the MAC-only Conv2d model has a
    // held-out median APE of ~27%, so only the order of magnitude is a fair check of one row.
    const convRatio = predict(conv)!.energyJ / (0.00012128318066843332 * 3.6e6);
    expect(convRatio).toBeGreaterThan(0.5);
    expect(convRatio).toBeLessThan(2);
    expect(predict(layer('Add', 'elementwise', [1, 8], [1, 8], 8))).toBeNull();
    expect(predict(linear, 'train-step')).toBeNull();
    const withFactor = { ...profile.predictor, trainStepFactor: 3 };
    expect(getznerPredictor.predictLayer(withFactor, profile.device, linear, 'train-step')!.energyJ).toBeCloseTo(3 * linearJ, 12);
  });
});
