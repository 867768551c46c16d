// The layer model behind the roofline-v1 predictor kind, shared by prediction and fitting.
// Time: a p-norm of a launch floor and two roofs (compute: FLOPs over an effective FLOP/s; memory: bytes
// over an effective bandwidth that is higher while the working set fits the last-level cache, after Tripp
// et al.). Energy: idle power for the whole time plus dynamic energy per FLOP, per byte and per call,
// the dynamic part capped at (TDP - idle) x time, so power stays between idle and TDP whatever the size.
import type { LayerCost } from '../infer/index.js';

/** Per-class constants of the layer model (one set per mode). */
export interface RooflineClassParams {
  /** Per-call floor (framework dispatch + kernel launch), seconds. */
  launchS: number;
  /** Effective compute roof, FLOP/s. */
  flopsPerS: number;
  /** Effective bandwidth for working sets well above the cache, bytes/s. */
  bytesPerS: number;
  /** Working sets well inside the cache move this many times faster (>= 1). */
  cacheSpeedup: number;
  /** p of the p-norm combining floor and roofs: 1 adds them, large p takes the largest. */
  sharpness: number;
  /** Conv only: compute roof multiplier when channel counts are not multiples of 8 (no tensor-core path). */
  unalignedFactor?: number;
  /** Conv only: launch floor multiplier when channels are not multiples of 8 (extra layout/padding kernels). */
  unalignedLaunchFactor?: number;
  /**
   * Conv, gemm, matmul: output tiles (64 x 64) needed to fill the device; with fewer, the compute roof falls
   * in proportion (a GEMM with M = 49 rows runs on a handful of SMs, whatever its FLOPs).
   */
  saturationTiles?: number;
  /** Conv only: compute roof multiplier when the layer has at most 8 input channels (image stems). */
  narrowInputFactor?: number;
  /**
   * Conv only: energy per FLOP multiplier when channels are not multiples of 8: such convolutions run on the
   * fp32 cores instead of the TF32 tensor cores, at several times the energy per FLOP.
   */
  unalignedEnergyFactor?: number;
  joulesPerFlop: number;
  joulesPerByte: number;
  joulesPerCall: number;
  /**
   * Power above idle while a call runs, W, in place of the per-FLOP/byte/call energies: the spec-derived power of
   * a latency fit (time measured, no energy counter), where the three energies are 0.
   */
  dynamicPowerW?: number;
}

/** Operator classes the model has constants for; 'free' layers launch no kernel (reshape, shape maths). */
export const ROOFLINE_CLASSES = [
  'conv', 'conv-dw', 'gemm', 'matmul', 'pool', 'global-pool', 'norm', 'softmax', 'activation', 'elementwise',
  'data-movement', 'embedding',
] as const;
export type RooflineClass = (typeof ROOFLINE_CLASSES)[number];

/** Layer facts the model reads; from a LayerCost (prediction) or a measured config rebuilt as one (fit). */
export interface LayerFeatures {
  cls: RooflineClass;
  flops: number;
  bytes: number;
  /** 1 when conv channels are multiples of 8. */
  aligned: boolean;
  /** True when a conv reads at most 8 input channels. */
  narrowInput: boolean;
  /** Output tiles of 64 x 64 of the GEMM a conv, gemm or matmul layer runs as; 0 when not a GEMM. */
  tiles: number;
  /**
   * Bytes that come from memory whatever their size, on top of `bytes` (the weights of a layer inside a model whose
   * weights do not stay cached between passes; core/ort/graph-estimate.ts). Absent: 0.
   */
  coldBytes?: number;
}

/** The class of a layer: null when the model has no constants for it (counted as not covered). */
export function layerClass(layer: LayerCost): RooflineClass | 'free' | null {
  if (layer.status !== 'estimated') return null;
  switch (layer.family) {
    case 'conv': {
      const groups = layer.attrs.groups ?? 1;
      return groups > 1 && groups === layer.attrs.inChannels ? 'conv-dw' : 'conv';
    }
    case 'reduce':
      return 'global-pool';
    case 'shape':
    case 'control':
      return 'free';
    case 'rnn':
    case 'unsupported':
      return null;
    default:
      return layer.family;
  }
}

export function layerFeatures(layer: LayerCost, cls: RooflineClass): LayerFeatures {
  const inC = layer.attrs.inChannels ?? 0;
  const outC = layer.attrs.outChannels ?? 0;
  return {
    cls,
    flops: 2 * layer.macs,
    bytes: layer.weightBytes + layer.activationBytesIn * inputShareRead(layer, cls) + layer.activationBytesOut,
    aligned: cls !== 'conv' || (inC % 8 === 0 && outC % 8 === 0),
    narrowInput: cls === 'conv' && inC > 0 && inC <= 8,
    tiles: gemmTiles(layer, cls),
  };
}

/**
 * Share of a pool's input its windows touch: with a stride above the kernel, the rows and columns between
 * windows are never read (a 1x1 pool with stride 4 reads 1/16 of its input; Getzner Xeon MaxPool2d rows).
 */
function inputShareRead(layer: LayerCost, cls: RooflineClass): number {
  if (cls !== 'pool') return 1;
  const a = layer.attrs;
  const axis = (k?: number, s?: number): number => (k && s && s > k ? k / s : 1);
  return axis(a.kernelH, a.strideH) * axis(a.kernelW, a.strideW);
}

const TILE = 64;

/** Output tiles of the implicit GEMM: M = output positions (or rows), N = output channels (or columns). */
function gemmTiles(layer: LayerCost, cls: RooflineClass): number {
  const a = layer.attrs;
  const t = (m: number, n: number): number => Math.ceil(m / TILE) * Math.ceil(n / TILE);
  if (cls === 'conv') {
    const groups = a.groups ?? 1;
    return groups * t((a.batch ?? 1) * (a.outH ?? 1) * (a.outW ?? 1), (a.outChannels ?? 1) / groups);
  }
  if (cls === 'gemm') return t(a.batch ?? 1, a.outFeatures ?? 1);
  if (cls === 'matmul') return (a.batch ?? 1) * t(a.m ?? 1, a.n ?? 1);
  return 0;
}

export interface LayerTime {
  /** Wall time of one call, seconds. */
  seconds: number;
  /** The part of it the device is busy (roofs without the floor), seconds. */
  busySeconds: number;
}

export function pnorm(values: number[], p: number): number {
  const top = Math.max(...values);
  if (!(top > 0)) return 0;
  // Scaled by the largest term so tiny layers and huge p neither underflow nor overflow.
  return top * Math.pow(values.reduce((acc, v) => acc + Math.pow(v / top, p), 0), 1 / p);
}

export function layerTime(f: LayerFeatures, c: RooflineClassParams, cacheBytes: number): LayerTime {
  let flopsPerS = c.flopsPerS;
  if (!f.aligned) flopsPerS *= c.unalignedFactor ?? 1;
  if (f.narrowInput) flopsPerS *= c.narrowInputFactor ?? 1;
  if (c.saturationTiles !== undefined && f.tiles > 0) flopsPerS *= Math.min(1, f.tiles / c.saturationTiles);
  const computeS = f.flops / flopsPerS;
  // Smooth cache step: the speed-up fades once the working set passes the cache size.
  const inCache = 1 / (1 + (f.bytes / cacheBytes) ** 2);
  const memoryS = (f.bytes / c.bytesPerS) / (1 + (c.cacheSpeedup - 1) * inCache) + (f.coldBytes ?? 0) / c.bytesPerS;
  return {
    seconds: pnorm([f.aligned ? c.launchS : c.launchS * (c.unalignedLaunchFactor ?? 1), computeS, memoryS], c.sharpness),
    busySeconds: pnorm([computeS, memoryS], c.sharpness),
  };
}

export interface LayerEnergy extends LayerTime {
  energyJ: number;
  /** Energy above idle power. */
  dynamicJ: number;
}

/** Energy of one call: idle x time + dynamic energy, the dynamic power bounded by TDP - idle. */
export function layerEnergy(f: LayerFeatures, c: RooflineClassParams, device: { idlePowerW: number; tdpW: number }, cacheBytes: number): LayerEnergy {
  const t = layerTime(f, c, cacheBytes);
  const perFlop = f.aligned ? c.joulesPerFlop : c.joulesPerFlop * (c.unalignedEnergyFactor ?? 1);
  // A latency fit (no energy measured) draws its spec-derived dynamicPowerW for the call's whole time instead.
  const dynamic = c.dynamicPowerW !== undefined ? c.dynamicPowerW * t.seconds : perFlop * f.flops + c.joulesPerByte * f.bytes + c.joulesPerCall;
  const dynamicJ = Math.min(dynamic, (device.tdpW - device.idlePowerW) * t.seconds);
  return { seconds: t.seconds, busySeconds: t.busySeconds, dynamicJ, energyJ: device.idlePowerW * t.seconds + dynamicJ };
}
