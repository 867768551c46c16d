// The roofline-v1 predictor kind: per layer, time from a launch floor and compute/memory roofs, energy as
// idle power x time + bounded dynamic energy (core/estimate/roofline-model.ts); per pass, two composition
// terms fitted on whole models (launch floors in a pass vs an isolated call, a fixed per-pass time) and, for a
// train step, the optimizer update over all parameters.
import type { DeviceFacts, HardwareProfile, LayerPrediction, PredictorKind } from '../profile-types.js';
import type { Mode } from '../estimate-types.js';
import type { LayerCost } from '../../infer/index.js';
import { checkRooflinePredictor } from './roofline-check.js';
import { atPrecision } from '../precision.js';
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
  /**
   * The host queues kernels ahead of the device (CUDA's asynchronous launches): a pass takes as long as the
   * launch pipeline needs, each kernel starting when it has been issued and the previous one has finished,
   * so launch floors hide behind long kernels. Absent or false: per-kernel times add up (a CPU runs both).
   */
  pipelined?: boolean;
  /** Pipelined only: device-side time per kernel on top of its roofs (launch latency, ramp), seconds. */
  deviceOverheadS?: number;
  /**
   * Pipelined only: host time per kernel in a whole model on top of its isolated launch floor (the Python of
   * nested module calls around each op), seconds.
   */
  hostOverheadS?: number;
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
  /**
   * Inference constants measured at another precision (int8 records of an onnxruntime bench), per class; they
   * replace the datasheet ratio for kernels at that precision. Absent: every precision from the datasheet.
   */
  precisions?: Record<string, Partial<Record<RooflineClass, RooflineClassParams>>>;
  /**
   * What a real training run adds to the measured passes (fitted on training traces): one-off start-up host
   * time in the first epoch per distinct convolution configuration (library set-up per new shape, at idle
   * power). Absent: none.
   */
  trainingLoop?: TrainingLoop;
}

export interface TrainingLoop {
  startupSPerConvConfig: number;
}

/** Distinct dense convolution configurations (shape, kernel, stride, groups) among a pass's kernels. */
export function convConfigs(kernels: readonly LayerCost[]): number {
  const keys = new Set<string>();
  for (const k of kernels) {
    if (k.status !== 'estimated' || layerClass(k) !== 'conv') continue;
    const a = k.attrs;
    keys.add(JSON.stringify([k.inputShapes[0], k.outputShapes[0], a.kernelH, a.kernelW, a.strideH, a.strideW, a.groups, a.padH, a.padW]));
  }
  return keys.size;
}

/** The loop term of a pass: the one-off start-up energy of a run of it. */
export function trainingLoopCost(p: RooflinePredictor, device: DeviceFacts, kernels: readonly LayerCost[]): { startupJ: number } | null {
  const loop = p.trainingLoop;
  if (!loop) return null;
  return { startupJ: device.idlePowerW * loop.startupSPerConvConfig * convConfigs(kernels) };
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

/** A class's inference constants measured at `precision`, where the profile has them. */
export function measuredAt(p: RooflinePredictor, cls: RooflineClass, mode: Mode, precision: string | undefined): RooflineClassParams | undefined {
  if (mode !== 'inference' || precision === undefined || !p.precisions || !Object.hasOwn(p.precisions, precision)) return undefined;
  const byClass = p.precisions[precision]!;
  return Object.hasOwn(byClass, cls) ? byClass[cls] : undefined;
}

/** The class constants an rnn layer's calls run at: its precision's, as for any other kernel. */
function rnnParams(p: RooflinePredictor, device: DeviceFacts, layer: LayerCost, mode: Mode): (cls: RooflineClass) => RooflineClassParams | undefined {
  return (cls) => {
    const fitted = classParams(p, cls, mode);
    return fitted && atPrecision(fitted, device, cls, layer.precision, measuredAt(p, cls, mode, layer.precision));
  };
}

/** A layer's prediction in a pass (launch floor scaled by the composition), or null when not covered. */
export function passLayer(p: RooflinePredictor, device: DeviceFacts, layer: LayerCost, mode: Mode, launchScale: number): { seconds: number; dynamicJ: number } | null {
  // RNN/LSTM/GRU: no constants of their own; priced as their gemm and elementwise calls (rnn-model.ts).
  if (layer.status === 'estimated' && layer.family === 'rnn') return rnnLayerCost(rnnParams(p, device, layer, mode), layer, device, p.cacheBytes, launchScale);
  const cls = layerClass(layer);
  if (cls === null) return null;
  if (cls === 'free') return { seconds: 0, dynamicJ: 0 };
  const fitted = classParams(p, cls, mode);
  if (!fitted) return null;
  const own = atPrecision(fitted, device, cls, layer.precision, measuredAt(p, cls, mode, layer.precision));
  const e = layerEnergy(layerFeatures(layer, cls), { ...own, launchS: own.launchS * launchScale }, device, p.cacheBytes);
  return { seconds: e.seconds, dynamicJ: e.dynamicJ };
}

/** One kernel of a pass: host time to issue it, device time to run it, dynamic energy. */
export interface KernelCost {
  hostS: number;
  deviceS: number;
  /** Isolated-call time (floor and roofs combined): what it takes when nothing overlaps it. */
  seconds: number;
  dynamicJ: number;
}

/** Host, device and energy of every kernel in a mode; null entries for kernels the profile cannot price. */
export function kernelCosts(p: RooflinePredictor, device: DeviceFacts, kernels: readonly LayerCost[], mode: Mode): (KernelCost | null)[] {
  return kernels.map((layer) => {
    if (layer.status === 'estimated' && layer.family === 'rnn') {
      // One cuDNN call runs the sequence (no Python per step): its calls' floors scale as a pass's do.
      const r = rnnLayerCost(rnnParams(p, device, layer, mode), layer, device, p.cacheBytes, p.composition[mode].launchScale);
      // Its steps depend on each other: the whole layer runs as device time, issued at once.
      return r ? { hostS: 0, deviceS: r.seconds, seconds: r.seconds, dynamicJ: r.dynamicJ } : null;
    }
    const cls = layerClass(layer);
    if (cls === null) return null;
    if (cls === 'free') return { hostS: 0, deviceS: 0, seconds: 0, dynamicJ: 0 };
    const fitted = classParams(p, cls, mode);
    if (!fitted) return null;
    const c = atPrecision(fitted, device, cls, layer.precision, measuredAt(p, cls, mode, layer.precision));
    const f = layerFeatures(layer, cls);
    const e = layerEnergy(f, c, device, p.cacheBytes);
    const hostS = f.aligned ? c.launchS : c.launchS * (c.unalignedLaunchFactor ?? 1);
    return { hostS, deviceS: e.busySeconds, seconds: e.seconds, dynamicJ: e.dynamicJ };
  });
}

/** Each kernel's time in a pass, split into what it runs and what the device waits for it to be issued. */
export interface KernelTimes {
  /** Time the kernel itself runs (pipelined: its roofs plus the device-side overhead; serial: its whole time). */
  deviceS: number[];
  /** Pipelined only: idle device time before the kernel starts, waiting for the host to issue it (0 serial). */
  waitS: number[];
}

/**
 * Time of each kernel in a pass under a composition; deviceS + waitS sums to the pass's kernel time.
 * Serial: its isolated time with the launch floor scaled, no wait. Pipelined: the host issues kernel i after
 * launchScale x its floor; the device starts it once issued and once kernel i-1 is done: the gap between the
 * two (host-bound stretches) is wait, the kernel's own run is device time. Charging the wait to the pass and
 * not to the kernel keeps each kernel's row growing with its own work (a longer previous kernel hides more of
 * the next one's issue time, which would otherwise make the next row shrink).
 */
export function kernelTimes(costs: readonly (KernelCost | null)[], comp: Composition, scaled: (k: number) => number): KernelTimes {
  const deviceS = new Array<number>(costs.length).fill(0);
  const waitS = new Array<number>(costs.length).fill(0);
  if (!comp.pipelined) {
    costs.forEach((c, k) => { if (c) deviceS[k] = scaled(k); });
    return { deviceS, waitS };
  }
  const overhead = comp.deviceOverheadS ?? 0;
  const host = comp.hostOverheadS ?? 0;
  let issued = 0;
  let done = 0;
  costs.forEach((c, k) => {
    if (!c || (c.hostS === 0 && c.deviceS === 0)) return;
    issued += comp.launchScale * c.hostS + (c.hostS > 0 ? host : 0);
    const start = Math.max(done, issued);
    waitS[k] = start - done;
    deviceS[k] = c.deviceS + overhead;
    done = start + deviceS[k]!;
  });
  return { deviceS, waitS };
}

/**
 * A kernel's dynamic energy in a pipelined pass, its power at most TDP over the time it adds to the pass (its
 * wait and its run, as the composition was fitted): ownJ is what fits under TDP over its own run, spillJ the
 * rest, drawn over the wait before it. A kernel's row gets ownJ (it grows with the kernel's work); spillJ goes
 * with the wait to the pass, so the total is the same as charging both to the kernel.
 */
export function pipelinedDynamicJ(c: KernelCost, deviceS: number, waitS: number, device: Pick<DeviceFacts, 'idlePowerW' | 'tdpW'>): { ownJ: number; spillJ: number } {
  const headroomW = device.tdpW - device.idlePowerW;
  const ownJ = Math.min(c.dynamicJ, headroomW * deviceS);
  return { ownJ, spillJ: Math.max(0, Math.min(c.dynamicJ, headroomW * (deviceS + waitS)) - ownJ) };
}

/**
 * A whole pass: per-kernel energy and seconds (null where not priced) and the per-pass terms. A kernel is
 * charged its own time at idle power plus its dynamic energy; the device's time waiting on the host
 * (pipelined passes) is the pass's, with the per-pass time and the optimizer update.
 */
export function predictRooflinePass(p: RooflinePredictor, device: DeviceFacts, kernels: readonly LayerCost[], mode: Mode, params: number): PassPrediction {
  const comp = p.composition[mode];
  const costs = kernelCosts(p, device, kernels, mode);
  // Serial passes keep the per-layer model exactly, floor scaled inside the p-norm (as passLayer).
  const serial = (k: number): number => passLayer(p, device, kernels[k]!, mode, comp.launchScale)?.seconds ?? 0;
  const times = kernelTimes(costs, comp, serial);
  let waitS = 0;
  let spillJ = 0;
  const perKernel = costs.map((c, k) => {
    if (!c) return null;
    const s = times.deviceS[k]!;
    if (!comp.pipelined) return { seconds: s, energyJ: device.idlePowerW * s + (passLayer(p, device, kernels[k]!, mode, comp.launchScale)?.dynamicJ ?? 0) };
    const w = times.waitS[k]!;
    const dyn = pipelinedDynamicJ(c, s, w, device);
    waitS += w;
    spillJ += dyn.spillJ;
    return { seconds: s, energyJ: device.idlePowerW * s + dyn.ownJ };
  });
  const opt = mode === 'train-step' ? optimizerEnergy(p, device, params) : { seconds: 0, energyJ: 0 };
  return {
    perKernel,
    overheadJ: device.idlePowerW * (comp.passOverheadS + waitS) + spillJ + opt.energyJ,
    overheadS: comp.passOverheadS + waitS + opt.seconds,
  };
}

export interface PassPrediction {
  perKernel: ({ seconds: number; energyJ: number } | null)[];
  /**
   * Energy and time outside the kernels: the per-pass time and (pipelined) the device's wait on the host at
   * idle power, dynamic energy spilled over those waits (pipelinedDynamicJ), and the optimizer update.
   */
  overheadJ: number;
  overheadS: number;
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
  predictPass(predictor, device, kernels, mode, params) {
    return predictRooflinePass(asRoofline(predictor), device, kernels, mode, params);
  },
  predictTrainingLoop(predictor, device, kernels) {
    return trainingLoopCost(asRoofline(predictor), device, kernels);
  },
};
