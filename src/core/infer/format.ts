// Renders an InferredModel as the `inspect` table: text, markdown or JSON. Deterministic: no locale,
// fixed number formats, layers in graph order.
import { jsonChunks, logText } from '../format/index.js';
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

/** Column widths: one pass over the rows (no spread of a large array into Math.max, no per-row rescans). */
function widths(all: readonly Row[]): Record<'name' | 'op' | 'shape' | 'macs' | 'params' | 'kernel', number> {
  const w = { name: 0, op: 0, shape: 0, macs: 0, params: 0, kernel: 0 };
  for (const r of all) {
    if (r.name.length > w.name) w.name = r.name.length;
    if (r.op.length > w.op) w.op = r.op.length;
    if (r.shape.length > w.shape) w.shape = r.shape.length;
    if (r.macs.length > w.macs) w.macs = r.macs.length;
    if (r.params.length > w.params) w.params = r.params.length;
    if (r.kernel.length > w.kernel) w.kernel = r.kernel.length;
  }
  return w;
}

/** Lines joined in pieces of this many lines: a 10^6-layer table never becomes one string. */
const CHUNK_LINES = 2048;

function* chunked(lines: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length >= CHUNK_LINES) {
      yield batch.join('\n') + '\n';
      batch = [];
    }
  }
  if (batch.length) yield batch.join('\n') + '\n';
}

function* textLines(m: InferredModel, extra: InspectExtra): Generator<string> {
  const header: Row = { name: 'layer', op: 'op', shape: 'output shape', macs: 'MACs', params: 'params', kernel: extra.column?.header ?? '', note: '' };
  const all = [header, ...rows(m, extra)];
  const w = widths(all);
  for (const r of all) {
    yield [r.name.padEnd(w.name), r.op.padEnd(w.op), r.shape.padEnd(w.shape), r.macs.padStart(w.macs), r.params.padStart(w.params),
      ...(extra.column ? [r.kernel.padEnd(w.kernel)] : []), r.note]
      .join('  ').trimEnd();
  }
  yield '';
  for (const l of totalsLines(m, extra)) yield logText(l);
  for (const d of m.diagnostics) yield `${d.severity}: ${d.code}${d.node ? ` (${logText(d.node)})` : ''}: ${logText(d.message)}`;
}

function* markdownLines(m: InferredModel, extra: InspectExtra): Generator<string> {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const k = extra.column ? ` ${esc(extra.column.header)} |` : '';
  yield `| layer | op | output shape | MACs | params |${k} note |`;
  yield `|---|---|---|--:|--:|${extra.column ? '---|' : ''}---|`;
  for (const r of rows(m, extra)) yield `| ${esc(r.name)} | ${r.op} | ${r.shape} | ${r.macs} | ${r.params} |${extra.column ? ` ${esc(r.kernel)} |` : ''} ${esc(r.note)} |`;
  yield '';
  for (const l of totalsLines(m, extra)) yield `- ${esc(logText(l))}`;
  for (const d of m.diagnostics) yield `- ${d.severity}: ${esc(logText(d.message))}`;
}

/** The inspect output in pieces (each ends at a line end), for writing a large model's table as it is made. */
export function renderInspectChunks(m: InferredModel, format: InspectFormat, extra: InspectExtra = {}): Iterable<string> {
  if (format === 'json') {
    const value = extra.json ? { ...m, ...extra.json } : m;
    return (function* () {
      yield* jsonChunks(value);
      yield '\n';
    })();
  }
  return chunked(format === 'markdown' ? markdownLines(m, extra) : textLines(m, extra));
}

export function renderInspect(m: InferredModel, format: InspectFormat, extra: InspectExtra = {}): string {
  let out = '';
  for (const chunk of renderInspectChunks(m, format, extra)) out += chunk;
  return out;
}
