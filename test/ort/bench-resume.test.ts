// `calibrate bench --runtime onnxruntime --meter none`: latency records that say so and name the runtime, its
// version, execution provider, threads and CPU; a budget stops the run between configs; a rerun resumes without
// repeating a config (the same config at another thread count is another measurement); `calibrate fit` takes
// the records as a latency fit.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ortForTests } from './ort-for-tests.js';
import { entryKey, readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { validateProfile } from '../../src/core/estimate/index.js';
import { runMain } from '../helpers/cli.js';

const PLAN: { schema: string; entries: { op: string; config: Record<string, number> }[] } = {
  schema: 'energy-diff/bench-plan@1',
  entries: [
    { op: 'ReLU', config: { elements: 4096 } },
    { op: 'ReLU', config: { elements: 8192 } },
    { op: 'Softmax', config: { rows: 16, cols: 64 } },
    { op: 'Linear', config: { batch: 4, in_features: 64, out_features: 32 } },
    { op: 'Conv2d', config: { batch: 1, in_channels: 16, out_channels: 16, image_size: 8, kernel_size: 3, stride: 1, padding: 1, groups: 1 } },
    { op: 'Add', config: { elements: 2048 } },
  ],
};

let ortInstalled = true;
const dir = mkdtempSync(join(tmpdir(), 'energy-diff-ort-bench-'));
beforeAll(async () => {
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(PLAN));
  ortInstalled = (await ortForTests()) !== undefined;
});

const BENCH = ['calibrate', 'bench', '--runtime', 'onnxruntime', '--meter', 'none', '--plan', 'plan.json', '--window-seconds', '0.02'];
const run = (args: string[]) => runMain(args, process.env, dir);
const keys = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as { op: string; config: Record<string, number>; mode: 'inference'; device: { threads: number } })
  .map((o) => `${entryKey(o)}|threads=${o.device.threads}`);

describe('calibrate bench --runtime onnxruntime', () => {
  it('stops at the budget, resumes without repeating a config, and writes latency records that say what ran', async (ctx) => {
    if (!ortInstalled) ctx.skip();
    // A budget shorter than one config: the first config runs, then the run stops cleanly.
    const cut = await run([...BENCH, '--budget-minutes', '0.0005', '--out', 'm.jsonl']);
    expect(cut.code, cut.stderr).toBe(0);
    expect(cut.stderr).toMatch(/budget of 0\.03 s reached after 1 configs; 5 left for a rerun \(it resumes\)/);
    const first = readFileSync(join(dir, 'm.jsonl'), 'utf8');
    expect(first.trim().split('\n')).toHaveLength(1);

    const rest = await run([...BENCH, '--out', 'm.jsonl']);
    expect(rest.code, rest.stderr).toBe(0);
    expect(rest.stderr).toMatch(/resuming: 1 of 6 configs already in/);
    expect(rest.stderr).toMatch(/5 written, 1 already there, 0 skipped/);
    const text = readFileSync(join(dir, 'm.jsonl'), 'utf8');
    expect(text.startsWith(first)).toBe(true);
    expect(new Set(keys(text)).size).toBe(6);
    expect(keys(text).sort()).toEqual(PLAN.entries.map((e) => `${entryKey({ ...e, mode: 'inference' })}|threads=1`).sort());

    const again = await run([...BENCH, '--out', 'm.jsonl']);
    expect(again.stderr).toMatch(/0 written, 6 already there/);
    expect(readFileSync(join(dir, 'm.jsonl'), 'utf8')).toBe(text);

    // Two threads is another measurement of the same configs.
    const two = await run([...BENCH, '--threads', '2', '--out', 'm.jsonl']);
    expect(two.stderr).toMatch(/6 written, 0 already there/);
    expect(new Set(keys(readFileSync(join(dir, 'm.jsonl'), 'utf8'))).size).toBe(12);

    const raw = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const r of raw) {
      expect(r).toMatchObject({ measured: 'latency', note: expect.stringMatching(/no energy counter: latency only/) });
      expect(r.joulesPerCall).toBeUndefined();
      expect(r.device).toMatchObject({ runtime: 'onnxruntime', runtimeVersion: expect.stringMatching(/^\d+\.\d+/), executionProvider: 'cpu', threads: 1, meter: 'none', kind: 'cpu' });
      expect(typeof (r.device as { name: unknown }).name).toBe('string');
      expect(r.ort).toMatchObject({ kernelSecondsPerCall: expect.any(Number), kernels: expect.any(Array) });
    }
    const rows = readMeasurementJsonl(text, 'm.jsonl');
    expect(rows.every((m) => m.joulesPerCall === undefined && m.secondsPerCall! > 0 && m.runtimeTimes!.kernelSeconds > 0)).toBe(true);
    // The conv ran as ORT's NCHWc kernel (reorders around it), the others did not.
    expect(rows.map((m) => [m.op, m.runtimeTimes!.layout])).toContainEqual(['Conv2d', 'nchwc']);
    expect(rows.filter((m) => m.op !== 'Conv2d').every((m) => m.runtimeTimes!.layout === 'nchw')).toBe(true);
  }, 120_000);

  it('fits the latency records: time calibrated, power spec-derived, with the runtime it ran in', async (ctx) => {
    if (!ortInstalled) ctx.skip();
    // Only the one-thread records: a fit is of one runtime setup.
    const one = readFileSync(join(dir, 'm.jsonl'), 'utf8').trim().split('\n').filter((l) => JSON.parse(l).device.threads === 1);
    writeFileSync(join(dir, 'one.jsonl'), one.join('\n') + '\n');
    const fit = await run(['calibrate', 'fit', '--method', 'roofline', '--device', 'x86-server-2s-32c', '--data', 'one.jsonl', '--fit-date', '2026-12-01', '--out', 'p.json']);
    expect(fit.code, fit.stderr).toBe(0);
    expect(fit.stdout).toMatch(/^time calibrated, power spec-derived/);
    const profile = validateProfile(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')), 'p.json');
    expect(profile.provenance).toMatch(/^time calibrated, power spec-derived: .*onnxruntime .*\(cpu, 1 thread;.*\(TDP - idle\) x 0\.016 of the cores/);
    const p = profile.predictor as unknown as { runtime: Record<string, unknown>; inference: Record<string, { dynamicPowerW: number; joulesPerFlop: number }> };
    expect(p.runtime).toMatchObject({ name: 'onnxruntime', executionProvider: 'cpu', threads: 1, fusion: 'onnxruntime-cpu@1' });
    // 64 cores, 1 thread: 1/64 of (410 W - idle) above idle while a call runs.
    const idle = profile.device.idlePowerW;
    for (const c of Object.values(p.inference)) {
      expect(c.dynamicPowerW).toBeCloseTo((410 - idle) / 64, 6);
      expect(c.joulesPerFlop).toBe(0);
    }
    // Mixed setups are refused, not averaged.
    const mixed = await run(['calibrate', 'fit', '--method', 'roofline', '--device', 'x86-server-2s-32c', '--data', 'm.jsonl', '--out', 'q.json']);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/2 runtime setups .*threads=1.*threads=2.*fit each setup on its own \[E_CALIBRATE\]/);
  }, 60_000);
});
