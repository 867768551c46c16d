// RNN, LSTM and GRU layers under roofline-v1. No RNN was measured, so a layer is priced as the calls it runs,
// each through the profile's own measured classes (derived, not fitted): per direction, one input
// projection GEMM over all steps (PyTorch and cuDNN batch it), then per step a recurrent GEMM that re-reads
// the hidden-to-hidden weights and one fused gate update (elementwise). Each call pays its floor and the
// larger of its roofs, so small-batch RNNs come out launch- or weight-bandwidth-bound, as they are.
import type { DeviceFacts } from './profile-types.js';
import type { LayerCost } from '../infer/index.js';
import { DT, elementBytes } from '../graph/index.js';
import { layerEnergy, type LayerFeatures, type RooflineClass, type RooflineClassParams } from './roofline-model.js';

const TILE = 64;

export interface RnnShape {
  batch: number;
  seqLen: number;
  inputSize: number;
  hidden: number;
  directions: number;
  gates: number;
}

/** The shape attrs core/infer gives an rnn layer, or null when one is missing. */
export function rnnShape(layer: LayerCost): RnnShape | null {
  const a = layer.attrs;
  const shape = { batch: a.batch, seqLen: a.seqLen, inputSize: a.inputSize, hidden: a.hidden, directions: a.directions ?? 1, gates: a.gates ?? 1 };
  return Object.values(shape).every((v) => v !== undefined && v > 0) ? (shape as RnnShape) : null;
}

/** Bytes per element of the layer's tensors: its output's type (float32 when inference could not type it). */
export function rnnElementBytes(layer: LayerCost): number {
  return elementBytes(layer.io?.outputDtypes[0] || DT.FLOAT);
}

function gemm(m: number, k: number, n: number, elemBytes: number): LayerFeatures {
  return {
    cls: 'gemm', flops: 2 * m * k * n, bytes: elemBytes * (m * k + k * n + m * n + n),
    aligned: true, narrowInput: false, tiles: Math.ceil(m / TILE) * Math.ceil(n / TILE),
  };
}

/** The calls one direction of the layer runs, with how often each runs. */
export function rnnCalls(s: RnnShape, elemBytes = 4): { features: LayerFeatures; count: number }[] {
  const gateWidth = s.gates * s.hidden;
  // Gate update per step: read the two projections' gate pre-activations and the cell state, write h and c.
  const gateElements = s.batch * gateWidth;
  const gate: LayerFeatures = {
    cls: 'elementwise', flops: 2 * gateElements, bytes: elemBytes * (2 * gateElements + 3 * s.batch * s.hidden),
    aligned: true, narrowInput: false, tiles: 0,
  };
  return [
    { features: gemm(s.seqLen * s.batch, s.inputSize, gateWidth, elemBytes), count: 1 },
    { features: gemm(s.batch, s.hidden, gateWidth, elemBytes), count: s.seqLen },
    { features: gate, count: s.seqLen },
  ];
}

/**
 * Seconds and dynamic joules of an rnn layer from the profile's gemm and elementwise constants in the mode
 * (`params` gives them at the layer's precision), or null when the profile lacks either class or inference
 * could not size the layer.
 */
export function rnnLayerCost(
  params: (cls: RooflineClass) => RooflineClassParams | undefined,
  layer: LayerCost,
  device: Pick<DeviceFacts, 'idlePowerW' | 'tdpW'>,
  cacheBytes: number,
  launchScale: number,
): { seconds: number; dynamicJ: number } | null {
  const shape = rnnShape(layer);
  const g = params('gemm');
  const e = params('elementwise');
  if (!shape || !g || !e) return null;
  let seconds = 0;
  let dynamicJ = 0;
  for (const { features, count } of rnnCalls(shape, rnnElementBytes(layer))) {
    const c = features.cls === 'gemm' ? g : e;
    const one = layerEnergy(features, { ...c, launchS: c.launchS * launchScale }, device, cacheBytes);
    seconds += count * one.seconds;
    dynamicJ += count * one.dynamicJ;
  }
  return { seconds: shape.directions * seconds, dynamicJ: shape.directions * dynamicJ };
}
