// The loop of `energy-diff calibrate bench`: idle power first, then per entry prepare (build + warm-up),
// a counter tick, the worker's window, the next tick, one JSONL line appended. Without a meter (--meter none)
// the same loop times the calls only and writes latency records. Every line is written with a single append
// and fsynced, so an interrupted run keeps every finished measurement; a rerun skips them. A budget stops the
// run between configs once the next one would not fit.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { entryKey, type BenchEntry, type QuantForm, benchRecordLine, idlePower, latencyRecordLine, runtimeKey, windowResult, LAYER_MEASUREMENT_SCHEMA } from '../core/calibrate/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { PrepareRequest, PrepareResult, RunResult } from './layer-bench.js';
import { monotonicClock, totalJoules, type Meter, type Sample } from './meters/index.js';

/** What the loop drives: the PyTorch child process (layer-bench.ts) or onnxruntime in this process (ort-bench.ts). */
export interface BenchWorker {
  prepare(id: number, req: PrepareRequest): Promise<PrepareResult>;
  run(id: number, seconds: number): Promise<RunResult>;
}

export interface BenchProgress {
  done: number;
  total: number;
  /** Seconds left at the pace so far (capped by the budget), or undefined before the first config. */
  etaSeconds?: number;
}

export interface BenchRunOptions {
  entries: BenchEntry[];
  worker: BenchWorker;
  /** A fresh worker after one died mid-config (a crash in the layer, the OOM killer): that config is skipped. */
  restartWorker?: () => Promise<BenchWorker>;
  /** Absent: no energy counter, latency records only. */
  meter?: Meter;
  outPath: string;
  windowSeconds: number;
  idleSeconds: number;
  warmup: number;
  /** Facts recorded in every line's `device`. */
  device: Record<string, unknown>;
  log: (line: string) => void;
  /** Checked between entries: true stops the run after the current one. */
  stopped?: () => boolean;
  /** How long to wait for the counter to move before taking a reading as it is. */
  tickTimeoutMs?: number;
  /** Wall-clock budget for the configs, s: the run stops before a config that would end past it. */
  budgetSeconds?: number;
  onProgress?: (p: BenchProgress) => void;
}

export interface BenchRunResult {
  idlePowerW: number;
  written: number;
  resumed: number;
  skipped: { entry: BenchEntry; reason: string }[];
  warnings: string[];
  /** True when the budget ended the run with configs left. */
  budgetReached: boolean;
}

/** Worker deaths in a row after which the run stops: something is wrong beyond one config. */
const MAX_DEATHS_IN_A_ROW = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The first reading after the counter moves: windows start and end on ticks, so none is cut mid-tick. */
async function waitTick(meter: Meter, timeoutMs: number, warnings: string[]): Promise<Sample> {
  const before = totalJoules(meter, meter.read());
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    await sleep(1);
    const s = meter.read();
    if (totalJoules(meter, s) !== before) return s;
    if (performance.now() > deadline) {
      if (!warnings.some((w) => w.startsWith('counter'))) warnings.push(`counter did not move within ${timeoutMs} ms: windows are not tick-aligned`);
      return s;
    }
  }
}

/**
 * Keys of the measurements already in the file (config and, for runtime records, runtime, provider and threads);
 * a torn last line (a crash mid-write) is cut off first.
 */
export function prepareOutput(path: string, warnings: string[]): Set<string> {
  const done = new Set<string>();
  if (!existsSync(path)) return done;
  let text = readFileSync(path, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) {
    const keep = text.lastIndexOf('\n') + 1;
    truncateSync(path, Buffer.byteLength(text.slice(0, keep)));
    warnings.push(`${path}: removed an unfinished last line (${text.length - keep} characters) left by an interrupted run`);
    text = text.slice(0, keep);
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as { schema?: string; op?: string; config?: Record<string, number>; mode?: 'inference' | 'train'; quant?: unknown; device?: Record<string, unknown> };
      if (o.schema === LAYER_MEASUREMENT_SCHEMA && o.op && o.config && o.mode) done.add(entryKey({ op: o.op, config: o.config, mode: o.mode, ...(typeof o.quant === 'string' ? { quant: o.quant as QuantForm } : {}) }) + runtimeKey(o.device ?? {}));
    } catch {
      // not ours to judge: calibrate fit reports bad lines with their place
    }
  }
  return done;
}

export async function runBench(o: BenchRunOptions): Promise<BenchRunResult> {
  const warnings: string[] = [];
  const tickMs = o.tickTimeoutMs ?? 2000;
  const done = prepareOutput(o.outPath, warnings);
  const suffix = runtimeKey(o.device);
  const todo = o.entries.filter((e) => !done.has(entryKey(e) + suffix));
  const resumed = o.entries.length - todo.length;
  if (resumed > 0) o.log(`resuming: ${resumed} of ${o.entries.length} configs already in ${o.outPath}`);
  const fd = openSync(o.outPath, 'a');
  const skipped: BenchRunResult['skipped'] = [];
  let written = 0;
  let budgetReached = false;
  const meter = o.meter;
  try {
    let idle = 0;
    if (meter) {
      await meter.start(monotonicClock());
      // Idle: the worker is up (torch imported) and waiting, as it will be between windows. Every tick is kept.
      const ticks = [await waitTick(meter, tickMs, warnings)];
      while (ticks.at(-1)!.t - ticks[0]!.t < o.idleSeconds) ticks.push(await waitTick(meter, tickMs, warnings));
      const measured = idlePower(ticks.map((s) => ({ t: s.t, joules: totalJoules(meter, s) })));
      if (typeof measured === 'string') throw new EnergyDiffError('E_BENCH_IDLE', `cannot measure idle power: ${measured}`);
      idle = measured;
      o.log(`idle power ${idle.toFixed(2)} W from ${ticks.length} counter ticks over ${(ticks.at(-1)!.t - ticks[0]!.t).toFixed(2)} s (${meter.info.kind})`);
    }
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    let worker = o.worker;
    let deaths = 0;
    for (const [k, e] of todo.entries()) {
      if (o.stopped?.()) break;
      // The pace so far says how long one more config takes; stop before one that would end past the budget.
      const pace = k > 0 ? elapsed() / k : 0;
      if (o.budgetSeconds !== undefined && k > 0 && elapsed() + pace > o.budgetSeconds) {
        budgetReached = true;
        o.log(`budget of ${o.budgetSeconds} s reached after ${k} configs; ${todo.length - k} left for a rerun (it resumes)`);
        break;
      }
      o.onProgress?.({ done: resumed + k, total: o.entries.length, ...(k > 0 ? { etaSeconds: eta(pace * (todo.length - k), elapsed(), o.budgetSeconds) } : {}) });
      const id = k + 1;
      const label = `[${resumed + id}/${o.entries.length}] ${e.op}${e.quant ? ` int8-${e.quant}` : ''} ${e.mode} ${JSON.stringify(e.config)}`;
      let s0: Sample | undefined;
      let run: RunResult;
      try {
        const prep = await worker.prepare(id, { op: e.op, config: e.config, mode: e.mode, warmup: o.warmup, ...(e.quant ? { quant: e.quant } : {}) });
        if (!prep.prepared) {
          skipped.push({ entry: e, reason: prep.reason });
          o.log(`${label}: skipped: ${prep.reason}`);
          continue;
        }
        if (meter) s0 = await waitTick(meter, tickMs, warnings);
        run = await worker.run(id, o.windowSeconds);
        deaths = 0;
      } catch (err) {
        const died = err instanceof EnergyDiffError && err.code === 'E_BENCH_WORKER';
        if (!died || o.stopped?.() || !o.restartWorker || ++deaths >= MAX_DEATHS_IN_A_ROW) throw err;
        skipped.push({ entry: e, reason: err.message });
        o.log(`${label}: skipped: ${err.message}; starting a new worker`);
        worker = await o.restartWorker();
        continue;
      }
      if ('skipped' in run) {
        skipped.push({ entry: e, reason: run.skipped });
        o.log(`${label}: skipped: ${run.skipped}`);
        continue;
      }
      let line: string;
      if (meter && s0) {
        const s1 = await waitTick(meter, tickMs, warnings);
        const w = { meterJ: totalJoules(meter, s1) - totalJoules(meter, s0), meterSeconds: s1.t - s0.t, workSeconds: run.seconds, calls: run.calls, idlePowerW: idle };
        const r = windowResult(w);
        if (typeof r === 'string') {
          skipped.push({ entry: e, reason: r });
          o.log(`${label}: skipped: ${r}`);
          continue;
        }
        line = benchRecordLine(e, w, r, o.device, run.record);
        o.log(`${label}: ${run.calls} calls in ${run.seconds.toFixed(3)} s, ${r.joulesPerCall.toPrecision(4)} J/call (${r.meanPowerW.toFixed(1)} W)`);
      } else {
        const secondsPerCall = run.latencySeconds ?? run.seconds / run.calls;
        line = latencyRecordLine(e, { calls: run.calls, windowSeconds: run.seconds, secondsPerCall }, o.device, run.record);
        o.log(`${label}: ${run.calls} calls in ${run.seconds.toFixed(3)} s, ${(secondsPerCall * 1e3).toPrecision(4)} ms/call (latency only)`);
      }
      // One write of the whole line, then fsync: a crash leaves whole lines only (or a torn tail cut on rerun).
      writeSync(fd, `${line}\n`);
      fsyncSync(fd);
      written++;
    }
    o.onProgress?.({ done: resumed + written + skipped.length, total: o.entries.length, etaSeconds: 0 });
    return { idlePowerW: idle, written, resumed, skipped, warnings: [...warnings, ...(meter?.warnings ?? [])], budgetReached };
  } finally {
    closeSync(fd);
    await meter?.stop().catch(() => undefined);
  }
}

/** Seconds left: the pace's estimate, never past the budget. */
function eta(paceLeft: number, elapsed: number, budget: number | undefined): number {
  return budget === undefined ? paceLeft : Math.max(0, Math.min(paceLeft, budget - elapsed));
}
