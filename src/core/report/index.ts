// renderComment / renderJobSummary: one deterministic Markdown body for a ReportDiff, kept under
// GitHub's 65,536-character comment limit by trimming per-layer details first, never the headline.
// The action's sections (a changed gate, measurement artifacts) go in whole, before the footer.
import type { ReportDiff } from '../diff/index.js';
import { detailsBlock, visibleDeltas } from './details.js';
import { factsSection } from './facts.js';
import { formatCount, formatDeltaJ } from '../format/index.js';
import { budgetSection, caveats, changedModels, coverageSection, footer, headline, modelTable, unchangedLine } from './sections.js';
import { gateSection, type GateNotice } from './gate.js';
import { insertBeforeFooter, measuredSection, type MeasuredRow } from './measured.js';
import { workloadSection } from './workload.js';
import { measuredInferenceSection, type InferenceSection } from './measured-inference.js';

export { assertFiniteReport, NonFiniteReportError } from './check-finite.js';
export { verdictLabel } from './sections.js';
export { bandText, basisText, profileLabel } from './profile-label.js';
export { formatAmount, workloadSection } from './workload.js';
export { insertBeforeFooter, measuredSection, type MeasuredRow } from './measured.js';
export { measuredInferenceSection, type InferenceRow, type InferenceSection } from './measured-inference.js';
export { describeRule, gateDifferences, gateSection, type GateNotice, type GateRules } from './gate.js';

/** GitHub rejects issue comments longer than this (characters). */
export const MAX_COMMENT_CHARS = 65_536;

export interface RenderOptions {
  /** Hidden sticky marker (an HTML comment) placed first, e.g. by the action. */
  marker?: string;
  /** Title in the headline (default "energy-diff"). */
  title?: string;
  /** Module rows per details table before any trimming (default 10; the rest are summed in one line). */
  maxLayerRows?: number;
  /** Character limit of the whole body, marker included (default 65,536). */
  maxChars?: number;
  /** Show the budget column even when no budget was exceeded (budgets were configured). */
  budgetsChecked?: boolean;
  /** The gate the verdict was computed on, and what the pull request changes in it (the action's). */
  gate?: GateNotice;
  /** Measurement artifacts to show next to the estimates (the action's; possibly none). */
  measured?: MeasuredRow[];
  /** Changed models run in onnxruntime by the action (`measure-inference` input); absent when it is off. */
  measuredInference?: InferenceSection;
}

/** One rung of the trimming ladder; later rungs drop more. */
interface Level {
  rows: number;
  chart: boolean;
  details: boolean;
  listUnchanged: boolean;
  /** Model table rows and coverage lines kept; Infinity for all. */
  maxModels: number;
  maxFindings: number;
}

/** Halves the layer rows per table until one row is left, then drops details, then shortens lists. */
function ladder(rows: number): Level[] {
  const full = { chart: true, details: true, listUnchanged: true, maxModels: Infinity, maxFindings: Infinity };
  const fewer: Level[] = [];
  for (let r = Math.max(1, rows); ; r = Math.floor(r / 2)) {
    fewer.push({ ...full, rows: r, chart: r >= 5 });
    if (r <= 1) break;
  }
  const bare = { rows: 0, chart: false, details: false, listUnchanged: false };
  return [
    ...fewer,
    { ...full, rows: 0, chart: false, details: false },
    { ...bare, maxModels: 200, maxFindings: 50 },
    { ...bare, maxModels: 50, maxFindings: 20 },
    { ...bare, maxModels: 10, maxFindings: 5 },
    { ...bare, maxModels: 0, maxFindings: 0 },
  ];
}

function render(diff: ReportDiff, opts: RenderOptions, level: Level): string {
  const models = changedModels(diff);
  const kept = models.slice(0, level.maxModels);
  const showBudget = opts.budgetsChecked === true || diff.budgets.length > 0;
  const lines: string[] = [];
  if (opts.marker) lines.push(opts.marker);
  lines.push(...headline(diff, opts.title ?? 'energy-diff'));
  lines.push(...caveats(diff));
  const findings = diff.budgets.slice(0, level.maxFindings);
  lines.push(...budgetSection(findings));
  if (diff.budgets.length > findings.length) lines.push(`_${formatCount(diff.budgets.length - findings.length)} more budget findings; see the JSON report artifact._`, '');
  lines.push(...modelTable(diff, kept, showBudget));
  if (models.length > kept.length) lines.push(`_${formatCount(models.length - kept.length)} more changed models omitted; see the JSON report artifact._`, '');
  lines.push(...factsSection(kept));
  lines.push(...workloadSection(kept));
  lines.push(...unchangedLine(diff, level.listUnchanged));
  lines.push(...coverageSection(kept));
  let layersOmitted = 0;
  for (const m of kept) {
    for (const r of m.results) {
      if (level.details) lines.push(...detailsBlock(m, r, { maxRows: level.rows, chart: level.chart }));
      else layersOmitted += visibleDeltas(r).length;
    }
  }
  for (const m of models.slice(kept.length)) for (const r of m.results) layersOmitted += visibleDeltas(r).length;
  if (layersOmitted > 0) lines.push(`_Per-layer details omitted (${formatCount(layersOmitted)} layer changes); see the JSON report artifact._`, '');
  lines.push(...footer(diff));
  return lines.join('\n');
}

/** Last resort when even the barest rung is too long (e.g. thousands of profiles): cut after the headline. */
function hardCut(text: string, diff: ReportDiff, opts: RenderOptions, maxChars: number): string {
  const head = [...(opts.marker ? [opts.marker] : []), ...headline(diff, opts.title ?? 'energy-diff')].join('\n');
  const note = '\n\n_Comment cut to fit; see the JSON report artifact._\n';
  if (head.length + note.length > maxChars) return head.slice(0, maxChars);
  const room = maxChars - note.length;
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  if (nl >= head.length) cut = cut.slice(0, nl);
  return cut + note;
}

export function renderComment(diff: ReportDiff, opts: RenderOptions = {}): string {
  // The action's sections are never trimmed: with measurements given, their text and its newline are kept
  // out of the limit the rest is trimmed to.
  const section = [...(opts.gate ? gateSection(opts.gate) : []), ...measuredSection(opts.measured ?? []), ...measuredInferenceSection(opts.measuredInference)];
  const reserved = opts.measured === undefined && opts.measuredInference === undefined ? 0 : section.join('\n').length + 1;
  return insertBeforeFooter(renderTrimmed(diff, opts, (opts.maxChars ?? MAX_COMMENT_CHARS) - reserved), section);
}

function renderTrimmed(diff: ReportDiff, opts: RenderOptions, maxChars: number): string {
  let last = '';
  for (const level of ladder(opts.maxLayerRows ?? 10)) {
    last = render(diff, opts, level);
    if (last.length <= maxChars) return last;
  }
  return hardCut(last, diff, opts, maxChars);
}


/** The job summary shows the same content as the comment, without the sticky marker. */
export function renderJobSummary(diff: ReportDiff, opts: RenderOptions = {}): string {
  const { marker: _marker, ...rest } = opts;
  void _marker;
  return renderComment(diff, rest);
}

/** A one-line plain-text summary for logs and action outputs. */
export function summaryLine(diff: ReportDiff): string {
  const totals = diff.totals.map((t) => `${t.profile} ${formatDeltaJ(t.deltaJ)}`);
  return `${diff.verdict}: ${totals.join(', ') || 'no models'}`;
}
