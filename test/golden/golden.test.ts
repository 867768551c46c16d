// Golden PR comments, compared byte for byte. Regenerate with UPDATE_GOLDEN=1 and read every changed file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS, renderComment, renderJobSummary } from '../../src/core/report/index.js';
import { formatJ } from '../../src/core/format/index.js';
import { parsedTables, structureProblems } from '../report/markdown-checks.js';
import { CASES, MARKER } from './cases.js';

const here = dirname(fileURLToPath(import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden comments', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const text = renderComment(c.diff(), { marker: MARKER, budgetsChecked: c.budgetsChecked, maxLayerRows: c.maxLayerRows });
      const file = join(here, `${name}.md`);
      if (update) writeFileSync(file, text);
      expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
      expect(structureProblems(text)).toEqual([]);
      expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(text.startsWith(`${MARKER}\n### ⚡ energy-diff: `)).toBe(true);
    });
  }

  it('renders the same diff identically twice (no clock, no locale, stable order)', () => {
    for (const c of Object.values(CASES)) expect(renderComment(c.diff())).toBe(renderComment(c.diff()));
  });

  it('job summary is the comment without the marker', () => {
    const diff = CASES['one-model-changed']!.diff();
    expect(renderJobSummary(diff, { marker: MARKER })).toBe(renderComment(diff));
    expect(renderComment(diff, { marker: MARKER })).toBe(`${MARKER}\n${renderComment(diff)}`);
  });
});

describe('golden content, checked against the inputs', () => {
  it('over-budget: verdict, findings and the budget column', () => {
    const diff = CASES['over-budget']!.diff();
    const text = renderComment(diff, { budgetsChecked: true });
    expect(diff.verdict).toBe('fail');
    expect(text.split('\n')[0]).toBe('### ⚡ energy-diff: ❌ fail');
    const table = parsedTables(text)[0]!;
    expect(table[0]).toEqual(['Model', 'Profile', 'Base', 'Head', 'Change', 'Band of change', 'Budget']);
    const budgetOf = (path: string) => table.find((r) => r[0] === path)?.[6];
    expect(budgetOf('models/a.onnx')).toBe('❌ fail');
    // big.onnx was already over 1 mJ on the base (cnn(256) ≈ 1.20 mJ): reported, not failing.
    expect(budgetOf('models/big.onnx')).toBe('ℹ️ pre-existing');
    expect(diff.budgets.filter((f) => f.model === 'models/big.onnx').map((f) => [f.level, f.preExisting])).toEqual([['warn', true]]);
  });

  it('unsupported-ops: coverage line counts unsupported operators by type', () => {
    const text = renderComment(CASES['unsupported-ops']!.diff());
    expect(text).toContain('- models/detector \\`v2\\`.onnx: 9 nodes, 2 estimated, 7 unsupported: NonMaxSuppression ×4, FancyAttention ×3');
    // The escaped layer name parses back to the original.
    const layerTable = parsedTables(text)[1]!;
    expect(layerTable.map((r) => r[0])).toContain('encoder|proj*1');
    expect(layerTable.map((r) => r[0])).toContain('<gelu>_0');
  });

  it('renamed: identical move is "no change", renumbered export pairs by op and shape', () => {
    const diff = CASES.renamed!.diff();
    const text = renderComment(diff);
    const table = parsedTables(text)[0]!;
    expect(table.find((r) => r[0] === 'models/mlp.onnx (renamed from old/mlp.onnx)')?.[4]).toBe('no change');
    const net = diff.models.find((m) => m.path === 'models/net.onnx')!.results[0]!.layers;
    expect(net.renamedCount).toBe(6);
    expect(net.added.map((l) => l.name)).toEqual(['Gemm_18']);
    expect(net.removed.map((l) => l.name)).toEqual(['/features/fc_6']);
  });

  it('huge-trimmed: under the limit, headline identical to the untrimmed one, omission noted', () => {
    const diff = CASES['huge-trimmed']!.diff();
    const full = renderComment(diff, { maxChars: Number.MAX_SAFE_INTEGER, maxLayerRows: 100_000 });
    const trimmed = renderComment(diff, { marker: MARKER, maxLayerRows: 10_000 });
    expect(full.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    expect(trimmed.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const headlineOf = (t: string) => t.slice(0, t.indexOf('| Model |'));
    expect(headlineOf(trimmed)).toBe(`${MARKER}\n${headlineOf(full)}`);
    expect(trimmed).toMatch(/_[\d,]+ layers omitted; see the JSON report artifact\._/);
  });

  it('workload: one row per declared roll-up, numbers from the diff, the run budget as a warning', () => {
    const diff = CASES.workload!.diff();
    const text = renderComment(diff, { budgetsChecked: true });
    const table = parsedTables(text).find((t) => t[0]?.[2] === 'Workload')!;
    const expected = diff.models.flatMap((m) => m.results.flatMap((r) => [
      ...(r.workload?.trainingRun ? [[m.path, r.profile, formatJ(r.workload.trainingRun.headJ!)]] : []),
      ...(r.workload?.serving ? [[m.path, r.profile, formatJ(r.workload.serving.headJ!)]] : []),
    ]));
    expect(table.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual(expected);
    expect(table.slice(1).map((row) => row[2])).toEqual(['training run (450,450 steps)', 'serving, per month', 'training run (450,450 steps)', 'serving, per month', 'serving, per month']);
    expect(diff.verdict).toBe('warn');
    expect(diff.budgets.map((f) => [f.kind, f.level, f.limitLevel])).toEqual([['run', 'warn', 'fail']]);
    // The section sits between the model table and coverage; the other goldens have none.
    expect(text.indexOf('**Per training run / per month of serving**')).toBeLessThan(text.indexOf('**Coverage**'));
    for (const [name, c] of Object.entries(CASES)) if (name !== 'workload') expect(renderComment(c.diff())).not.toContain('Per training run');
  });
});
