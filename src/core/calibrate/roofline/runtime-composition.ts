// The whole-graph terms of a runtime profile (onnxruntime), from its one-node records: each record has the
// CPU time of a call and ORT's profiled kernels inside it. What is left outside the kernels is the cost of
// running a graph at all: a part per call (binding, output copy, executor start) and a part per kernel
// (executor dispatch), told apart by the records with one kernel and those with layout reorders around it.
// A whole model pays the first once and the second once per kernel it runs (core/ort/graph-estimate.ts).
import type { RuntimeInfo } from '../../estimate/index.js';
import { EnergyDiffError } from '../../common/index.js';
import { median } from '../fit/index.js';
import type { LayerMeasurement } from '../measurements/index.js';

export interface RuntimeComposition {
  info: RuntimeInfo;
  /** Per run outside every kernel (host side of the call and executor start), s. */
  passOverheadS: number;
}

/**
 * y = a + b x through the medians of the two most common x values (kernel counts): robust to the records whose
 * host side is large for another reason (a large output copied back to JavaScript, a preempted window).
 */
function medianLine(x: number[], y: number[]): { a: number; b: number } {
  const byX = new Map<number, number[]>();
  x.forEach((v, i) => byX.set(v, [...(byX.get(v) ?? []), y[i]!]));
  const common = [...byX.entries()].filter(([, ys]) => ys.length >= 3).sort((p, q) => q[1].length - p[1].length).slice(0, 2).sort((p, q) => p[0] - q[0]);
  if (common.length < 2) {
    // One kernel count only: all of it is per call.
    return { a: median(y), b: 0 };
  }
  const [[x0, y0], [x1, y1]] = common as [[number, number[]], [number, number[]]];
  const b = (median(y1) - median(y0)) / (x1 - x0);
  return { a: median(y0) - b * x0, b };
}

/** Calls shorter than this (CPU time) give the overhead line: their kernels rarely lose the CPU mid-way. */
const SHORT_CALL_S = 1e-3;

/**
 * The seconds the fit takes for one runtime record's op: the smaller of its fastest profiled kernel time and
 * its share of the call's CPU time once the per-call and per-kernel parts are taken out (split between the op and
 * its layout reorders by their profiled medians). On a quiet machine the two agree; on a shared one the profiler's
 * wall-clock times of long kernels include the time other processes ran, the CPU time does not.
 */
export function runtimeKernelSeconds(m: LayerMeasurement, c: RuntimeComposition): number | undefined {
  const t = m.runtimeTimes;
  if (!t) return undefined;
  if (t.cpuSeconds === undefined) return t.kernelSeconds;
  const k = t.kernelMedianSeconds ?? t.kernelSeconds;
  const l = t.layoutMedianSeconds ?? t.layoutSeconds;
  const inKernels = t.cpuSeconds - c.passOverheadS - t.kernels * c.info.perKernelS;
  const fromCpu = (inKernels * k) / (k + l);
  return fromCpu > 0 ? Math.min(t.kernelSeconds, fromCpu) : t.kernelSeconds;
}

/** The runtime terms of records that carry a runtime profile, or undefined when none does. */
export function runtimeComposition(measurements: LayerMeasurement[]): RuntimeComposition | undefined {
  const rs = measurements.filter((m) => m.runtimeTimes && m.secondsPerCall !== undefined && typeof m.device?.runtime === 'string');
  if (rs.length === 0) return undefined;
  const describe = (m: LayerMeasurement): string => `${String(m.device!.runtime)} ${String(m.device!.runtimeVersion)} ${String(m.device!.executionProvider)} threads=${String(m.device!.threads)}`;
  const kinds = [...new Set(rs.map(describe))];
  if (kinds.length > 1) {
    throw new EnergyDiffError('E_CALIBRATE', `the records come from ${kinds.length} runtime setups (${kinds.join('; ')}): fit each setup on its own`, { file: rs[0]!.file });
  }
  const d = rs[0]!.device!;
  // Outside the kernels: the call's CPU time (wall where not recorded) less its kernels' fastest profiled times,
  // from the short calls only (a long one is more likely to have its kernel times stretched by preemption).
  const short = rs.filter((m) => (m.runtimeTimes!.cpuSeconds ?? m.secondsPerCall!) < SHORT_CALL_S);
  const use = short.length >= 6 ? short : rs;
  const outside = use.map((m) => Math.max(0, (m.runtimeTimes!.cpuSeconds ?? m.secondsPerCall!) - m.runtimeTimes!.kernelSeconds - m.runtimeTimes!.layoutSeconds));
  const fit = medianLine(use.map((m) => m.runtimeTimes!.kernels), outside);
  const perKernelS = Math.max(0, fit.b);
  const passOverheadS = Math.max(0, fit.a);
  return {
    info: {
      name: String(d.runtime), version: String(d.runtimeVersion ?? 'unknown'), executionProvider: String(d.executionProvider ?? 'cpu'),
      threads: typeof d.threads === 'number' ? d.threads : 1, fusion: String(d.fusion ?? ''),
      nchwcBlock: typeof d.nchwcBlock === 'number' ? d.nchwcBlock : 0, perKernelS,
    },
    passOverheadS,
  };
}
