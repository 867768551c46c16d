// The fixed parts of the comment: headline, budgets, the energy tables (one per mode × batch), model facts,
// unchanged models, coverage and footer. Every user-controlled name goes through escapeMd.
import { resultGroup, type BudgetFinding, type ModelDiff, type ProfileInfo, type ProfileResult, type ReportDiff, type TotalDiff, type Verdict, resultIsUnchanged } from '../diff/index.js';
import { describeFinding } from '../budget/index.js';
import { escapeMd, formatCount, formatDeltaBand, formatDeltaJ, formatJ, formatPct, markdownRows, plural, shortSha, type ColumnAlign } from '../format/index.js';
import { profileLabel, profileFooterText } from './profile-label.js';

const MAX_CAVEATS = 5;
const VERDICT: Record<Verdict, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

export function verdictLabel(v: Verdict): string {
  return VERDICT[v];
}

type Group = Pick<TotalDiff, 'mode' | 'batch'>;

/** "per inference at batch 1", "per inference batch of 8", "per training step at batch 1", "per training step, batch of 32". */
export function unitText(g: Group): string {
  if (g.mode === 'train-step') return g.batch === 1 ? 'per training step at batch 1' : `per training step, batch of ${g.batch}`;
  return g.batch === 1 ? 'per inference at batch 1' : `per inference batch of ${g.batch}`;
}

function profileOf(diff: ReportDiff, id: string): ProfileInfo | undefined {
  return diff.profiles.find((p) => p.id === id);
}

/**
 * "1.71 mJ → 1.77 mJ", or for a batch above 1 both views: "13.1 mJ → 12.7 mJ per batch of 8, 1.64 mJ → 1.58 mJ
 * per sample" (a reviewer compares per sample across batch sizes, per batch against a measured step).
 */
function totalValues(t: TotalDiff): string {
  // A group with nothing on the base (only added models) has no base value, not 0 J.
  const side = (j: number, isBase: boolean) => (isBase && t.baseJ === 0 && t.deltaPct === null ? '—' : formatJ(j));
  const values = `${side(t.baseJ, true)} → ${side(t.headJ, false)}`;
  if (t.batch === 1) return values;
  return `${values} per batch of ${t.batch}, ${side(t.baseJ / t.batch, true)} → ${side(t.headJ / t.batch, false)} per sample`;
}

function totalLine(diff: ReportDiff, t: TotalDiff): string {
  const sums = t.models === 1 ? '1 model' : `${formatCount(t.models)} models summed`;
  const perSample = t.batch > 1 ? ` (${formatDeltaJ(t.deltaJ / t.batch)} per sample)` : '';
  return (
    `**${formatDeltaJ(t.deltaJ)} (${formatPct(t.deltaPct)})** ${unitText(t)}${perSample}: ${totalValues(t)} ` +
    `(band of the change ${formatDeltaBand(t.deltaLowJ, t.deltaHighJ)}), ` +
    `${sums} on ${escapeMd(t.profile)} — ${profileLabel(profileOf(diff, t.profile), t.profile)}`
  );
}

export function headline(diff: ReportDiff, title: string): string[] {
  const lines = [`### ⚡ ${escapeMd(title)}: ${verdictLabel(diff.verdict)}`, ''];
  if (diff.models.length === 0) return [...lines, 'No model files to compare.', ''];
  if (diff.totals.length === 1) lines.push(totalLine(diff, diff.totals[0] as TotalDiff));
  else lines.push(...diff.totals.map((t) => `- ${totalLine(diff, t)}`));
  const counts = new Map<string, number>();
  for (const m of diff.models) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  const parts = ['changed', 'added', 'removed', 'renamed', 'unchanged'].filter((s) => counts.has(s)).map((s) => `${formatCount(counts.get(s) as number)} ${s}`);
  lines.push('', `${plural(diff.models.length, 'model')}: ${parts.join(', ')}.`, '');
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
      // Precisions the profile has not measured: their numbers (and wider band) are the datasheet's.
      for (const label of r.head?.precisionNotes ?? r.base?.precisionNotes ?? []) notes.add(`${escapeMd(m.path)}: ${escapeMd(label)}; its band is widened`);
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

export function modelCell(m: ModelDiff): string {
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

/** "1.64 mJ → 1.58 mJ": base and head per sample, for a batch above 1. */
function perSampleCell(r: ProfileResult, batch: number): string {
  const per = (s: ProfileResult['base']) => (s ? formatJ(s.energyJ / batch) : '—');
  return `${per(r.base)} → ${per(r.head)}`;
}

/** Biggest absolute change first, then by path: the rows a reviewer needs are at the top when trimmed. */
export function changedModels(diff: ReportDiff): ModelDiff[] {
  const size = (m: ModelDiff) => Math.max(0, ...m.results.map((r) => Math.abs(r.deltaJ)));
  return diff.models
    .filter((m) => m.status !== 'unchanged')
    .sort((a, b) => size(b) - size(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The mode × batch groups of the shown results, in the totals' order (inference first, smaller batch first). */
function groupsOf(models: ModelDiff[]): Group[] {
  const keys = new Map<string, Group>();
  for (const m of models) for (const r of m.results) {
    const g = resultGroup(r);
    keys.set(`${g.mode}|${g.batch}`, g);
  }
  return [...keys.values()].sort((a, b) => (a.mode === b.mode ? a.batch - b.batch : a.mode === 'inference' ? -1 : 1));
}

function energyTable(diff: ReportDiff, models: ModelDiff[], g: Group, showBudget: boolean): string[] {
  const rows = models.flatMap((m) => m.results.filter((r) => {
    const rg = resultGroup(r);
    return rg.mode === g.mode && rg.batch === g.batch;
  }).map((r) => ({ m, r })));
  if (rows.length === 0) return [];
  const perSample = g.batch > 1;
  const header = ['Model', 'Profile', 'Base', 'Head', 'Change', 'Band of change', ...(perSample ? ['Per sample'] : []), ...(showBudget ? ['Budget'] : [])];
  const align: ColumnAlign[] = ['', '', 'r', 'r', 'r', '', ...(perSample ? ['r' as const] : []), ...(showBudget ? ['c' as const] : [])];
  const body = rows.map(({ m, r }) => [
      modelCell(m),
      escapeMd(r.profile),
      r.base ? formatJ(r.base.energyJ) : '—',
      r.head ? formatJ(r.head.energyJ) : '—',
      changeCell(r, m.status === 'renamed'),
      formatDeltaBand(r.deltaLowJ, r.deltaHighJ),
      ...(perSample ? [perSampleCell(r, g.batch)] : []),
      ...(showBudget ? [budgetCell(m, r, diff.budgets)] : []),
  ]);
  const title = `**Energy ${unitText(g)}**`;
  return [title, '', ...markdownRows(header, body, align), ''];
}

/** One energy table per mode × batch: J per inference and J per train step never share a column. */
export function modelTable(diff: ReportDiff, models: ModelDiff[], showBudget: boolean): string[] {
  if (models.length === 0) return [];
  return groupsOf(models).flatMap((g) => energyTable(diff, models, g, showBudget));
}

export function unchangedLine(diff: ReportDiff, listNames: boolean): string[] {
  const unchanged = diff.models.filter((m) => m.status === 'unchanged');
  if (unchanged.length === 0) return [];
  const names = listNames ? `: ${unchanged.map((m) => escapeMd(m.path)).join(', ')}` : '';
  return [`Unchanged (${plural(unchanged.length, 'model')})${names}.`, ''];
}

/** "212 nodes, 205 estimated, 7 unsupported: Foo ×3, Bar ×4" for the head (or the base of a removed model). */
export function coverageText(r: ProfileResult, maxOps = 8): string {
  const c = (r.head ?? r.base)?.coverage;
  if (!c) return '';
  const unsupportedCount = c.unsupported.reduce((n, u) => n + u.count, 0);
  if (unsupportedCount === 0) return `${plural(c.nodes, 'node')}, all estimated`;
  const ops = c.unsupported.slice(0, maxOps).map((u) => (u.count > 1 ? `${escapeMd(u.op)} ×${u.count}` : escapeMd(u.op)));
  if (c.unsupported.length > maxOps) ops.push(`${c.unsupported.length - maxOps} more`);
  return `${plural(c.nodes, 'node')}, ${formatCount(c.estimated)} estimated, ${formatCount(unsupportedCount)} unsupported: ${ops.join(', ')}`;
}

export function coverageSection(models: ModelDiff[]): string[] {
  const lines = models.flatMap((m) => {
    const r = m.results[0];
    return r ? [`- ${escapeMd(m.path, true)}: ${coverageText(r)}`] : [];
  });
  return lines.length ? ['**Coverage** (operators estimated per model)', '', ...lines, ''] : [];
}

/** "Base `3f2a9c1` → head `9e8d7c6`. ", or only the side that is known, or nothing: never a placeholder. */
function commitsText(diff: ReportDiff): string {
  const base = diff.base.sha ? `\`${shortSha(diff.base.sha)}\`` : undefined;
  const head = diff.head.sha ? `\`${shortSha(diff.head.sha)}\`` : undefined;
  if (base && head) return `Base ${base} → head ${head}. `;
  if (head) return `Head ${head}. `;
  if (base) return `Base ${base}. `;
  return '';
}

export function footer(diff: ReportDiff): string[] {
  const profiles = diff.profiles.map(profileFooterText).join('; ') || 'none';
  const trainStep = diff.models.some((m) => m.results.some((r) => resultGroup(r).mode === 'train-step'));
  return [
    '---',
    `<sub>${commitsText(diff)}Profiles: ${profiles}.</sub>`,
    '',
    '<sub>Estimates, not measurements: energy of the whole device (GPU board or CPU package), idle power included, over the time the model is ' +
      'predicted to run, from each layer\'s MACs and bytes without running it. The band is the profile\'s held-out error range.' +
      (trainStep ? ' A training step is forward + backward + optimizer update.' : '') +
      '</sub>',
    '',
  ];
}
