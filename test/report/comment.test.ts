import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
import { formatJ } from '../../src/core/format/index.js';
import { renderComment } from '../../src/core/report/index.js';
import { CPU, H100, cnn, report } from './fixtures.js';
import { parsedTables, structureProblems } from './markdown-checks.js';

describe('renderComment', () => {
  it('says so when there is nothing to compare', () => {
    const text = renderComment(diffReports({ base: { reports: [] }, head: { reports: [] } }));
    expect(text.split('\n').slice(0, 3)).toEqual(['### ⚡ energy-diff: ✅ pass', '', 'No model files to compare.']);
    expect(text).not.toContain('| Model |');
  });

  it('warns when base and head were priced by different profile versions or batches', () => {
    const newer = { ...H100, version: '1.1.0' };
    const d = diffReports({
      base: { reports: [report('a.onnx', H100, cnn()), report('b.onnx', H100, cnn(), { batch: 1 })] },
      head: { reports: [report('a.onnx', newer, cnn()), report('b.onnx', newer, cnn(), { batch: 4 })] },
    });
    const text = renderComment(d);
    expect(text).toContain('> [!NOTE]\n> Profile h100-sxm changed from v1.0.0 to v1.1.0 between base and head: part of the change is re-calibration, not the models.\n');
    expect(text).toContain('> Model b.onnx was estimated at inference batch 1 on the base and inference batch 4 on the head.');
    expect(structureProblems(text)).toEqual([]);
  });

  it('shows a ✅ budget column when budgets were checked and none was exceeded', () => {
    const d = diffReports({ base: { reports: [report('a.onnx', H100, cnn(64))] }, head: { reports: [report('a.onnx', H100, cnn(65))] } });
    const table = parsedTables(renderComment(d, { budgetsChecked: true }))[0]!;
    expect(table[0]?.at(-1)).toBe('Budget');
    expect(table[1]?.at(-1)).toBe('✅');
    expect(parsedTables(renderComment(d))[0]![0]).not.toContain('Budget');
  });

  it('gives one headline bullet per profile and mode × batch: J per inference and J per train step are never summed', () => {
    const d = diffReports({
      base: { reports: [report('a.onnx', H100, cnn(64)), report('t.onnx', H100, cnn(64), { mode: 'train-step', batch: 32 }), report('a.onnx', CPU, cnn(64))] },
      head: { reports: [report('a.onnx', H100, cnn(80)), report('t.onnx', H100, cnn(72), { mode: 'train-step', batch: 32 }), report('a.onnx', CPU, cnn(80))] },
    });
    const a = report('a.onnx', H100, cnn(64)).totals.energyJ;
    const t = report('t.onnx', H100, cnn(64)).totals.energyJ;
    expect(d.totals.map((x) => [x.profile, x.mode, x.batch, x.models])).toEqual([
      ['h100-sxm', 'inference', 1, 1], ['h100-sxm', 'train-step', 32, 1], ['xeon-spec', 'inference', 1, 1],
    ]);
    expect(d.totals[0]!.baseJ).toBeCloseTo(a, 15);
    expect(d.totals[1]!.baseJ).toBeCloseTo(t, 15);
    const lines = renderComment(d).split('\n');
    expect(lines[2]).toMatch(new RegExp(`^- \\*\\*\\+[\\d.]+ µJ \\(\\+[\\d.]+%\\)\\*\\* per inference at batch 1: ${formatJ(a)} → `));
    expect(lines[2]).toContain(', 1 model on h100-sxm — ');
    expect(lines[3]).toMatch(/^- \*\*\+[\d.]+ µJ \(\+[\d.]+%\)\*\* per training step, batch of 32 \(\+[\d.]+ [nµ]J per sample\): /);
    expect(lines[4]).toMatch(/^- \*\*\+[\d.]+ µJ \(\+[\d.]+%\)\*\* per inference at batch 1: .* on xeon-spec — estimate from xeon-spec spec-sheet numbers, not calibrated$/);
    // One energy table per group, each titled with what its J are.
    const text = renderComment(d);
    expect(text).toContain('**Energy per inference at batch 1**');
    expect(text).toContain('**Energy per training step, batch of 32**');
  });

  it('never prints exponent notation or locale separators in numbers', () => {
    const tiny = diffReports({
      base: { reports: [report('a.onnx', { ...H100, jPerMac: 1e-18, jPerLayer: 1e-15 }, cnn(64))] },
      head: { reports: [report('a.onnx', { ...H100, jPerMac: 1e-18, jPerLayer: 1e-15 }, cnn(96))] },
    });
    const text = renderComment(tiny);
    expect(text).not.toMatch(/\de[+-]\d/);
    expect(structureProblems(text)).toEqual([]);
  });
});
