// `energy-diff calibrate bench` end to end on this CPU: Debian's /usr/bin/python3 with torch runs the layers, a fake
// powercap tree whose counter ticks at a known steady power is the meter. The counter ticks every 100 ms (as
// NVML's does), so the metered window is up to a tick longer than the work: only the idle subtraction brings the
// per-call energy back to power x worker-timed seconds. Then `calibrate fit --method roofline` must take the file.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { layerOfConfig, readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { validateProfile } from '../../src/core/estimate/index.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const CLOCK = join(repo, 'test/calibrate-bench/fixtures/powercap-clock.py');
const PYTHON = '/usr/bin/python3';
const WATTS = 40;
const TICK_S = 0.1;

const PLAN = {
  schema: 'energy-diff/bench-plan@1',
  entries: [
    { op: 'Conv2d', config: { batch: 2, in_channels: 8, out_channels: 16, image_size: 16, kernel_size: 3, stride: 1, padding: 1, groups: 1 } },
    { op: 'Linear', config: { batch: 4, in_features: 64, out_features: 32 } },
    { op: 'Linear', config: { batch: 4, in_features: 64, out_features: 32 }, mode: 'train' },
    { op: 'Softmax', config: { rows: 64, cols: 100 } },
  ],
};

let clock: ChildProcess | undefined;
let root = '';
let dir = '';

beforeAll(() => {
  const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 262143328850, energyUj: 262143328850 - 3_000_000, maxPowerUw: 100_000_000 }]);
  root = tree.root;
  // Started 3 J below the wrap: the first windows cross it.
  clock = spawn(PYTHON, [CLOCK, join(root, 'intel-rapl:0'), String(WATTS), String(TICK_S)], { stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'energy-diff-bench-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(PLAN));
});

afterAll(() => {
  clock?.kill();
});

async function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runMain(args, { ...process.env, ENERGY_DIFF_POWERCAP_ROOT: root, OMP_NUM_THREADS: '1', ...env }, dir);
}

const BENCH = ['calibrate', 'bench', '--python', PYTHON, '--plan', 'plan.json', '--window-seconds', '0.3', '--idle-seconds', '0.8', '--meter', 'rapl'];

describe('energy-diff calibrate bench on the CPU with a fake RAPL counter', () => {
  it('writes one valid layer-measurement line per config: power x worker seconds per call, idle = the fake power', async () => {
    const r = await runCli([...BENCH, '--out', 'm.jsonl']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(dir, 'm.jsonl'), 'utf8');
    const rows = readMeasurementJsonl(text, 'm.jsonl');
    expect(rows.map((m) => [m.op, m.mode])).toEqual(PLAN.entries.map((e) => [e.op, e.mode ?? 'inference']));
    const raw = text.trim().split('\n').map((l) => JSON.parse(l) as { calls: number; gapSeconds: number; windowSeconds: number; windowJoules: number });
    let gapTotal = 0;
    const ratios: number[] = [];
    for (const [i, m] of rows.entries()) {
      expect(m.source).toBe('energy-diff');
      expect(m.macs).toBe(layerOfConfig(m.op, m.config)!.macs);
      expect(m.idlePowerW).toBeGreaterThan(WATTS * 0.95);
      expect(m.idlePowerW).toBeLessThan(WATTS * 1.05);
      // Energy per call = steady power x the worker-timed seconds per call, once idle x gap is taken out. The fake
      // counter is written by a process that shares two busy cores, so a tick can show up ~20 ms late: 10% per row.
      ratios.push(m.joulesPerCall! / (WATTS * m.secondsPerCall!));
      expect(ratios.at(-1)).toBeGreaterThan(0.9);
      expect(ratios.at(-1)).toBeLessThan(1.1);
      const w = raw[i]!;
      expect(w.windowJoules).toBeCloseTo(WATTS * TICK_S * Math.round(w.windowJoules / (WATTS * TICK_S)), 6); // whole ticks
      gapTotal += w.gapSeconds;
      expect(m.device).toMatchObject({ kind: 'cpu', meter: 'rapl', meterDomains: ['rapl:0-package-0'] });
    }
    ratios.sort((a, b) => a - b);
    expect((ratios[1]! + ratios[2]!) / 2).toBeCloseTo(1, 1);
    // The windows did run past the work (by up to a tick): without the subtraction every ratio would be 1.1 to 1.4.
    expect(gapTotal / rows.length).toBeGreaterThan(0.03);

    // roofline is the default method.
    const fit = await runCli(['calibrate', 'fit', '--data', 'm.jsonl', '--device', 'x86-server-2s-32c', '--id', 'bench-test', '--fit-date', '2026-11-30', '--out', 'profile.json']);
    expect(fit.code, fit.stderr).toBe(0);
    const file = join(dir, 'profile.json');
    const profile = validateProfile(JSON.parse(readFileSync(file, 'utf8')), file);
    expect(profile).toMatchObject({ id: 'bench-test', calibrated: true, calibratedOn: 'm.jsonl', predictor: { kind: 'roofline-v1' } });
    expect(profile.device.idlePowerW).toBeCloseTo(rows[0]!.idlePowerW!, 9);

    // A rerun skips what is there; a torn last line (a crash mid-write) is cut off first.
    appendFileSync(join(dir, 'm.jsonl'), '{"schema":"energy-diff/layer-measurement@1","op":"Conv');
    const again = await runCli([...BENCH, '--out', 'm.jsonl']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/resuming: 4 of 4 configs already in/);
    expect(again.stderr).toMatch(/removed an unfinished last line/);
    expect(readFileSync(join(dir, 'm.jsonl'), 'utf8')).toBe(text);
  }, 60000);

  it('keeps every finished line when interrupted (SIGINT), and exits 130', async () => {
    const out = join(dir, 'interrupted.jsonl');
    const many = { entries: Array.from({ length: 30 }, (_, i) => ({ op: 'ReLU', config: { elements: 1000 + i } })) };
    writeFileSync(join(dir, 'many.json'), JSON.stringify(many));
    const cli = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli.ts'), ...BENCH.slice(0, 4), '--plan', join(dir, 'many.json'), '--window-seconds', '0.2', '--idle-seconds', '0.3', '--meter', 'rapl', '--out', out], {
      cwd: repo, env: { ...process.env, ENERGY_DIFF_POWERCAP_ROOT: root }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    cli.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => cli.on('close', (code) => resolve(code)));
    const lines = () => (existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter((l) => l).length : 0);
    for (let i = 0; i < 300 && lines() < 2; i++) await new Promise((r) => setTimeout(r, 50));
    cli.kill('SIGINT');
    expect(await exited, stderr).toBe(130);
    expect(stderr).toMatch(/SIGINT: stopping; every finished config is already in/);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const rows = readMeasurementJsonl(text, out);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBeLessThan(30);
    expect(rows.map((m) => m.config.elements)).toEqual(many.entries.slice(0, rows.length).map((e) => e.config.elements));
  }, 60000);

  it('names the fix when torch, Python or the meter is missing', async () => {
    // A torch package that fails to import shadows the real one, whatever the interpreter has installed.
    const shadow = join(dir, 'no-torch');
    mkdirSync(join(shadow, 'torch'), { recursive: true });
    writeFileSync(join(shadow, 'torch', '__init__.py'), 'raise ImportError("No module named torch")\n');
    const noTorch = await runCli([...BENCH, '--out', 'x.jsonl'], { PYTHONPATH: shadow });
    expect(noTorch.code).toBe(1);
    expect(noTorch.stderr).toMatch(/PyTorch is not importable by '\/usr\/bin\/python3' \(cannot import torch: No module named torch\): install it there \(pip install torch.*--python.*ENERGY_DIFF_PYTHON.*\[E_BENCH_NO_TORCH\]/);

    const noPython = await runCli([...BENCH.map((a) => (a === PYTHON ? '/nonexistent/python3' : a)), '--out', 'x.jsonl']);
    expect(noPython.stderr).toMatch(/Python interpreter '\/nonexistent\/python3' not found: install Python 3 with PyTorch, or pass --python.*\[E_BENCH_PYTHON\]/);

    const noMeter = await runCli([...BENCH, '--out', 'x.jsonl'], { ENERGY_DIFF_POWERCAP_ROOT: join(dir, 'no-powercap') });
    expect(noMeter.code).toBe(1);
    expect(noMeter.stderr).toMatch(/E_RAPL_UNAVAILABLE/);
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
  }, 30000);
});
