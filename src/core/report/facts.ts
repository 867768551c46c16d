// The model facts next to the energy tables: graph nodes, MACs per sample, parameters and weight bytes, base →
// head with the change, so a reviewer sees why the energy moved (or why it moved against the MACs).
import { resultGroup, type ModelDiff, type ReportSummary } from '../diff/index.js';
import { formatBytes, formatCount, formatPct, formatQuantity, markdownRows } from '../format/index.js';
import { modelCell } from './sections.js';

type Fact = (s: ReportSummary) => number | undefined;

const nodes: Fact = (s) => s.coverage.nodes;
const macsPerSample: Fact = (s) => s.macs / Math.max(1, s.batch);
const params: Fact = (s) => s.params;
const weightBytes: Fact = (s) => s.weightBytes;

/** "11.6 M → 31.5 M (+173%)", "24.3 k" when equal, "— → 31.5 M" for an added model. */
function cell(base: ReportSummary | null, head: ReportSummary | null, fact: Fact, format: (n: number) => string, showPct = true): string {
  const b = base ? fact(base) : undefined;
  const h = head ? fact(head) : undefined;
  if (b === undefined && h === undefined) return '—';
  if (b === undefined) return base ? `— → ${format(h as number)}` : format(h as number);
  if (h === undefined) return head ? `${format(b)} → —` : format(b);
  if (b === h) return format(b);
  const pct = b === 0 || !showPct ? '' : ` (${formatPct((100 * (h - b)) / b)})`;
  return `${format(b)} → ${format(h)}${pct}`;
}

/**
 * One row per shown model (its first profile: the facts are the inferred model's, not the profile's).
 * MACs are per sample, so models estimated at different batches compare; they count the forward pass.
 */
export function factsSection(models: ModelDiff[]): string[] {
  const rows = models.flatMap((m) => {
    const r = m.results[0];
    if (!r) return [];
    const count = (n: number) => formatCount(n);
    const cells = [
      modelCell(m),
      cell(r.base, r.head, nodes, count, false),
      cell(r.base, r.head, macsPerSample, formatQuantity),
      cell(r.base, r.head, params, formatQuantity),
      cell(r.base, r.head, weightBytes, formatBytes),
    ];
    return [cells];
  });
  if (rows.length === 0) return [];
  const trainStep = models.some((m) => m.results.some((r) => resultGroup(r).mode === 'train-step'));
  const lines = [
    '**Model facts** (forward pass per sample; base → head)',
    '',
    ...markdownRows(['Model', 'Nodes', 'MACs', 'Params', 'Weights'], rows, ['', 'r', 'r', 'r', 'r']),
    '',
  ];
  if (trainStep) lines.push('_MACs count the forward pass only: a training step computes about 3× as many (the backward pass for activations and for weights), and its energy includes them._', '');
  return lines;
}
