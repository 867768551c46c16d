// The comment's section on the gate (budgets, failOn, the noise floor and the profile list the verdict is
// computed on) when a pull request changes it: the base's rules apply, the comment shows what applies after
// merge. The action works the rules out (src/action/gate.ts); this renders them.
import type { BudgetConfig, BudgetRule, Limit } from '../budget/index.js';
import type { ReportDiff } from '../diff/index.js';
import { escapeMd, formatJ, markdownRows } from '../format/index.js';
import { verdictLabel } from './sections.js';

export interface GateRules {
  budgets?: BudgetConfig;
  minChangePct?: number;
  profiles: string[];
}

function limitText(l: Limit, unit: (v: number) => string): string {
  return [l.warn !== undefined ? `warn ${unit(l.warn)}` : '', l.fail !== undefined ? `fail ${unit(l.fail)}` : ''].filter(Boolean).join(', ');
}

/** A code span inside a table cell: no Markdown escapes (they would show), only the cell separator and backticks. */
function code(s: string): string {
  return `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\``;
}

/** "`models/**` on h100-sxm: energy warn 500 mJ, fail 1 J; increase fail +15%". */
export function describeRule(r: BudgetRule): string {
  const who = r.total ? 'repository total' : r.model !== undefined ? code(r.model) : 'every model';
  const where = r.profile !== undefined ? ` on ${escapeMd(r.profile)}` : '';
  const parts = [
    r.maxJ ? `energy ${limitText(r.maxJ, formatJ)}` : '',
    r.maxIncreasePct ? `increase ${limitText(r.maxIncreasePct, (v) => `+${v}%`)}` : '',
    r.maxRunJ ? `training run ${limitText(r.maxRunJ, formatJ)}` : '',
  ].filter(Boolean);
  return `${who}${where}: ${parts.join('; ')}`;
}

/** The rules as rows of (what, value), for comparing two gates. */
function rows(g: GateRules): Map<string, string> {
  return new Map([
    ['budgets', g.budgets?.budgets.length ? g.budgets.budgets.map(describeRule).join('<br>') : 'none'],
    ['failOn', g.budgets?.failOn ?? 'estimate'],
    ['minChangePct', g.minChangePct !== undefined ? `${g.minChangePct}%` : 'none'],
    ["profiles", g.profiles.map((p) => escapeMd(p)).join(", ")],
  ]);
}

/** The rules that differ: [what, applied now, after merge]. */
export function gateDifferences(applied: GateRules, proposed: GateRules): [string, string, string][] {
  const a = rows(applied);
  const p = rows(proposed);
  return [...a].filter(([k, v]) => p.get(k) !== v).map(([k, v]) => [k, v, p.get(k) as string]);
}

export interface GateNotice {
  configPath: string;
  baseSha: string;
  baseHasConfig: boolean;
  applied: GateRules;
  proposed: GateRules;
  /** Repository profile files the PR edits: the base's versions price this check. */
  changedProfileFiles?: string[];
  /** The verdict this diff would get under the proposed rules (only when they price the same profiles). */
  proposedVerdict?: ReportDiff['verdict'];
}

/** The comment's section when the PR changes the gate; [] when it does not. */
export function gateSection(n: GateNotice): string[] {
  const diffs = gateDifferences(n.applied, n.proposed);
  for (const f of n.changedProfileFiles ?? []) diffs.push([`profile file ${code(f)}`, 'the base\'s version', 'this pull request\'s version']);
  if (diffs.length === 0) return [];
  const file = code(n.configPath);
  const lead = !n.baseHasConfig && gateDifferences(n.applied, n.proposed).length
    ? `${file} is new in this pull request. This check applies the defaults and the action's inputs; the file's rules apply after merge.`
    : `This pull request changes the gate (${file} or the profiles it names). This check applies the base's rules (\`${n.baseSha.slice(0, 7)}\`): a pull request cannot loosen its own gate. The new rules apply after merge.`;
  const lines = ['**Gate rules changed**', '', lead, '', ...markdownRows(['Rule', 'Applied now', 'After merge'], diffs)];
  if (n.proposedVerdict) lines.push('', `Under the rules after merge this change would be ${verdictLabel(n.proposedVerdict)}.`);
  lines.push('');
  return lines;
}
