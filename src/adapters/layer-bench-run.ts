// The metered loop of `energy-diff calibrate bench`: idle power first, then per entry prepare (build + warm-up),
// a counter tick, the worker's window, the next tick, one JSONL line appended. Every line is written with a
// single append and fsynced, so an interrupted run keeps every finished measurement; a rerun skips them.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { entryKey, type BenchEntry, benchRecordLine, idlePower, windowResult, LAYER_MEASUREMENT_SCHEMA } from '../core/calibrate/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { LayerBenchWorker } from './layer-bench.js';
import { monotonicClock, type Meter, type Sample } from './meters/index.js';

export interface BenchRunOptions {
  entries: BenchEntry[];
  worker: LayerBenchWorker;
  /** A fresh worker after one died mid-config (a crash in the layer, the OOM killer): that config is skipped. */
  restartWorker?: () => Promise<LayerBenchWorker>;
  meter: Meter;
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
}

export interface BenchRunResult {
  idlePowerW: number;
  written: number;
  resumed: number;
  skipped: { entry: BenchEntry; reason: string }[];
  warnings: string[];
}

/** Worker deaths in a row after which the run stops: something is wrong beyond one config. */
const MAX_DEATHS_IN_A_ROW = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function totalJ(meter: Meter, s: Sample): number {
  return meter.info.domains.filter((d) => d.inTotal).reduce((acc, d) => acc + (s.joules[d.id] ?? 0), 0);
}

/** The first reading after the counter moves: windows start and end on ticks, so none is cut mid-tick. */
async function waitTick(meter: Meter, timeoutMs: number, warnings: string[]): Promise<Sample> {
  const before = totalJ(meter, meter.read());
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    await sleep(1);
    const s = meter.read();
    if (totalJ(meter, s) !== before) return s;
    if (performance.now() > deadline) {
      if (!warnings.some((w) => w.startsWith('counter'))) warnings.push(`counter did not move within ${timeoutMs} ms: windows are not tick-aligned`);
      return s;
    }
  }
}

/** Keys of the measurements already in the file; a torn last line (a crash mid-write) is cut off first. */
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
      const o = JSON.parse(line) as { schema?: string; op?: string; config?: Record<string, number>; mode?: 'inference' | 'train' };
      if (o.schema === LAYER_MEASUREMENT_SCHEMA && o.op && o.config && o.mode) done.add(entryKey({ op: o.op, config: o.config, mode: o.mode }));
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
  const todo = o.entries.filter((e) => !done.has(entryKey(e)));
  const resumed = o.entries.length - todo.length;
  if (resumed > 0) o.log(`resuming: ${resumed} of ${o.entries.length} configs already in ${o.outPath}`);
  const fd = openSync(o.outPath, 'a');
  const skipped: BenchRunResult['skipped'] = [];
  let written = 0;
  try {
    await o.meter.start(monotonicClock());
    // Idle: the worker is up (torch imported) and waiting, as it will be between windows. Every tick is kept.
    const ticks = [await waitTick(o.meter, tickMs, warnings)];
    while (ticks.at(-1)!.t - ticks[0]!.t < o.idleSeconds) ticks.push(await waitTick(o.meter, tickMs, warnings));
    const idle = idlePower(ticks.map((s) => ({ t: s.t, joules: totalJ(o.meter, s) })));
    if (typeof idle === 'string') throw new EnergyDiffError('E_BENCH_IDLE', `cannot measure idle power: ${idle}`);
    o.log(`idle power ${idle.toFixed(2)} W from ${ticks.length} counter ticks over ${(ticks.at(-1)!.t - ticks[0]!.t).toFixed(2)} s (${o.meter.info.kind})`);
    let worker = o.worker;
    let deaths = 0;
    for (const [k, e] of todo.entries()) {
      if (o.stopped?.()) break;
      const id = k + 1;
      const label = `[${resumed + id}/${o.entries.length}] ${e.op} ${e.mode} ${JSON.stringify(e.config)}`;
      let s0: Sample;
      let run: Awaited<ReturnType<LayerBenchWorker['run']>>;
      try {
        const prep = await worker.prepare(id, { op: e.op, config: e.config, mode: e.mode, warmup: o.warmup });
        if (!prep.prepared) {
          skipped.push({ entry: e, reason: prep.reason });
          o.log(`${label}: skipped: ${prep.reason}`);
          continue;
        }
        s0 = await waitTick(o.meter, tickMs, warnings);
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
      const s1 = await waitTick(o.meter, tickMs, warnings);
      const w = { meterJ: totalJ(o.meter, s1) - totalJ(o.meter, s0), meterSeconds: s1.t - s0.t, workSeconds: run.seconds, calls: run.calls, idlePowerW: idle };
      const r = windowResult(w);
      if (typeof r === 'string') {
        skipped.push({ entry: e, reason: r });
        o.log(`${label}: skipped: ${r}`);
        continue;
      }
      // One write of the whole line, then fsync: a crash leaves whole lines only (or a torn tail cut on rerun).
      writeSync(fd, `${benchRecordLine(e, w, r, o.device)}\n`);
      fsyncSync(fd);
      written++;
      o.log(`${label}: ${run.calls} calls in ${run.seconds.toFixed(3)} s, ${r.joulesPerCall.toPrecision(4)} J/call (${r.meanPowerW.toFixed(1)} W)`);
    }
    return { idlePowerW: idle, written, resumed, skipped, warnings: [...warnings, ...o.meter.warnings] };
  } finally {
    closeSync(fd);
    await o.meter.stop().catch(() => undefined);
  }
}
