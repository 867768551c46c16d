// The roofline-v1 predictor kind: per layer, time from a launch floor and compute/memory roofs, energy as
// idle power x time + bounded dynamic energy (core/estimate/roofline-model.ts); per pass, two composition
// terms fitted on whole models (launch floors in a pass vs an isolated call, a fixed per-pass time) and, for a
// train step, the optimizer update over all parameters.
import type { DeviceFacts, HardwareProfile, LayerPrediction, PredictorKind } from '../profile-types.js';
import type { Mode } from '../estimate-types.js';
import type { LayerCost } from '../../infer/index.js';
import { checkRooflinePredictor } from './roofline-check.js';
import { rnnLayerCost } from '../rnn-model.js';
import { layerClass, layerEnergy, layerFeatures, type LayerFeatures, type RooflineClass, type RooflineClassParams } from '../roofline-model.js';

export const ROOFLINE_V1 = 'roofline-v1';

export interface Composition {
  /**
   * Launch floors inside a whole pass relative to an isolated call: host-side dispatch in a real model
   * (module hooks, cold instruction caches, allocator) differs from a tight loop over one layer.
   */
  launchScale: number;
  /** Fixed time per pass outside the layers (input copy, loss, autograd start, zero_grad), seconds at idle power. */
  passOverheadS: number;
}

/**
 * The runtime a profile was measured in (onnxruntime): its estimates price the graph that runtime runs (fused
 * kernel groups, core/ort), with `perKernelS` of executor and host time per kernel on top of each kernel's own.
 */
export interface RuntimeInfo {
  name: string;
  version: string;
  executionProvider: string;
  threads: number;
  /** The kernel-group rule set the estimate applies (core/ort/fusion.ts), e.g. 'onnxruntime-cpu@1'. */
  fusion: string;
  /** Channels per NCHWc block of the CPU measured on (8 with AVX2, 16 with AVX-512); 0: no NCHWc kernels. */
  nchwcBlock: number;
  perKernelS: number;
}

export interface RooflinePredictor {
  kind: typeof ROOFLINE_V1;
  /** Cache size the working set is compared against (GPU L2, CPU L3), bytes. */
  cacheBytes: number;
  inference: Partial<Record<RooflineClass, RooflineClassParams>>;
  /** Forward + backward constants per class; classes without them use inference x trainFallback. */
  train: Partial<Record<RooflineClass, RooflineClassParams>>;
  trainFallback: { timeFactor: number; energyFactor: number };
  composition: Record<Mode, Composition>;
  /** Optimizer update bytes moved per parameter (read weight and gradient, write weight, zero gradient). */
  optimizerBytesPerParam: number;
  /**
   * Joules once per training run outside the steps (cuDNN autotuning, allocator warm-up in the first epoch);
   * read by core/estimate/workload.ts. Absent: 0.
   */
  perRunOverheadJ?: number;
  /** Absent: eager PyTorch, one kernel per layer. */
  runtime?: RuntimeInfo;
}

function asRoofline(p: HardwareProfile['predictor'], file = 'profile'): RooflinePredictor {
  checkRooflinePredictor(p, file);
  return p as unknown as RooflinePredictor;
}

function scaled(c: RooflineClassParams, f: RooflinePredictor['trainFallback']): RooflineClassParams {
  return {
    ...c,
    launchS: c.launchS * f.timeFactor,
    flopsPerS: c.flopsPerS / f.timeFactor,
    bytesPerS: c.bytesPerS / f.timeFactor,
    joulesPerFlop: c.joulesPerFlop * f.energyFactor,
    joulesPerByte: c.joulesPerByte * f.energyFactor,
    joulesPerCall: c.joulesPerCall * f.energyFactor,
  };
}

/** The constants for a class in a mode, or undefined when the profile has none. */
export function classParams(p: RooflinePredictor, cls: RooflineClass, mode: Mode): RooflineClassParams | undefined {
  if (mode === 'inference') return p.inference[cls];
  const own = p.train[cls];
  if (own) return own;
  const inf = p.inference[cls];
  return inf ? scaled(inf, p.trainFallback) : undefined;
}

/** A layer's prediction in a pass (launch floor scaled by the composition), or null when not covered. */
export function passLayer(p: RooflinePredictor, device: DeviceFacts, layer: LayerCost, mode: Mode, launchScale: number): { seconds: number; dynamicJ: number } | null {
  // RNN/LSTM/GRU: no constants of their own; priced as their gemm and elementwise calls (rnn-model.ts).
  if (layer.status === 'estimated' && layer.family === 'rnn') return rnnLayerCost((c) => classParams(p, c, mode), layer, device, p.cacheBytes, launchScale);
  const cls = layerClass(layer);
  if (cls === null) return null;
  if (cls === 'free') return { seconds: 0, dynamicJ: 0 };
  const own = classParams(p, cls, mode);
  if (!own) return null;
  const e = layerEnergy(layerFeatures(layer, cls), { ...own, launchS: own.launchS * launchScale }, device, p.cacheBytes);
  return { seconds: e.seconds, dynamicJ: e.dynamicJ };
}

/** The optimizer update of a train step: one memory-bound pass over all parameters. */
export function optimizerEnergy(p: RooflinePredictor, device: DeviceFacts, params: number): { seconds: number; energyJ: number } {
  const c = p.inference.elementwise;
  if (!c || params === 0) return { seconds: 0, energyJ: 0 };
  const f: LayerFeatures = { cls: 'elementwise', flops: 2 * params, bytes: p.optimizerBytesPerParam * params, aligned: true, narrowInput: false, tiles: 0 };
  const e = layerEnergy(f, c, device, p.cacheBytes);
  return { seconds: e.seconds, energyJ: e.energyJ };
}

export const rooflinePredictor: PredictorKind = {
  kind: ROOFLINE_V1,
  predictLayer(predictor, device, layer, mode): LayerPrediction | null {
    const p = asRoofline(predictor);
    const l = passLayer(p, device, layer, mode, p.composition[mode].launchScale);
    if (!l) return null;
    return { seconds: l.seconds, energyJ: l.dynamicJ + device.idlePowerW * l.seconds };
  },
  predictOverheadJ(predictor, device, layers, mode): number {
    const p = asRoofline(predictor);
    let energyJ = device.idlePowerW * p.composition[mode].passOverheadS;
    if (mode === 'train-step') {
      const params = layers.reduce((acc, l) => acc + (l.status === 'estimated' ? l.params : 0), 0);
      energyJ += optimizerEnergy(p, device, params).energyJ;
    }
    return energyJ;
  },
};

/** Seconds of the per-pass terms (for the report's time total). */
export function overheadSeconds(predictor: HardwareProfile['predictor'], device: DeviceFacts, layers: LayerCost[], mode: Mode): number {
  const p = asRoofline(predictor);
  let s = p.composition[mode].passOverheadS;
  if (mode === 'train-step') s += optimizerEnergy(p, device, layers.reduce((a, l) => a + (l.status === 'estimated' ? l.params : 0), 0)).seconds;
  return s;
}
