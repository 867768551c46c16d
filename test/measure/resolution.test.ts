// Counter resolution: a RAPL counter (a fake powercap tree, read by the real meter) that only advances in
// 10 J steps under a steady 68.3 J-per-epoch load gives a warning and a band that contains the true energy;
// the same load on a µJ counter gives no warning and the band the epochs alone give.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRaplMeter } from '../../src/adapters/meters/rapl.js';
import { extrapolateEpochs, renderExtrapolation, summariseMeasurement } from '../../src/core/extrapolate/index.js';
import { buildMeasurement, counterResolutionJ, validateMeasurement, type Measurement, type Sample } from '../../src/core/measure/index.js';
import { measuredSection } from '../../src/core/report/index.js';
import { runMain } from '../helpers/cli.js';
import { makePowercap } from '../meters/fake-powercap.js';

const EPOCH_J = 68.3;
const STEP_UJ = 10_000_000; // the coarse counter's 10 J step
const ID = 'rapl:0-package-0';

/**
 * `epochs` epochs of EPOCH_J each, ten counter reads per epoch (slightly uneven in time, as real timers are)
 * plus one at each boundary; `quantumUj` is the counter's step.
 */
async function meterRun(epochs: number, quantumUj: number, planned: number | null): Promise<Measurement> {
  // 1 W max power, a 10^12 µJ range: the wrap-safe interval is the 1 s maximum, so background reads (if the
  // test ever runs that long) repeat a value and change nothing.
  const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 1e12, energyUj: 0, maxPowerUw: 1_000_000 }]);
  const meter = createRaplMeter({ root: tree.root });
  let now = 0;
  await meter.start(() => now);
  const boundaries = [];
  for (let k = 0; k < epochs; k++) {
    for (let i = 1; i <= 10; i++) {
      now = k + i / 10 - (i < 10 ? 0.013 * ((i * 7) % 3) : 0);
      const trueUj = Math.round(EPOCH_J * now * 1e6);
      tree.set('intel-rapl:0', Math.floor(trueUj / quantumUj) * quantumUj);
      meter.read(now);
    }
    boundaries.push({ epoch: k, t: now });
  }
  await meter.stop();
  const m = buildMeasurement(
    {
      command: ['python', 'train.py'], startTime: '2026-01-01T00:00:00.000Z', endTime: '2026-01-01T00:01:00.000Z', status: 'completed', exitCode: 0, signal: null,
      epochsRequested: null, plannedEpochs: planned, host: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'cpu', cpus: 2 },
      boundaries, endT: now, warnings: [],
    },
    [{ info: meter.info, samples: meter.history() }],
  );
  // What the Action and `extrapolate` read: the file, validated.
  return validateMeasurement(JSON.parse(JSON.stringify(m)));
}

const allFinite = (...xs: number[]) => xs.every(Number.isFinite);

describe('counter resolution', () => {
  it('is the smallest step when every step is a whole multiple of it, and unknown otherwise', () => {
    const at = (values: number[]): Sample[] => values.map((j, t) => ({ t, joules: { d: j } }));
    expect(counterResolutionJ(at([0, 0, 10, 10, 30, 40]), 'd')).toBe(10);
    expect(counterResolutionJ(at([0, 0.1, 0.2, 0.30000000000000004, 0.4]), 'd')).toBeUndefined(); // all steps equal: no evidence
    expect(counterResolutionJ(at([0, 5.01, 9.98, 15.2]), 'd')).toBeUndefined(); // a fine counter
    expect(counterResolutionJ(at([0, 10, 20, 32]), 'd')).toBeUndefined(); // 12 J is no multiple of 10 J
    expect(counterResolutionJ(at([0, 0, 10]), 'd')).toBeUndefined(); // one step: too little to tell
  });

  it('a complete run on a 10 J counter: a warning naming the domain and a ±1 step band around the true energy', async () => {
    const m = await meterRun(3, STEP_UJ, null);
    expect(m.meters[0]!.domains[0]).toMatchObject({ id: ID, resolutionJ: 10 });
    const warning = m.warnings.find((w) => w.startsWith('coarse energy counter'));
    expect(warning).toBe(`coarse energy counter: rapl ${ID} (package-0) advances in steps of 10.0 J, 14.3% of the median epoch's 70.0 J: each epoch is uncertain by up to one step, and the extrapolated band includes it`);
    const s = summariseMeasurement(m);
    const trueJ = 3 * EPOCH_J;
    expect(s.extrapolatedJ).toBe(200); // the counter's reading, a step below the truth
    expect(s.band).toEqual({ lowJ: 190, highJ: 210 });
    expect(s.band.lowJ).toBeLessThanOrEqual(trueJ);
    expect(s.band.highJ).toBeGreaterThanOrEqual(trueJ);
    expect(s).toMatchObject({ resolutionJ: 10, coarseCounter: true });
    const section = measuredSection([{ model: 'models/cnn.onnx', profile: 't4', artifact: 'cnn.measurement.json', summary: s }]).join('\n');
    expect(section).toContain('(190 J … 210 J, ⚠️ coarse energy counter: ±10.0 J per reading, in the band)');
    const text = renderExtrapolation(extrapolateEpochs(m.epochs, 3, { resolutionJ: 10 }), 'text');
    expect(text).toContain('(band 190.0 J – 210.0 J)');
    expect(text).toContain('±10.0 J per reading');
  });

  it('an extrapolated run on a 10 J counter: the band adds ±1 step and the rate\'s step per stable epoch', async () => {
    const m = await meterRun(8, STEP_UJ, 20);
    const s = summariseMeasurement(m);
    const trueJ = 20 * EPOCH_J;
    const without = extrapolateEpochs(m.epochs, 20);
    // Epochs read 60 or 70 J (the spread of the readings), the truth is 68.3 J each.
    expect(new Set(m.epochs.map((e) => e.joules))).toEqual(new Set([60, 70]));
    expect(s.band.lowJ).toBeLessThanOrEqual(trueJ);
    expect(s.band.highJ).toBeGreaterThanOrEqual(trueJ);
    expect(s.band.highJ - s.band.lowJ).toBeGreaterThan(without.predictedJHigh - without.predictedJLow);
    const x = extrapolateEpochs(m.epochs, 20, { resolutionJ: 10 });
    const rateEpochs = 8 - x.stable.index - x.transients.length;
    const widenJ = 10 + (12 * 10) / rateEpochs;
    expect(x.predictedJHigh - without.predictedJHigh).toBeCloseTo(widenJ, 9);
    expect(allFinite(s.band.lowJ, s.band.highJ, s.extrapolatedJ)).toBe(true);
  });

  it('`energy-diff extrapolate` on the measurement file gives the same widened band and says why', async () => {
    const m = await meterRun(8, STEP_UJ, 20);
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-resolution-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify(m));
    const json = await runMain(['extrapolate', 'm.json', '--format', 'json'], {}, dir);
    expect(json.code, json.stderr).toBe(0);
    const s = summariseMeasurement(m);
    expect(JSON.parse(json.stdout)).toMatchObject({ predictedJLow: s.band.lowJ, predictedJHigh: s.band.highJ });
    const text = await runMain(['extrapolate', 'm.json'], {}, dir);
    expect(text.stdout).toContain("The band includes the energy counters' resolution (±10.0 J per reading).");
  });

  it('a µJ counter under the same load: no warning, no resolution, the band the epochs alone give', async () => {
    for (const [epochs, planned] of [[3, null], [8, 20]] as const) {
      const m = await meterRun(epochs, 1, planned);
      expect(m.meters[0]!.domains[0]!.resolutionJ).toBeUndefined();
      expect(m.warnings).toEqual([]);
      const s = summariseMeasurement(m);
      const x = extrapolateEpochs(m.epochs, planned ?? epochs);
      expect(s.band).toEqual({ lowJ: x.predictedJLow, highJ: x.predictedJHigh });
      expect(s.resolutionJ).toBeUndefined();
      expect(measuredSection([{ model: 'm', profile: 't4', artifact: 'a', summary: s }]).join('\n')).not.toContain('coarse');
    }
  });

  it('a resolution in the file must be a finite positive number; one that overflows the band is refused', async () => {
    const m = await meterRun(3, STEP_UJ, 10);
    const bad = JSON.parse(JSON.stringify(m));
    bad.meters[0].domains[0].resolutionJ = -1;
    expect(() => validateMeasurement(bad, 'm.json')).toThrow(/resolutionJ must be > 0/);
    bad.meters[0].domains[0].resolutionJ = 'coarse';
    try {
      validateMeasurement(bad, 'm.json');
      expect.unreachable();
    } catch (err) {
      expect((err as { place: unknown }).place).toEqual({ file: 'm.json', jsonPath: '$.meters[0].domains[0].resolutionJ' });
    }
    bad.meters[0].domains[0].resolutionJ = 1e308;
    expect(() => summariseMeasurement(bad, { file: 'm.json' })).toThrow(/overflows to a non-finite number/);
    expect(() => extrapolateEpochs(m.epochs, 10, { resolutionJ: Number.NaN })).toThrow(/counter resolution must be a finite/);
  });
});
