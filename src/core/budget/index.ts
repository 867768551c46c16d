// Budgets over a diff: absolute J limits and relative % increase limits, warn and fail levels,
// uncertainty-aware (fail-on: low) and tolerant of violations that already existed on the base.
import type { BudgetFinding, ReportDiff, Verdict } from '../diff/index.js';
import { formatJ, formatPct } from '../format/index.js';
import { globMatches, type BudgetConfig, type BudgetRule, type Limit } from './config.js';

export * from './config.js';

/** The numbers one budget check needs, for a model × profile or for the repository total. */
interface Subject {
  model: string;
  profile: string;
  head: { energyJ: number; energyJLow: number } | null;
  base: { energyJ: number; energyJLow: number } | null;
  deltaJ: number;
  deltaLowJ: number;
  /** The declared training run's roll-up on each side (models only). */
  runHead?: { energyJ: number; energyJLow: number } | null;
  runBase?: { energyJ: number; energyJLow: number } | null;
}

function subjects(diff: ReportDiff, rule: BudgetRule): Subject[] {
  const inProfile = (p: string) => rule.profile === undefined || rule.profile === p;
  if (rule.total) {
    return diff.totals.filter((t) => inProfile(t.profile)).map((t) => ({
      model: '*',
      profile: t.profile,
      head: { energyJ: t.headJ, energyJLow: t.headLowJ },
      base: t.baseJ === 0 && t.baseLowJ === 0 ? null : { energyJ: t.baseJ, energyJLow: t.baseLowJ },
      deltaJ: t.deltaJ,
      deltaLowJ: t.deltaLowJ,
    }));
  }
  return diff.models
    .filter((m) => rule.model === undefined || globMatches(rule.model, m.path))
    .flatMap((m) => m.results.filter((r) => inProfile(r.profile)).map((r) => ({
      model: m.path,
      profile: r.profile,
      head: r.head,
      base: r.base,
      deltaJ: r.deltaJ,
      deltaLowJ: r.deltaLowJ,
      runHead: r.head?.workload?.trainingRun ?? null,
      runBase: r.base?.workload?.trainingRun ?? null,
    })));
}

interface Check {
  kind: BudgetFinding['kind'];
  /** The compared value at the estimate and at the low end of the band, or null when not applicable. */
  estimate: number;
  low: number;
  /** The same on the base, for pre-existing violations (absolute budgets only). */
  baseEstimate?: number;
  baseLow?: number;
}

function checks(s: Subject, rule: BudgetRule): { limit: Limit; check: Check }[] {
  const out: { limit: Limit; check: Check }[] = [];
  if (rule.maxJ && s.head) {
    const check: Check = { kind: 'absolute', estimate: s.head.energyJ, low: s.head.energyJLow };
    if (s.base) Object.assign(check, { baseEstimate: s.base.energyJ, baseLow: s.base.energyJLow });
    out.push({ limit: rule.maxJ, check });
  }
  // Only models that declare a training run have one to limit; the others are not checked.
  if (rule.maxRunJ && s.runHead) {
    const check: Check = { kind: 'run', estimate: s.runHead.energyJ, low: s.runHead.energyJLow };
    if (s.runBase) Object.assign(check, { baseEstimate: s.runBase.energyJ, baseLow: s.runBase.energyJLow });
    out.push({ limit: rule.maxRunJ, check });
  }
  // A relative budget needs a base to grow from: added models are covered by absolute budgets.
  if (rule.maxIncreasePct && s.head && s.base && s.base.energyJ > 0) {
    const pct = (j: number) => (100 * j) / (s.base as { energyJ: number }).energyJ;
    out.push({ limit: rule.maxIncreasePct, check: { kind: 'relative', estimate: pct(s.deltaJ), low: pct(s.deltaLowJ) } });
  }
  return out;
}

/** "energy 1.2 mJ > 1 mJ", "increase +5% > +3%", "training run 1.2 MJ > 1 MJ": shared with the comment. */
function findingValueText(f: Pick<BudgetFinding, 'kind' | 'value' | 'limit'>): string {
  if (f.kind === 'relative') return `increase ${formatPct(f.value)} > ${formatPct(f.limit)}`;
  return `${f.kind === 'run' ? 'training run' : 'energy'} ${formatJ(f.value)} > ${formatJ(f.limit)}`;
}

/**
 * Plain-text message for logs and the JSON report; the comment passes escapeMd as `name` so model and
 * profile names cannot break its Markdown.
 */
export function describeFinding(f: Omit<BudgetFinding, 'message'>, name: (s: string) => string = (s) => s): string {
  const where = `${f.model === '*' ? 'repository total' : name(f.model)} on ${name(f.profile)}`;
  const shown = findingValueText(f);
  const why =
    f.basis === 'low' ? ', even at the low end of the band'
    : f.level !== f.limitLevel ? ' at the estimate, not at the low end of the band: a warning' : '';
  const already = f.preExisting ? '; already over on the base, so it does not fail this change' : '';
  return `${where}: ${shown} (${f.limitLevel} budget${why})${already}`;
}

function evaluate(s: Subject, limit: Limit, c: Check, failOn: BudgetConfig['failOn']): BudgetFinding | null {
  const finding = (level: 'warn' | 'fail', limitLevel: 'warn' | 'fail', basis: 'estimate' | 'low'): BudgetFinding => {
    const lim = limitLevel === 'fail' ? (limit.fail as number) : (limit.warn as number);
    const value = basis === 'low' ? c.low : c.estimate;
    const baseValue = basis === 'low' ? c.baseLow : c.baseEstimate;
    const f = {
      level, limitLevel, kind: c.kind, model: s.model, profile: s.profile, limit: lim, value, basis,
      preExisting: baseValue !== undefined && baseValue > lim,
    };
    return { ...f, message: describeFinding(f) };
  };
  if (limit.fail !== undefined) {
    if (failOn === 'low' ? c.low > limit.fail : c.estimate > limit.fail) return finding('fail', 'fail', failOn);
    // Over the fail limit at the estimate but not at the low end of the band: uncertain, so a warning.
    if (c.estimate > limit.fail) return finding('warn', 'fail', 'estimate');
  }
  if (limit.warn !== undefined && c.estimate > limit.warn) return finding('warn', 'warn', 'estimate');
  return null;
}

function rank(v: Verdict): number {
  return v === 'fail' ? 2 : v === 'warn' ? 1 : 0;
}

/** Findings of every budget rule over the diff, and the verdict they imply. */
export function evaluateBudgets(diff: ReportDiff, config: BudgetConfig): { budgets: BudgetFinding[]; verdict: Verdict } {
  const budgets: BudgetFinding[] = [];
  for (const rule of config.budgets) {
    for (const s of subjects(diff, rule)) {
      for (const { limit, check } of checks(s, rule)) {
        const f = evaluate(s, limit, check, config.failOn);
        if (f) budgets.push(f);
      }
    }
  }
  let verdict: Verdict = 'pass';
  for (const f of budgets) if (!f.preExisting && rank(f.level) > rank(verdict)) verdict = f.level;
  return { budgets, verdict };
}

/** The diff with its `budgets` and `verdict` filled in. */
export function applyBudgets(diff: ReportDiff, config: BudgetConfig): ReportDiff {
  return { ...diff, ...evaluateBudgets(diff, config) };
}
