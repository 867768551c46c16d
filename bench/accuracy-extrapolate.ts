// Accuracy of measured-epoch extrapolation on the real H100 training traces (data/h100/traces_dev.jsonl):
// predict each 30-epoch run from its first 15 epochs (also 10 and 20) and compare with what it really took.
// Targets at 15 observed epochs: median |error| <= 2%, worst <= 8%.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extrapolateEpochs, type EpochRecord } from '../src/core/extrapolate/index.js';

export const TRACES_PATH = fileURLToPath(new URL('../data/h100/traces_dev.jsonl', import.meta.url));
export const TARGET_MEDIAN_PCT = 2;
export const TARGET_WORST_PCT = 8;

interface Trace {
  model: string;
  epochs: { epoch: number; joules: number; seconds: number }[];
  total_joules: number;
  power_samples: [number, number][];
}

export interface TraceResult {
  model: string;
  observed: number;
  truthJ: number;
  predictedJ: number;
  errorPct: number;
  inBand: boolean;
  stableEpoch: number;
  stepErrorPct: number;
  stepPowerErrorPct: number;
  firstEpochErrorPct: number;
}

/** Mean of the 10 Hz power samples inside each epoch, on the epochs' cumulative time axis. */
function withSampledPower(trace: Trace): EpochRecord[] {
  let t = 0;
  return trace.epochs.map((e) => {
    const inside = trace.power_samples.filter(([s]) => s >= t && s < t + e.seconds).map(([, w]) => w);
    t += e.seconds;
    const sampledPowerW = inside.length ? inside.reduce((a, b) => a + b, 0) / inside.length : undefined;
    return { epoch: e.epoch, joules: e.joules, seconds: e.seconds, ...(sampledPowerW !== undefined ? { sampledPowerW } : {}) };
  });
}

export function loadTraces(): Trace[] {
  return readFileSync(TRACES_PATH, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Trace);
}

const pct = (value: number, truth: number) => ((value - truth) / truth) * 100;

/** Truth is the sum of all per-epoch energies: what an epoch-based prediction predicts (total_joules adds the gaps). */
export function evaluate(observed: number, traces: Trace[] = loadTraces()): TraceResult[] {
  return traces.map((trace) => {
    const epochs = withSampledPower(trace);
    const truthJ = epochs.reduce((a, e) => a + e.joules, 0);
    const x = extrapolateEpochs(epochs.slice(0, observed), epochs.length);
    return {
      model: trace.model,
      observed,
      truthJ,
      predictedJ: x.predictedJ,
      errorPct: pct(x.predictedJ, truthJ),
      inBand: x.predictedJLow <= truthJ && truthJ <= x.predictedJHigh,
      stableEpoch: x.stable.index,
      stepErrorPct: pct(x.methods['step-epoch-energy'], truthJ),
      stepPowerErrorPct: pct(x.methods['step-power'], truthJ),
      firstEpochErrorPct: pct(x.methods['first-epoch'], truthJ),
    };
  });
}

export function medianAbs(values: number[]): number {
  const a = values.map(Math.abs).sort((x, y) => x - y);
  const mid = a.length >> 1;
  return a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

const f = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(2)}%`.padStart(8);

/** Prints the table; returns true when the 15-epoch targets are met. */
export function runExtrapolateAccuracy(print: (line: string) => void = console.log): boolean {
  const traces = loadTraces();
  let pass = true;
  print('## extrapolation: predict a 30-epoch run from its first N epochs (data/h100/traces_dev.jsonl)');
  for (const observed of [10, 15, 20]) {
    const results = evaluate(observed, traces);
    print(`observed ${observed}: model          truth J  predicted J    ours  in band  s | STEP(10,5)  STEP-power  first-epoch`);
    for (const r of results) {
      print(`             ${r.model.padEnd(13)} ${r.truthJ.toFixed(0).padStart(8)} ${r.predictedJ.toFixed(0).padStart(12)} ${f(r.errorPct)}  ${r.inBand ? 'yes' : 'no '}     ${r.stableEpoch} |  ${f(r.stepErrorPct)}    ${f(r.stepPowerErrorPct)}    ${f(r.firstEpochErrorPct)}`);
    }
    const med = medianAbs(results.map((r) => r.errorPct));
    const worst = Math.max(...results.map((r) => Math.abs(r.errorPct)));
    const stepMed = medianAbs(results.map((r) => r.stepErrorPct));
    const verdict = observed === 15 ? (med <= TARGET_MEDIAN_PCT && worst <= TARGET_WORST_PCT ? 'PASS' : 'FAIL') : 'info';
    if (verdict === 'FAIL') pass = false;
    print(`             median |error| ${med.toFixed(2)}% (target <= ${TARGET_MEDIAN_PCT}%), worst ${worst.toFixed(2)}% (target <= ${TARGET_WORST_PCT}%), fixed STEP median ${stepMed.toFixed(2)}%  ${verdict}`);
  }
  return pass;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runExtrapolateAccuracy() ? 0 : 1;
}
