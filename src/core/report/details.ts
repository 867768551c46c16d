// Per model × profile `<details>` blocks: a Mermaid bar chart of the top contributors and a table of
// added / removed / changed layers, largest |ΔJ| first, cut to a row limit by the trimmer.
import { sortedDeltas, type LayerDelta, type LayerSide, type ModelDiff, type ProfileResult } from '../diff/index.js';
import { escapeHtml, escapeMd, formatCount, formatDeltaJ, formatDeltaMacs, formatJ, markdownRows, mermaidLabel } from '../format/index.js';

export interface DetailsOptions {
  /** Layer rows per table; the rest are counted in an "omitted" note. */
  maxRows: number;
  /** Include the Mermaid chart of top contributors. */
  chart: boolean;
  /** Bars in the chart. */
  chartBars?: number;
}

export function allDeltas(r: ProfileResult): LayerDelta[] {
  return sortedDeltas(r.layers.changed, r.layers.added, r.layers.removed);
}

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

function summary(m: ModelDiff, r: ProfileResult): string {
  const l = r.layers;
  const parts = [`${formatCount(l.changed.length)} changed`, `${formatCount(l.added.length)} added`, `${formatCount(l.removed.length)} removed`];
  const renamed = l.renamedCount ? `; ${plural(l.renamedCount, 'layer')} matched by operator and shape under a new name` : '';
  return `<details><summary>${escapeHtml(m.path)} on ${escapeHtml(r.profile)}: ${parts.join(', ')} layers${renamed}</summary>`;
}

/** The unit that keeps the largest bar between 1 and 1000, so values print as plain decimals. */
function chartUnit(maxAbsJ: number): { scale: number; unit: string } {
  if (maxAbsJ >= 1e3) return { scale: 1e-3, unit: 'kJ' };
  if (maxAbsJ >= 1) return { scale: 1, unit: 'J' };
  if (maxAbsJ >= 1e-3) return { scale: 1e3, unit: 'mJ' };
  if (maxAbsJ >= 1e-6) return { scale: 1e6, unit: 'µJ' };
  return { scale: 1e9, unit: 'nJ' };
}

/** xychart-beta takes plain decimals only (no exponents): three decimals. */
function chartNumber(x: number): string {
  return x.toFixed(3);
}

/**
 * Bars of |ΔJ| from an explicit zero: xychart draws every bar up from the bottom of the axis and
 * would otherwise start the axis at the smallest value (hiding that bar) or below zero (inverting
 * decreases). The sign goes into the label instead.
 */
export function chart(deltas: LayerDelta[], bars: number): string[] {
  const top = deltas.filter((d) => d.deltaJ !== 0).slice(0, bars);
  if (top.length < 2) return [];
  const { scale, unit } = chartUnit(Math.max(...top.map((d) => Math.abs(d.deltaJ))));
  const seen = new Map<string, number>();
  const labels = top.map((d) => {
    const base = `${d.deltaJ > 0 ? '+' : '-'}${mermaidLabel(d.name)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `"${n > 1 ? `${base} ${n}` : base}"`;
  });
  const values = top.map((d) => chartNumber(Math.abs(d.deltaJ) * scale));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Largest layer changes, + increase / - decrease (${unit})"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "|change| (${unit})" 0 --> ${values[0]}`,
    `  bar [${values.join(', ')}]`,
    '```',
    '',
  ];
}

function shapes(s: number[][]): string {
  return s.map((d) => d.join('×')).join(', ') || '?';
}

function changeCell(d: LayerDelta): string {
  if (d.kind !== 'changed' || !d.base || !d.head) return d.kind;
  const a = shapes(d.base.outputShapes);
  const b = shapes(d.head.outputShapes);
  const op = d.base.op !== d.head.op ? ` (${escapeMd(d.base.op)} → ${escapeMd(d.head.op)})` : '';
  return a === b ? `changed${op}` : `changed${op}: ${a} → ${b}`;
}

function energyCell(side: LayerSide | null): string {
  if (!side) return '—';
  return side.status === 'unsupported' ? 'unsupported' : formatJ(side.energyJ);
}

function row(d: LayerDelta): string[] {
  const name = d.oldName !== undefined ? `${escapeMd(d.name)} (was ${escapeMd(d.oldName)})` : escapeMd(d.name);
  const cells = [
    name,
    escapeMd(d.op),
    changeCell(d),
    energyCell(d.base),
    energyCell(d.head),
    d.base?.status === 'unsupported' || d.head?.status === 'unsupported' ? 'not estimated' : formatDeltaJ(d.deltaJ),
    formatDeltaMacs(d.deltaMacs),
  ];
  return cells;
}

export function omittedNote(n: number): string {
  return `_${plural(n, 'layer')} omitted; see the JSON report artifact._`;
}

/** One `<details>` block, or nothing when the result has no layer changes. */
export function detailsBlock(m: ModelDiff, r: ProfileResult, opts: DetailsOptions): string[] {
  const deltas = allDeltas(r);
  if (deltas.length === 0) return [];
  const shown = deltas.slice(0, opts.maxRows);
  const lines = [summary(m, r), ''];
  if (opts.chart) lines.push(...chart(deltas, opts.chartBars ?? 8));
  lines.push(
    ...markdownRows(['Layer', 'Op', 'Change', 'Base', 'Head', 'Δ energy', 'Δ MACs'], shown.map(row), ['', '', '', 'r', 'r', 'r', 'r']),
    '',
  );
  if (deltas.length > shown.length) lines.push(omittedNote(deltas.length - shown.length), '');
  lines.push('</details>', '');
  return lines;
}
