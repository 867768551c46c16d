// The `measure-inference` input: the head side's changed ONNX models whose weights are present are run in
// onnxruntime on this runner (by default only on self-hosted runners, whose hardware is known), each at its
// configured batch, and the comment shows "estimated X, measured Y" next to the head estimate.
//
// onnxruntime-node is never part of the action bundle: each model is measured by a child process running the
// CLI bundle next to this one (`cli.js measure-inference --format json`), which imports the package lazily. A
// child also keeps a native crash or a hung model out of the action, and a timeout can stop it. Every failure
// (package missing, weights missing, a model ORT cannot load, the time budget) becomes a row saying why; it
// never changes the verdict or stops the comment.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../adapters/load-model.js';
import { checkFile } from '../adapters/safe-read.js';
import { EnergyDiffError } from '../core/common/index.js';
import { ORT_SEARCH_ENV } from '../adapters/ort-env.js';
import type { EstimateReport, HardwareProfile } from '../core/estimate/index.js';
import type { ModelGraph } from '../core/graph/index.js';
import type { InferenceRow, InferenceSection } from '../core/report/index.js';
import type { ActionConfig } from '../core/config/index.js';
import type { ModelChange } from './discover.js';
import { settingsFor } from './estimate-changes.js';

export type MeasureInferenceMode = 'off' | 'auto' | 'on';
/** Points the action at another CLI bundle (tests running the action from source). */
export const CLI_ENV = 'ENERGY_DIFF_CLI';

export interface MeasureInferenceOptions {
  mode: MeasureInferenceMode;
  /** Wall-clock budget for all models together, s; a model still running when it is spent is stopped. */
  budgetSeconds: number;
  /** Timed window per model, s (at least `runs` calls). */
  windowSeconds: number;
  /** The run's profile the measurement is compared with (the measure-inference-profile input); empty: see comparedProfile. */
  profile?: string;
}

/** The profile a model's measurement is set against, and why the two are not compared (when they are not). */
export interface ComparedProfile {
  id: string;
  profile?: HardwareProfile;
  notCompared?: string;
}

/**
 * The models run on this runner's CPU (onnxruntime's CPU execution provider), so the estimate they are set against
 * is the one on a CPU profile: the measure-inference-profile input, else the model's measuredProfile in the
 * config, else the run's first CPU profile. A GPU profile (or a name not among the run's profiles) is shown but
 * not compared: a ratio of a CPU measurement to a GPU estimate says nothing about the estimate.
 */
export function comparedProfile(profiles: HardwareProfile[], requested: string | undefined): ComparedProfile {
  const ids = profiles.map((p) => p.id).join(', ') || 'none';
  if (requested) {
    const p = profiles.find((x) => x.id === requested);
    if (!p) return { id: requested, notCompared: `profile '${requested}' is not one of this run's profiles (${ids}); add it to the profiles input or the config` };
    return p.device.kind === 'cpu' ? { id: p.id, profile: p } : { id: p.id, profile: p, notCompared: gpuNote(p) };
  }
  const cpu = profiles.find((p) => p.device.kind === 'cpu');
  if (cpu) return { id: cpu.id, profile: cpu };
  const first = profiles[0];
  return first ? { id: first.id, profile: first, notCompared: gpuNote(first) } : { id: 'none', notCompared: 'the run has no profile' };
}

function gpuNote(p: HardwareProfile): string {
  return `${p.id} is a GPU profile and the model ran on this runner's CPU; name a CPU profile of this runner in measure-inference-profile (and profiles) to compare`;
}

/** on: always; auto: only on a self-hosted runner (RUNNER_ENVIRONMENT=self-hosted); off: never. */
export function measureInferenceWanted(mode: MeasureInferenceMode, env: NodeJS.ProcessEnv): boolean {
  return mode === 'on' || (mode === 'auto' && env.RUNNER_ENVIRONMENT === 'self-hosted');
}

/**
 * Why the model's weights cannot be run, or null when every initializer has its data: a stored payload, or an
 * external-data file inside the model's folder (symlinks resolved) at least as long as the tensor.
 */
export function missingWeights(graph: ModelGraph, modelFile: string): string | null {
  const dir = dirname(modelFile);
  for (const t of graph.initializers) {
    if (t.dims.reduce((a, b) => a * b, 1) === 0) continue;
    if (!t.external) {
      if (t.byteLength === 0) return `initializer '${t.name}' has no data (the weights were stripped from the model)`;
      continue;
    }
    if (!t.location) return `initializer '${t.name}' is stored externally but names no file`;
    const file = resolve(dir, t.location);
    const rel = relative(dir, file);
    if (rel.startsWith('..') || isAbsolute(rel)) return `initializer '${t.name}' names external data outside the model's folder (${t.location})`;
    if (!existsSync(file)) return `the external data file ${t.location} (initializer '${t.name}') is not in the checkout`;
    // onnxruntime reads the file: the same rule as every PR-controlled read (a regular file that stays inside the
    // folder once symlinks are resolved). No size cap: external data is how models over 2 GiB are stored.
    let sizeBytes: number;
    try {
      ({ sizeBytes } = checkFile(file, { code: 'E_FILE_READ', what: `the external data file ${t.location}`, root: dir, maxBytes: Number.POSITIVE_INFINITY }));
    } catch (err) {
      if (err instanceof EnergyDiffError) return `initializer '${t.name}': ${err.message}`;
      throw err;
    }
    if (sizeBytes < t.byteLength) return `the external data file ${t.location} is shorter than initializer '${t.name}' (a Git LFS pointer?)`;
  }
  return null;
}

/** The CLI bundle next to the action's (dist/cli.js beside dist/index.js), or ${CLI_ENV}. */
export function cliPath(env: NodeJS.ProcessEnv): string {
  return env[CLI_ENV] || fileURLToPath(new URL('./cli.js', import.meta.url));
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runChild(cli: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<ChildResult> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd, env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 2 ** 20, encoding: 'utf8' }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      const timedOut = e?.killed === true;
      done({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, stdout: String(stdout), stderr: String(stderr), timedOut });
    });
  });
}

/**
 * The CLI's error line (`energy-diff measure-inference: ... [E_CODE]`), without the program name and with the
 * model's path on this runner (a temporary checkout) written as the repository path the comment names.
 */
export function childError(r: ChildResult, file: string, repoPath: string): string {
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/no energy counter .*latency only$/.test(l));
  const last = lines.find((l) => /\[E_[A-Z_]+\]$/.test(l)) ?? lines[lines.length - 1] ?? `exit status ${r.code ?? 'unknown'}`;
  const text = last.replace(/^energy-diff(?: measure-inference)?: /, '').split(file).join(repoPath).replace(`${repoPath}: `, '');
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

interface CliResult {
  runtime: { version: string; executionProvider: string; threads: number };
  measured: { runs: number; medianSeconds: number; energy?: { joulesPerRun: number; meter: string } };
}

function parseCli(stdout: string): CliResult | null {
  try {
    const v = JSON.parse(stdout) as CliResult;
    const m = v?.measured;
    if (typeof m?.medianSeconds !== 'number' || !Number.isFinite(m.medianSeconds) || m.medianSeconds <= 0 || typeof m.runs !== 'number') return null;
    return v;
  } catch {
    return null;
  }
}

export interface MeasureContext {
  workspace: string;
  env: NodeJS.ProcessEnv;
  changes: ModelChange[];
  headFiles: Map<string, string>;
  headReports: EstimateReport[];
  profiles: HardwareProfile[];
  config: ActionConfig;
  log: (m: string) => void;
  /** Milliseconds since some origin (injectable for the budget). */
  now?: () => number;
}

function notMeasured(model: string, profile: string, batch: number, why: string): InferenceRow {
  return { model, profile, batch, notMeasured: why };
}

/** The row of one model; null for a model that is not ONNX (a layers.json has no weights to run). */
async function measureOne(ctx: MeasureContext, o: MeasureInferenceOptions, change: ModelChange, file: string, leftMs: number): Promise<InferenceRow | null> {
  const s = settingsFor(ctx.config, change.path);
  const batch = s.batch ?? 1;
  const compared = comparedProfile(ctx.profiles, o.profile || s.entry?.measuredProfile);
  const profileId = compared.id;
  const model = await loadModel(file).catch(() => undefined);
  if (model && model.format !== 'onnx') return null;
  if (!model) return notMeasured(change.path, profileId, batch, 'the model file could not be read');
  if (s.mode !== 'inference') return notMeasured(change.path, profileId, batch, `the config prices this model in ${s.mode} mode; measure-inference times inference`);
  const missing = missingWeights(model.graph, file);
  if (missing) return notMeasured(change.path, profileId, batch, `weights not present: ${missing}`);
  if (leftMs < 1000) return notMeasured(change.path, profileId, batch, `the time budget (${o.budgetSeconds} s) was spent on the models before it`);

  // A file in the workspace is passed by its repository path, so the CLI's errors name it as the comment does.
  const inWorkspace = relative(ctx.workspace, file);
  const arg = inWorkspace && !inWorkspace.startsWith('..') && !isAbsolute(inWorkspace) ? inWorkspace : file;
  const args = ['measure-inference', arg, '--batch', String(batch), '--meter', 'auto', '--seconds', String(o.windowSeconds), '--runs', '5', '--warmup', '2', '--format', 'json'];
  for (const [name, dims] of Object.entries(s.inputShapes ?? {})) args.push('--input', `${name}=${dims.join('x')}`);
  // The child looks for the package in the repository's node_modules first, then next to the CLI bundle
  // (ENERGY_DIFF_ORT_MODULE, when the workflow sets it, wins).
  const childEnv = { ...ctx.env, [ORT_SEARCH_ENV]: ctx.workspace };
  const r = await runChild(cliPath(ctx.env), args, childEnv, ctx.workspace, leftMs);
  if (r.timedOut) return notMeasured(change.path, profileId, batch, `stopped after ${(leftMs / 1000).toFixed(1)} s: the measure-inference time budget (${o.budgetSeconds} s) ran out`);
  if (r.code !== 0) return notMeasured(change.path, profileId, batch, childError(r, file, change.path));
  const out = parseCli(r.stdout);
  if (!out) return notMeasured(change.path, profileId, batch, 'measure-inference wrote no measurement (its output was not the expected JSON)');

  const report = ctx.headReports.find((e) => e.model.path === change.path && e.profile.id === profileId);
  const m = out.measured;
  const row: InferenceRow = {
    model: change.path, profile: profileId, batch, runs: m.runs, measuredSeconds: m.medianSeconds,
    runtime: `onnxruntime ${out.runtime.version}, ${out.runtime.executionProvider}, ${out.runtime.threads} thread${out.runtime.threads === 1 ? '' : 's'}`,
  };
  if (compared.notCompared !== undefined) row.notCompared = compared.notCompared;
  const compare = compared.notCompared === undefined;
  const estS = report?.totals.seconds;
  if (estS !== undefined && estS > 0) {
    row.estimatedSeconds = estS;
    if (compare) row.latencyRatio = m.medianSeconds / estS;
  }
  if (report) row.estimatedJ = report.totals.energyJ;
  if (m.energy && Number.isFinite(m.energy.joulesPerRun) && m.energy.joulesPerRun > 0) {
    row.measuredJ = m.energy.joulesPerRun;
    row.meter = m.energy.meter;
    if (compare && report && report.totals.energyJ > 0) row.energyRatio = m.energy.joulesPerRun / report.totals.energyJ;
  }
  return row;
}

/** Runs every changed head ONNX model in turn within the budget; one row per model, failures included. */
export async function measureChangedModels(ctx: MeasureContext, o: MeasureInferenceOptions): Promise<InferenceSection> {
  const now = ctx.now ?? (() => Date.now());
  const deadline = now() + o.budgetSeconds * 1000;
  const rows: InferenceRow[] = [];
  const cli = cliPath(ctx.env);
  const candidates = ctx.changes.filter((c) => c.status !== 'removed' && ctx.headFiles.has(c.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  if (candidates.length > 0 && !existsSync(cli)) {
    return { rows: [], note: `the CLI bundle that runs the models (${cli}) is not next to the action, so no model was run` };
  }
  for (const c of candidates) {
    const file = ctx.headFiles.get(c.path)!;
    const row = await measureOne(ctx, o, c, file, deadline - now());
    if (!row) continue;
    ctx.log(row.notMeasured !== undefined ? `measure-inference ${c.path}: not measured: ${row.notMeasured}` : `measure-inference ${c.path}: ${((row.measuredSeconds ?? 0) * 1e3).toFixed(3)} ms per call at batch ${row.batch}`);
    rows.push(row);
  }
  return rows.length ? { rows } : { rows, note: 'no changed ONNX model on the head side' };
}
