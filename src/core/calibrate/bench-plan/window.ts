// From one metered benchmark window to a layer measurement. The meter window runs from a counter tick before the
// worker starts to the first tick after it finished, so it is a little longer than the work: that gap (protocol
// latency, waiting for the tick) is charged at idle power and taken out, as for data/h100. What remains is the
// whole-device energy of the calls, idle power included, which is what `joulesPerCall` means in the format.
import { formatLayerMeasurement } from '../measurements/index.js';
import type { BenchEntry } from './plan.js';

export interface BenchWindow {
  /** Counter difference between the two ticks, J (every metered domain that counts towards the total). */
  meterJ: number;
  /** Time between the two ticks, s. */
  meterSeconds: number;
  /** Worker-timed span from the first call to the end of the last (device synchronised), s. */
  workSeconds: number;
  calls: number;
  idlePowerW: number;
}

export interface WindowResult {
  joulesPerCall: number;
  secondsPerCall: number;
  gapSeconds: number;
  /** Mean power over the work, W. */
  meanPowerW: number;
}

/** The per-call energy and time of a window, or why the window cannot be used. */
export function windowResult(w: BenchWindow): WindowResult | string {
  if (!(w.calls > 0) || !(w.workSeconds > 0)) return 'no calls were timed';
  if (!(w.meterSeconds > 0)) return 'the meter did not advance over the window';
  // Stream timestamps (nvidia-smi) arrive a little late, so a meter window may look a hair shorter than the work.
  if (w.meterSeconds < w.workSeconds * 0.9) return `meter window ${w.meterSeconds.toFixed(3)} s is shorter than the work ${w.workSeconds.toFixed(3)} s`;
  const gapSeconds = Math.max(0, w.meterSeconds - w.workSeconds);
  const workJ = w.meterJ - w.idlePowerW * gapSeconds;
  if (!(workJ > 0)) return `no energy left after subtracting idle power over the ${gapSeconds.toFixed(3)} s gap (meter ${w.meterJ.toFixed(3)} J)`;
  return { joulesPerCall: workJ / w.calls, secondsPerCall: w.workSeconds / w.calls, gapSeconds, meanPowerW: workJ / w.workSeconds };
}

/**
 * Idle power from the counter ticks of a quiet window: the least-squares slope of energy over time, so one tick
 * that shows up late (a busy machine, a stream line delayed) moves the result far less than it moves two endpoints.
 */
export function idlePower(ticks: readonly { t: number; joules: number }[]): number | string {
  if (ticks.length < 2) return 'fewer than two counter readings';
  const n = ticks.length;
  const mt = ticks.reduce((a, p) => a + p.t, 0) / n;
  const mj = ticks.reduce((a, p) => a + p.joules, 0) / n;
  const stt = ticks.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  if (!(stt > 0)) return 'the idle window has no length';
  const slope = ticks.reduce((a, p) => a + (p.t - mt) * (p.joules - mj), 0) / stt;
  if (!(ticks[n - 1]!.joules >= ticks[0]!.joules) || !(slope >= 0)) return 'the counter went backwards over the idle window';
  return slope;
}

/**
 * One `energy-diff/layer-measurement@1` line. The extra fields after the format's own (calls, window, gap, mean
 * power, origin, and what a runtime worker adds) are for people reading the file; readers ignore them.
 */
export function benchRecordLine(e: BenchEntry, w: BenchWindow, r: WindowResult, device: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const own = JSON.parse(formatLayerMeasurement({
    op: e.op, config: e.config, mode: e.mode, macs: e.macs, joulesPerCall: r.joulesPerCall, secondsPerCall: r.secondsPerCall, idlePowerW: w.idlePowerW, device,
    // The layer bench builds fp32 modules (python/energy_diff_layerbench.py); int8 entries are ORT's quantized models.
    dtype: e.quant ? 'int8' : 'fp32',
  })) as Record<string, unknown>;
  return JSON.stringify({
    ...own,
    calls: w.calls,
    windowSeconds: w.meterSeconds,
    windowJoules: w.meterJ,
    gapSeconds: r.gapSeconds,
    meanPowerW: r.meanPowerW,
    origin: e.origin,
    ...(e.quant ? { quant: e.quant } : {}),
    ...extra,
  });
}

export const LATENCY_ONLY_NOTE = 'no energy counter: latency only (calibrate fit takes the time constants from it and the power from the device spec)';

/** A line without energy (no counter on this machine, --meter none): `measured: "latency"` says so, and why. */
export function latencyRecordLine(e: BenchEntry, t: { calls: number; windowSeconds: number; secondsPerCall: number }, device: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const own = JSON.parse(formatLayerMeasurement({ op: e.op, config: e.config, mode: e.mode, macs: e.macs, secondsPerCall: t.secondsPerCall, device, dtype: e.quant ? 'int8' : 'fp32' })) as Record<string, unknown>;
  return JSON.stringify({ ...own, ...(e.quant ? { quant: e.quant } : {}), note: LATENCY_ONLY_NOTE, calls: t.calls, windowSeconds: t.windowSeconds, origin: e.origin, ...extra });
}

/**
 * The part of a record's identity beyond its config: records of a runtime (onnxruntime) are told apart by
 * runtime, execution provider and threads, so a bench at 2 threads does not skip what 1 thread measured.
 * PyTorch records have no runtime field and keep the plain config key.
 */
export function runtimeKey(device: Record<string, unknown>): string {
  if (typeof device.runtime !== 'string') return '';
  return `|${device.runtime}|${String(device.executionProvider ?? '')}|threads=${String(device.threads ?? '')}`;
}
