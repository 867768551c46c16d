// `energy-diff diff <base> <head>`: compares two models (or two energy-diff/estimate@1 JSON files)
// and prints the PR comment (Markdown) or the energy-diff/diff@1 JSON.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_PROFILE_ID, loadProfile } from '../../adapters/profiles.js';
import { profileSummary, type EstimateReport, type HardwareProfileSummary, type Mode } from '../../core/estimate/index.js';
import { applyBudgets, parseBudgetConfig } from '../../core/budget/index.js';
import { diffReports, parseEstimateReports } from '../../core/diff/index.js';
import { assertFiniteReport, renderComment } from '../../core/report/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { estimateModelFile, type WorkloadSpec } from '../../app/estimate-model.js';
import { WORKLOAD_HELP, WORKLOAD_OPTIONS, oneOf, parseInputShapes, positiveInt, workloadFromArgs } from '../args.js';
import { LIMITS } from '../../core/common/index.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff diff <base> <head> [options]

<base> and <head> are model files (.onnx, .layers.json) or energy-diff/estimate@1 JSON files
(one report, or a list of reports for several models and profiles).

  --profile <id|path>   hardware profile, repeatable (default: ${DEFAULT_PROFILE_ID}; filters JSON inputs)
  --batch N             bind the batch dimension of model files
  --input name=1x3x224x224   shape of a graph input of model files (repeatable)
  --mode inference|train-step   (default: inference)
  --format markdown|json   (default: markdown; json is the energy-diff/diff@1 contract)
  --budget-config FILE  budgets (JSON or YAML: { failOn, budgets: [{ model, profile, total, maxJ, maxIncreasePct, maxRunJ }] })
  --base-sha SHA, --head-sha SHA   commits shown in the footer

${WORKLOAD_HELP}  (both sides of model files; estimate JSON inputs keep the workload they were estimated with)

Exit status: 0, or 1 when a budget fails (2 on usage errors).
`;

interface SideOptions {
  profiles: string[];
  mode: Mode;
  batch?: number;
  inputShapes: Record<string, number[]>;
  displayPath: string;
  workload?: WorkloadSpec;
}

/** `*.json` (but not `*.layers.json`) is estimate JSON; anything else is a model file. */
function isEstimateJsonName(file: string): boolean {
  return file.endsWith('.json') && !file.endsWith('.layers.json');
}

async function readEstimateJson(file: string): Promise<EstimateReport[] | null> {
  if (!isEstimateJsonName(file)) return null;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new EnergyDiffError('E_DIFF_INPUT', 'file not found', { file });
    throw new EnergyDiffError('E_ESTIMATE_JSON', `invalid JSON: ${(err as Error).message}`, { file });
  }
  const reports = parseEstimateReports(value, file);
  if (!reports) throw new EnergyDiffError('E_ESTIMATE_JSON', "not an energy-diff/estimate@1 report (schema field missing); model specs must be named *.layers.json", { file, jsonPath: '$.schema' });
  return reports;
}

async function readSide(file: string, io: CliIo, opts: SideOptions, summaries: Map<string, HardwareProfileSummary>): Promise<EstimateReport[]> {
  const full = resolve(io.cwd, file);
  const fromJson = await readEstimateJson(full);
  if (fromJson) {
    const wanted = opts.profiles.length ? fromJson.filter((r) => opts.profiles.includes(r.profile.id)) : fromJson;
    if (wanted.length === 0) throw new EnergyDiffError('E_DIFF_INPUT', `no report for profile ${opts.profiles.join(', ')}`, { file });
    return wanted;
  }
  const ids = opts.profiles.length ? opts.profiles : [DEFAULT_PROFILE_ID];
  const profiles = await Promise.all(ids.map((id) => loadProfile(id, io.cwd)));
  for (const p of profiles) {
    summaries.set(p.id, profileSummary(p));
  }
  return estimateModelFile(full, profiles, {
    mode: opts.mode, batch: opts.batch, inputShapes: opts.inputShapes, displayPath: opts.displayPath, ...(opts.workload ? { workload: opts.workload } : {}),
  });
}


/** Names and calibration sources of shipped profiles matching the reports' id and version, for the footer. */
async function shippedSummaries(reports: EstimateReport[], io: CliIo, known: Map<string, HardwareProfileSummary>): Promise<void> {
  for (const r of reports) {
    if (known.has(r.profile.id) || /[/\\]|\.json$/.test(r.profile.id)) continue;
    try {
      const p = await loadProfile(r.profile.id, io.cwd);
      if (p.version !== r.profile.version) continue;
      known.set(p.id, profileSummary(p));
    } catch {
      // A profile that is not shipped here: the footer falls back to what the report says.
    }
  }
}

/** Two single-model inputs are one model compared with itself, whatever paths the reports carry. */
function alignPaths(base: EstimateReport[], head: EstimateReport[]): EstimateReport[] {
  const basePaths = new Set(base.map((r) => r.model.path));
  const headPaths = new Set(head.map((r) => r.model.path));
  const [headPath] = headPaths;
  if (basePaths.size !== 1 || headPaths.size !== 1 || headPath === undefined) return base;
  return base.map((r) => ({ ...r, model: { ...r.model, path: headPath } }));
}

async function readBudgets(file: string, io: CliIo) {
  const full = resolve(io.cwd, file);
  let value: unknown;
  try {
    value = parseYaml(await readFile(full, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new EnergyDiffError('E_BUDGET_CONFIG', 'budget config not found', { file: full });
    throw new EnergyDiffError('E_BUDGET_CONFIG', `cannot parse: ${(err as Error).message}`, { file: full });
  }
  return parseBudgetConfig(value, file);
}

export async function diff(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string', multiple: true },
      batch: { type: 'string' },
      input: { type: 'string', multiple: true },
      mode: { type: 'string' },
      format: { type: 'string' },
      'budget-config': { type: 'string' },
      'base-sha': { type: 'string' },
      'head-sha': { type: 'string' },
      ...WORKLOAD_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    io.stderr.write(`energy-diff diff: expected a base and a head file\n\n${HELP}`);
    return 2;
  }
  const [baseFile, headFile] = positionals as [string, string];
  const format = oneOf(values.format, '--format', ['markdown', 'json'] as const, 'markdown');
  const budgets = values['budget-config'] ? await readBudgets(values['budget-config'], io) : undefined;
  const side: SideOptions = {
    profiles: values.profile ?? [],
    mode: oneOf(values.mode, '--mode', ['inference', 'train-step'] as const, 'inference'),
    batch: positiveInt(values.batch, '--batch', LIMITS.batch),
    inputShapes: parseInputShapes(values.input),
    displayPath: headFile,
  };
  const workload = workloadFromArgs(values);
  if (workload) side.workload = workload;
  const summaries = new Map<string, HardwareProfileSummary>();
  const base = await readSide(baseFile, io, side, summaries);
  const head = await readSide(headFile, io, side, summaries);
  const modelOptions = ['batch', 'input', 'mode', ...Object.keys(WORKLOAD_OPTIONS)].filter((o) => values[o as keyof typeof values] !== undefined);
  if (modelOptions.length && [baseFile, headFile].every(isEstimateJsonName)) {
    io.stderr.write(`energy-diff diff: note: ${modelOptions.map((o) => `--${o}`).join(', ')} ignored: estimate JSON inputs keep the batch, inputs, mode and workload they were estimated with\n`);
  }
  await shippedSummaries([...head, ...base], io, summaries);
  let result = diffReports({
    base: { sha: values['base-sha'], reports: alignPaths(base, head) },
    head: { sha: values['head-sha'], reports: head },
    profiles: [...summaries.values()],
  });
  if (budgets) result = applyBudgets(result, budgets);
  assertFiniteReport(result);
  io.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : renderComment(result, { budgetsChecked: budgets !== undefined }));
  return result.verdict === 'fail' ? 1 : 0;
}
