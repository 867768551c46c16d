// `energy-diff calibrate bench`: measures layer micro-benchmarks on this machine and appends them as
// energy-diff/layer-measurement@1 lines, the input of `energy-diff calibrate fit` (docs/recalibrate.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LayerBenchWorker, PYTHON_ENV } from '../../adapters/layer-bench.js';
import { runBench } from '../../adapters/layer-bench-run.js';
import { loadModel } from '../../adapters/load-model.js';
import { readMeasurementFiles } from '../../adapters/measurements.js';
import { createMeters } from '../../adapters/meters/index.js';
import { entriesOfLayers, BENCH_PLAN_SCHEMA, benchEntry, mergeEntries, parsePlan, randomGrid, type BenchEntry, type BenchMode } from '../../core/calibrate/index.js';
import { inferModel } from '../../core/infer/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { nonNegative, oneOf, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff calibrate bench [options] [model...]

Measures single layers with PyTorch (python/energy_diff_layerbench.py) under a power meter and appends one
energy-diff/layer-measurement@1 line per layer config to --out, ready for 'energy-diff calibrate fit'.

  --device cpu|cuda        where the layers run (default: cpu)
  --meter rapl|nvml|auto   power meter (default auto: nvml for cuda, rapl for cpu)
  --plan default|FILE      layer configs: the seeded random grid per family (default), a plan JSON
                           ({"schema": "${BENCH_PLAN_SCHEMA}", "entries": [{"op", "config", "mode"}]}),
                           or a measurement .jsonl (data/h100, an earlier bench) to measure its configs again
  --model FILE             also measure the real layer configs of this ONNX / layers.json model (repeatable;
                           extra file arguments are models too)
  --batch N                batch sizes the models' layers are taken at (repeatable; default: 1 and 8)
  --per-family N           random configs per family (default: 24)
  --seed N                 seed of the random grid (default: 1234)
  --modes LIST             inference, train or inference,train (default: inference)
  --window-seconds S       measured window per config (default: 1.5)
  --idle-seconds S         idle power window before the first config (default: 5)
  --warmup N               warm-up calls before each window (default: 3)
  --out FILE               JSONL to append to (default: measurements.jsonl); configs already in it are skipped
  --python PATH            interpreter with torch (default: $${PYTHON_ENV} or python3)
  --interval-ms MS         nvidia-smi sampling interval (default: 10)
  --print-plan             print the plan as JSON and exit (edit it and pass it back with --plan)
`;

const OPTIONS = {
  device: { type: 'string' },
  meter: { type: 'string' },
  plan: { type: 'string' },
  model: { type: 'string', multiple: true },
  batch: { type: 'string', multiple: true },
  'per-family': { type: 'string' },
  seed: { type: 'string' },
  modes: { type: 'string' },
  'window-seconds': { type: 'string' },
  'idle-seconds': { type: 'string' },
  warmup: { type: 'string' },
  out: { type: 'string' },
  python: { type: 'string' },
  'interval-ms': { type: 'string' },
  'print-plan': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function wholeNumber(value: string | undefined, option: string): number | undefined {
  const n = nonNegative(value, option);
  if (n !== undefined && !Number.isInteger(n)) throw new EnergyDiffError('E_ARG', `${option} expects a whole number, got '${value}'`);
  return n;
}

function parseModes(value: string | undefined): BenchMode[] {
  const modes = (value ?? 'inference').split(',').map((m) => m.trim());
  for (const m of modes) if (m !== 'inference' && m !== 'train') throw new EnergyDiffError('E_ARG', `--modes expects inference, train or inference,train, got '${value}'`);
  return [...new Set(modes)] as BenchMode[];
}

async function buildPlan(values: { [K in keyof typeof OPTIONS]?: unknown }, io: CliIo, device: 'cpu' | 'cuda', modes: BenchMode[]): Promise<BenchEntry[]> {
  const plan = (values.plan as string | undefined) ?? 'default';
  let base: BenchEntry[];
  if (plan === 'default') {
    const seed = wholeNumber(values.seed as string | undefined, '--seed') ?? 1234;
    // --per-family 0 measures the models' layers only.
    base = randomGrid({ device, seed, modes, perFamily: wholeNumber(values['per-family'] as string | undefined, '--per-family') ?? 24 });
  } else if (/\.jsonl$/i.test(plan)) {
    // The configs of an existing measurement file (data/h100, an earlier bench): measure the same layers again.
    base = [];
    for (const m of readMeasurementFiles([plan], io.cwd)) {
      const e = benchEntry(m.op, m.config, m.mode, plan);
      if (typeof e !== 'string') base.push(e);
    }
    base = mergeEntries(base);
  } else {
    const file = resolve(io.cwd, plan);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new EnergyDiffError('E_BENCH_PLAN', `cannot read the plan: ${(err as Error).message}`, { file: plan });
    }
    base = parsePlan(json, plan);
  }
  const batches = ((values.batch as string[] | undefined) ?? ['1', '8']).map((b) => positiveInt(b, '--batch')!);
  const fromModels: BenchEntry[][] = [];
  for (const path of (values.model as string[] | undefined) ?? []) {
    const model = await loadModel(resolve(io.cwd, path));
    for (const batch of batches) {
      const { entries, skipped } = entriesOfLayers(inferModel(model, { batch }, path).layers, path, modes);
      fromModels.push(entries);
      const reasons = [...new Set(skipped.map((s) => `${s.op} (${s.reason})`))];
      io.stderr.write(`energy-diff calibrate bench: ${path} at batch ${batch}: ${entries.length} layer configs${reasons.length ? `; not measurable: ${reasons.join(', ')}` : ''}\n`);
    }
  }
  return mergeEntries(base, ...fromModels);
}

export async function calibrateBench(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  // Extra file arguments are models too, so a shell glob works: calibrate bench --device cuda models/*.onnx
  values.model = [...(values.model ?? []), ...positionals];
  const device = oneOf(values.device, '--device', ['cpu', 'cuda'] as const, 'cpu');
  const modes = parseModes(values.modes);
  const entries = await buildPlan(values, io, device, modes);
  if (values['print-plan']) {
    // One entry per line: easy to read, diff and edit.
    const lines = entries.map(({ op, config, mode, origin }) => `  ${JSON.stringify({ op, config, mode, origin })}`);
    io.stdout.write(`{"schema": "${BENCH_PLAN_SCHEMA}", "entries": [\n${lines.join(',\n')}\n]}\n`);
    return 0;
  }
  if (entries.length === 0) throw new EnergyDiffError('E_BENCH_PLAN', 'the plan has no layer configs to measure');
  const windowSeconds = nonNegative(values['window-seconds'], '--window-seconds') ?? 1.5;
  if (!(windowSeconds > 0)) throw new EnergyDiffError('E_ARG', '--window-seconds must be above 0');
  const idleSeconds = nonNegative(values['idle-seconds'], '--idle-seconds') ?? 5;
  const warmup = positiveInt(values.warmup, '--warmup') ?? 3;
  const outPath = resolve(io.cwd, values.out ?? 'measurements.jsonl');
  const choice = oneOf(values.meter, '--meter', ['rapl', 'nvml', 'auto'] as const, 'auto');
  const meterKind = choice === 'auto' ? (device === 'cuda' ? 'nvml' : 'rapl') : choice;
  // The meter is checked before Python starts: a missing counter is the cheaper error to report.
  const [meter] = createMeters(meterKind, { env: io.env, nvml: { intervalMs: positiveInt(values['interval-ms'], '--interval-ms') ?? 10 } }).meters;
  const python = values.python ?? io.env[PYTHON_ENV] ?? 'python3';
  const log = (line: string) => io.stderr.write(`energy-diff calibrate bench: ${line}\n`);
  const startWorker = () => LayerBenchWorker.start({ python, device, env: io.env, cwd: io.cwd, onStderr: (t) => io.stderr.write(t) });
  const first = await startWorker();
  let worker = first;
  let stopping = false;
  const onSignal = (sig: NodeJS.Signals) => {
    log(`${sig}: stopping; every finished config is already in ${values.out ?? 'measurements.jsonl'}`);
    stopping = true;
    worker.kill();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const h = first.hello;
    log(`${entries.length} configs on ${h.deviceName} (torch ${h.torch}, ${h.device}), ${windowSeconds} s windows, meter ${meter!.info.kind}`);
    const metered = meter!.info.domains.filter((d) => d.kind === 'gpu');
    if (device === 'cuda' && metered.length > 1) {
      log(`warning: the meter adds ${metered.length} GPUs but the layers run on one: set CUDA_VISIBLE_DEVICES to that GPU (and CUDA_DEVICE_ORDER=PCI_BUS_ID)`);
    }
    const result = await runBench({
      entries, worker: first, restartWorker: async () => (worker = await startWorker()), meter: meter!, outPath, windowSeconds, idleSeconds, warmup, log, stopped: () => stopping,
      device: {
        name: h.deviceName, kind: h.device, torch: h.torch, threads: h.threads,
        meter: meter!.info.kind, meterDomains: meter!.info.domains.filter((d) => d.inTotal).map((d) => d.id),
        ...(h.device === 'cuda' ? { cudnnTf32: h.cudnnTf32, matmulTf32: h.matmulTf32 } : {}),
      },
    });
    for (const w of result.warnings) log(`warning: ${w}`);
    log(`${result.written} written, ${result.resumed} already there, ${result.skipped.length} skipped -> ${outPath}`);
    return stopping ? 130 : 0;
  } catch (err) {
    if (stopping) return 130;
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await worker.close();
  }
}
