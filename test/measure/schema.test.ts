import { describe, expect, it } from 'vitest';
import { summariseMeasurement } from '../../src/core/extrapolate/index.js';
import { epochsFrom, type Sample } from '../../src/core/measure/accumulate.js';
import { buildMeasurement, parseEpochLine, parseStdoutMarker, takeLines, validateMeasurement } from '../../src/core/measure/index.js';

const domains = [
  { id: 'rapl:0-package-0', name: 'package-0', kind: 'package' as const, inTotal: true },
  { id: 'rapl:2-psys', name: 'psys', kind: 'psys' as const, inTotal: false },
];
// 100 W on the package from t = 0, psys (the whole platform) 150 W: 1 s between samples.
const samples: Sample[] = [0, 1, 2, 3, 4, 5].map((t) => ({ t, joules: { 'rapl:0-package-0': 100 * t, 'rapl:2-psys': 150 * t } }));

function measurement(boundaries: number[], planned: number | null) {
  return buildMeasurement(
    {
      command: ['python', 'train.py'], startTime: '2026-01-01T00:00:00.000Z', endTime: null, status: 'running', exitCode: null, signal: null,
      epochsRequested: null, plannedEpochs: planned, host: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'cpu', cpus: 2 },
      boundaries: boundaries.map((t, i) => ({ epoch: i, t })), endT: 5, warnings: [],
    },
    [{ info: { kind: 'rapl', method: 'test', sampleIntervalMs: 1000, domains }, samples }],
  );
}

describe('measurement@1', () => {
  it('splits energy at epoch boundaries, interpolating between samples, and leaves psys out of totals', () => {
    const epochs = epochsFrom(samples, domains, [{ epoch: 0, t: 1.5 }, { epoch: 1, t: 4 }]);
    expect(epochs.map((e) => [e.startS, e.endS, e.joules, e.meanPowerW])).toEqual([[0, 1.5, 150, 100], [1.5, 4, 250, 100]]);
    expect(epochs[1]!.joulesByDomain['rapl:2-psys']).toBe(375);
  });

  it('builds a document that validates, and the validator names the bad path', () => {
    const m = measurement([1, 2], 10);
    expect(validateMeasurement(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(m.total).toMatchObject({ joules: 500, seconds: 5, meanPowerW: 100 });
    const broken = JSON.parse(JSON.stringify(m));
    broken.epochs[1].joules = 'many';
    expect(() => validateMeasurement(broken, 'm.json')).toThrow(/expected a finite number/);
    try {
      validateMeasurement(broken, 'm.json');
    } catch (err) {
      expect((err as { place: unknown }).place).toEqual({ file: 'm.json', jsonPath: '$.epochs[1].joules' });
    }
    expect(() => validateMeasurement({ schema: 'other' })).toThrow(/energy-diff\/measurement@1/);
  });

  it('summarises a measurement for the Action: measured, extrapolated to the planned epochs, band', () => {
    const s = summariseMeasurement(JSON.parse(JSON.stringify(measurement([1, 2, 3, 4], 10))));
    // Four 100 J epochs, no warm-up: six more of them.
    expect(s).toMatchObject({ measuredJ: 500, epochsObserved: 4, totalEpochs: 10, status: 'running' });
    expect(s.extrapolatedJ).toBeCloseTo(1000, 9);
    expect(s.band.lowJ).toBeCloseTo(1000, 9);
    expect(summariseMeasurement(measurement([1, 2, 3, 4], null), { totalEpochs: 4 }).extrapolatedJ).toBeCloseTo(400, 9);
    expect(() => summariseMeasurement(measurement([], 10))).toThrow(/no finished epoch/);
  });
});

describe('epoch protocol', () => {
  it('reads epoch-file lines with their extra fields', () => {
    expect(parseEpochLine('{"epoch": 3, "loss": 0.5}')).toEqual({ kind: 'epoch', epoch: 3, fields: { loss: 0.5 } });
    expect(parseEpochLine('   ')).toBeNull();
    expect(parseEpochLine('{"loss": 1}')).toMatchObject({ kind: 'invalid' });
    expect(parseEpochLine('epoch 3')).toMatchObject({ kind: 'invalid' });
  });

  it('finds stdout markers, also after a progress bar carriage return, but not inside words', () => {
    expect(parseStdoutMarker('ENERGY_DIFF_EPOCH_END 7')).toBe(7);
    expect(parseStdoutMarker('100%|####| 48/48\rENERGY_DIFF_EPOCH_END 2')).toBe(2);
    expect(parseStdoutMarker('XENERGY_DIFF_EPOCH_END 2')).toBeNull();
    expect(parseStdoutMarker('ENERGY_DIFF_EPOCH_END two')).toBeNull();
  });

  it('keeps an unfinished line for the next read', () => {
    expect(takeLines('{"epoch":0}\n{"epo')).toEqual({ lines: ['{"epoch":0}'], rest: '{"epo' });
  });
});
