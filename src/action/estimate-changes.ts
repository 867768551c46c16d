// Estimates both sides of every changed model on every profile through the one shared estimate path
// (estimateModelFile), each side with the model settings of its own config. Any unreadable model stops the run:
// the caller reports it and writes no partial comment.
import picomatch from 'picomatch';
import type { HardwareProfile, EstimateReport, Mode } from '../core/estimate/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { estimateModelFile, type WorkloadSpec } from '../app/estimate-model.js';
import type { ActionConfig, ModelSettings } from '../core/config/index.js';
import type { ModelChange } from './discover.js';
import { materialize, type Side, type SideContext } from './sides.js';

export interface ResolvedSettings {
  mode: Mode;
  batch?: number;
  inputShapes?: Record<string, number[]>;
  /** The declared workload with the config's conversions, estimated on both sides. */
  workload?: WorkloadSpec;
  /** The config entry that matched, if any (workload, measurement). */
  entry?: ModelSettings;
}

function workloadSpec(config: ActionConfig, entry: ModelSettings | undefined): WorkloadSpec | undefined {
  const w = entry?.workload;
  if (!w || (!w.trainingRun && !w.serving)) return undefined;
  const spec: WorkloadSpec = {};
  if (w.trainingRun) {
    // The run's batch is the estimate's batch (settingsFor), so the spec leaves it out.
    const { batch: _batch, ...run } = w.trainingRun;
    void _batch;
    spec.trainingRun = run;
  }
  if (w.serving) spec.serving = w.serving;
  if (config.gridIntensityGCO2ePerKWh !== undefined) spec.gridIntensityGCO2ePerKWh = config.gridIntensityGCO2ePerKWh;
  if (config.pricePerKWh !== undefined) spec.pricePerKWh = config.pricePerKWh;
  return spec;
}

/**
 * The first `models[]` entry whose glob matches the path wins; top-level mode and batch are the defaults.
 * A declared training run sets the batch when the entry has none (the config rejects a disagreeing one).
 */
export function settingsFor(config: ActionConfig, path: string): ResolvedSettings {
  const entry = config.models.find((m) => picomatch(m.path, { dot: true })(path));
  const out: ResolvedSettings = { mode: entry?.mode ?? config.mode ?? 'inference' };
  const batch = entry?.batch ?? entry?.workload?.trainingRun?.batch ?? config.batch;
  if (batch !== undefined) out.batch = batch;
  if (entry?.inputShapes) out.inputShapes = entry.inputShapes;
  const workload = workloadSpec(config, entry);
  if (workload) out.workload = workload;
  if (entry) out.entry = entry;
  return out;
}

export interface SideReports {
  base: EstimateReport[];
  head: EstimateReport[];
  renames: { from: string; to: string }[];
  /** Local file of each head model (repository path → file), for measurement comparisons. */
  headFiles: Map<string, string>;
}

/** Re-labels an error thrown on a temp copy with the repository path and the side it came from. */
export function placeError(err: unknown, repoPath: string, side: Side, sha: string): unknown {
  if (!(err instanceof EnergyDiffError)) return err;
  const where = `${side} ${sha.slice(0, 7)}`;
  const message = err.message.includes(where) ? err.message : `${err.message} (${where})`;
  const e = new EnergyDiffError(err.code, message, { ...err.place, file: repoPath });
  e.stack = err.stack;
  return e;
}

/** Each side's config: the base is priced with the base's model settings, the head with the head's. */
export interface SideSettings {
  base: ActionConfig;
  head: ActionConfig;
}

async function estimateSide(
  ctx: SideContext, change: ModelChange, side: Side, config: ActionConfig, profiles: HardwareProfile[],
): Promise<{ reports: EstimateReport[]; file: string | null }> {
  const repoPath = side === 'base' ? (change.oldPath ?? change.path) : change.path;
  const sha = side === 'base' ? ctx.baseSha : ctx.headSha;
  try {
    const file = await materialize(ctx, change, side);
    if (file === null) return { reports: [], file };
    // Each side's own settings for its own path: a rename that also moves its config entry prices the same.
    const s = settingsFor(config, repoPath);
    const reports = await estimateModelFile(file, profiles, {
      mode: s.mode, batch: s.batch, inputShapes: s.inputShapes, displayPath: repoPath, ...(s.workload ? { workload: s.workload } : {}),
    });
    return { reports, file };
  } catch (err) {
    throw placeError(err, repoPath, side, sha);
  }
}

export async function estimateChanges(
  ctx: SideContext, changes: ModelChange[], configs: SideSettings, profiles: HardwareProfile[],
): Promise<SideReports> {
  const out: SideReports = { base: [], head: [], renames: [], headFiles: new Map() };
  for (const change of changes) {
    out.base.push(...(await estimateSide(ctx, change, 'base', configs.base, profiles)).reports);
    const head = await estimateSide(ctx, change, 'head', configs.head, profiles);
    out.head.push(...head.reports);
    if (head.file !== null) out.headFiles.set(change.path, head.file);
    if (change.oldPath !== undefined) out.renames.push({ from: change.oldPath, to: change.path });
  }
  return out;
}

/**
 * Models the pull request does not touch, priced once and counted on both sides, so totals and total budgets
 * are the repository's and the comment can list them as unchanged. One that cannot be read (an LFS pointer in
 * a checkout without LFS, say) is skipped with a warning: it is not this change's fault.
 */
export async function addUnchanged(
  ctx: SideContext, paths: string[], config: ActionConfig, profiles: HardwareProfile[], out: SideReports, warn: (message: string, file: string) => void,
): Promise<void> {
  for (const path of paths) {
    try {
      const { reports, file } = await estimateSide(ctx, { kind: 'model', status: 'modified', path }, 'head', config, profiles);
      out.base.push(...reports);
      out.head.push(...reports);
      if (file !== null) out.headFiles.set(path, file);
    } catch (err) {
      const e = err instanceof EnergyDiffError ? err : new EnergyDiffError('E_MODEL', String(err));
      warn(`unchanged model left out of the totals: ${e.code}: ${e.message}`, path);
    }
  }
}
