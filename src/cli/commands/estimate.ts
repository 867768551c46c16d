// `energy-diff estimate <model>`: energy per inference or train step on a hardware profile.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DEFAULT_PROFILE_ID, listShippedProfiles, loadProfile } from '../../adapters/profiles.js';
import { estimateModelFile } from '../../app/estimate-model.js';
import { assertFiniteReport } from '../../core/report/index.js';
import { jsonChunks } from '../../core/format/index.js';
import { formatEstimate, profilesTable } from '../format-estimate.js';
import type { HardwareProfile } from '../../core/estimate/index.js';
import { WORKLOAD_HELP, WORKLOAD_OPTIONS, oneOf, parseInputShapes, positiveInt, workloadFromArgs } from '../args.js';
import { LIMITS } from '../../core/common/index.js';
import { DEPLOY_PRECISIONS } from '../../core/graph/index.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff estimate <model.onnx|model.layers.json> [options]

  --profile <id|path>   hardware profile (default: ${DEFAULT_PROFILE_ID}); repeatable: one estimate per profile
                        (JSON: a list of reports); shipped: see --list-profiles
  --batch N             bind the batch dimension (also re-derives batch-1 constants baked into exports)
  --input name=1x3x224x224   shape of a graph input (repeatable)
  --mode inference|train-step   (default: inference)
  --precision fp32|fp16|bf16   price an fp32 export as deployed at this precision (autocast, .half())
  --format text|markdown|json   (default: text; json is the energy-diff/estimate@1 contract)
  --list-profiles       print the shipped profiles (id, device, kind, fit date, band) and exit

${WORKLOAD_HELP}`;

export async function estimate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string', multiple: true },
      batch: { type: 'string' },
      input: { type: 'string', multiple: true },
      mode: { type: 'string' },
      precision: { type: 'string' },
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
    io.stdout.write(profilesTable(await Promise.all(listShippedProfiles().map((id) => loadProfile(id, io.cwd)))));
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`energy-diff estimate: expected one model file\n\n${HELP}`);
    return 2;
  }
  const mode = oneOf(values.mode, '--mode', ['inference', 'train-step'] as const, 'inference');
  const format = oneOf(values.format, '--format', ['text', 'markdown', 'json'] as const, 'text');
  const ids = values.profile?.length ? values.profile : [DEFAULT_PROFILE_ID];
  const profiles = await Promise.all(ids.map((id) => loadProfile(id, io.cwd)));
  const modelPath = positionals[0] as string;
  const reports = await estimateModelFile(resolve(io.cwd, modelPath), profiles, {
    mode,
    batch: positiveInt(values.batch, '--batch', LIMITS.batch),
    inputShapes: parseInputShapes(values.input),
    displayPath: modelPath,
    precision: oneOf(values.precision, '--precision', DEPLOY_PRECISIONS, 'fp32'),
    workload: workloadFromArgs(values),
  });
  if (reports.length !== profiles.length) throw new Error('no estimate produced');
  assertFiniteReport(reports);
  if (format === 'json') {
    // One profile: the report itself (energy-diff/estimate@1); several: the list, which `diff` also reads.
    // In pieces: the JSON of a 10^6-layer report is ~250 MB.
    for (const chunk of jsonChunks(reports.length === 1 ? reports[0]! : reports)) io.stdout.write(chunk);
    io.stdout.write('\n');
    return 0;
  }
  io.stdout.write(reports.map((r, i) => formatEstimate(r, format, profiles[i] as HardwareProfile)).join(format === 'text' ? '\n' : '\n---\n\n'));
  return 0;
}
