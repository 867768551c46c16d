// `energy-diff measure --meter auto` with a fake nvidia-smi (250 W, energy counter) and an idle fake powercap
// tree, running the example training script of examples/epoch-protocol.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateMeasurement } from '../../src/core/measure/index.js';
import { runMain } from '../helpers/cli.js';
import { fakeSmiEnv } from '../meters/fake-nvidia-smi.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('energy-diff measure with RAPL + nvidia-smi', () => {
  it('meters the example script per epoch on both meters', async () => {
    const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 262143328850, energyUj: 1000, maxPowerUw: 125_000_000 }]);
    const out = join(mkdtempSync(join(tmpdir(), 'energy-diff-measure-')), 'm.json');
    // 250 W: the counter advances 12.5 J per 50 ms line.
    const env = fakeSmiEnv({ FAKE_SMI_POWER_W: '250', FAKE_SMI_STEP_MJ: '12500', ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    const { code, stderr } = await runMain(['measure', '--interval-ms', '50', '--out', out, '--', '/usr/bin/python3', join(repo, 'examples/epoch-protocol/train.py'), '--epochs', '3', '--steps', '1', '--sleep', '0.5'], env, repo);
    expect(code, stderr).toBe(0);
    const m = validateMeasurement(JSON.parse(readFileSync(out, 'utf8')));
    expect(m.meters.map((x) => x.kind)).toEqual(['rapl', 'nvml']);
    expect(m.epochs.map((e) => e.epoch)).toEqual([0, 1, 2]);
    for (const e of m.epochs) {
      expect(Object.keys(e.joulesByDomain).sort()).toEqual(['nvml:gpu0', 'rapl:0-package-0']);
      expect(e.joulesByDomain['rapl:0-package-0']).toBe(0); // the fake package counter never moves
      // Counter steps of 12.5 J and nvidia-smi's start-up delay: within 25% of 250 W x epoch time.
      expect(e.joules / e.seconds).toBeGreaterThan(250 * 0.75);
      expect(e.joules / e.seconds).toBeLessThan(250 * 1.25);
      expect(e.sampledPowerW).toBe(250);
      expect(typeof e.fields?.loss).toBe('number');
    }
  }, 30000);
});
