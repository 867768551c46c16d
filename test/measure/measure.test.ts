// `energy-diff measure` end to end against a fake powercap tree whose counter the fake training script advances
// by a known energy per epoch, so every per-epoch number has an independent expected value.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { validateMeasurement, type Measurement } from '../../src/core/measure/index.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const TRAIN = join(repo, 'test/measure/fixtures/fake-train.py');
const RANGE_UJ = 40_000_000; // 40 J: the 30 J epoch wraps the counter

function setup() {
  const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: RANGE_UJ, energyUj: 35_000_000, maxPowerUw: 1_000_000 }]);
  const dir = mkdtempSync(join(tmpdir(), 'energy-diff-measure-'));
  return { tree, out: join(dir, 'measurement.json') };
}

async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runMain(args, { ...process.env, ...env }, repo);
}

const read = (path: string): Measurement => validateMeasurement(JSON.parse(readFileSync(path, 'utf8')), path);

describe('energy-diff measure', () => {
  it('meters each epoch from the epoch file, across a RAPL wraparound', async () => {
    const { tree, out } = setup();
    // Epochs of 0.6 s: stable-epoch detection also bands durations (10% floor), and a loaded runner's jitter on
    // 0.3 s epochs could push epoch 1 out of that band and change the extrapolation.
    const r = await runCli(['measure', '--meter', 'rapl', '--out', out, '--total-epochs', '20', '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--pause', '0.6'], { ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    expect(r.code, r.stderr).toBe(0);
    const m = read(out);
    expect(m).toMatchObject({ status: 'completed', exitCode: 0, plannedEpochs: 20, command: ['/usr/bin/python3', TRAIN, '--powercap', tree.root, '--pause', '0.6'] });
    expect(m.epochs.map((e) => e.epoch)).toEqual([0, 1, 2, 3]);
    const expected = [30, 10, 10, 12];
    m.epochs.forEach((e, i) => expect(e.joules).toBeCloseTo(expected[i]!, 6));
    expect(m.epochs[2]!.fields).toEqual({ loss: 1 / 3 });
    expect(m.total.joules).toBeCloseTo(62, 6);
    expect(m.epochs[1]!.seconds).toBeGreaterThan(0.1);
    expect(m.epochs[1]!.meanPowerW).toBeCloseTo(10 / m.epochs[1]!.seconds, 6);
    expect(m.meters[0]!.kind).toBe('rapl');
    // Epoch 0 (30 J) is warm-up; 10, 10, 12 J stable: 16 more epochs at their mean: 62 + 16 x 32/3 = 232.67 J.
    expect(r.stderr).toMatch(/20 epochs extrapolated: 232\.7 J/);
  });

  it('falls back to stdout markers and passes the lines through', async () => {
    const { tree, out } = setup();
    const r = await runCli(['measure', '--meter', 'rapl', '--out', out, '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--protocol', 'stdout', '--joules', '5,7'], { ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('step log 0\nENERGY_DIFF_EPOCH_END 0\nstep log 1\nENERGY_DIFF_EPOCH_END 1\n');
    expect(read(out).epochs.map((e) => Math.round(e.joules * 1e6) / 1e6)).toEqual([5, 7]);
  });

  it('keeps the epochs of a command that fails after 2 epochs, and returns its exit status', async () => {
    const { tree, out } = setup();
    const r = await runCli(['measure', '--meter', 'rapl', '--out', out, '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--fail-after', '2'], { ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('simulated crash');
    const m = read(out);
    expect(m).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(m.epochs.map((e) => Math.round(e.joules))).toEqual([30, 10]);
  });

  it('stops after --epochs N, escalating to SIGTERM when the script ignores SIGINT', async () => {
    const { tree, out } = setup();
    const started = Date.now();
    const r = await runCli(['measure', '--meter', 'rapl', '--epochs', '2', '--grace-seconds', '0.3', '--out', out, '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--then-hang', '--ignore-sigint', '--pause', '0.6'], { ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    expect(r.code, r.stderr).toBe(0);
    const m = read(out);
    expect(m).toMatchObject({ status: 'stopped', signal: 'SIGTERM', epochsRequested: 2 });
    expect(m.epochs.map((e) => Math.round(e.joules))).toEqual([30, 10]);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('leaves a valid file with the finished epochs when energy-diff itself is interrupted (SIGINT)', async () => {
    const { tree, out } = setup();
    const cli = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli.ts'), 'measure', '--meter', 'rapl', '--grace-seconds', '1', '--out', out, '--', '/usr/bin/python3', TRAIN, '--powercap', tree.root, '--joules', '30,10,10,12,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9,9', '--pause', '0.25'], {
      cwd: repo,
      env: { ...process.env, ENERGY_DIFF_POWERCAP_ROOT: tree.root },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    cli.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => cli.on('close', (code) => resolve(code)));
    // Wait until two epochs are on disk, then interrupt energy-diff.
    for (let i = 0; i < 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      if (existsSync(out) && read(out).epochs.length >= 2) break;
    }
    cli.kill('SIGINT');
    const code = await exited;
    expect(code, stderr).toBe(130);
    const m = read(out);
    expect(m.status).toBe('interrupted');
    expect(m.endTime).not.toBeNull();
    expect(m.epochs.length).toBeGreaterThanOrEqual(2);
    expect(m.epochs.length).toBeLessThan(20);
    expect(m.epochs.slice(0, 2).map((e) => Math.round(e.joules))).toEqual([30, 10]);
  }, 30000);

  it('rejects a missing command and an unreadable meter with clear errors', async () => {
    expect((await runCli(['measure', '--meter', 'rapl'])).stderr).toMatch(/no command to run/);
    const r = await runCli(['measure', '--meter', 'rapl', '--', 'true'], { ENERGY_DIFF_POWERCAP_ROOT: '/nonexistent-powercap' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E_RAPL_UNAVAILABLE/);
    const { tree, out } = setup();
    const missing = await runCli(['measure', '--meter', 'rapl', '--out', out, '--', '/nonexistent/train'], { ENERGY_DIFF_POWERCAP_ROOT: tree.root });
    expect(missing.stderr).toMatch(/command not found: \/nonexistent\/train/);
    expect(read(out)).toMatchObject({ status: 'failed', epochs: [] });
  });
});
