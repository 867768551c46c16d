import { describe, expect, it } from 'vitest';
import { applyBudgets, parseBudgetConfig } from '../../src/core/budget/index.js';
import { diffReports } from '../../src/core/diff/index.js';
import { MAX_COMMENT_CHARS, renderComment } from '../../src/core/report/index.js';
import { H100, cnn, report } from './fixtures.js';
import { structureProblems } from './markdown-checks.js';

const MARKER = '<!-- energy-diff:sticky -->';

function headlineOf(text: string): string {
  const end = text.indexOf('\n| Model |');
  return end < 0 ? text : text.slice(0, end);
}

/** `changed` models that grew, `unchanged` identical ones, with long paths. */
function manyModels(changed: number, unchanged: number) {
  const base = [];
  const head = [];
  for (let i = 0; i < changed; i++) {
    const path = `models/experiments/variant_${String(i).padStart(4, '0')}/network.onnx`;
    base.push(report(path, H100, cnn(64)));
    head.push(report(path, H100, cnn(64 + 1 + (i % 50))));
  }
  for (let i = 0; i < unchanged; i++) {
    const path = `models/frozen/baseline_${String(i).padStart(4, '0')}.onnx`;
    base.push(report(path, H100, cnn(32)));
    head.push(report(path, H100, cnn(32)));
  }
  return diffReports({ base: { reports: base }, head: { reports: head } });
}

describe('trimming to the character limit', () => {
  const diff = manyModels(3, 2);
  const full = renderComment(diff, { marker: MARKER });

  it('keeps everything when the text fits exactly', () => {
    expect(renderComment(diff, { marker: MARKER, maxChars: full.length })).toBe(full);
  });

  it('trims layer rows first when one character over', () => {
    const trimmed = renderComment(diff, { marker: MARKER, maxChars: full.length - 1 });
    expect(trimmed.length).toBeLessThanOrEqual(full.length - 1);
    expect(headlineOf(trimmed)).toBe(headlineOf(full));
    // Each model's four modules are cut to the top two; the rest are summed in one line.
    expect(trimmed).toMatch(/_2 more modules \([-+][\d.]+ [nµm]?J together, 2 layers\); per layer in the JSON report artifact\._/);
    // The model table and footer survive.
    expect(trimmed).toContain('| models/experiments/variant_0002/network.onnx |'.replace(/_/g, '\\_'));
    // Without commits the footer names none, never placeholders.
    expect(trimmed).toContain('<sub>Profiles: h100-sxm');
    expect(trimmed).not.toMatch(/Base base|head head/);
  });

  it('drops details blocks, then unchanged names, then model rows, never the headline', () => {
    const big = manyModels(900, 400);
    const text = renderComment(big, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(text.startsWith(`${MARKER}\n### ⚡ energy-diff: ✅ pass\n`)).toBe(true);
    expect(headlineOf(text)).toContain('1,300 models: 900 changed, 400 unchanged.');
    expect(text).not.toContain('<details>');
    expect(text).toMatch(/_Per-layer details omitted \([\d,]+ layer changes\); see the JSON report artifact\._/);
    expect(text).toMatch(/_[\d,]+ more changed models omitted; see the JSON report artifact\._/);
    expect(text).toContain('Unchanged (400 models).');
    expect(structureProblems(text)).toEqual([]);
  });

  it('caps a long list of budget findings', () => {
    const big = applyBudgets(manyModels(900, 0), parseBudgetConfig({ budgets: [{ maxIncreasePct: { warn: 0.001 } }] }, 'b.yml'));
    expect(big.budgets).toHaveLength(900);
    const text = renderComment(big, { marker: MARKER });
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(text.split('\n')[1]).toBe('### ⚡ energy-diff: ⚠️ warn');
    expect(text).toMatch(/_[\d,]+ more budget findings; see the JSON report artifact\._/);
  });

  it('cuts after the headline as a last resort', () => {
    const text = renderComment(diff, { marker: MARKER, maxChars: 600 });
    expect(text.length).toBeLessThanOrEqual(600);
    expect(text.startsWith(`${MARKER}\n### ⚡ energy-diff: ✅ pass\n`)).toBe(true);
    expect(text.endsWith('_Comment cut to fit; see the JSON report artifact._\n')).toBe(true);
  });
});
