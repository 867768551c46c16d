import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
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

  it('gives one headline bullet per profile and says when modes are mixed', () => {
    const d = diffReports({
      base: { reports: [report('a.onnx', H100, cnn(64)), report('t.onnx', H100, cnn(64), { mode: 'train-step' }), report('a.onnx', CPU, cnn(64))] },
      head: { reports: [report('a.onnx', H100, cnn(80)), report('t.onnx', H100, cnn(64), { mode: 'train-step' }), report('a.onnx', CPU, cnn(80))] },
    });
    const lines = renderComment(d).split('\n');
    expect(lines[2]).toMatch(/^- \*\*\+[\d.]+ µJ \(\+[\d.]+%\)\*\* summed over models on h100-sxm: /);
    expect(lines[3]).toMatch(/^- \*\*\+[\d.]+ µJ \(\+[\d.]+%\)\*\* per inference on xeon-spec: /);
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
