// Renders an InferredModel as the `inspect` table: text, markdown or JSON. Deterministic: no locale,
// fixed number formats, layers in graph order.
import { logText } from '../format/index.js';
import type { InferredModel, LayerCost } from './types.js';

export type InspectFormat = 'text' | 'json' | 'markdown';

/** 1234567 → "1.235 M"; exact integers below 10 000. Independent of the host locale. */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (abs < 10_000) return String(Math.round(n));
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [scale, unit] of units) if (abs >= scale) return `${(n / scale).toFixed(3)} ${unit}`;
  return String(n);
}

export function formatShape(shapes: number[][]): string {
  return shapes.map((s) => `[${s.join('x')}]`).join(' ');
}

export function coverageLine(m: InferredModel): string {
  const c = m.coverage;
  const n = c.unsupported.length;
  if (n === 0) return `${c.nodes} nodes, ${c.estimated} estimated, 0 unsupported`;
  const ops = new Map<string, number>();
  for (const u of c.unsupported) ops.set(u.op, (ops.get(u.op) ?? 0) + 1);
  const list = [...ops.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([op, k]) => `${op} x${k}`);
  return `${c.nodes} nodes, ${c.estimated} estimated, ${n} unsupported: ${list.join(', ')}`;
}

interface Row { name: string; op: string; shape: string; macs: string; params: string; kernel: string; note: string }

/**
 * What a caller adds to the table without infer depending on it: a per-layer column (e.g. the kernel plan
 * of core/plan), summary lines after the totals, and extra JSON keys.
 */
export interface InspectExtra {
  column?: { header: string; cells: string[] };
  lines?: string[];
  json?: Record<string, unknown>;
}

function rows(m: InferredModel, extra: InspectExtra): Row[] {
  // Names come from the model: one line each, never a runner command (core/format/runner-text.ts).
  return m.layers.map((l: LayerCost, i) => ({
    name: logText(l.scope ? `${l.scope}/${l.name}` : l.name),
    op: logText(l.op),
    shape: l.status === 'estimated' ? formatShape(l.outputShapes) : '?',
    macs: l.status === 'estimated' ? formatCount(l.macs) : '?',
    params: formatCount(l.params),
    kernel: logText(extra.column?.cells[i] ?? ''),
    note: l.status === 'unsupported' ? `unsupported: ${logText(l.reason ?? '')}` : '',
  }));
}

function totalsLines(m: InferredModel, extra: InspectExtra): string[] {
  return [
    `batch ${m.batch}`,
    `total MACs ${formatCount(m.totals.macs)} (${m.totals.macs})`,
    `total params ${formatCount(m.totals.params)} (${m.totals.params})`,
    `weights ${formatCount(m.totals.weightBytes)}B, activations written ${formatCount(m.totals.activationBytes)}B`,
    coverageLine(m),
    ...(extra.lines ?? []),
  ];
}

function text(m: InferredModel, extra: InspectExtra): string {
  const header: Row = { name: 'layer', op: 'op', shape: 'output shape', macs: 'MACs', params: 'params', kernel: extra.column?.header ?? '', note: '' };
  const all = [header, ...rows(m, extra)];
  const w = (k: keyof Row): number => Math.max(...all.map((r) => r[k].length));
  const line = (r: Row): string =>
    [r.name.padEnd(w('name')), r.op.padEnd(w('op')), r.shape.padEnd(w('shape')), r.macs.padStart(w('macs')), r.params.padStart(w('params')),
      ...(extra.column ? [r.kernel.padEnd(w('kernel'))] : []), r.note]
      .join('  ').trimEnd();
  const diag = m.diagnostics.map((d) => `${d.severity}: ${d.code}${d.node ? ` (${logText(d.node)})` : ''}: ${logText(d.message)}`);
  return [...all.map(line), '', ...totalsLines(m, extra).map(logText), ...diag].join('\n') + '\n';
}

function markdown(m: InferredModel, extra: InspectExtra): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const k = extra.column ? ` ${esc(extra.column.header)} |` : '';
  const lines = [`| layer | op | output shape | MACs | params |${k} note |`, `|---|---|---|--:|--:|${extra.column ? '---|' : ''}---|`];
  for (const r of rows(m, extra)) lines.push(`| ${esc(r.name)} | ${r.op} | ${r.shape} | ${r.macs} | ${r.params} |${extra.column ? ` ${esc(r.kernel)} |` : ''} ${esc(r.note)} |`);
  return [...lines, '', ...totalsLines(m, extra).map((l) => `- ${esc(logText(l))}`), ...m.diagnostics.map((d) => `- ${d.severity}: ${esc(logText(d.message))}`)].join('\n') + '\n';
}

export function renderInspect(m: InferredModel, format: InspectFormat, extra: InspectExtra = {}): string {
  if (format === 'json') return JSON.stringify(extra.json ? { ...m, ...extra.json } : m, null, 2) + '\n';
  return format === 'markdown' ? markdown(m, extra) : text(m, extra);
}
