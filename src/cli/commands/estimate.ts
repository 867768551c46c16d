// `energy-diff estimate <model>`: energy per inference or train step on a hardware profile.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DEFAULT_PROFILE_ID, listShippedProfiles, loadProfile } from '../../adapters/profiles.js';
import { estimateModelFile } from '../../app/estimate-model.js';
import { assertFiniteReport } from '../../core/report/index.js';
import { formatEstimate } from '../format-estimate.js';
import { WORKLOAD_HELP, WORKLOAD_OPTIONS, oneOf, parseInputShapes, positiveInt, workloadFromArgs } from '../args.js';
import { LIMITS } from '../../core/common/index.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff estimate <model.onnx|model.layers.json> [options]

  --profile <id|path>   hardware profile (default: ${DEFAULT_PROFILE_ID}); shipped: see --list-profiles
  --batch N             bind the batch dimension (also re-derives batch-1 constants baked into exports)
  --input name=1x3x224x224   shape of a graph input (repeatable)
  --mode inference|train-step   (default: inference)
  --format text|markdown|json   (default: text; json is the energy-diff/estimate@1 contract)
  --list-profiles       print the shipped profile ids and exit

${WORKLOAD_HELP}`;

export async function estimate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      batch: { type: 'string' },
      input: { type: 'string', multiple: true },
      mode: { type: 'string' },
      format: { type: 'string' },
      'list-profiles': { type: 'boolean' },
      ...WORKLOAD_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values['list-profiles']) {
    io.stdout.write(listShippedProfiles().join('\n') + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`energy-diff estimate: expected one model file\n\n${HELP}`);
    return 2;
  }
  const mode = oneOf(values.mode, '--mode', ['inference', 'train-step'] as const, 'inference');
  const format = oneOf(values.format, '--format', ['text', 'markdown', 'json'] as const, 'text');
  const profile = await loadProfile(values.profile ?? DEFAULT_PROFILE_ID, io.cwd);
  const modelPath = positionals[0] as string;
  const [report] = await estimateModelFile(resolve(io.cwd, modelPath), [profile], {
    mode,
    batch: positiveInt(values.batch, '--batch', LIMITS.batch),
    inputShapes: parseInputShapes(values.input),
    displayPath: modelPath,
    workload: workloadFromArgs(values),
  });
  if (!report) throw new Error('no estimate produced');
  assertFiniteReport(report);
  io.stdout.write(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatEstimate(report, format, profile));
  return 0;
}
