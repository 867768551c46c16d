// Fitting the roofline-v1 layer model on layer-level measurements (seconds and joules per call).
// Per class: time constants by least squares on log time, then dynamic-energy constants on log energy
// with the fitted time (so energy absorbs what time misses). Train mode: three factors per class on top of
// the inference constants (launch, roofs, energy), fitted on forward+backward rows. Bounds keep every
// constant physical: roofs never above the device's peak FLOP/s or memory bandwidth.
import { basePeakFlopsPerS, type DeviceFacts, layerEnergy, layerTime, ROOFLINE_CLASSES, type LayerFeatures, type RooflineClass, type RooflineClassParams, layerClass, layerFeatures } from '../../estimate/index.js';
import type { LayerCost } from '../../infer/index.js';
import { convPaddingFactor } from '../../ort/index.js';
import { layerConfigOfGetzner, layerOfConfig, type LayerMeasurement } from '../measurements/index.js';
import { levenbergMarquardt, mape, r2Score, splitTrainValTest } from '../fit/index.js';

/** A measured layer call as the time fit sees it. */
export interface TimeRow {
  op: string;
  cls: RooflineClass;
  features: LayerFeatures;
  layer: LayerCost;
  mode: 'inference' | 'train';
  /** Seconds of the layer's own work: the whole call, or a runtime's profiled kernel time where the record has it. */
  seconds: number;
  idlePowerW: number;
  /** Real-architecture config (weighted up: whole models are made of these). */
  real: boolean;
}

/** A measured layer call with its energy. */
export interface RooflineRow extends TimeRow {
  joules: number;
}

/**
 * Measurements with seconds whose config rebuilds into a layer of a known class (latency records included).
 * `secondsOf` picks a runtime record's own seconds (its kernel's share of the call); default: its profiled kernel.
 */
export function timeRows(measurements: LayerMeasurement[], fallbackIdleW: number, secondsOf?: (m: LayerMeasurement) => number | undefined): (TimeRow & { joulesPerCall?: number })[] {
  const rows: (TimeRow & { joulesPerCall?: number })[] = [];
  for (const m of measurements) {
    if (m.secondsPerCall === undefined) continue;
    const getzner = m.source === 'getzner' || m.source === 'getzner-real-config';
    const layer = layerOfConfig(m.op, getzner ? layerConfigOfGetzner(m.op, m.config) : m.config);
    if (!layer) continue;
    const cls = layerClass(layer);
    if (cls === null || cls === 'free') continue;
    const features = layerFeatures(layer, cls);
    // In onnxruntime a convolution's fast path is its NCHWc kernel (the record says which one ran), and its kernels
    // work on channel blocks (core/ort/fusion.ts, convPaddingFactor).
    if (m.runtimeTimes && (cls === 'conv' || cls === 'conv-dw')) {
      const nchwc = m.runtimeTimes.layout === 'nchwc';
      features.aligned = nchwc;
      features.flops *= convPaddingFactor(layer.attrs, typeof m.device?.nchwcBlock === 'number' ? m.device.nchwcBlock : 0, nchwc);
    }
    const row: TimeRow & { joulesPerCall?: number } = {
      op: m.op, cls, layer, features, mode: m.mode, seconds: secondsOf?.(m) ?? m.runtimeTimes?.kernelSeconds ?? m.secondsPerCall,
      idlePowerW: m.idlePowerW ?? fallbackIdleW, real: /real/.test(m.file),
    };
    if (m.joulesPerCall !== undefined) {
      // A runtime record's energy covers the whole call; the time outside the kernel is charged at idle power.
      const outside = m.runtimeTimes ? Math.max(0, m.secondsPerCall - m.runtimeTimes.kernelSeconds) : 0;
      row.joulesPerCall = Math.max(m.joulesPerCall - row.idlePowerW * outside, 1e-3 * m.joulesPerCall);
    }
    rows.push(row);
  }
  return rows;
}

/** Measurements with seconds, energy and idle power whose config rebuilds into a layer of a known class. */
export function rooflineRows(measurements: LayerMeasurement[], fallbackIdleW: number, secondsOf?: (m: LayerMeasurement) => number | undefined): RooflineRow[] {
  return timeRows(measurements, fallbackIdleW, secondsOf).flatMap(({ joulesPerCall, ...r }) => (joulesPerCall === undefined ? [] : [{ ...r, joules: joulesPerCall }]));
}

const ln = Math.log;
const ex = Math.exp;
const REAL_WEIGHT = 2;
const MIN_TRAIN_ROWS = 6;

/** Peak FLOP/s a class may use: the estimator's base peak (TF32 for convolutions where the device has it, else
 * fp32); a device without an fp32 peak fits on its highest one. */
export function classPeakFlops(device: DeviceFacts, cls: RooflineClass): number {
  return device.peakFlopsPerS.fp32 === undefined ? Math.max(...Object.values(device.peakFlopsPerS)) : basePeakFlopsPerS(device, cls);
}

/** Classes fitted with an occupancy term (gemm is not: on held-out Linear rows it did worse, 28% vs 22% MAPE). */
const TILED = new Set<RooflineClass>(['conv', 'matmul']);

function timeParams(x: number[], isConv: boolean, tiled: boolean): TimeParams {
  const p: TimeParams = {
    launchS: ex(x[0]!), flopsPerS: ex(x[1]!), bytesPerS: ex(x[2]!), sharpness: ex(x[3]!), cacheSpeedup: ex(x[4]!),
  };
  if (tiled) p.saturationTiles = ex(x[5]!);
  if (isConv) Object.assign(p, { unalignedFactor: ex(x[6]!), narrowInputFactor: ex(x[7]!), unalignedLaunchFactor: ex(x[8]!) });
  return p;
}

/**
 * The power side of a latency fit: no energy was measured, so a call draws `dynamicPowerW` above idle for its
 * whole time (the device's spec: TDP - idle, times the share of its cores the run used).
 */
export interface SpecPower {
  dynamicPowerW: number;
}

/**
 * Fits one class's inference constants on its rows. `launch.minS` bounds the per-call floor from below;
 * `launch.fixedS` pins it (for classes whose rows are all far above any floor, so the data cannot tell it).
 */
export function fitClass(rows: RooflineRow[], device: DeviceFacts, cacheBytes: number, launch: { minS?: number; fixedS?: number } = {}, companion?: Companion): RooflineClassParams {
  // What else each measured call ran (a separate bias kernel), priced with an already fitted class.
  const extra = rows.map((r) => companion?.(r) ?? { seconds: 0, energyJ: 0 });
  const { time, isConv } = fitClassTime(rows, device, cacheBytes, launch, extra.map((e) => e.seconds));
  const weight = rows.map((r) => (r.real ? REAL_WEIGHT : 1));
  const cpu = device.kind === 'cpu';
  // The residuals run thousands of times: what does not depend on x is computed once, the constants once per call.
  const logJoules = rows.map((r) => ln(r.joules));
  const power = rows.map((r) => ({ idlePowerW: r.idlePowerW, tdpW: device.tdpW }));
  // Convolutions on a device with tensor cores also get an energy-per-FLOP factor for unaligned channels
  // (fp32 cores instead of TF32 tensor cores), when the rows have both kinds.
  const splitEnergy = isConv && device.peakFlopsPerS.tf32 !== undefined && rows.some((r) => r.features.aligned) && rows.some((r) => !r.features.aligned);
  const energy = (x: number[]): RooflineClassParams => {
    const c: RooflineClassParams = { ...time, joulesPerFlop: ex(x[0]!), joulesPerByte: ex(x[1]!), joulesPerCall: ex(x[2]!) };
    if (splitEnergy) c.unalignedEnergyFactor = ex(x[3]!);
    return c;
  };
  const e = levenbergMarquardt(
    (x) => {
      const params = energy(x);
      return rows.map((r, i) => weight[i]! * (ln(layerEnergy(r.features, params, power[i]!, cacheBytes).energyJ + extra[i]!.energyJ) - logJoules[i]!));
    },
    [...(cpu ? [ln(3e-10), ln(3e-9), ln(1e-4)] : [ln(2e-12), ln(1.5e-10), ln(1e-5)]), ...(splitEnergy ? [ln(2)] : [])],
    // A CPU spends far more energy per FLOP and byte than a GPU; the TDP cap bounds the power either way.
    // The unaligned factor stays between 1 (no penalty) and 20.
    {
      lower: [ln(1e-16), ln(1e-14), ln(1e-10), ...(splitEnergy ? [0] : [])],
      upper: [...(cpu ? [ln(1e-7), ln(1e-6), ln(1e-1)] : [ln(1e-9), ln(1e-8), ln(1e-2)]), ...(splitEnergy ? [ln(20)] : [])],
    },
  );
  return energy(e.x);
}

/** A latency fit's class constants: time fitted, power spec-derived (energies 0, dynamicPowerW set). */
export function fitClassLatency(rows: TimeRow[], device: DeviceFacts, cacheBytes: number, power: SpecPower): RooflineClassParams {
  return { ...fitClassTime(rows, device, cacheBytes).time, joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0, dynamicPowerW: power.dynamicPowerW };
}

type TimeParams = Omit<RooflineClassParams, 'joulesPerFlop' | 'joulesPerByte' | 'joulesPerCall'>;

/** The time constants of one class, by least squares on log time; `extraSeconds`: what else each call ran. */
function fitClassTime(rows: TimeRow[], device: DeviceFacts, cacheBytes: number, launch: { minS?: number; fixedS?: number } = {}, extraSeconds?: number[]): { time: TimeParams; isConv: boolean } {
  const cls = rows[0]!.cls;
  // Depthwise rows of both paths (onnxruntime's NCHWc kernels and its NCHW fallback) get the path factors too.
  const isConv = cls === 'conv' || (cls === 'conv-dw' && rows.some((r) => !r.features.aligned));
  const weight = rows.map((r) => (r.real ? REAL_WEIGHT : 1));
  const peak = classPeakFlops(device, cls);
  const bw = device.memoryBandwidthBytesPerS;
  const tiled = TILED.has(cls);
  // Eager PyTorch on a CPU reaches a few percent of the datasheet bandwidth (Getzner Xeon: ~5%), so CPU
  // roofs may fall further below the datasheet than GPU ones; they still never exceed it.
  const cpu = device.kind === 'cpu';
  // Saturation tiles between 1 and 20000 (the x entry is unused for untiled classes).
  const lower = [ln(1e-6), ln(peak * 1e-4), ln(bw * (cpu ? 1e-3 : 0.05)), 0, 0, 0, ...(isConv ? [ln(0.01), ln(0.01), 0] : [])];
  const upper = [ln(2e-4), ln(peak), ln(bw), ln(8), ln(10), tiled ? ln(20000) : 0, ...(isConv ? [0, 0, ln(5)] : [])];
  const x0 = [ln(2e-5), ln(peak * (cpu ? 0.1 : 0.3)), ln(bw * (cpu ? 0.05 : 0.7)), ln(2), ln(1.5), tiled ? ln(100) : 0, ...(isConv ? [ln(0.3), ln(0.5), 0] : [])];
  if (launch.minS !== undefined) lower[0] = Math.min(upper[0]!, ln(launch.minS));
  if (launch.fixedS !== undefined) lower[0] = upper[0] = ln(launch.fixedS);
  x0[0] = Math.min(upper[0]!, Math.max(lower[0]!, x0[0]!));
  const zeroEnergy = { joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0 };
  const logSeconds = rows.map((r) => ln(r.seconds));
  const t = levenbergMarquardt(
    (x) => {
      const params = { ...timeParams(x, isConv, tiled), ...zeroEnergy };
      return rows.map((r, i) => weight[i]! * (ln(layerTime(r.features, params, cacheBytes).seconds + (extraSeconds?.[i] ?? 0)) - logSeconds[i]!));
    },
    x0, { lower, upper },
  );
  return { time: timeParams(t.x, isConv, tiled), isConv };
}

/**
 * The fixed part of every measured train call outside the layer itself (loss, autograd engine start,
 * gradient bookkeeping): seconds, and power above idle while it runs. In a whole train step this cost
 * occurs once per pass, so it is taken out of the per-layer factors (the pass overhead is a composition term).
 */
export interface TrainCallOverhead {
  seconds: number;
  powerAboveIdleW: number;
  /**
   * The element-wise class that prices the gradient accumulation of a benchmark call: it runs backward into
   * leaves that keep their .grad, so every call adds into the input's and each parameter's gradient (one
   * read-read-write pass each, a kernel each), which a train step with zero_grad(set_to_none) does not.
   */
  accumulate?: RooflineClassParams;
  /** Prices a convolution's bias kernel (forward add, backward reduction) when it runs separately (GPU). */
  convBias?: RooflineClassParams;
}

/** Seconds and joules a measured call spent outside the layer being fitted; undefined when nothing. */
export type Companion = (r: RooflineRow) => { seconds: number; energyJ: number } | undefined;

/** True for a dense convolution row whose module had a bias. */
function convWithBias(r: RooflineRow): boolean {
  return r.cls === 'conv' && (r.layer.io?.inputs[2] ?? '') !== '';
}

function elementwisePass(bytes: number, c: RooflineClassParams, r: RooflineRow, device: DeviceFacts, cacheBytes: number): { seconds: number; energyJ: number } {
  const f: LayerFeatures = { cls: 'elementwise', flops: bytes / 4, bytes, aligned: true, narrowInput: false, tiles: 0 };
  const e = layerEnergy(f, c, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes);
  return { seconds: e.seconds, energyJ: e.energyJ };
}

/**
 * Eager PyTorch on a GPU runs a cuDNN convolution's bias as its own kernel (output.add_(bias)), which every
 * measured Conv2d call included: priced with the element-wise class (read and write the output), it is
 * taken out of the conv constants, so a bias-free convolution in a model costs the convolution alone.
 */
export function convBiasCompanion(elementwise: RooflineClassParams, device: DeviceFacts, cacheBytes: number, train = false): Companion {
  return (r) => {
    if (!convWithBias(r)) return undefined;
    const out = r.layer.activationBytesOut;
    // Train: the add forward (read and write the output), and the bias gradient (one read of the output gradient).
    return elementwisePass((train ? 3 : 2) * out, elementwise, r, device, cacheBytes);
  };
}

/** Fixed part and gradient accumulation of one measured train call, outside the layer itself. */
export function benchCallCost(r: RooflineRow, bench: TrainCallOverhead, device: DeviceFacts, cacheBytes: number): { seconds: number; energyJ: number } {
  let seconds = bench.seconds;
  let energyJ = (r.idlePowerW + bench.powerAboveIdleW) * bench.seconds;
  if (!bench.accumulate) return { seconds, energyJ };
  const l = r.layer;
  const grads: number[] = [];
  l.inputShapes.forEach((shape, k) => {
    const kind = l.io?.inputKinds[k];
    if (shape && (kind === 'activation' || kind === 'weight')) grads.push(shape.reduce((a, b) => a * b, 1) * 4);
  });
  for (const bytes of grads) {
    const e = elementwisePass(3 * bytes, bench.accumulate, r, device, cacheBytes);
    seconds += e.seconds;
    energyJ += e.energyJ;
  }
  const bias = bench.convBias ? convBiasCompanion(bench.convBias, device, cacheBytes, true)(r) : undefined;
  if (bias) {
    seconds += bias.seconds;
    energyJ += bias.energyJ;
  }
  return { seconds, energyJ };
}

/** Train-mode constants: inference constants with fitted launch, roof and energy factors. */
export function fitTrainClass(rows: RooflineRow[], inference: RooflineClassParams, device: DeviceFacts, cacheBytes: number, bench: TrainCallOverhead): { params: RooflineClassParams; cost: number } {
  const make = (x: number[]): RooflineClassParams => trainScaled(inference, ex(x[0]!), ex(x[1]!), ex(x[2]!));
  // Called for every grid point of fitTrainCallOverhead: the per-row constants are computed once.
  const power = rows.map((r) => ({ idlePowerW: r.idlePowerW, tdpW: device.tdpW }));
  const benchCost = rows.map((r) => benchCallCost(r, bench, device, cacheBytes));
  const logJoules = rows.map((r) => ln(r.joules));
  const logSeconds = rows.map((r) => ln(r.seconds));
  const fit = levenbergMarquardt(
    (x) => {
      const c = make(x);
      const residuals = new Array<number>(2 * rows.length);
      rows.forEach((r, i) => {
        const e = layerEnergy(r.features, c, power[i]!, cacheBytes);
        residuals[2 * i] = ln(e.energyJ + benchCost[i]!.energyJ) - logJoules[i]!;
        residuals[2 * i + 1] = ln(e.seconds + benchCost[i]!.seconds) - logSeconds[i]!;
      });
      return residuals;
    },
    [ln(2), ln(3), ln(3)],
    // Backward launches one or two kernels per forward one: the launch factor stays within 1..3.
    { lower: [0, 0, 0], upper: [ln(3), ln(20), ln(20)] },
  );
  return { params: make(fit.x), cost: fit.cost };
}

const BENCH_SECONDS = Array.from({ length: 21 }, (_, i) => i * 1e-5);
const BENCH_POWER_W = [0, 50, 100];

export function trainScaled(c: RooflineClassParams, launchFactor: number, roofFactor: number, energyFactor: number): RooflineClassParams {
  return {
    ...c,
    launchS: c.launchS * launchFactor,
    flopsPerS: c.flopsPerS / roofFactor,
    bytesPerS: c.bytesPerS / roofFactor,
    joulesPerFlop: c.joulesPerFlop * energyFactor,
    joulesPerByte: c.joulesPerByte * energyFactor,
    joulesPerCall: c.joulesPerCall * energyFactor,
  };
}

export interface ClassStats {
  rows: number;
  heldOutR2: number;
  heldOutMape: number;
}

export interface LayerFit {
  inference: Partial<Record<RooflineClass, RooflineClassParams>>;
  train: Partial<Record<RooflineClass, RooflineClassParams>>;
  trainFallback: { timeFactor: number; energyFactor: number };
  trainCallOverhead: TrainCallOverhead;
}

/** The rows grouped by roofline class, in ROOFLINE_CLASSES order, classes without rows left out. */
export function byClass<R extends TimeRow>(rows: R[]): Map<RooflineClass, R[]> {
  const m = new Map<RooflineClass, R[]>();
  for (const cls of ROOFLINE_CLASSES) {
    const rs = rows.filter((r) => r.cls === cls);
    if (rs.length > 0) m.set(cls, rs);
  }
  return m;
}

function geometricMedian(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 1;
}

export interface LayerFitOptions {
  /** The runtime ran a convolution's bias as a separate kernel (eager PyTorch on a GPU, cuDNN): fit conv without it. */
  convBiasKernel?: boolean;
}

/** Fits every class on the given rows (inference rows for the layer constants, train rows for the factors). */
export function fitLayers(rows: RooflineRow[], device: DeviceFacts, cacheBytes: number, opts: LayerFitOptions = {}): LayerFit {
  const inference: LayerFit['inference'] = {};
  const train: LayerFit['train'] = {};
  const inferenceRows = byClass(rows.filter((r) => r.mode === 'inference'));
  // The element-wise class first: it prices the conv bias kernel the conv rows also ran.
  const ew = inferenceRows.get('elementwise');
  if (ew) inference.elementwise = fitClass(ew, device, cacheBytes);
  const bias = opts.convBiasKernel && inference.elementwise ? convBiasCompanion(inference.elementwise, device, cacheBytes) : undefined;
  for (const [cls, rs] of inferenceRows) if (cls !== 'elementwise') inference[cls] = fitClass(rs, device, cacheBytes, {}, bias);
  // Classes with too few train rows (two odd depthwise configs, five softmax) use the fallback factors.
  const trainRows = [...byClass(rows.filter((r) => r.mode === 'train'))].filter(([cls, rs]) => inference[cls] && rs.length >= MIN_TRAIN_ROWS);
  const bench = fitTrainCallOverhead(trainRows, inference, device, cacheBytes, opts);
  const timeFactors: number[] = [];
  const energyFactors: number[] = [];
  for (const [cls, rs] of trainRows) {
    const inf = inference[cls]!;
    const c = fitTrainClass(rs, inf, device, cacheBytes, bench).params;
    train[cls] = c;
    timeFactors.push(c.launchS / inf.launchS, inf.flopsPerS / c.flopsPerS);
    energyFactors.push(c.joulesPerByte / inf.joulesPerByte);
  }
  return { inference, train, trainFallback: { timeFactor: geometricMedian(timeFactors), energyFactor: geometricMedian(energyFactors) }, trainCallOverhead: bench };
}

/** Grid over the per-call train overhead shared by all classes; each class's factors refitted per point. */
function fitTrainCallOverhead(trainRows: [RooflineClass, RooflineRow[]][], inference: LayerFit['inference'], device: DeviceFacts, cacheBytes: number, opts: LayerFitOptions): TrainCallOverhead {
  let best: { bench: TrainCallOverhead; cost: number } | undefined;
  // The fixed part cannot exceed the fastest measured train call (the layer itself takes some time too).
  const fastest = Math.min(...trainRows.flatMap(([, rs]) => rs.map((r) => r.seconds)));
  const accumulate = inference.elementwise;
  for (const seconds of BENCH_SECONDS.filter((s) => s <= 0.9 * fastest)) {
    for (const powerAboveIdleW of BENCH_POWER_W) {
      const bench: TrainCallOverhead = accumulate ? { seconds, powerAboveIdleW, accumulate } : { seconds, powerAboveIdleW };
      if (opts.convBiasKernel && accumulate) bench.convBias = accumulate;
      const cost = trainRows.reduce((acc, [cls, rs]) => acc + fitTrainClass(rs, inference[cls]!, device, cacheBytes, bench).cost, 0);
      if (!best || cost < best.cost - 1e-12) best = { bench, cost };
    }
  }
  return best?.bench ?? { seconds: 0, powerAboveIdleW: 0 };
}

/**
 * Train-step factors of a latency fit (inference rows only): forward + backward is about three forwards in time
 * and energy (backward computes input and weight gradients); the H100 fit, with train rows, lands at x3.0 / x3.3.
 */
export const LATENCY_TRAIN_FALLBACK = { timeFactor: 3, energyFactor: 3 };

/** A latency fit: inference time constants per class, power spec-derived; train mode by the fallback factors. */
export function fitLatencyLayers(rows: TimeRow[], device: DeviceFacts, cacheBytes: number, power: SpecPower): LayerFit {
  const inference: LayerFit['inference'] = {};
  for (const [cls, rs] of byClass(rows.filter((r) => r.mode === 'inference'))) inference[cls] = fitClassLatency(rs, device, cacheBytes, power);
  return { inference, train: {}, trainFallback: LATENCY_TRAIN_FALLBACK, trainCallOverhead: { seconds: 0, powerAboveIdleW: 0 } };
}

/** Held-out time R² and MAPE per class of a latency fit: fit on a seeded 80%, score the other 20%. */
export function heldOutTimeStats(rows: TimeRow[], device: DeviceFacts, cacheBytes: number, seed: number, power: SpecPower): Record<string, ClassStats> {
  const out: Record<string, ClassStats> = {};
  for (const [cls, rs] of byClass(rows.filter((r) => r.mode === 'inference'))) {
    if (rs.length < 5) continue;
    const split = splitTrainValTest(rs, seed, { train: 0.8, validation: 0 });
    if (split.test.length < 2) continue;
    const params = fitClassLatency(split.train, device, cacheBytes, power);
    const actual = split.test.map((r) => r.seconds);
    const predicted = split.test.map((r) => layerTime(r.features, params, cacheBytes).seconds);
    out[cls] = { rows: rs.length, heldOutR2: r2Score(actual, predicted), heldOutMape: mape(actual, predicted) };
  }
  return out;
}

/** Held-out energy R² and MAPE per class (and mode): fit on a seeded 80%, score the other 20%. */
export function heldOutClassStats(rows: RooflineRow[], device: DeviceFacts, cacheBytes: number, seed: number, bench: TrainCallOverhead, opts: LayerFitOptions = {}): Record<string, ClassStats> {
  const out: Record<string, ClassStats> = {};
  const ew = rows.filter((r) => r.mode === 'inference' && r.cls === 'elementwise');
  const bias = opts.convBiasKernel && ew.length > 0 ? convBiasCompanion(fitClass(ew, device, cacheBytes), device, cacheBytes) : undefined;
  for (const mode of ['inference', 'train'] as const) {
    for (const [cls, rs] of byClass(rows.filter((r) => r.mode === mode))) {
      if (rs.length < 5) continue;
      const split = splitTrainValTest(rs, seed, { train: 0.8, validation: 0 });
      if (split.test.length < 2) continue;
      let params: RooflineClassParams;
      if (mode === 'inference') params = fitClass(split.train, device, cacheBytes, {}, bias);
      else {
        const inf = fitClass(rows.filter((r) => r.mode === 'inference' && r.cls === cls), device, cacheBytes, {}, bias);
        params = fitTrainClass(split.train, inf, device, cacheBytes, bench).params;
      }
      const actual = split.test.map((r) => r.joules);
      const benchJ = (r: RooflineRow): number => (mode === 'train' ? benchCallCost(r, bench, device, cacheBytes).energyJ : (bias?.(r)?.energyJ ?? 0));
      const predicted = split.test.map((r) => layerEnergy(r.features, params, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes).energyJ + benchJ(r));
      out[mode === 'inference' ? cls : `${cls}:train`] = { rows: rs.length, heldOutR2: r2Score(actual, predicted), heldOutMape: mape(actual, predicted) };
    }
  }
  return out;
}
