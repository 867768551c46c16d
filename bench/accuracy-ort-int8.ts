// onnxruntime int8 accuracy (issue 14): a QDQ CNN's int8 and fp32 whole-model latency in ORT on this machine
// (CPU execution provider, one intra-op thread), against what a profile fitted on single-op bench records of the
// same machine predicts. Protocol:
//   1. `calibrate bench --runtime onnxruntime --meter none --threads 1 --int8`: the random grid (8 per family) and 24
//      seeded convolutions with a CNN body's channel counts (cnnConvGrid), each Conv2d / Linear / MatMul config also
//      as its int8 kernels; about 5 minutes. No layer of the evaluated CNN is in the plan.
//   2. `calibrate fit --method roofline --device auto` on the records: fp32 class constants, int8 constants of
//      conv / gemm / matmul from the int8 records (measuredPrecisions: fp32, int8).
//   3. bench/fixtures/make_qdq_cnn.py writes the CNN in fp32 and QDQ int8 (python3-onnx); each is estimated on the
//      profile (the fused graph ORT runs: QDQ units as QLinearConv) and timed in ORT (median call's CPU time).
// Target: predicted int8/fp32 latency ratio and each absolute latency within 25% of the measured.
// `--int8-records FILE` (repeatable) skips step 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCaches, readCpuinfo } from '../src/adapters/cpu-facts.js';
import { loadModel } from '../src/adapters/load-model.js';
import { readMeasurementFiles } from '../src/adapters/measurements.js';
import { loadOnnxRuntime, type OrtModule } from '../src/adapters/onnxruntime.js';
import { measureModel } from '../src/adapters/ort-measure.js';
import { main } from '../src/cli/main.js';
import { BENCH_PLAN_SCHEMA, autoCpuFacts, benchEntry, calibrateRoofline, int8Entries, median, seededRandom, type BenchEntry } from '../src/core/calibrate/index.js';
import type { RooflinePredictor } from '../src/core/estimate/index.js';
import { inferModel } from '../src/core/infer/index.js';
import { estimateOnRuntime } from '../src/core/ort/index.js';

export const TARGET_INT8_ERROR = 0.25;
const ROOT = join(import.meta.dirname, '..');
const PYTHON = '/usr/bin/python3';
const CACHE = resolve(ROOT, 'node_modules/.cache/energy-diff/ort-int8-accuracy');

function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => { if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]!); });
  return out;
}

/**
 * Seeded convolutions with the channel counts of a CNN's body (16..256 in steps of 8, 3x3 or 1x1, stride 1 or 2,
 * 8..40 pixels), under 5e7 MACs: the random grid's convolutions are mostly a few odd channels, where the integer
 * kernels gain nothing, so they alone would not say what int8 does to a CNN. Not the evaluated CNN's layers.
 */
export function cnnConvGrid(n: number, seed = 4242): BenchEntry[] {
  const r = seededRandom(seed);
  const pick = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const out: BenchEntry[] = [];
  for (let guard = 0; out.length < n && guard < 100 * n; guard++) {
    const k = r() < 0.7 ? 3 : 1;
    const e = benchEntry('Conv2d', {
      batch: 1, in_channels: 8 * pick(2, 32), out_channels: 8 * pick(2, 32), image_size: pick(8, 40), kernel_size: k,
      stride: r() < 0.3 ? 2 : 1, padding: k === 3 ? 1 : 0, groups: 1,
    }, 'inference', 'cnn-conv-grid');
    if (typeof e !== 'string' && e.macs <= 5e7) out.push(e);
  }
  return out;
}

async function bench(out: string, extra: string[], minutes: number): Promise<void> {
  const io = { stdout: process.stdout, stderr: { write: () => true }, env: process.env, cwd: ROOT };
  const code = await main(['calibrate', 'bench', '--runtime', 'onnxruntime', '--meter', 'none', '--threads', '1', '--int8', '--budget-minutes', String(minutes), '--window-seconds', '0.4', '--out', out, ...extra], io);
  if (code !== 0) throw new Error(`calibrate bench exited ${code}`);
}

async function timeModel(ort: OrtModule, file: string): Promise<{ cpu: number; wall: number; kernels: number }> {
  const t = await measureModel(ort, file, [{ name: 'x', dims: [1, 3, 64, 64], elemType: 1 }], { threads: 1, executionProvider: 'cpu', warmup: 3, seconds: 2, minRuns: 5 });
  return { cpu: t.cpuSeconds, wall: t.medianSeconds, kernels: t.kernels };
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
const ms = (s: number) => (s * 1e3).toFixed(2);

export async function runOrtInt8Accuracy(): Promise<boolean> {
  console.log('## onnxruntime int8: a QDQ CNN, int8 vs fp32 latency from single-op int8 and fp32 records (CPU, 1 thread)');
  let ort: OrtModule;
  try {
    ort = await loadOnnxRuntime();
    execFileSync(PYTHON, ['-c', 'import onnx'], { stdio: 'ignore' });
  } catch (err) {
    console.log(`SKIP onnxruntime int8 accuracy: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (needs onnxruntime-node and ${PYTHON} with onnx)`);
    return true;
  }
  mkdirSync(CACHE, { recursive: true });
  const models = join(CACHE, 'models');
  execFileSync(PYTHON, [join(ROOT, 'bench/fixtures/make_qdq_cnn.py'), models]);
  let records = args('--int8-records').map((f) => resolve(f));
  const started = performance.now();
  const timings: { cpu: number; wall: number; kernels: number }[][] = [[], []];
  const files = ['cnn-fp32', 'cnn-qdq'].map((n) => join(models, `${n}.onnx`));
  const timeBoth = async () => { for (const [i, f] of files.entries()) timings[i]!.push(await timeModel(ort, f)); };
  if (records.length === 0) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const grid = join(CACHE, `bench-${stamp}-grid.jsonl`);
    const conv = join(CACHE, `bench-${stamp}-conv.jsonl`);
    const convPlan = join(CACHE, `conv-plan-${stamp}.json`);
    const convs = cnnConvGrid(24);
    writeFileSync(convPlan, JSON.stringify({ schema: BENCH_PLAN_SCHEMA, entries: [...convs, ...int8Entries(convs)] }));
    await bench(grid, ['--per-family', '8'], 2.5);
    await timeBoth();
    await bench(conv, ['--plan', convPlan], 2.5);
    records = [grid, conv];
  }
  await timeBoth();
  const measurements = readMeasurementFiles(records, ROOT);
  const cpu = autoCpuFacts(readCpuinfo(), readCaches());
  const profile = calibrateRoofline(measurements, {
    id: 'this-cpu-onnxruntime', name: cpu.facts.name, version: '1', device: cpu.facts, deviceSource: [...cpu.sources, ...cpu.assumed].join('; '),
    fitDate: new Date().toISOString().slice(0, 10), seed: 1234, dataFiles: records,
  });
  const int8Classes = Object.keys((profile.predictor as unknown as RooflinePredictor).precisions?.int8 ?? {});
  console.log(`bench: ${measurements.length} records (${measurements.filter((m) => m.dtype === 'int8').length} int8) in ${((performance.now() - started) / 60000).toFixed(1)} min; ${records.join(', ')}`);
  console.log(`fit: measured precisions ${(profile.measuredPrecisions ?? []).join(', ')}; int8 constants for ${int8Classes.join(', ')}: ${profile.provenance.replace(/^.*int8 constants measured/, 'int8 constants measured')}`);
  console.log('');
  console.log('| model | ORT kernels | predicted ms | measured CPU ms | error | measured wall ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const predicted: number[] = [];
  const measured: number[] = [];
  const errors: number[] = [];
  for (const [i, file] of files.entries()) {
    const model = await loadModel(file);
    const p = estimateOnRuntime(inferModel(model, { batch: 1 }, file), profile, { mode: 'inference', modelPath: file, format: 'onnx' }, model).totals.seconds ?? NaN;
    const m = median(timings[i]!.map((t) => t.cpu));
    predicted.push(p);
    measured.push(m);
    errors.push(p / m - 1);
    console.log(`| ${i === 0 ? 'CNN fp32' : 'CNN int8 (QDQ)'} | ${timings[i]!.at(-1)!.kernels} | ${ms(p)} | ${ms(m)} | ${pct(p / m - 1)} | ${ms(median(timings[i]!.map((t) => t.wall)))} |`);
  }
  const ratioP = predicted[1]! / predicted[0]!;
  const ratioM = measured[1]! / measured[0]!;
  const ratioError = ratioP / ratioM - 1;
  console.log('');
  console.log(`int8/fp32 latency ratio: predicted ${ratioP.toFixed(3)}, measured ${ratioM.toFixed(3)} (error ${pct(ratioError)})`);
  const load = existsSync('/proc/loadavg') ? (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
  console.log(`machine load average ${load} on ${cpu.facts.cores} cores (CPU times are compared: a shared machine stretches wall times)`);
  const ok = [ratioError, ...errors].every((e) => Math.abs(e) <= TARGET_INT8_ERROR);
  console.log(`${ok ? 'PASS' : 'FAIL'} onnxruntime int8 vs fp32: ratio error ${pct(ratioError)}, latency errors ${errors.map(pct).join(', ')} (target within ${TARGET_INT8_ERROR * 100}%)`);
  return ok;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  process.exitCode = (await runOrtInt8Accuracy()) ? 0 : 1;
}
