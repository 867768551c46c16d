// Workload roll-ups in energy-diff/diff@1: base/head J per training run and per month of serving, the change,
// its band and the conversions, computed by the core's estimateWorkload from fixture estimates.
import { describe, expect, it } from 'vitest';
import { diffReports, resultIsUnchanged, parseEstimateReports } from '../../src/core/diff/index.js';
import { J_PER_KWH } from '../../src/core/estimate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { CPU, H100, atBatch, cnn, report, withWorkload, type FixtureProfile } from '../report/fixtures.js';

const BATCH = 64;
const UNITS = { gridIntensityGCO2ePerKWh: 350, pricePerKWh: 0.3 };

function model(p: FixtureProfile, width: number, o: { units?: boolean; serving?: number } = {}) {
  return withWorkload('m/net.onnx', p, atBatch(cnn(width), BATCH), {
    batch: BATCH, perRunOverheadJ: 2000, ...(o.units === false ? {} : UNITS),
    trainingRun: { epochs: 5, trainSamples: 60_000, evalSamples: 10_000 },
    serving: { requestsPerMonth: o.serving ?? 1_000_000 },
  });
}

describe('workload roll-ups in the diff', () => {
  const base = [model(H100, 64), model(CPU, 64)];
  const head = [model(H100, 128), model(CPU, 128)];
  const d = diffReports({ base: { reports: base }, head: { reports: head } });

  it('carries both sides, the change, its band and the steps per model × profile', () => {
    for (const [i, r] of d.models[0]!.results.entries()) {
      const b = base[i]!.workload!.trainingRun!;
      const h = head[i]!.workload!.trainingRun!;
      const run = r.workload!.trainingRun!;
      expect(r.head!.workload).toEqual(head[i]!.workload);
      expect(r.base!.workload).toEqual(base[i]!.workload);
      expect([run.baseJ, run.headJ]).toEqual([b.energyJ, h.energyJ]);
      expect(run.deltaJ).toBe(h.energyJ - b.energyJ);
      expect(run.deltaPct).toBeCloseTo((100 * (h.energyJ - b.energyJ)) / b.energyJ, 10);
      // Low − low … high − high: the per-run overhead (no band) cancels out of the change.
      expect(run.deltaLowJ).toBeCloseTo(h.energyJLow - b.energyJLow, 9);
      expect(run.deltaHighJ).toBeCloseTo(h.energyJHigh - b.energyJHigh, 9);
      expect(run.steps).toBe(5 * Math.ceil(60_000 / BATCH));
      const serving = r.workload!.serving!;
      expect(serving.headJ).toBe(head[i]!.workload!.serving!.energyJPerMonth);
      expect(serving.deltaLowJ).toBeCloseTo(head[i]!.workload!.serving!.energyJLowPerMonth - base[i]!.workload!.serving!.energyJLowPerMonth, 9);
    }
  });

  it('converts each roll-up to kWh, gCO2e and cost with the factors the estimate used', () => {
    const run = d.models[0]!.results[0]!.workload!.trainingRun!;
    const kWh = run.headJ! / J_PER_KWH;
    expect(run.converted.kWh.head).toBeCloseTo(kWh, 15);
    expect(run.converted.kWh.delta).toBeCloseTo(run.deltaJ / J_PER_KWH, 15);
    expect(run.converted.gCO2e!.head).toBeCloseTo(kWh * 350, 10);
    expect(run.converted.cost!.delta).toBeCloseTo((run.deltaJ / J_PER_KWH) * 0.3, 12);
  });

  it('leaves gCO2e and cost out when no intensity or price was given', () => {
    const plain = diffReports({ base: { reports: [model(H100, 64, { units: false })] }, head: { reports: [model(H100, 96, { units: false })] } });
    const c = plain.models[0]!.results[0]!.workload!.serving!.converted;
    expect(Object.keys(c)).toEqual(['kWh']);
  });

  it('an added model has no base roll-up; a model without a workload has no workload field', () => {
    const added = diffReports({ base: { reports: [] }, head: { reports: [model(H100, 64)] } });
    const run = added.models[0]!.results[0]!.workload!.trainingRun!;
    expect([run.baseJ, run.deltaPct, run.converted.kWh.base]).toEqual([null, null, null]);
    expect(run.deltaJ).toBe(run.headJ);
    const plain = diffReports({ base: { reports: [report('a.onnx', H100, cnn(64))] }, head: { reports: [report('a.onnx', H100, cnn(96))] } });
    expect('workload' in plain.models[0]!.results[0]!).toBe(false);
    expect('workload' in plain.models[0]!.results[0]!.head!).toBe(false);
  });

  it('a different workload on an identical model is a change', () => {
    const r = diffReports({ base: { reports: [model(H100, 64)] }, head: { reports: [model(H100, 64, { serving: 2_000_000 })] } });
    expect(r.models[0]!.status).toBe('changed');
    expect(resultIsUnchanged(r.models[0]!.results[0]!)).toBe(false);
    expect(r.models[0]!.results[0]!.workload!.serving!.deltaPct).toBeCloseTo(100, 10);
    expect(r.models[0]!.results[0]!.workload!.trainingRun!.deltaJ).toBe(0);
  });

  it('estimate JSON with a workload round-trips; a broken roll-up is refused with its JSON path', () => {
    const json = JSON.parse(JSON.stringify([model(H100, 64)]));
    expect(parseEstimateReports(json, 'e.json')![0]!.workload).toEqual(model(H100, 64).workload);
    json[0].workload.trainingRun.energyJLow = 'x';
    try {
      parseEstimateReports(json, 'e.json');
      expect.unreachable();
    } catch (e) {
      expect((e as EnergyDiffError).place).toEqual({ file: 'e.json', jsonPath: '$[0].workload.trainingRun.energyJLow' });
    }
  });
});
