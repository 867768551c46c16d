// Per model × profile `<details>` blocks: a Mermaid bar chart of the modules that changed most and a table
// of them, one row per module (its changed layers summed), largest |ΔJ| first, cut to a row limit with an
// "N more" line; the trimmer lowers the limit.
import { sortedDeltas, type LayerDelta, type ModelDiff, type ProfileResult } from '../diff/index.js';
import { escapeHtml, escapeMd, formatCount, formatDeltaElements, formatDeltaJ, formatDeltaMacs, formatJ, markdownRows, mermaidLabel, plural } from '../format/index.js';
import { groupByModule, isInvisible, shortModuleName, type ModuleChange } from './modules.js';

export interface DetailsOptions {
  /** Module rows per table; the rest are summed in an "N more" line. */
  maxRows: number;
  /** Include the Mermaid chart of top contributors. */
  chart: boolean;
  /** Bars in the chart. */
  chartBars?: number;
}

/** Every layer change of a result, largest |ΔJ| first: what the JSON report lists. */
export function allDeltas(r: ProfileResult): LayerDelta[] {
  return sortedDeltas(r.layers.changed, r.layers.added, r.layers.removed);
}

/** The layer changes the comment shows: those that moved energy, MACs or an output shape. */
export function visibleDeltas(r: ProfileResult): LayerDelta[] {
  return allDeltas(r).filter((d) => !isInvisible(d));
}

function summary(m: ModelDiff, r: ProfileResult, modules: number): string {
  const l = r.layers;
  const shown = (list: LayerDelta[]) => list.filter((d) => !isInvisible(d)).length;
  const parts = [`${plural(shown(l.changed), 'layer')} changed`, `${formatCount(l.added.length)} added`, `${formatCount(l.removed.length)} removed`];
  const renamed = l.renamedCount ? `; ${plural(l.renamedCount, 'layer')} matched by operator and shape under a new name` : '';
  return `<details><summary>${escapeHtml(m.path)} on ${escapeHtml(r.profile)}: ${parts.join(', ')} in ${plural(modules, 'module')}${renamed}</summary>`;
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

const LABEL_CHARS = 24;

/**
 * Bars of |ΔJ| per module from an explicit zero: xychart draws every bar up from the bottom of the axis and
 * would otherwise start the axis at the smallest value (hiding that bar) or below zero (inverting
 * decreases). The sign goes into the label instead.
 */
export function chart(modules: ModuleChange[], bars: number): string[] {
  const top = modules.filter((g) => g.deltaJ !== 0).slice(0, bars);
  if (top.length < 2) return [];
  const { scale, unit } = chartUnit(Math.max(...top.map((g) => Math.abs(g.deltaJ))));
  const seen = new Map<string, number>();
  const labels = top.map((g) => {
    const base = `${g.deltaJ > 0 ? '+' : '-'}${mermaidLabel(shortModuleName(g.module, LABEL_CHARS - 1), LABEL_CHARS - 1)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `"${n > 1 ? `${base} ${n}` : base}"`;
  });
  const values = top.map((g) => chartNumber(Math.abs(g.deltaJ) * scale));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Largest changes by module, + increase / - decrease (${unit})"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "|change| (${unit})" 0 --> ${values[0]}`,
    `  bar [${values.join(', ')}]`,
    '```',
    '',
  ];
}

/** The main (first) output's shape: BatchNormalization's training outputs (running mean, var) are noise here. */
function shapes(s: number[][]): string {
  return s[0]?.join('×') ?? '?';
}

/** "Conv", "MatMul ×4, Softmax" of the module's changed layers (ops renamed between sides as "A → B"). */
function opsCell(g: ModuleChange): string {
  const counts = new Map<string, number>();
  for (const d of g.layers) {
    const op = d.base && d.head && d.base.op !== d.head.op ? `${d.base.op} → ${d.head.op}` : d.op;
    counts.set(op, (counts.get(op) ?? 0) + 1);
  }
  return [...counts].map(([op, n]) => (n > 1 ? `${escapeMd(op)} ×${n}` : escapeMd(op))).join(', ');
}

/** What happened to the module: added, removed, a shape change of its one layer, or counts per kind. */
function changeCell(g: ModuleChange): string {
  const kinds = new Map<string, number>();
  for (const d of g.layers) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  if (kinds.size === 1 && !kinds.has('changed')) return g.layers.length === 1 ? g.layers[0]!.kind : `${g.layers.length} ${g.layers[0]!.kind}`;
  if (g.layers.length === 1) {
    const d = g.layers[0]!;
    const a = shapes(d.base?.outputShapes ?? []);
    const b = shapes(d.head?.outputShapes ?? []);
    const renamed = d.oldName !== undefined ? ` (was ${escapeMd(d.oldName)})` : '';
    return a === b ? `changed${renamed}` : `${a} → ${b}${renamed}`;
  }
  return ['changed', 'added', 'removed'].filter((k) => kinds.has(k)).map((k) => `${kinds.get(k)} ${k}`).join(', ');
}

function energyCell(j: number | null, unsupported: boolean): string {
  if (j === null) return '—';
  return unsupported && j === 0 ? 'unsupported' : formatJ(j);
}

/** "+5.90 MMAC" for convolutions and matrix products, "+32.8 k elements" for element-wise work, or both. */
function workCell(g: ModuleChange): string {
  const parts: string[] = [];
  if (g.macLayers) parts.push(formatDeltaMacs(g.deltaMacs));
  if (g.elementLayers) parts.push(formatDeltaElements(g.deltaElements));
  return parts.join(', ');
}

function row(g: ModuleChange): string[] {
  const cells = [
    escapeMd(g.module),
    opsCell(g),
    changeCell(g),
    energyCell(g.baseJ, g.unsupported),
    energyCell(g.headJ, g.unsupported),
    g.unsupported ? 'not estimated' : formatDeltaJ(g.deltaJ),
    workCell(g),
  ];
  return cells;
}

/** "_12 more modules (+1.23 mJ together, 30 layers); per layer in the JSON report artifact._" */
export function moreModulesNote(rest: ModuleChange[]): string {
  const deltaJ = rest.reduce((s, g) => s + g.deltaJ, 0);
  const layers = rest.reduce((s, g) => s + g.layers.length, 0);
  return `_${plural(rest.length, 'more module', 'more modules')} (${formatDeltaJ(deltaJ)} together, ${plural(layers, 'layer')}); per layer in the JSON report artifact._`;
}

/**
 * The part of a model's change that no layer row carries: the device waiting for the host to issue kernels in
 * a launch-bound pass (a kernel's row is its own run, core/estimate/predictors/roofline.ts), the per-pass time
 * and the optimizer update. Null when it is below 1% of the change (float rounding of unchanged layers).
 */
export function outsideLayersJ(r: ProfileResult): number | null {
  const layersJ = allDeltas(r).reduce((s, d) => s + d.deltaJ, 0);
  const outsideJ = r.deltaJ - layersJ;
  return Math.abs(outsideJ) >= 0.01 * Math.abs(r.deltaJ) && outsideJ !== 0 ? outsideJ : null;
}

/** "_Outside the layers: +9.35 mJ (...)._" */
export function outsideLayersNote(outsideJ: number): string {
  return `_Outside the layers: ${formatDeltaJ(outsideJ)} (the device waiting on the host to issue kernels, per-pass time, optimizer update); with the module rows this is the model's change._`;
}

/** One `<details>` block, or nothing when the result has no visible layer changes. */
export function detailsBlock(m: ModelDiff, r: ProfileResult, opts: DetailsOptions): string[] {
  const modules = groupByModule(allDeltas(r));
  if (modules.length === 0) return [];
  const shown = modules.slice(0, opts.maxRows);
  const lines = [summary(m, r, modules.length), ''];
  if (opts.chart) lines.push(...chart(modules, opts.chartBars ?? 8));
  lines.push(
    ...markdownRows(['Module', 'Ops', 'Change', 'Base', 'Head', 'Δ energy', 'Δ work'], shown.map(row), ['', '', '', 'r', 'r', 'r', 'r']),
    '',
  );
  if (modules.length > shown.length) lines.push(moreModulesNote(modules.slice(shown.length)), '');
  const outsideJ = outsideLayersJ(r);
  if (outsideJ !== null) lines.push(outsideLayersNote(outsideJ), '');
  lines.push('</details>', '');
  return lines;
}
