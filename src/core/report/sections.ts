// The fixed parts of the comment: headline, budgets, the model × profile table, unchanged models,
// coverage and footer. Every user-controlled name goes through escapeMd.
import { type BudgetFinding, type ModelDiff, type ProfileInfo, type ProfileResult, type ReportDiff, type TotalDiff, type Verdict, resultIsUnchanged } from '../diff/index.js';
import { describeFinding } from '../budget/index.js';
import { escapeMd, formatCount, formatDeltaBand, formatDeltaJ, formatJ, formatPct, markdownRows, shortSha, type ColumnAlign } from '../format/index.js';

const MAX_CAVEATS = 5;
const VERDICT: Record<Verdict, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

export function verdictLabel(v: Verdict): string {
  return VERDICT[v];
}

function profileLabel(id: string, profiles: ProfileInfo[]): string {
  const p = profiles.find((x) => x.id === id);
  return p?.name ? `${escapeMd(p.name)} (${escapeMd(id)})` : escapeMd(id);
}

/** "per inference", "per train step", or "summed over models" when models were estimated differently. */
function unitPhrase(diff: ReportDiff, profile: string): string {
  const modes = new Set<string>();
  for (const m of diff.models) {
    for (const r of m.results) if (r.profile === profile) modes.add((r.head ?? r.base)?.mode ?? 'inference');
  }
  if (modes.size !== 1) return 'summed over models';
  return modes.has('train-step') ? 'per train step' : 'per inference';
}

function totalLine(diff: ReportDiff, t: TotalDiff): string {
  return (
    `**${formatDeltaJ(t.deltaJ)} (${formatPct(t.deltaPct)})** ${unitPhrase(diff, t.profile)} on ${profileLabel(t.profile, diff.profiles)}: ` +
    `${formatJ(t.baseJ)} → ${formatJ(t.headJ)}, band of the change ${formatDeltaBand(t.deltaLowJ, t.deltaHighJ)}`
  );
}

export function headline(diff: ReportDiff, title: string): string[] {
  const lines = [`### ⚡ ${escapeMd(title)}: ${verdictLabel(diff.verdict)}`, ''];
  if (diff.models.length === 0) return [...lines, 'No model files to compare.', ''];
  if (diff.totals.length === 1) lines.push(totalLine(diff, diff.totals[0] as TotalDiff));
  else lines.push(...diff.totals.map((t) => `- ${totalLine(diff, t)}`));
  const counts = new Map<string, number>();
  for (const m of diff.models) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const parts = ['changed', 'added', 'removed', 'renamed', 'unchanged'].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  lines.push('', `${formatCount(diff.models.length)} model${diff.models.length === 1 ? '' : 's'}: ${parts.join(', ')}.`, '');
  lines.push(...partialNotes(diff));
  return lines;
}

/** Below this share of priced Conv/MatMul/Gemm nodes, a model's total is called partial in the headline. */
export const PARTIAL_HEAVY_SHARE = 0.9;
const MAX_PARTIAL_NOTES = 5;

/**
 * Models whose estimate prices markedly fewer of their compute-heavy nodes than the graph has: the total
 * (and a change in it) is understated, which the coverage section alone would leave easy to miss.
 */
function partialNotes(diff: ReportDiff): string[] {
  const notes: string[] = [];
  for (const m of diff.models) {
    for (const side of ['base', 'head'] as const) {
      const partial = m.results.find((r) => {
        const h = r[side]?.coverage.heavy;
        return h !== undefined && h.nodes > 0 && h.estimated < PARTIAL_HEAVY_SHARE * h.nodes;
      });
      const h = partial?.[side]?.coverage.heavy;
      if (!partial || !h) continue;
      notes.push(`Partial estimate: ${escapeMd(m.path)} (${side}) prices ${formatCount(h.estimated)} of its ${formatCount(h.nodes)} Conv/MatMul/Gemm nodes ` +
        `on ${escapeMd(partial.profile)}; the rest could not be sized (see Coverage), so its energy is understated`);
    }
  }
  const shown = notes.slice(0, MAX_PARTIAL_NOTES);
  if (notes.length > shown.length) shown.push(`And ${formatCount(notes.length - shown.length)} more partial estimates`);
  return shown.flatMap((n) => ['> [!WARNING]', `> ${n}.`, '']);
}

function findingText(f: BudgetFinding): string {
  return describeFinding(f, escapeMd);
}

/**
 * Changes that are not the model's: a different profile version, batch or mode between base and head
 * make part of the delta an artefact of the comparison, so they are said up front.
 */
export function caveats(diff: ReportDiff): string[] {
  const notes = new Set<string>();
  for (const m of diff.models) {
    for (const r of m.results) {
      if (!r.base || !r.head) continue;
      const bv = r.base.profileVersion;
      const hv = r.head.profileVersion;
      if (bv !== undefined && hv !== undefined && bv !== hv) {
        notes.add(`Profile ${escapeMd(r.profile)} changed from v${escapeMd(bv)} to v${escapeMd(hv)} between base and head: part of the change is re-calibration, not the models`);
      }
      if (r.base.batch !== r.head.batch || r.base.mode !== r.head.mode) {
        notes.add(`Model ${escapeMd(m.path)} was estimated at ${r.base.mode} batch ${r.base.batch} on the base and ${r.head.mode} batch ${r.head.batch} on the head`);
      }
    }
  }
  const sorted = [...notes].sort();
  const shown = sorted.slice(0, MAX_CAVEATS);
  if (sorted.length > shown.length) shown.push(`And ${formatCount(sorted.length - shown.length)} more such differences`);
  return shown.flatMap((n) => ['> [!NOTE]', `> ${n}.`, '']);
}

export function budgetSection(findings: BudgetFinding[]): string[] {
  if (findings.length === 0) return [];
  const icon = (f: BudgetFinding) => (f.preExisting ? 'ℹ️' : f.level === 'fail' ? '❌' : '⚠️');
  const order = (f: BudgetFinding) => (f.preExisting ? 2 : f.level === 'fail' ? 0 : 1);
  const sorted = [...findings].sort((a, b) => order(a) - order(b));
  return ['**Budgets**', '', ...sorted.map((f) => `- ${icon(f)} ${findingText(f)}`), ''];
}

function modelCell(m: ModelDiff): string {
  const path = escapeMd(m.path);
  if (m.status === 'renamed') return `${path} (renamed from ${escapeMd(m.oldPath ?? '?')})`;
  if (m.status === 'added' || m.status === 'removed') return `${path} (${m.status})`;
  return path;
}

function budgetCell(m: ModelDiff, r: ProfileResult, findings: BudgetFinding[]): string {
  const mine = findings.filter((f) => f.model === m.path && f.profile === r.profile);
  const active = mine.filter((f) => !f.preExisting);
  if (active.some((f) => f.level === 'fail')) return '❌ fail';
  if (active.length) return '⚠️ warn';
  if (mine.length) return 'ℹ️ pre-existing';
  return '✅';
}

function changeCell(r: ProfileResult, renamed: boolean): string {
  if (renamed && resultIsUnchanged(r)) return 'no change';
  return `${formatDeltaJ(r.deltaJ)} (${formatPct(r.deltaPct)})`;
}

/** Biggest absolute change first, then by path: the rows a reviewer needs are at the top when trimmed. */
export function changedModels(diff: ReportDiff): ModelDiff[] {
  const size = (m: ModelDiff) => Math.max(0, ...m.results.map((r) => Math.abs(r.deltaJ)));
  return diff.models
    .filter((m) => m.status !== 'unchanged')
    .sort((a, b) => size(b) - size(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function modelTable(diff: ReportDiff, models: ModelDiff[], showBudget: boolean): string[] {
  if (models.length === 0) return [];
  const header = ['Model', 'Profile', 'Base', 'Head', 'Change', 'Band of change', ...(showBudget ? ['Budget'] : [])];
  const align: ColumnAlign[] = ['', '', 'r', 'r', 'r', '', ...(showBudget ? ['c' as const] : [])];
  const rows = models.flatMap((m) =>
    m.results.map((r) => {
      const cells = [
        modelCell(m),
        escapeMd(r.profile),
        r.base ? formatJ(r.base.energyJ) : '—',
        r.head ? formatJ(r.head.energyJ) : '—',
        changeCell(r, m.status === 'renamed'),
        formatDeltaBand(r.deltaLowJ, r.deltaHighJ),
        ...(showBudget ? [budgetCell(m, r, diff.budgets)] : []),
      ];
      return cells;
    }),
  );
  return [...markdownRows(header, rows, align), ''];
}

export function unchangedLine(diff: ReportDiff, listNames: boolean): string[] {
  const unchanged = diff.models.filter((m) => m.status === 'unchanged');
  if (unchanged.length === 0) return [];
  const names = listNames ? `: ${unchanged.map((m) => escapeMd(m.path)).join(', ')}` : '';
  return [`Unchanged (${formatCount(unchanged.length)} model${unchanged.length === 1 ? '' : 's'})${names}.`, ''];
}

/** "212 nodes, 205 estimated, 7 unsupported: Foo ×3, Bar ×4" for the head (or the base of a removed model). */
export function coverageText(r: ProfileResult, maxOps = 8): string {
  const c = (r.head ?? r.base)?.coverage;
  if (!c) return '';
  const unsupportedCount = c.unsupported.reduce((n, u) => n + u.count, 0);
  if (unsupportedCount === 0) return `${formatCount(c.nodes)} nodes, all estimated`;
  const ops = c.unsupported.slice(0, maxOps).map((u) => (u.count > 1 ? `${escapeMd(u.op)} ×${u.count}` : escapeMd(u.op)));
  if (c.unsupported.length > maxOps) ops.push(`${c.unsupported.length - maxOps} more`);
  return `${formatCount(c.nodes)} nodes, ${formatCount(c.estimated)} estimated, ${formatCount(unsupportedCount)} unsupported: ${ops.join(', ')}`;
}

export function coverageSection(models: ModelDiff[]): string[] {
  const lines = models.flatMap((m) => {
    const r = m.results[0];
    return r ? [`- ${escapeMd(m.path, true)}: ${coverageText(r)}`] : [];
  });
  return lines.length ? ['**Coverage** (operators estimated per model)', '', ...lines, ''] : [];
}

function profileFooter(p: ProfileInfo): string {
  const version = p.version ? ` v${escapeMd(p.version)}` : '';
  if (!p.calibrated) return `${escapeMd(p.id)}${version}: spec-derived, uncalibrated`;
  const on = p.calibratedOn ? ` on ${escapeMd(p.calibratedOn)}` : '';
  const date = p.fitDate ? ` (fit ${escapeMd(p.fitDate)})` : '';
  return `${escapeMd(p.id)}${version}: calibrated${on}${date}`;
}

/** "J per inference at batch 1" for every distinct mode × batch in the diff. */
function meaning(diff: ReportDiff): string {
  const kinds = new Set<string>();
  for (const m of diff.models) {
    for (const r of m.results) {
      const s = r.head ?? r.base;
      if (s) kinds.add(`J per ${s.mode === 'train-step' ? 'training step (forward + backward + update)' : 'inference'} at batch ${s.batch}`);
    }
  }
  return [...kinds].sort().join('; ');
}

export function footer(diff: ReportDiff): string[] {
  const base = diff.base.sha ? `\`${shortSha(diff.base.sha)}\`` : 'base';
  const head = diff.head.sha ? `\`${shortSha(diff.head.sha)}\`` : 'head';
  const lines = [
    '---',
    `<sub>Base ${base} → head ${head}. Profiles: ${diff.profiles.map(profileFooter).join('; ') || 'none'}.</sub>`,
    '',
  ];
  const what = meaning(diff);
  if (what) {
    lines.push(
      `<sub>Numbers are estimated ${what}, predicted per layer from MACs and bytes without running the model; the band is the profile's held-out error range.</sub>`,
      '',
    );
  }
  return lines;
}
