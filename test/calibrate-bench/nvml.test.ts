// The same bench through the NVML meter: a fake nvidia-smi whose energy counter ticks every 100 ms at a steady power
// while its lines stream every 10 ms. Readings carry the stream's arrival times, as on a GPU runner; the idle window
// spans 20 ticks so that arrival jitter on a loaded 2-core CI machine stays well inside the 5% idle-power check.
import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { runMain } from '../helpers/cli.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SMI = join(repo, 'test/calibrate-bench/fixtures/nvidia-smi-clock.py');
const WATTS = 120;

describe('energy-diff calibrate bench with the NVML meter', () => {
  it('aligns windows to the board counter ticks and takes idle x gap out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-bench-nvml-'));
    chmodSync(SMI, 0o755);
    symlinkSync(SMI, join(dir, 'nvidia-smi'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify([
      { op: 'MatMul', config: { batch: 2, m: 64, k: 64, n: 64 } },
      { op: 'LayerNorm', config: { tokens: 128, features: 256 } },
    ]));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH ?? ''}`, FAKE_SMI_POWER_W: String(WATTS), FAKE_SMI_TICK_S: '0.1', FAKE_SMI_T0: String(Date.now() / 1000), OMP_NUM_THREADS: '1' };
    delete env.CUDA_VISIBLE_DEVICES;
    const { code, stderr } = await runMain(['calibrate', 'bench', '--python', '/usr/bin/python3', '--plan', 'plan.json', '--meter', 'nvml', '--window-seconds', '0.3', '--idle-seconds', '2', '--out', 'm.jsonl'], env, dir);
    expect(code, stderr).toBe(0);
    const rows = readMeasurementJsonl(readFileSync(join(dir, 'm.jsonl'), 'utf8'), 'm.jsonl');
    expect(rows).toHaveLength(2);
    for (const m of rows) {
      expect(m.device).toMatchObject({ meter: 'nvml', meterDomains: ['nvml:gpu0'] });
      expect(m.idlePowerW! / WATTS).toBeGreaterThan(0.95);
      expect(m.idlePowerW! / WATTS).toBeLessThan(1.05);
      expect(m.joulesPerCall! / (WATTS * m.secondsPerCall!)).toBeGreaterThan(0.9);
      expect(m.joulesPerCall! / (WATTS * m.secondsPerCall!)).toBeLessThan(1.1);
    }
  }, 30000);
});
