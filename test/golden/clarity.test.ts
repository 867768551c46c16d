// Issue 13's points, checked on the goldens that go through the real pipeline: each number in the comment is
// recomputed from the diff (or the estimate reports) it was rendered from, and the wording rules hold in all
// goldens. The byte-for-byte comparison is golden.test.ts; this says why those bytes are right.
import { describe, expect, it } from 'vitest';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { formatBytes, formatCount, formatJ, formatPct, formatQuantity } from '../../src/core/format/index.js';
import { renderComment } from '../../src/core/report/index.js';
import { parsedTables } from '../report/markdown-checks.js';
import { CASES } from './cases.js';

const render = (name: string) => renderComment(CASES[name]!.diff());
const tableAfter = (text: string, title: string) => parsedTables(text.slice(text.indexOf(title)))[0]!;
const change = (b: number, h: number, f: (n: number) => string) => (b === h ? f(b) : `${f(b)} → ${f(h)} (${formatPct((100 * (h - b)) / b)})`);

function factsRow(diff: ReportDiff, path: string): string[] {
  const r = diff.models.find((m) => m.path === path)!.results[0]!;
  const b = r.base!;
  const h = r.head!;
  return [
    path,
    b.coverage.nodes === h.coverage.nodes ? formatCount(h.coverage.nodes) : `${formatCount(b.coverage.nodes)} → ${formatCount(h.coverage.nodes)}`,
    change(b.macs / b.batch, h.macs / h.batch, formatQuantity),
    change(b.params, h.params, formatQuantity),
    change(b.weightBytes!, h.weightBytes!, formatBytes),
  ];
}

describe('model facts next to the energy', () => {
  for (const [name, path] of [['width-change', 'models/cnn.layers.json'], ['depth-change', 'models/text-encoder.layers.json'], ['cnn-to-transformer', 'models/classifier.layers.json'], ['batch-8', 'models/mlp.layers.json']] as const) {
    it(`${name}: nodes, MACs per sample, params and weight bytes, base → head`, () => {
      const diff = CASES[name]!.diff();
      const facts = tableAfter(renderComment(diff), '**Model facts**');
      expect(facts[0]).toEqual(['Model', 'Nodes', 'MACs', 'Params', 'Weights']);
      expect(facts[1]).toEqual(factsRow(diff, path));
    });
  }

  it('width-change: 32 → 48 channels is 2.2× the MACs and params of the conv blocks (by hand)', () => {
    const r = CASES['width-change']!.diff().models[0]!.results[0]!;
    // blocks: 2 × 3×3 convs at w×w over 32×32, stem 3→w at 32×32, head w→10.
    const convMacs = (w: number) => 2 * w * w * 9 * 32 * 32 + 3 * w * 9 * 32 * 32 + 10 * w;
    expect(r.head!.macs - r.base!.macs).toBeGreaterThanOrEqual(convMacs(48) - convMacs(32));
    const params = (w: number) => 2 * w * w * 9 + 3 * w * 9 + 3 * 2 * w + 10 * w + 10; // convs (no bias), BN γ β, head
    expect(r.base!.params).toBe(params(32));
    expect(r.head!.params).toBe(params(48));
    expect(r.head!.weightBytes).toBeGreaterThanOrEqual(4 * params(48));
  });

  it('cnn-to-transformer: fewer MACs and yet more energy, and the facts show both', () => {
    const diff = CASES['cnn-to-transformer']!.diff();
    const r = diff.models[0]!.results[0]!;
    expect(r.head!.macs).toBeLessThan(r.base!.macs);
    expect(r.deltaJ).toBeGreaterThan(0);
    const row = tableAfter(renderComment(diff), '**Model facts**')[1]!;
    expect(row[2]).toMatch(/\(-[\d.]+%\)$/);
    expect(row[1]).toBe(`${r.base!.coverage.nodes} → ${r.head!.coverage.nodes}`);
  });
});

describe('per batch and per sample', () => {
  it('batch-8: the headline and the table give both, per sample = per batch ÷ 8', () => {
    const diff = CASES['batch-8']!.diff();
    const t = diff.totals[0]!;
    expect([t.mode, t.batch]).toEqual(['inference', 8]);
    const text = renderComment(diff);
    expect(text).toContain(`per inference batch of 8 (${t.deltaJ < 0 ? '' : '+'}${formatJ(t.deltaJ / 8)} per sample): ${formatJ(t.baseJ)} → ${formatJ(t.headJ)} per batch of 8, ${formatJ(t.baseJ / 8)} → ${formatJ(t.headJ / 8)} per sample`);
    const table = tableAfter(text, '**Energy per inference batch of 8**');
    expect(table[0]?.at(-1)).toBe('Per sample');
    expect(table[1]?.at(-1)).toBe(`${formatJ(t.baseJ / 8)} → ${formatJ(t.headJ / 8)}`);
  });
});

describe('like with like', () => {
  it('two-modes: one total per mode × batch, each naming what it sums, never one sum', () => {
    const diff = CASES['two-modes']!.diff();
    expect(diff.totals.map((t) => [t.mode, t.batch, t.models])).toEqual([['inference', 1, 1], ['train-step', 32, 1]]);
    const byPath = (p: string) => diff.models.find((m) => m.path === p)!.results[0]!;
    expect(diff.totals[0]!.headJ).toBe(byPath('models/cnn.layers.json').head!.energyJ);
    expect(diff.totals[1]!.headJ).toBe(byPath('models/text-encoder.layers.json').head!.energyJ);
    const text = renderComment(diff);
    const headline = text.split('\n').filter((l) => l.startsWith('- **'));
    expect(headline).toHaveLength(2);
    expect(headline[0]).toContain(' per inference at batch 1: ');
    expect(headline[1]).toContain(' per training step, batch of 32 ');
    expect(text).toContain('**Energy per inference at batch 1**');
    expect(text).toContain('**Energy per training step, batch of 32**');
    expect(text).toContain('_MACs count the forward pass only: a training step computes about 3× as many');
  });

  it('a total budget says which mode and batch it sums', () => {
    const over = CASES['over-budget']!.diff();
    expect(over.budgets.find((f) => f.model === '*')?.message).toMatch(/^repository total \(inference, batch 1\) on h100-sxm: /);
  });
});

describe('honest labels', () => {
  it('multi-profile: each profile says what it rests on, with device, fit date and band, in the headline and footer', () => {
    const text = render('multi-profile');
    expect(text).toContain('1 model on h100-sxm — estimate calibrated on NVIDIA H100 80GB HBM3, 2026-11-30');
    expect(text).toContain('1 model on t4 — estimate from NVIDIA T4 spec-sheet numbers, not calibrated');
    expect(text).toContain('1 model on xeon-gold-5120 — estimate calibrated on Intel Xeon Gold 5120, 2026-11-30');
    expect(text).toContain('h100-sxm v1 (calibrated on NVIDIA H100 80GB HBM3, 2026-11-30, band ×0.882 … ×1.21)');
    expect(text).toContain('t4 v1 (NVIDIA T4 spec-sheet numbers, not calibrated, band ×0.5 … ×2)');
    // One row per profile in one table: the same model and unit.
    expect(tableAfter(text, '**Energy per inference at batch 1**').slice(1).map((r) => r[1])).toEqual(['h100-sxm', 't4', 'xeon-gold-5120']);
  });

  for (const name of Object.keys(CASES)) {
    it(`${name}: no "measured" estimate, no internal data files, no placeholders, the whole-device footnote`, () => {
      const text = render(name);
      expect(text).not.toMatch(/\bmeasured\b/i);
      expect(text).not.toMatch(/data\/|\.jsonl/);
      expect(text).not.toMatch(/Base base|head head|undefined|NaN|Infinity/);
      expect(text).toContain('energy of the whole device (GPU board or CPU package), idle power included, over the time the model is predicted to run');
    });
  }
});

describe('layer details that read like the model', () => {
  it('depth-change: the two new encoder layers by module, top 10, the rest in one line', () => {
    const diff = CASES['depth-change']!.diff();
    const text = renderComment(diff);
    const table = parsedTables(text).find((t) => t[0]?.[0] === 'Module')!;
    expect(table.slice(1, 3).map((r) => [r[0], r[2]])).toEqual([['encoder.layers.4.self_attn', '20 added'], ['encoder.layers.5.self_attn', '20 added']]);
    expect(table).toHaveLength(11);
    // 2 new layers × 8 modules = 16; 10 shown.
    expect(text).toMatch(/_6 more modules \(\+[\d.]+ mJ together, 6 layers\); per layer in the JSON report artifact\._/);
    const added = diff.models[0]!.results[0]!.layers.added;
    expect(added.every((l) => /^encoder\.layers\.[45]\./.test(l.name))).toBe(true);
    // Chart labels are short module names.
    expect(text).toContain('"+…layers.4.self_attn"');
  });

  it('width-change: element-wise layers count elements, convolutions MACs', () => {
    const table = parsedTables(render('width-change')).find((t) => t[0]?.[0] === 'Module')!;
    const work = new Map(table.slice(1).map((r) => [r[0], r[6]]));
    expect(work.get('blocks.0.conv')).toMatch(/^\+[\d.]+ MMAC$/);
    expect(work.get('stem.relu')).toMatch(/^\+[\d.]+ k elements$/);
    expect(work.get('stem.bn')).toMatch(/ elements$/);
  });

  it('report.json keeps per-layer data for changed models only', () => {
    const diff = CASES['several-models-profiles']!.diff();
    const unchanged = diff.models.filter((m) => m.status === 'unchanged');
    expect(unchanged.length).toBeGreaterThan(0);
    for (const m of unchanged) for (const r of m.results) expect([r.layers.changed, r.layers.added, r.layers.removed, r.layers.top]).toEqual([[], [], [], []]);
  });
});
