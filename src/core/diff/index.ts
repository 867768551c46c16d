// diffReports: base vs head EstimateReports → the `energy-diff/diff@1` object (budgets applied separately).
import type { EstimateReport, HardwareProfileSummary } from '../estimate/index.js';
import { pairLayers } from './pair.js';
import { bandOfDelta, percentChange, resultIsUnchanged, summarise, totalsPerProfile } from './totals.js';
import { diffWorkload } from './workload.js';
import type { LayerDiff, ModelDiff, ModelStatus, ProfileInfo, ProfileResult, ReportDiff } from './types.js';

export type * from './types.js';
export { pairLayers, compareDeltas, sortedDeltas } from './pair.js';
export { summarise, bandOfDelta, percentChange, resultIsUnchanged } from './totals.js';
export { diffWorkload } from './workload.js';
export { applyNoiseFloor } from './noise-floor.js';
export { parseEstimateReports } from './estimate-json.js';

export interface DiffSide {
  sha?: string;
  /** One report per model × profile. */
  reports: EstimateReport[];
}

export interface DiffInput {
  base: DiffSide;
  head: DiffSide;
  /** Model files renamed between base and head (e.g. from `git diff -M`). */
  renames?: { from: string; to: string }[];
  /** Profile names and calibration sources for the footer, when known. */
  profiles?: HardwareProfileSummary[];
  /** Top contributors kept per model and profile (default 10). */
  topN?: number;
}

type ByProfile = Map<string, EstimateReport>;

function indexReports(reports: EstimateReport[]): Map<string, ByProfile> {
  const byPath = new Map<string, ByProfile>();
  for (const r of reports) {
    const m = byPath.get(r.model.path) ?? new Map<string, EstimateReport>();
    m.set(r.profile.id, r);
    byPath.set(r.model.path, m);
  }
  return byPath;
}

function emptyLayers(): LayerDiff {
  return { added: [], removed: [], changed: [], top: [], unchangedCount: 0, renamedCount: 0 };
}

function diffOne(profile: string, base: EstimateReport | undefined, head: EstimateReport | undefined, topN: number): ProfileResult {
  const baseS = base ? summarise(base) : null;
  const headS = head ? summarise(head) : null;
  const deltaJ = (headS?.energyJ ?? 0) - (baseS?.energyJ ?? 0);
  const workload = diffWorkload(baseS, headS);
  const result: ProfileResult = {
    profile,
    base: baseS,
    head: headS,
    deltaJ,
    deltaPct: percentChange(baseS?.energyJ ?? null, deltaJ),
    ...bandOfDelta(baseS, headS),
    deltaMacs: (headS?.macs ?? 0) - (baseS?.macs ?? 0),
    layers: base || head ? pairLayers(base?.layers ?? [], head?.layers ?? [], { topN }) : emptyLayers(),
  };
  if (workload) result.workload = workload;
  return result;
}

function statusOf(results: ProfileResult[], renamed: boolean): ModelStatus {
  if (results.every((r) => r.base === null)) return 'added';
  if (results.every((r) => r.head === null)) return 'removed';
  if (renamed) return 'renamed';
  return results.every(resultIsUnchanged) ? 'unchanged' : 'changed';
}

/** Profile ids in order of first appearance (head first), so the caller's --profile order is kept. */
function profileOrder(input: DiffInput): string[] {
  const ids: string[] = [];
  for (const r of [...input.head.reports, ...input.base.reports]) if (!ids.includes(r.profile.id)) ids.push(r.profile.id);
  return ids;
}

function profileInfos(ids: string[], input: DiffInput): ProfileInfo[] {
  return ids.map((id) => {
    const fromReport = [...input.head.reports, ...input.base.reports].find((r) => r.profile.id === id)?.profile;
    const summary = input.profiles?.find((p) => p.id === id);
    const info: ProfileInfo = { id, calibrated: summary?.calibrated ?? fromReport?.calibrated ?? false };
    const name = summary?.name;
    const version = fromReport?.version ?? summary?.version;
    const fitDate = fromReport?.fitDate ?? summary?.fitDate;
    if (name !== undefined) info.name = name;
    if (version !== undefined) info.version = version;
    if (summary?.calibratedOn !== undefined) info.calibratedOn = summary.calibratedOn;
    if (fitDate !== undefined) info.fitDate = fitDate;
    return info;
  });
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function diffReports(input: DiffInput): ReportDiff {
  const base = indexReports(input.base.reports);
  const head = indexReports(input.head.reports);
  const ids = profileOrder(input);
  const topN = input.topN ?? 10;
  const oldPathOf = new Map<string, string>();
  for (const { from, to } of input.renames ?? []) {
    if (base.has(from) && head.has(to) && !head.has(from)) oldPathOf.set(to, from);
  }
  const renamedFrom = new Set(oldPathOf.values());
  const paths = [...new Set([...head.keys(), ...[...base.keys()].filter((p) => !renamedFrom.has(p))])].sort(byCodeUnits);

  const models: ModelDiff[] = paths.map((path) => {
    const oldPath = oldPathOf.get(path);
    const b = base.get(oldPath ?? path);
    const h = head.get(path);
    const results = ids
      .filter((id) => b?.has(id) || h?.has(id))
      .map((id) => diffOne(id, b?.get(id), h?.get(id), topN));
    const model: ModelDiff = { path, status: statusOf(results, oldPath !== undefined), results };
    if (oldPath !== undefined) model.oldPath = oldPath;
    return model;
  });

  return {
    schema: 'energy-diff/diff@1',
    base: input.base.sha !== undefined ? { sha: input.base.sha } : {},
    head: input.head.sha !== undefined ? { sha: input.head.sha } : {},
    profiles: profileInfos(ids, input),
    models,
    totals: totalsPerProfile(ids, models),
    budgets: [],
    verdict: 'pass',
  };
}
