// `energy-diff measure-inference <model.onnx>`: runs the model in onnxruntime (its weights must be present) and
// reports the measured latency (and energy where a counter is readable) next to the estimate on a profile.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../../adapters/load-model.js';
import { meterForDevice } from '../../adapters/meters/index.js';
import { loadOnnxRuntime, ortModuleName, ortVersion } from '../../adapters/onnxruntime.js';
import { measureModel, type InputSpec } from '../../adapters/ort-measure.js';
import { loadProfile } from '../../adapters/profiles.js';
import { bindInputs, inferModel } from '../../core/infer/index.js';
import { estimateOnRuntime, ortRuntime } from '../../core/ort/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { nonNegative, oneOf, parseInputShapes, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff measure-inference <model.onnx> [options]

Runs the model in onnxruntime-node (an optional dependency; the model's weights must be present) and prints the
measured time (and energy, where a counter is readable) of one inference next to the estimate.

  --batch N                bind the batch dimension (default: 1)
  --input name=1x3x224x224 shape of a graph input (repeatable)
  --profile <id|path>      profile the estimate is made on (an onnxruntime profile from 'calibrate fit' prices
                           the fused graph ORT runs); without it, only the measurement is printed
  --threads N              intra-op threads (default: 1)
  --device cpu|cuda        execution provider (default: cpu)
  --meter auto|rapl|nvml|none  energy counter (default auto: the device's counter if readable, else latency only)
  --seconds S              timed window (default: 5; at least --runs calls)
  --runs N                 minimum timed calls (default: 10)
  --warmup N               untimed calls first (default: 3)
  --save-optimized FILE    write the graph ORT optimized the model into (its fused kernels)
  --format text|json       (default: text)
`;

export async function measureInference(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      batch: { type: 'string' },
      input: { type: 'string', multiple: true },
      profile: { type: 'string' },
      threads: { type: 'string' },
      device: { type: 'string' },
      meter: { type: 'string' },
      seconds: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'save-optimized': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`energy-diff measure-inference: expected one ONNX model file\n\n${HELP}`);
    return 2;
  }
  const modelArg = positionals[0]!;
  const file = resolve(io.cwd, modelArg);
  const batch = positiveInt(values.batch, '--batch') ?? 1;
  const inputShapes = parseInputShapes(values.input);
  const device = oneOf(values.device, '--device', ['cpu', 'cuda'] as const, 'cpu');
  const format = oneOf(values.format, '--format', ['text', 'json'] as const, 'text');
  const threads = positiveInt(values.threads, '--threads', 1024) ?? 1;
  const seconds = nonNegative(values.seconds, '--seconds') ?? 5;
  const model = await loadModel(file);
  if (model.format !== 'onnx') throw new EnergyDiffError('E_ARG', 'measure-inference runs ONNX models (a layers.json has no weights to run)', { file: modelArg });
  const bound = bindInputs(model.graph, { batch, inputShapes }, [], modelArg);
  const inputs: InputSpec[] = [...bound.values.entries()].map(([name, v]) => ({ name, dims: v.shape ?? [], elemType: v.dtype }));
  const profile = values.profile ? await loadProfile(values.profile, io.cwd) : undefined;
  const meterChoice = oneOf(values.meter, '--meter', ['auto', 'rapl', 'nvml', 'none'] as const, 'auto');
  const meter = meterForDevice(meterChoice, device, { env: io.env }, (why) => io.stderr.write(`energy-diff measure-inference: no energy counter (${why}): latency only\n`));
  // Loaded only now: the other commands never need the native package.
  const ort = await loadOnnxRuntime(ortModuleName(io.env));
  const timing = await measureModel(ort, file, inputs, {
    threads, executionProvider: device, warmup: positiveInt(values.warmup, '--warmup') ?? 3, seconds, minRuns: positiveInt(values.runs, '--runs') ?? 10,
    ...(meter ? { meter } : {}), ...(values['save-optimized'] ? { optimizedModelPath: resolve(io.cwd, values['save-optimized']) } : {}),
  });
  const report = profile ? estimateOnRuntime(inferModel(model, { batch, inputShapes }, modelArg), profile, { mode: 'inference', modelPath: modelArg, format: 'onnx' }, model) : undefined;
  const fused = profile ? ortRuntime(profile) !== undefined : false;
  const result = {
    model: modelArg, batch, runtime: { name: 'onnxruntime', version: ortVersion(ort), executionProvider: device, threads },
    measured: timing,
    ...(report && profile ? {
      estimate: {
        profile: profile.id, fusedGraph: fused, seconds: report.totals.seconds ?? null, energyJ: report.totals.energyJ,
        coverage: { nodes: report.coverage.nodes, estimated: report.coverage.estimated },
      },
    } : {}),
  };
  if (format === 'json') {
    io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const ms = (s: number) => `${(s * 1e3).toFixed(2)} ms`;
  const lines = [
    `${modelArg} at batch ${batch} in onnxruntime ${result.runtime.version} (${device}, ${threads} thread${threads === 1 ? '' : 's'}): ${timing.kernels} kernels per call`,
    `measured  ${ms(timing.medianSeconds)} median of ${timing.runs} calls (fastest ${ms(timing.minSeconds)}, CPU time ${ms(timing.cpuSeconds)} per call)` +
      (timing.energy ? `, ${timing.energy.joulesPerRun.toPrecision(4)} J per call at ${timing.energy.meanPowerW.toFixed(1)} W (${timing.energy.meter}, whole device)` : ', no energy counter: latency only'),
  ];
  if (report && profile) {
    const est = report.totals.seconds;
    lines.push(`estimated ${est !== undefined ? ms(est) : 'no time'} and ${report.totals.energyJ.toPrecision(4)} J on ${profile.id}` +
      `${fused ? ' (the fused graph ORT runs)' : ' (layer by layer: not an onnxruntime profile)'}` +
      `${est !== undefined ? `: estimated ${ms(est)}, measured ${ms(timing.medianSeconds)} (${(((est - timing.medianSeconds) / timing.medianSeconds) * 100).toFixed(0)}%)` : ''}`);
  }
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
