// Summaries, percent changes, bands of deltas and repository totals per profile.
import type { EstimateReport } from '../estimate/index.js';
import type { CoverageSummary, ModelDiff, ProfileResult, ReportSummary, TotalDiff } from './types.js';

function coverageSummary(report: EstimateReport): CoverageSummary {
  const counts = new Map<string, number>();
  for (const u of report.coverage.unsupported) counts.set(u.op, (counts.get(u.op) ?? 0) + 1);
  const unsupported = [...counts.entries()]
    .map(([op, count]) => ({ op, count }))
    .sort((a, b) => b.count - a.count || (a.op < b.op ? -1 : a.op > b.op ? 1 : 0));
  const summary: CoverageSummary = { nodes: report.coverage.nodes, estimated: report.coverage.estimated, unsupported };
  if (report.coverage.heavy) summary.heavy = { ...report.coverage.heavy };
  return summary;
}

export function summarise(report: EstimateReport): ReportSummary {
  const t = report.totals;
  const s: ReportSummary = {
    energyJ: t.energyJ,
    energyJLow: t.energyJLow,
    energyJHigh: t.energyJHigh,
    macs: t.macs,
    params: t.params,
    batch: report.batch,
    mode: report.mode,
    coverage: coverageSummary(report),
  };
  if (t.seconds !== undefined) s.seconds = t.seconds;
  if (report.profile.version !== undefined) s.profileVersion = report.profile.version;
  if (report.workload && (report.workload.trainingRun || report.workload.serving)) s.workload = report.workload;
  return s;
}

/** 100 × Δ / base; null when there is no base (or a zero base) to relate the change to. */
export function percentChange(baseJ: number | null, deltaJ: number): number | null {
  if (baseJ === null || baseJ === 0) return null;
  return (100 * deltaJ) / baseJ;
}

type Band = { energyJLow: number; energyJHigh: number } | null;

/**
 * Band of head − base. Both sides are priced by the same fitted profile, so their errors move
 * together: the band of the difference is the difference of the matching ends (low − low,
 * high − high), not the sum of both widths, which would swamp any small change. An added or
 * removed side contributes 0, so an added model's delta band is its own band.
 */
export function bandOfDelta(base: Band, head: Band): { deltaLowJ: number; deltaHighJ: number } {
  const lows = (head?.energyJLow ?? 0) - (base?.energyJLow ?? 0);
  const highs = (head?.energyJHigh ?? 0) - (base?.energyJHigh ?? 0);
  return { deltaLowJ: Math.min(lows, highs), deltaHighJ: Math.max(lows, highs) };
}

/** True when both sides exist and nothing about the estimate moved. */
export function resultIsUnchanged(r: ProfileResult): boolean {
  const l = r.layers;
  return (
    r.base !== null &&
    r.head !== null &&
    r.deltaJ === 0 &&
    r.deltaMacs === 0 &&
    l.added.length + l.removed.length + l.changed.length === 0 &&
    JSON.stringify(r.base.coverage) === JSON.stringify(r.head.coverage) &&
    JSON.stringify(r.base.workload) === JSON.stringify(r.head.workload)
  );
}

export function totalsPerProfile(ids: string[], models: ModelDiff[]): TotalDiff[] {
  return ids.map((profile) => {
    const t: TotalDiff = {
      profile, baseJ: 0, headJ: 0, deltaJ: 0, deltaPct: null, deltaLowJ: 0, deltaHighJ: 0,
      headLowJ: 0, headHighJ: 0, baseLowJ: 0, baseHighJ: 0, models: 0,
    };
    for (const m of models) {
      const r = m.results.find((x) => x.profile === profile);
      if (!r) continue;
      t.models++;
      t.baseJ += r.base?.energyJ ?? 0;
      t.baseLowJ += r.base?.energyJLow ?? 0;
      t.baseHighJ += r.base?.energyJHigh ?? 0;
      t.headJ += r.head?.energyJ ?? 0;
      t.headLowJ += r.head?.energyJLow ?? 0;
      t.headHighJ += r.head?.energyJHigh ?? 0;
    }
    t.deltaJ = t.headJ - t.baseJ;
    t.deltaPct = percentChange(t.baseJ, t.deltaJ);
    Object.assign(t, bandOfDelta({ energyJLow: t.baseLowJ, energyJHigh: t.baseHighJ }, { energyJLow: t.headLowJ, energyJHigh: t.headHighJ }));
    return t;
  });
}
