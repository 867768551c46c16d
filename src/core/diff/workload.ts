// Workload roll-ups in the diff: J per training run and J per month of serving on both sides of one
// model × profile, their change and its band, and the change in kWh, gCO2e and cost where configured.
import { J_PER_KWH, type WorkloadEstimate } from '../estimate/index.js';
import { bandOfDelta, percentChange } from './totals.js';
import type { ConvertedChange, ReportSummary, WorkloadChange, WorkloadConversions, WorkloadDiff } from './types.js';

interface Roll {
  energyJ: number;
  energyJLow: number;
  energyJHigh: number;
}

type Kind = 'trainingRun' | 'serving';

function rollOf(w: WorkloadEstimate | undefined, kind: Kind): Roll | null {
  if (kind === 'trainingRun') return w?.trainingRun ?? null;
  const s = w?.serving;
  return s ? { energyJ: s.energyJPerMonth, energyJLow: s.energyJLowPerMonth, energyJHigh: s.energyJHighPerMonth } : null;
}

/**
 * Units per kWh a side was converted with (grid intensity, price), recovered from its combined roll-up:
 * the estimate stores gCO2e and cost of run + month together, so the ratio to its kWh is the factor.
 */
function factorOf(w: WorkloadEstimate | undefined, key: 'gCO2e' | 'cost'): number | undefined {
  const value = w?.[key];
  if (value === undefined || w?.kWh === undefined) return undefined;
  return w.kWh > 0 ? value / w.kWh : 0;
}

function converted(base: Roll | null, head: Roll | null, bw: WorkloadEstimate | undefined, hw: WorkloadEstimate | undefined): WorkloadConversions {
  const kWh = (r: Roll | null) => (r ? r.energyJ / J_PER_KWH : null);
  const change = (b: number | null, h: number | null): ConvertedChange => ({ base: b, head: h, delta: (h ?? 0) - (b ?? 0) });
  const out: WorkloadConversions = { kWh: change(kWh(base), kWh(head)) };
  for (const key of ['gCO2e', 'cost'] as const) {
    const fb = factorOf(bw, key);
    const fh = factorOf(hw, key);
    // Shown only when every side that has the roll-up was converted (no half-converted change).
    if ((base && fb === undefined) || (head && fh === undefined)) continue;
    const side = (j: number | null, f: number | undefined) => (j === null || f === undefined ? null : j * f);
    out[key] = change(side(out.kWh.base, fb), side(out.kWh.head, fh));
  }
  return out;
}

function changeOf(kind: Kind, base: ReportSummary | null, head: ReportSummary | null): (WorkloadChange & { converted: WorkloadConversions }) | undefined {
  const b = rollOf(base?.workload, kind);
  const h = rollOf(head?.workload, kind);
  if (!b && !h) return undefined;
  const deltaJ = (h?.energyJ ?? 0) - (b?.energyJ ?? 0);
  const change: WorkloadChange & { converted: WorkloadConversions } = {
    baseJ: b?.energyJ ?? null,
    headJ: h?.energyJ ?? null,
    deltaJ,
    deltaPct: percentChange(b?.energyJ ?? null, deltaJ),
    ...bandOfDelta(b, h),
    converted: converted(b, h, base?.workload, head?.workload),
  };
  const steps = head?.workload?.trainingRun?.steps ?? base?.workload?.trainingRun?.steps;
  if (kind === 'trainingRun' && steps !== undefined) change.steps = steps;
  return change;
}

/** The workload part of a model × profile result, or undefined when neither side declared one. */
export function diffWorkload(base: ReportSummary | null, head: ReportSummary | null): WorkloadDiff | undefined {
  const out: WorkloadDiff = {};
  const run = changeOf('trainingRun', base, head);
  const serving = changeOf('serving', base, head);
  if (run) out.trainingRun = run;
  if (serving) out.serving = serving;
  return run || serving ? out : undefined;
}
