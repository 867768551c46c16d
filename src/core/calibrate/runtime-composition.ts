// The whole-graph terms of a runtime profile (onnxruntime), from its one-node records: each record has the
// wall time of a call, ORT's profiled run and the kernels inside it. What is left outside the kernels is
// the cost of running a graph at all: a host side per call (binding, output copy), and an executor share per
// kernel. A whole model pays the first once and the second once per kernel it runs (core/ort/graph-estimate.ts).
import type { RuntimeInfo } from '../estimate/predictors/roofline.js';
import { EnergyDiffError } from '../types.js';
import type { LayerMeasurement } from './measurement-types.js';
import { median } from './metrics.js';

export interface RuntimeComposition {
  info: RuntimeInfo;
  /** Per run outside every kernel (host side of the call and executor start), s. */
  passOverheadS: number;
}

/** Least squares y = a + b x; b alone (a = 0) when x does not vary. */
function line(x: number[], y: number[]): { a: number; b: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
  if (!(sxx > 0)) return { a: 0, b: my / mx };
  const b = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0) / sxx;
  return { a: my - b * mx, b };
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
  const host = rs.map((m) => Math.max(0, m.secondsPerCall! - m.runtimeTimes!.runSeconds));
  const executor = rs.map((m) => Math.max(0, m.runtimeTimes!.runSeconds - m.runtimeTimes!.kernelSeconds - m.runtimeTimes!.layoutSeconds));
  // Robust to the odd preempted record: fit the line on records up to the 90th percentile of executor time.
  const cut = [...executor].sort((a, b) => a - b)[Math.floor(0.9 * (executor.length - 1))]!;
  const keep = executor.map((v, i) => [v, i] as const).filter(([v]) => v <= cut);
  const fit = line(keep.map(([, i]) => rs[i]!.runtimeTimes!.kernels), keep.map(([v]) => v));
  const perKernelS = Math.max(0, fit.b);
  const startS = Math.max(0, fit.a);
  return {
    info: {
      name: String(d.runtime), version: String(d.runtimeVersion ?? 'unknown'), executionProvider: String(d.executionProvider ?? 'cpu'),
      threads: typeof d.threads === 'number' ? d.threads : 1, fusion: String(d.fusion ?? ''), perKernelS,
    },
    passOverheadS: median(host) + startS,
  };
}
