// `energy-diff calibrate bench`: measures layer micro-benchmarks on this machine and appends them as
// energy-diff/layer-measurement@1 lines, the input of `energy-diff calibrate fit` (docs/recalibrate.md,
// docs/onnxruntime.md). The layers run in PyTorch (a Python worker) or in onnxruntime (this process).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCpuinfo } from '../../adapters/cpu-facts.js';
import { LayerBenchWorker, PYTHON_ENV } from '../../adapters/layer-bench.js';
import { runBench, type BenchProgress, type BenchRunResult, type BenchWorker } from '../../adapters/layer-bench-run.js';
import { loadModel } from '../../adapters/load-model.js';
import { readMeasurementFiles } from '../../adapters/measurements.js';
import { meterForDevice, type Meter } from '../../adapters/meters/index.js';
import { loadOnnxRuntime, ortModuleName } from '../../adapters/onnxruntime.js';
import { OrtBenchWorker } from '../../adapters/ort-bench.js';
import { entriesOfLayers, nchwcBlockOf, BENCH_PLAN_SCHEMA, benchEntry, int8Entries, interleaveByOp, mergeEntries, parsePlan, randomGrid, type BenchEntry, type BenchMode } from '../../core/calibrate/index.js';
import { ORT_FUSION_RULES } from '../../core/ort/index.js';
import { inferModel } from '../../core/infer/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { nonNegative, oneOf, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff calibrate bench [options] [model...]

Measures single layers under a power meter and appends one energy-diff/layer-measurement@1 line per layer
config to --out, ready for 'energy-diff calibrate fit'. The layers run in PyTorch (python/energy_diff_layerbench.py)
or, with --runtime onnxruntime, as one-node ONNX models in onnxruntime-node (an optional dependency).

  --runtime torch|onnxruntime  what runs the layers (default: torch)
  --device cpu|cuda        where the layers run (default: cpu; onnxruntime: the CPU or CUDA execution provider)
  --threads N              threads per layer (default: 1 for onnxruntime; torch: its own default)
  --meter auto|rapl|nvml|none  power meter (default auto: nvml for cuda, rapl for cpu; onnxruntime falls back to
                           none where no counter is readable). none: latency only, said so in every record
  --budget-minutes M       stop cleanly before a config would end past M minutes (a rerun resumes); configs run
                           round-robin over the modules so a cut run still covers every family
  --int8                   onnxruntime: also measure each Conv2d, Linear and MatMul config as int8 kernels
                           (QDQ-fused, QLinearConv / QLinearMatMul, MatMulInteger); records carry dtype int8
  --plan default|FILE      layer configs: the seeded random grid per family (default), a plan JSON
                           ({"schema": "${BENCH_PLAN_SCHEMA}", "entries": [{"op", "config", "mode"}]}),
                           or a measurement .jsonl (data/h100, an earlier bench) to measure its configs again
  --model FILE             also measure the real layer configs of this ONNX / layers.json model (repeatable;
                           extra file arguments are models too)
  --batch N                batch sizes the models' layers are taken at (repeatable; default: 1 and 8)
  --per-family N           random configs per family (default: 24)
  --seed N                 seed of the random grid (default: 1234)
  --modes LIST             inference, train or inference,train (default: inference)
  --window-seconds S       measured window per config (default: 1.5; onnxruntime with a budget: what fits it)
  --idle-seconds S         idle power window before the first config (default: 5)
  --warmup N               warm-up calls before each window (default: 3)
  --out FILE               JSONL to append to (default: measurements.jsonl); configs already in it are skipped
                           (onnxruntime: the same config at the same provider and threads)
  --python PATH            interpreter with torch (default: $${PYTHON_ENV} or python3)
  --interval-ms MS         nvidia-smi sampling interval (default: 10)
  --print-plan             print the plan as JSON and exit (edit it and pass it back with --plan)
`;

/** Bounds of the numeric flags: a week of benchmarking, more threads than any CPU here has. */
const MAX_BUDGET_MINUTES = 7 * 24 * 60;
const MAX_THREADS = 1024;

const OPTIONS = {
  runtime: { type: 'string' },
  threads: { type: 'string' },
  'budget-minutes': { type: 'string' },
  int8: { type: 'boolean' },
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
  const all = mergeEntries(base, ...fromModels);
  // --int8: every Conv2d / Linear / MatMul config also as its int8 kernels (QDQ, QLinear*, MatMulInteger).
  return values.int8 ? mergeEntries(all, int8Entries(all)) : all;
}

type Values = { [K in keyof typeof OPTIONS]?: unknown };

interface RunContext {
  entries: BenchEntry[];
  outPath: string;
  windowSeconds?: number;
  idleSeconds: number;
  warmup: number;
  budgetSeconds?: number;
  log: (line: string) => void;
  onProgress?: (p: BenchProgress) => void;
}

export async function calibrateBench(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  // Extra file arguments are models too, so a shell glob works: calibrate bench --device cuda models/*.onnx
  values.model = [...(values.model ?? []), ...positionals];
  const runtime = oneOf(values.runtime, '--runtime', ['torch', 'onnxruntime'] as const, 'torch');
  const device = oneOf(values.device, '--device', ['cpu', 'cuda'] as const, 'cpu');
  if (values.int8 && runtime !== 'onnxruntime') throw new EnergyDiffError('E_ARG', '--int8 needs --runtime onnxruntime (the int8 models are ONNX graphs)');
  const modes = runtime === 'onnxruntime' && values.modes === undefined ? (['inference'] as BenchMode[]) : parseModes(values.modes);
  let entries = await buildPlan(values, io, device, modes);
  const budgetMinutes = nonNegative(values['budget-minutes'], '--budget-minutes', MAX_BUDGET_MINUTES);
  if (budgetMinutes !== undefined && !(budgetMinutes > 0)) throw new EnergyDiffError('E_ARG', '--budget-minutes must be above 0');
  // A budget may cut the run: round-robin over the modules, so what gets measured covers every family.
  if (budgetMinutes !== undefined) entries = interleaveByOp(entries);
  if (values['print-plan']) {
    // One entry per line: easy to read, diff and edit.
    const lines = entries.map(({ op, config, mode, origin, quant }) => `  ${JSON.stringify({ op, config, mode, origin, ...(quant ? { quant } : {}) })}`);
    io.stdout.write(`{"schema": "${BENCH_PLAN_SCHEMA}", "entries": [\n${lines.join(',\n')}\n]}\n`);
    return 0;
  }
  if (entries.length === 0) throw new EnergyDiffError('E_BENCH_PLAN', 'the plan has no layer configs to measure');
  const window = nonNegative(values['window-seconds'], '--window-seconds');
  if (window !== undefined && !(window > 0)) throw new EnergyDiffError('E_ARG', '--window-seconds must be above 0');
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const progress = tty ? progressLine(io) : undefined;
  const ctx: RunContext = {
    entries,
    outPath: resolve(io.cwd, (values.out as string | undefined) ?? 'measurements.jsonl'),
    idleSeconds: nonNegative(values['idle-seconds'], '--idle-seconds') ?? 5,
    warmup: positiveInt(values.warmup, '--warmup') ?? 3,
    log: (line: string) => (progress ? progress.log(line) : io.stderr.write(`energy-diff calibrate bench: ${line}\n`)),
    ...(window !== undefined ? { windowSeconds: window } : {}),
    ...(budgetMinutes !== undefined ? { budgetSeconds: budgetMinutes * 60 } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  };
  try {
    return runtime === 'onnxruntime' ? await benchOrt(values, io, device, ctx) : await benchTorch(values, io, device, ctx);
  } finally {
    progress?.done();
  }
}

/** A status line rewritten in place on a TTY: configs done, total and the time left. */
function progressLine(io: CliIo): { log: (line: string) => void; update: (p: BenchProgress) => void; done: () => void } {
  let last = '';
  const fmt = (s: number): string => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
  return {
    log: (line) => io.stderr.write(`\r\x1b[Kenergy-diff calibrate bench: ${line}\n${last}`),
    update: (p) => {
      last = `[${p.done}/${p.total}]${p.etaSeconds !== undefined ? ` ETA ${fmt(p.etaSeconds)}` : ''}`;
      io.stderr.write(`\r\x1b[K${last}`);
    },
    done: () => io.stderr.write('\r\x1b[K'),
  };
}

/** Stops the run after the config in flight on SIGINT/SIGTERM; every finished config is already on disk. */
async function withSignals(ctx: RunContext, kill: () => void, body: (stopped: () => boolean) => Promise<BenchRunResult>): Promise<number> {
  let stopping = false;
  const onSignal = (sig: NodeJS.Signals) => {
    ctx.log(`${sig}: stopping; every finished config is already in ${ctx.outPath}`);
    stopping = true;
    kill();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const result = await body(() => stopping);
    for (const w of result.warnings) ctx.log(`warning: ${w}`);
    ctx.log(`${result.written} written, ${result.resumed} already there, ${result.skipped.length} skipped -> ${ctx.outPath}`);
    return stopping ? 130 : 0;
  } catch (err) {
    if (stopping) return 130;
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The run's meter (`auto`: the device's counter); onnxruntime, which times its kernels itself, falls back to latency only. */
function chooseMeter(values: Values, io: CliIo, device: 'cpu' | 'cuda', ctx: RunContext, autoFallsBack: boolean): Meter | undefined {
  const choice = oneOf(values.meter as string | undefined, '--meter', ['rapl', 'nvml', 'auto', 'none'] as const, 'auto');
  const opts = { env: io.env, nvml: { intervalMs: positiveInt(values['interval-ms'] as string | undefined, '--interval-ms') ?? 10 } };
  return meterForDevice(choice, device, opts, autoFallsBack ? (why) => ctx.log(`no energy counter (${why}): measuring latency only`) : undefined);
}

/** What each record says about the meter. */
function meterFacts(meter: Meter | undefined): Record<string, unknown> {
  return { meter: meter?.info.kind ?? 'none', ...(meter ? { meterDomains: meter.info.domains.filter((d) => d.inTotal).map((d) => d.id) } : {}) };
}

const meterName = (meter: Meter | undefined): string => meter?.info.kind ?? 'none (latency only)';

async function benchTorch(values: Values, io: CliIo, device: 'cpu' | 'cuda', ctx: RunContext): Promise<number> {
  const windowSeconds = ctx.windowSeconds ?? 1.5;
  // The meter is checked before Python starts: a missing counter is the cheaper error to report.
  const meter = chooseMeter(values, io, device, ctx, false);
  const threads = positiveInt(values.threads as string | undefined, '--threads', MAX_THREADS);
  const env = threads ? { ...io.env, OMP_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) } : io.env;
  const python = (values.python as string | undefined) ?? io.env[PYTHON_ENV] ?? 'python3';
  const startWorker = () => LayerBenchWorker.start({ python, device, env, cwd: io.cwd, onStderr: (t) => io.stderr.write(t) });
  const first = await startWorker();
  let worker = first;
  try {
    return await withSignals(ctx, () => worker.kill(), async (stopped) => {
      const h = first.hello;
      ctx.log(`${ctx.entries.length} configs on ${h.deviceName} (torch ${h.torch}, ${h.device}), ${windowSeconds} s windows, meter ${meterName(meter)}`);
      const metered = meter?.info.domains.filter((d) => d.kind === 'gpu') ?? [];
      if (device === 'cuda' && metered.length > 1) {
        ctx.log(`warning: the meter adds ${metered.length} GPUs but the layers run on one: set CUDA_VISIBLE_DEVICES to that GPU (and CUDA_DEVICE_ORDER=PCI_BUS_ID)`);
      }
      return runBench({
        ...ctx, windowSeconds, worker: first, restartWorker: async () => (worker = await startWorker()), stopped,
        ...(meter ? { meter } : {}),
        device: {
          name: h.deviceName, kind: h.device, torch: h.torch, threads: h.threads,
          ...meterFacts(meter),
          ...(h.device === 'cuda' ? { cudnnTf32: h.cudnnTf32, matmulTf32: h.matmulTf32 } : {}),
        },
      });
    });
  } finally {
    await worker.close();
  }
}

async function benchOrt(values: Values, io: CliIo, device: 'cpu' | 'cuda', ctx: RunContext): Promise<number> {
  const threads = positiveInt(values.threads as string | undefined, '--threads', MAX_THREADS) ?? 1;
  const meter = chooseMeter(values, io, device, ctx, true);
  // Loaded only now: the rest of the CLI never needs the native package.
  const ort = await loadOnnxRuntime(ortModuleName(io.env));
  const worker = OrtBenchWorker.start(ort, { threads, executionProvider: device });
  // Without a window given, a budget sets it: the configs should fit with room for session set-up and profiling.
  const windowSeconds = ctx.windowSeconds ?? (ctx.budgetSeconds !== undefined ? Math.min(1.5, Math.max(0.05, (0.6 * ctx.budgetSeconds) / ctx.entries.length)) : 1.5);
  let cpuName = 'cpu';
  let nchwcBlock = 0;
  try {
    const info = readCpuinfo();
    cpuName = info.modelName;
    nchwcBlock = device === 'cpu' ? nchwcBlockOf(info.flags) : 0;
  } catch {
    // not Linux: the record says 'cpu' and no NCHWc block
  }
  const h = worker.hello;
  try {
    return await withSignals(ctx, () => undefined, async (stopped) => {
      ctx.log(`${ctx.entries.length} configs in onnxruntime ${h.version} (${h.executionProvider} execution provider, ${threads} thread${threads === 1 ? '' : 's'}) on ${cpuName}, ` +
        `${windowSeconds.toFixed(2)} s windows, meter ${meterName(meter)}${ctx.budgetSeconds !== undefined ? `, budget ${(ctx.budgetSeconds / 60).toFixed(1)} min` : ''}`);
      return runBench({
        ...ctx, windowSeconds, worker, stopped,
        ...(meter ? { meter } : {}),
        device: {
          name: cpuName, kind: device, runtime: 'onnxruntime', runtimeVersion: h.version, executionProvider: h.executionProvider, threads,
          graphOptimization: 'all', fusion: ORT_FUSION_RULES, nchwcBlock,
          ...meterFacts(meter),
        },
      });
    });
  } finally {
    await worker.close();
  }
}
