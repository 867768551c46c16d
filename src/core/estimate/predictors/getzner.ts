// The getzner-v1 predictor kind: Getzner et al. (2023) per-layer regressions on the parameters of the
// PyTorch module a layer corresponds to. Layers map to the paper's seven modules (Conv2d, Linear,
// MaxPool2d, ReLU, Sigmoid, Tanh, Softmax); any other layer gets null, so it shows as not covered.
import { predictPipeline, type FeatureRow, type FittedPipeline } from '../../regression/index.js';
import type { HardwareProfile, LayerPrediction, PredictorKind } from '../profile-types.js';
import type { Mode } from '../estimate-types.js';
import type { LayerCost } from '../../infer/index.js';

export const GETZNER_V1 = 'getzner-v1';

/** The features getznerFeatures gives each of the paper's modules: a fitted pipeline may read only these. */
export const GETZNER_FEATURES: Readonly<Record<string, readonly string[]>> = {
  Conv2d: [], Linear: [],
  MaxPool2d: ['batch_size', 'image_size', 'kernel_size', 'in_channels', 'stride', 'padding'],
  ReLU: ['batch_size', 'input_size'], Sigmoid: ['batch_size', 'input_size'], Tanh: ['batch_size', 'input_size'], Softmax: ['batch_size', 'input_size'],
};

function elements(shape: number[] | null | undefined): number {
  return shape ? shape.reduce((a, b) => a * b, 1) : 0;
}

/** An attr, or the geometric mean of its H and W variants (the paper measured square windows). */
function squareAttr(layer: LayerCost, base: string): number | undefined {
  const h = layer.attrs[`${base}H`];
  const w = layer.attrs[`${base}W`] ?? h;
  if (h === undefined || w === undefined || !Number.isFinite(h) || !Number.isFinite(w)) return undefined;
  return Math.sqrt(h * w);
}

/** Batch and elements per sample of a layer's first input, as the paper's activation datasets define them. */
function batchAndSize(layer: LayerCost): Record<string, number> | null {
  const shape = layer.inputShapes[0] ?? layer.outputShapes[0];
  if (!shape || shape.length === 0) return null;
  const batch = shape.length > 1 ? shape[0]! : 1;
  return { batch_size: batch, input_size: elements(shape) / batch };
}

function maxPoolParams(layer: LayerCost): FeatureRow | null {
  const input = layer.inputShapes[0];
  const output = layer.outputShapes[0];
  if (!input || input.length !== 4 || !output || output.length !== 4) return null;
  // Attrs as core/infer/ops/conv.ts emits them: kernelH/W, strideH/W, padH/W (begin + end, both sides).
  const kernel = squareAttr(layer, 'kernel');
  if (kernel === undefined) return null;
  const stride = squareAttr(layer, 'stride') ?? 1;
  const padding = (squareAttr(layer, 'pad') ?? 0) / 2;
  const params = {
    batch_size: input[0]!,
    // The paper measured square images; a non-square map is represented by its geometric-mean side.
    image_size: Math.sqrt(input[2]! * input[3]!),
    kernel_size: kernel,
    in_channels: input[1]!,
    stride,
    padding,
  };
  // The data set's MaxPool2d "macs": output elements x kernel area / 2, truncated to an integer as its
  // counting tool stores it (checked against its rows).
  return { params, macs: Math.floor((elements(output) * Math.round(kernel * kernel)) / 2) };
}

/**
 * The paper's module and features for a layer, or null. Its Conv2d/Linear MAC counts include the bias
 * add (one per output element), which PyTorch's default layers have, so it is added to ours.
 */
export function getznerFeatures(layer: LayerCost): { module: string; row: FeatureRow } | null {
  if (layer.status !== 'estimated') return null;
  const out = elements(layer.outputShapes[0]);
  switch (layer.op) {
    case 'Conv':
      if (layer.family !== 'conv' || layer.outputShapes[0]?.length !== 4) return null;
      return { module: 'Conv2d', row: { params: {}, macs: layer.macs + out } };
    case 'Gemm':
    case 'MatMul':
      if (layer.family !== 'gemm') return null;
      return { module: 'Linear', row: { params: {}, macs: layer.macs + out } };
    case 'MaxPool': {
      const row = maxPoolParams(layer);
      return row ? { module: 'MaxPool2d', row } : null;
    }
    case 'Relu':
    case 'Sigmoid':
    case 'Tanh':
    case 'Softmax': {
      const params = batchAndSize(layer);
      if (!params) return null;
      const module = layer.op === 'Relu' ? 'ReLU' : layer.op;
      return { module, row: { params, macs: params.batch_size! * params.input_size! } };
    }
    default:
      return null;
  }
}

function modules(predictor: HardwareProfile['predictor']): Record<string, FittedPipeline> {
  const m = predictor.modules;
  return typeof m === 'object' && m !== null ? (m as Record<string, FittedPipeline>) : {};
}

export const getznerPredictor: PredictorKind = {
  kind: GETZNER_V1,
  predictLayer(predictor, _device, layer, mode: Mode): LayerPrediction | null {
    // The paper models forward passes only; a train step is covered only if the profile declares a factor.
    const trainFactor = typeof predictor.trainStepFactor === 'number' ? predictor.trainStepFactor : undefined;
    if (mode === 'train-step' && trainFactor === undefined) return null;
    const features = getznerFeatures(layer);
    if (!features) return null;
    const pipeline = modules(predictor)[features.module];
    if (!pipeline) return null;
    // A linear model with an intercept can go below zero for layers far smaller than any it was fitted
    // on; energy cannot, so such layers are floored at 0 J.
    const energyJ = Math.max(0, predictPipeline(pipeline, features.row));
    return { energyJ: mode === 'train-step' ? energyJ * trainFactor! : energyJ };
  },
};
