// maxRunJ: an absolute limit on the declared training run's roll-up (J per run), with the same warn/fail,
// fail-on low and pre-existing semantics as maxJ. Roll-ups come from the core's estimateWorkload.
import { describe, expect, it } from 'vitest';
import { evaluateBudgets, parseBudgetConfig } from '../../src/core/budget/index.js';
import { diffReports } from '../../src/core/diff/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { H100, atBatch, cnn, report, withWorkload } from '../report/fixtures.js';

const RUN = { epochs: 10, trainSamples: 10_000 };
const BATCH = 32;

/** The fixture model at `width` with a 10-epoch run at batch 32 (3,130 steps, no overhead). */
function withRun(width: number) {
  return withWorkload('models/a.onnx', H100, atBatch(cnn(width), BATCH), { batch: BATCH, trainingRun: RUN });
}

function runJ(width: number) {
  return withRun(width).workload!.trainingRun!;
}

const cfg = (v: unknown) => parseBudgetConfig(v, 'budgets.yml');
const diffOf = (base: number | null, head: number) =>
  diffReports({ base: { reports: base === null ? [] : [withRun(base)] }, head: { reports: [withRun(head)] } });

describe('maxRunJ budgets', () => {
  it('warns and fails on the head run energy; a value under the limits passes', () => {
    const head = runJ(96);
    expect(head.steps).toBe(10 * Math.ceil(10_000 / BATCH));
    const under = evaluateBudgets(diffOf(64, 96), cfg({ budgets: [{ maxRunJ: head.energyJ * 1.01 }] }));
    expect(under).toEqual({ budgets: [], verdict: 'pass' });
    const warn = evaluateBudgets(diffOf(64, 96), cfg({ budgets: [{ maxRunJ: { warn: head.energyJ * 0.99 } }] }));
    expect(warn.verdict).toBe('warn');
    expect(warn.budgets.map((f) => [f.kind, f.level, f.value, f.model])).toEqual([['run', 'warn', head.energyJ, 'models/a.onnx']]);
    const fail = evaluateBudgets(diffOf(64, 96), cfg({ budgets: [{ maxRunJ: { fail: head.energyJ * 0.99 } }] }));
    expect(fail.verdict).toBe('fail');
    expect(fail.budgets[0]!.message).toMatch(/^models\/a\.onnx on h100-sxm: training run [\d.]+ [kM]?J > [\d.]+ [kM]?J \(fail budget\)$/);
  });

  it('with fail-on low, a run over the limit only at the estimate is a warning', () => {
    const head = runJ(96);
    // Between the low end of the run's band and the estimate.
    const limit = (head.energyJ + head.energyJLow) / 2;
    const uncertain = evaluateBudgets(diffOf(64, 96), cfg({ failOn: 'low', budgets: [{ maxRunJ: { fail: limit } }] }));
    expect(uncertain.budgets.map((f) => [f.level, f.limitLevel, f.basis])).toEqual([['warn', 'fail', 'estimate']]);
    const sure = evaluateBudgets(diffOf(64, 96), cfg({ failOn: 'low', budgets: [{ maxRunJ: { fail: head.energyJLow * 0.99 } }] }));
    expect(sure.verdict).toBe('fail');
    expect(sure.budgets[0]!.value).toBe(head.energyJLow);
  });

  it('a run already over the limit on the base is reported, not failing', () => {
    const limit = runJ(64).energyJ * 0.5;
    const r = evaluateBudgets(diffOf(64, 96), cfg({ budgets: [{ maxRunJ: limit }] }));
    expect(r.verdict).toBe('pass');
    expect(r.budgets.map((f) => [f.level, f.preExisting])).toEqual([['fail', true]]);
    // An added model has no base: the same violation fails.
    expect(evaluateBudgets(diffOf(null, 96), cfg({ budgets: [{ maxRunJ: limit }] })).verdict).toBe('fail');
  });

  it('models without a declared training run are not checked', () => {
    const plain = diffReports({ base: { reports: [] }, head: { reports: [report('models/a.onnx', H100, cnn(96))] } });
    expect(evaluateBudgets(plain, cfg({ budgets: [{ maxRunJ: 0 }] }))).toEqual({ budgets: [], verdict: 'pass' });
  });

  it('config: parsed like maxJ; refused on a total budget with its JSON path', () => {
    expect(cfg({ budgets: [{ model: 'm/*', maxRunJ: { warn: 1e6, fail: 2e6 } }] }).budgets).toEqual([{ model: 'm/*', maxRunJ: { warn: 1e6, fail: 2e6 } }]);
    const err = (v: unknown) => {
      try {
        cfg(v);
      } catch (e) {
        return e as EnergyDiffError;
      }
      throw new Error('expected an error');
    };
    expect(err({ budgets: [{ total: true, maxRunJ: 5 }] }).place.jsonPath).toBe('$.budgets[0].maxRunJ');
    expect(err({ budgets: [{ maxRunJ: { warn: 3, fail: 2 } }] }).place.jsonPath).toBe('$.budgets[0].maxRunJ');
    expect(err({ budgets: [{ maxRunJ: -1 }] }).place.jsonPath).toBe('$.budgets[0].maxRunJ.fail');
  });
});
