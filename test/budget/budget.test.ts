import { describe, expect, it } from 'vitest';
import { applyBudgets, evaluateBudgets, globMatches, parseBudgetConfig } from '../../src/core/budget/index.js';
import { diffReports } from '../../src/core/diff/index.js';
import type { EstimateReport } from '../../src/core/estimate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { H100, report } from '../report/fixtures.js';

/** A one-layer model whose estimate is exactly `energyJ` with band [0.8, 1.25] × energyJ. */
function model(path: string, energyJ: number): EstimateReport {
  const r = report(path, H100, [['l', 'Conv', 1, [1]]]);
  r.layers[0]!.energyJ = energyJ;
  r.totals = { ...r.totals, energyJ, energyJLow: energyJ * 0.8, energyJHigh: energyJ * 1.25 };
  return r;
}

function diffOf(base: [string, number][], head: [string, number][]) {
  return diffReports({ base: { reports: base.map(([p, j]) => model(p, j)) }, head: { reports: head.map(([p, j]) => model(p, j)) } });
}

const cfg = (v: unknown) => parseBudgetConfig(v, 'budgets.yml');

describe('absolute budgets', () => {
  it('passes under the limit, warns over warn, fails over fail', () => {
    const rule = { model: 'models/*.onnx', maxJ: { warn: 1, fail: 2 } };
    expect(evaluateBudgets(diffOf([], [['models/a.onnx', 0.9]]), cfg({ budgets: [rule] })).verdict).toBe('pass');
    const warn = evaluateBudgets(diffOf([], [['models/a.onnx', 1.5]]), cfg({ budgets: [rule] }));
    expect(warn.verdict).toBe('warn');
    expect(warn.budgets.map((f) => [f.level, f.limit, f.value, f.model, f.profile])).toEqual([['warn', 1, 1.5, 'models/a.onnx', 'h100-sxm']]);
    const fail = evaluateBudgets(diffOf([], [['models/a.onnx', 2.5]]), cfg({ budgets: [rule] }));
    expect(fail.verdict).toBe('fail');
    expect(fail.budgets[0]?.message).toBe('models/a.onnx on h100-sxm: energy 2.50 J > 2.00 J (fail budget)');
  });

  it('a value exactly at the limit is within budget', () => {
    expect(evaluateBudgets(diffOf([], [['a.onnx', 2]]), cfg({ budgets: [{ maxJ: 2 }] })).verdict).toBe('pass');
  });

  it('with fail-on low, fails only when the low end of the band is over the limit', () => {
    const rule = { maxJ: { fail: 2 } };
    // 2.4 J: estimate over 2 J, low end 1.92 J under: uncertain, so a warning at the fail limit.
    const uncertain = evaluateBudgets(diffOf([], [['a.onnx', 2.4]]), cfg({ 'fail-on': 'low', budgets: [rule] }));
    expect(uncertain.verdict).toBe('warn');
    expect(uncertain.budgets.map((f) => [f.level, f.basis, f.limit])).toEqual([['warn', 'estimate', 2]]);
    // 2.6 J: low end 2.08 J is still over.
    const sure = evaluateBudgets(diffOf([], [['a.onnx', 2.6]]), cfg({ failOn: 'low', budgets: [rule] }));
    expect(sure.verdict).toBe('fail');
    expect(sure.budgets[0]?.basis).toBe('low');
    expect(sure.budgets[0]?.value).toBeCloseTo(2.08, 12);
    // Same 2.4 J with fail-on estimate fails.
    expect(evaluateBudgets(diffOf([], [['a.onnx', 2.4]]), cfg({ budgets: [rule] })).verdict).toBe('fail');
  });

  it('reports a violation that already existed on the base without failing', () => {
    const r = evaluateBudgets(diffOf([['a.onnx', 3]], [['a.onnx', 3.1]]), cfg({ budgets: [{ maxJ: { fail: 2 } }] }));
    expect(r.verdict).toBe('pass');
    expect(r.budgets.map((f) => [f.level, f.preExisting])).toEqual([['fail', true]]);
    // A base under the limit makes the same head value a new violation.
    const fresh = evaluateBudgets(diffOf([['a.onnx', 1.9]], [['a.onnx', 3.1]]), cfg({ budgets: [{ maxJ: { fail: 2 } }] }));
    expect(fresh.verdict).toBe('fail');
    expect(fresh.budgets[0]?.preExisting).toBe(false);
  });

  it('checks the repository total per profile', () => {
    const d = diffOf([['a.onnx', 1], ['b.onnx', 1]], [['a.onnx', 1.2], ['b.onnx', 1.1]]);
    const r = evaluateBudgets(d, cfg({ budgets: [{ total: true, maxJ: { warn: 2.2, fail: 3 } }] }));
    expect(r.verdict).toBe('warn');
    expect(r.budgets[0]?.model).toBe('*');
    expect(r.budgets[0]?.value).toBeCloseTo(2.3, 12);
  });

  it('skips removed models and other profiles', () => {
    const d = diffOf([['a.onnx', 5]], []);
    expect(evaluateBudgets(d, cfg({ budgets: [{ maxJ: 1 }] })).budgets).toEqual([]);
    const other = diffOf([], [['a.onnx', 5]]);
    expect(evaluateBudgets(other, cfg({ budgets: [{ profile: 'xeon-spec', maxJ: 1 }] })).budgets).toEqual([]);
  });
});

describe('relative budgets', () => {
  it('limits the % increase over the base', () => {
    const rule = { maxIncreasePct: { warn: 5, fail: 10 } };
    expect(evaluateBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 1.04]]), cfg({ budgets: [rule] })).verdict).toBe('pass');
    expect(evaluateBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 1.06]]), cfg({ budgets: [rule] })).verdict).toBe('warn');
    const fail = evaluateBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 1.2]]), cfg({ budgets: [rule] }));
    expect(fail.verdict).toBe('fail');
    expect(fail.budgets[0]?.value).toBeCloseTo(20, 10);
    expect(fail.budgets[0]?.preExisting).toBe(false);
  });

  it('uses the low end of the band of the change with fail-on low', () => {
    // +20 % at the estimate; the band of the change is [0.8, 1.25] × 0.2 J, so +16 % at the low end.
    const rule = { maxIncreasePct: { fail: 18 } };
    const low = evaluateBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 1.2]]), cfg({ failOn: 'low', budgets: [rule] }));
    expect(low.verdict).toBe('warn');
    const lower = evaluateBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 1.2]]), cfg({ failOn: 'low', budgets: [{ maxIncreasePct: { fail: 15 } }] }));
    expect(lower.verdict).toBe('fail');
    expect(lower.budgets[0]?.value).toBeCloseTo(16, 10);
  });

  it('does not apply to added models (no base to grow from)', () => {
    expect(evaluateBudgets(diffOf([], [['a.onnx', 9]]), cfg({ budgets: [{ maxIncreasePct: 1 }] })).budgets).toEqual([]);
  });

  it('applyBudgets fills budgets and verdict of the diff', () => {
    const d = applyBudgets(diffOf([['a.onnx', 1]], [['a.onnx', 2]]), cfg({ budgets: [{ maxIncreasePct: 50 }] }));
    expect(d.verdict).toBe('fail');
    expect(d.budgets).toHaveLength(1);
  });
});

describe('parseBudgetConfig', () => {
  function errorOf(v: unknown): EnergyDiffError {
    try {
      cfg(v);
    } catch (err) {
      return err as EnergyDiffError;
    }
    throw new Error('expected an error');
  }

  it('names the JSON path of a bad value', () => {
    const e = errorOf({ budgets: [{ maxJ: 1 }, { maxJ: { warn: 'x' } }] });
    expect(e.code).toBe('E_BUDGET_CONFIG');
    expect(e.place).toEqual({ file: 'budgets.yml', jsonPath: '$.budgets[1].maxJ.warn' });
  });

  it('refuses warn above fail, unknown keys, empty rules and a bad fail-on', () => {
    expect(errorOf({ budgets: [{ maxJ: { warn: 3, fail: 2 } }] }).place.jsonPath).toBe('$.budgets[0].maxJ');
    expect(errorOf({ budgets: [{ maxJoules: 2 }] }).place.jsonPath).toBe('$.budgets[0].maxJoules');
    expect(errorOf({ budgets: [{ model: 'a.onnx' }] }).message).toMatch(/maxJ, maxIncreasePct or maxRunJ/);
    expect(errorOf({ failOn: 'high', budgets: [] }).place.jsonPath).toBe('$.failOn');
    expect(errorOf({ budgets: [{ total: true, model: 'x', maxJ: 1 }] }).message).toMatch(/total/);
  });

  it('reads a bare number as a fail limit', () => {
    expect(cfg({ budgets: [{ maxJ: 2 }] })).toEqual({ failOn: 'estimate', budgets: [{ maxJ: { fail: 2 } }] });
  });
});

describe('globMatches', () => {
  it.each([
    ['models/*.onnx', 'models/a.onnx', true],
    ['models/*.onnx', 'models/sub/a.onnx', false],
    ['models/**/*.onnx', 'models/sub/a.onnx', true],
    ['models/**/*.onnx', 'models/a.onnx', true],
    ['**', 'x/y/z.layers.json', true],
    ['a?.onnx', 'ab.onnx', true],
    ['a.onnx', 'aXonnx', false],
  ])('%s vs %s → %s', (glob, path, expected) => {
    expect(globMatches(glob, path)).toBe(expected);
  });
});
