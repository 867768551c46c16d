import { describe, expect, it } from 'vitest';
import { bandOfDelta, diffReports, percentChange } from '../../src/core/diff/index.js';
import { CPU, H100, cnn, layerEnergyJ, report } from '../report/fixtures.js';

describe('diffReports', () => {
  const base = [report('m/cnn.onnx', H100, cnn(64)), report('m/gone.onnx', H100, cnn(16)), report('m/same.onnx', H100, cnn(32))];
  const head = [report('m/cnn.onnx', H100, cnn(128)), report('m/new.onnx', H100, cnn(8)), report('m/same.onnx', H100, cnn(32))];
  const d = diffReports({ base: { sha: 'b'.repeat(40), reports: base }, head: { sha: 'h'.repeat(40), reports: head } });

  it('writes the diff@1 envelope', () => {
    expect(d.schema).toBe('energy-diff/diff@1');
    expect(d.base.sha).toBe('b'.repeat(40));
    expect(d.head.sha).toBe('h'.repeat(40));
    expect(d.profiles).toEqual([{ id: 'h100-sxm', calibrated: true, version: '1.0.0', fitDate: '2026-11-20' }]);
    expect(d.verdict).toBe('pass');
    expect(d.budgets).toEqual([]);
  });

  it('classifies models and sorts them by path', () => {
    expect(d.models.map((m) => [m.path, m.status])).toEqual([
      ['m/cnn.onnx', 'changed'],
      ['m/gone.onnx', 'removed'],
      ['m/new.onnx', 'added'],
      ['m/same.onnx', 'unchanged'],
    ]);
  });

  it('computes the model delta from the layers that changed', () => {
    const r = d.models[0]!.results[0]!;
    // conv2 doubles its channels: MACs of conv2, relu2, gap and fc double; energy = MACs × 2 pJ (+ same launch cost).
    const deltaMacs = 115_605_504 + 200_704 + 200_704 + 64_000;
    expect(r.deltaMacs).toBe(deltaMacs);
    expect(r.deltaJ).toBeCloseTo(deltaMacs * H100.jPerMac, 15);
    expect(r.deltaPct).toBeCloseTo((100 * r.deltaJ) / r.base!.energyJ, 12);
    expect(r.layers.changed.map((c) => c.name).sort()).toEqual(['conv2', 'fc', 'gap', 'relu2']);
    expect(r.layers.top[0]?.name).toBe('conv2');
    // One shared multiplicative band: the band of the change is the change × [low, high].
    expect(r.deltaLowJ).toBeCloseTo(r.deltaJ * H100.low, 15);
    expect(r.deltaHighJ).toBeCloseTo(r.deltaJ * H100.high, 15);
  });

  it('treats an added model as all-new and a removed one as all-gone', () => {
    const added = d.models[2]!.results[0]!;
    expect(added.base).toBeNull();
    expect(added.deltaPct).toBeNull();
    expect(added.layers.added).toHaveLength(7);
    expect(added.deltaLowJ).toBeCloseTo(added.head!.energyJLow, 15);
    const removed = d.models[1]!.results[0]!;
    expect(removed.head).toBeNull();
    expect(removed.deltaPct).toBe(-100);
    expect(removed.deltaJ).toBeCloseTo(-removed.base!.energyJ, 15);
  });

  it('sums repository totals per profile', () => {
    const t = d.totals[0]!;
    const sum = (rs: typeof base) => rs.reduce((s, r) => s + r.totals.energyJ, 0);
    expect(t.models).toBe(4);
    expect(t.baseJ).toBeCloseTo(sum(base), 15);
    expect(t.headJ).toBeCloseTo(sum(head), 15);
    expect(t.deltaJ).toBeCloseTo(sum(head) - sum(base), 15);
    expect(t.deltaPct).toBeCloseTo((100 * (sum(head) - sum(base))) / sum(base), 10);
  });

  it('pairs a renamed model with its old path and calls an identical rename no change', () => {
    const r = diffReports({
      base: { reports: [report('old/a.onnx', H100, cnn(64)), report('old/b.onnx', H100, cnn(64))] },
      head: { reports: [report('new/a.onnx', H100, cnn(64)), report('new/b.onnx', H100, cnn(96))] },
      renames: [{ from: 'old/a.onnx', to: 'new/a.onnx' }, { from: 'old/b.onnx', to: 'new/b.onnx' }],
    });
    expect(r.models.map((m) => [m.path, m.oldPath, m.status])).toEqual([
      ['new/a.onnx', 'old/a.onnx', 'renamed'],
      ['new/b.onnx', 'old/b.onnx', 'renamed'],
    ]);
    expect(r.models[0]!.results[0]!.deltaJ).toBe(0);
    expect(r.models[1]!.results[0]!.deltaJ).toBeGreaterThan(0);
  });

  it('keeps profile order of first appearance and handles a profile present on one side only', () => {
    const r = diffReports({
      base: { reports: [report('a.onnx', H100, cnn())] },
      head: { reports: [report('a.onnx', CPU, cnn()), report('a.onnx', H100, cnn())] },
    });
    expect(r.profiles.map((p) => p.id)).toEqual(['xeon-spec', 'h100-sxm']);
    const [cpu, gpu] = r.models[0]!.results;
    expect(cpu!.base).toBeNull();
    expect(cpu!.head!.energyJ).toBeCloseTo(cnn().reduce((s, l) => s + layerEnergyJ(CPU, l[2]), 0), 15);
    expect(gpu!.deltaJ).toBe(0);
    expect(r.models[0]!.status).toBe('changed');
  });

  it('summarises coverage by unsupported operator type', () => {
    const unsupported = [
      { op: 'Foo', node: 'f1' }, { op: 'Bar', node: 'b1' }, { op: 'Foo', node: 'f2' }, { op: 'Foo', node: 'f3' }, { op: 'Bar', node: 'b2' }, { op: 'Baz', node: 'z' },
    ];
    const r = diffReports({ base: { reports: [] }, head: { reports: [report('u.onnx', H100, cnn(), { unsupported })] } });
    expect(r.models[0]!.results[0]!.head!.coverage).toEqual({
      nodes: 13,
      estimated: 7,
      unsupported: [{ op: 'Foo', count: 3 }, { op: 'Bar', count: 2 }, { op: 'Baz', count: 1 }],
    });
  });
});

describe('bands and percentages', () => {
  it('takes low − low and high − high, ordered, for a decrease', () => {
    const band = bandOfDelta({ energyJLow: 8, energyJHigh: 12.5 }, { energyJLow: 4, energyJHigh: 6.25 });
    expect(band).toEqual({ deltaLowJ: -6.25, deltaHighJ: -4 });
  });
  it('has no percentage without a base', () => {
    expect(percentChange(null, 1)).toBeNull();
    expect(percentChange(0, 1)).toBeNull();
    expect(percentChange(4, 1)).toBe(25);
  });
});
