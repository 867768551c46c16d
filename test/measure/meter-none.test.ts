// `measure --meter none`: no counter, time per epoch priced at the profile's estimated power, said everywhere.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { validateMeasurement } from '../../src/core/measure/index.js';
import { summariseMeasurement } from '../../src/core/extrapolate/index.js';
import { measuredSection } from '../../src/core/report/index.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const TRAIN = join(repo, 'test/measure/fixtures/fake-train.py');

describe('energy-diff measure --meter none', () => {
  it('records each epoch\'s time × the profile\'s estimated power, with the basis and a band from idle to TDP', async () => {
    // The fake script still writes its (unread) counter: here only its epoch lines matter.
    const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 40_000_000, energyUj: 0, maxPowerUw: 1_000_000 }]);
    const out = join(mkdtempSync(join(tmpdir(), 'energy-diff-none-')), 'measurement.json');
    const r = await runMain(['measure', '--meter', 'none', '--profile', 't4', '--total-epochs', '10', '--out', out, '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--joules', '1,1,1', '--pause', '0.2'], { ...process.env }, repo);
    expect(r.code, r.stderr).toBe(0);
    const profile = JSON.parse(readFileSync('hardware-profiles/t4.json', 'utf8'));
    const powerW = profile.device.idlePowerW + (profile.device.tdpW - profile.device.idlePowerW) / 2;
    const m = validateMeasurement(JSON.parse(readFileSync(out, 'utf8')), out);
    expect(m.meters.map((x) => x.kind)).toEqual(['estimated']);
    expect(m.meters[0]!.method).toMatch(/^estimated power, not measured: time × [\d.]+ W from profile t4/);
    expect(m.epochs).toHaveLength(3);
    for (const e of m.epochs) {
      expect(e.seconds).toBeGreaterThan(0.15);
      expect(e.joules).toBeCloseTo(e.seconds * powerW, 6);
    }
    expect(m.warnings[0]).toMatch(/^estimated power, not measured: no energy counter was read/);
    expect(r.stderr).toContain('3 epochs');
    expect(r.stderr).toContain('estimated');
    // The band spans idle … TDP around the priced power; the comment never calls it measured.
    const s = summariseMeasurement(m);
    expect(s.estimatedPower).toBe(true);
    expect(s.band.lowJ).toBeLessThanOrEqual(s.extrapolatedJ * (profile.device.idlePowerW / powerW) + 1e-9);
    expect(s.band.highJ).toBeGreaterThanOrEqual(s.extrapolatedJ * (profile.device.tdpW / powerW) - 1e-9);
    const line = measuredSection([{ model: 'm.onnx', profile: 't4', artifact: out, summary: s }])[2]!;
    expect(line).toContain('at estimated power (no energy counter)');
    expect(line).not.toMatch(/\bmeasured\b/);
  });

  it('refuses --profile with a real meter: a meter measures energy itself', async () => {
    const r = await runMain(['measure', '--meter', 'rapl', '--profile', 't4', '--', 'true'], { ...process.env }, repo);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--profile prices time only with --meter none');
  });
});
