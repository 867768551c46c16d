// The min-change-pct noise floor: a model whose estimate moved less than the floor on every profile is shown
// as unchanged (collapsed in the comment) instead of as a change nobody should act on. Totals, budgets and the
// JSON numbers are untouched; only the model's status changes.
import type { ReportDiff } from './index.js';

export function applyNoiseFloor(diff: ReportDiff, minChangePct: number | undefined): ReportDiff {
  if (minChangePct === undefined || minChangePct <= 0) return diff;
  const below = (pct: number | null) => pct !== null && Math.abs(pct) < minChangePct;
  return {
    ...diff,
    models: diff.models.map((m) =>
      m.status === 'changed' && m.results.every((r) => below(r.deltaPct)) ? { ...m, status: 'unchanged' as const } : m,
    ),
  };
}
