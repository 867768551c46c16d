// The "Per training run / per month of serving" section: present only with workloads, columns for the
// conversions that were configured, numbers that parse back to the diff's, and kept through trimming
// until model rows are capped (never the headline).
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/core/diff/index.js';
import { formatAmount, renderComment } from '../../src/core/report/index.js';
import { formatDeltaJ, formatJ } from '../../src/core/format/index.js';
import { H100, atBatch, cnn, report, withWorkload } from './fixtures.js';
import { parsedTables, structureProblems } from './markdown-checks.js';

const TITLE = '**Per training run / per month of serving**';

function served(path: string, width: number, units: boolean) {
  return withWorkload(path, H100, atBatch(cnn(width), 16), {
    batch: 16, ...(units ? { pricePerKWh: 0.2 } : {}),
    trainingRun: { epochs: 3, trainSamples: 1000 },
    serving: { requestsPerMonth: 10_000_000 },
  });
}

describe('workload section', () => {
  it('is absent when no model declares a workload', () => {
    const d = diffReports({ base: { reports: [report('a.onnx', H100, cnn(64))] }, head: { reports: [report('a.onnx', H100, cnn(96))] } });
    expect(renderComment(d)).not.toContain('Per training run');
  });

  it('lists run and serving rows with base, head, change and band; only configured conversions', () => {
    const d = diffReports({ base: { reports: [served('m/a.onnx', 64, true)] }, head: { reports: [served('m/a.onnx', 96, true)] } });
    const text = renderComment(d);
    expect(structureProblems(text)).toEqual([]);
    const table = parsedTables(text).find((t) => t[0]?.[2] === 'Workload')!;
    // A price but no grid intensity: kWh and cost, no gCO2e.
    expect(table[0]).toEqual(['Model', 'Profile', 'Workload', 'Base', 'Head', 'Change', 'Band of change', 'kWh', 'Cost']);
    const w = d.models[0]!.results[0]!.workload!;
    expect(table[1]).toEqual([
      'm/a.onnx', 'h100-sxm', `training run (${3 * Math.ceil(1000 / 16)} steps)`,
      formatJ(w.trainingRun!.baseJ!), formatJ(w.trainingRun!.headJ!),
      `${formatDeltaJ(w.trainingRun!.deltaJ)} (+${(w.trainingRun!.deltaPct!).toPrecision(3)}%)`,
      `${formatDeltaJ(w.trainingRun!.deltaLowJ)} … ${formatDeltaJ(w.trainingRun!.deltaHighJ)}`,
      `${formatAmount(w.trainingRun!.converted.kWh.head!)} (+${formatAmount(w.trainingRun!.converted.kWh.delta)})`,
      `${formatAmount(w.trainingRun!.converted.cost!.head!)} (+${formatAmount(w.trainingRun!.converted.cost!.delta)})`,
    ]);
    expect(table[2]!.slice(0, 3)).toEqual(['m/a.onnx', 'h100-sxm', 'serving, per month']);
    expect(text.indexOf(TITLE)).toBeGreaterThan(text.indexOf('| Model | Profile | Base |'));
    expect(text.indexOf(TITLE)).toBeLessThan(text.indexOf('**Coverage**'));
  });

  it('escapes model paths and shows — for a removed model\'s head', () => {
    const d = diffReports({ base: { reports: [served('m/old|*x*.onnx', 64, false)] }, head: { reports: [] } });
    const table = parsedTables(renderComment(d)).find((t) => t[0]?.[2] === 'Workload')!;
    expect(table[0]!.slice(7)).toEqual(['kWh']);
    expect(table[1]![0]).toBe('m/old|*x*.onnx');
    expect(table[1]![4]).toBe('—');
    expect(table[1]![7]).toMatch(/^— \(-[\d.]+\)$/);
  });

  it('is dropped with the model rows under trimming, never the headline', () => {
    const base = [];
    const head = [];
    for (let i = 0; i < 40; i++) {
      base.push(served(`models/variant_${String(i).padStart(3, '0')}/network_with_a_long_name.onnx`, 64, true));
      head.push(served(`models/variant_${String(i).padStart(3, '0')}/network_with_a_long_name.onnx`, 65 + i, true));
    }
    const d = diffReports({ base: { reports: base }, head: { reports: head } });
    const full = renderComment(d, { maxChars: Number.MAX_SAFE_INTEGER });
    expect(full).toContain(TITLE);
    const headline = full.slice(0, full.indexOf('| Model |'));
    for (const maxChars of [40_000, 20_000, 6_000, 2_000]) {
      const t = renderComment(d, { maxChars });
      expect(t.length).toBeLessThanOrEqual(maxChars);
      expect(t.startsWith(headline.slice(0, Math.min(headline.length, 200)))).toBe(true);
    }
    // Details go first: with room for the tables, the workload rows are all kept.
    const noDetails = renderComment(d, { maxChars: full.indexOf('<details>') + 2000 });
    const rows = parsedTables(noDetails).find((t) => t[0]?.[2] === 'Workload');
    expect(rows?.length).toBe(1 + 80);
  });
});

describe('formatAmount', () => {
  it.each([
    [0, '0'], [0.000123456, '0.000123'], [0.0012345, '0.00123'], [1.2345, '1.23'], [999.6, '1,000'], [12_345.6, '12,346'], [-0.5, '-0.500'],
    [1.5e-9, '0.00000000150'],
  ])('%s → %s', (v, text) => {
    expect(formatAmount(v)).toBe(text);
  });
});
