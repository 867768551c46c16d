// `energy-diff calibrate fit` in-process: both shipped Xeon profiles (the paper's getzner-v1 models and the
// roofline-v1 one) must be exactly what the command produces from data/ (so they are reproducible),
// and bad invocations fail with a clear message.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateProfile } from '../../src/core/estimate/index.js';
import { captureIo } from '../helpers/cli.js';
import { cachedFit } from '../helpers/fit-cache.js';

const ROOT = join(import.meta.dirname, '../..');

const DATA = ['conv2d', 'maxpool2d', 'linear', 'relu', 'sigmoid', 'tanh', 'softmax'].map((s) => `data/getzner/${s}.csv`);
const REAL = ['conv2d', 'linear', 'maxpool2d'].map((s) => `data/getzner/real-configs/${s}.csv`);

/** `energy-diff calibrate fit <args> --out <tmp>` in-process: exit code, output, and the profile it wrote. */
function calibrateFit(args: string[]): Promise<{ code: number; out: string; err: string; profile: string }> {
  return cachedFit(['calibrate fit', ...args], async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'energy-diff-cal-')), 'xeon.json');
    const cli = captureIo(ROOT);
    const code = await main(['calibrate', 'fit', ...args, '--out', out], cli);
    return { code, out: cli.out, err: cli.err, profile: code === 0 ? readFileSync(out, 'utf8') : '' };
  });
}

describe('energy-diff calibrate fit', () => {
  it('reproduces hardware-profiles/xeon-gold-5120-getzner.json byte for byte from data/', async () => {
    const cli = await calibrateFit(['--data', DATA[0]!, ...DATA.slice(1), ...REAL, '--name', 'Intel Xeon Gold 5120 (Getzner et al. 2023 per-layer models)', '--fit-date', '2026-11-22']);
    expect(cli.code, cli.err).toBe(0);
    expect(cli.profile).toBe(readFileSync(join(ROOT, 'hardware-profiles/xeon-gold-5120-getzner.json'), 'utf8'));
    const profile = validateProfile(JSON.parse(cli.profile), 'xeon.json');
    expect(profile.predictor.kind).toBe('getzner-v1');
    expect(Object.keys(profile.fit?.perFamily ?? {})).toEqual(['Conv2d', 'MaxPool2d', 'Linear', 'ReLU', 'Sigmoid', 'Tanh', 'Softmax']);
    // 976 random Conv2d configs + 36 distinct real-architecture configs (108 rows, 3 repetitions each).
    expect(profile.fit?.perFamily?.Conv2d?.rows).toBe(976 + 36);
    expect(profile.uncertainty.low).toBeLessThanOrEqual(1);
    expect(profile.uncertainty.high).toBeGreaterThanOrEqual(1);
    expect(cli.out).toMatch(/^Linear\s+\d+\s+\d+\s+0\.99\d\d/m);
  }, 60_000);

  it('reproduces the roofline-v1 hardware-profiles/xeon-gold-5120.json byte for byte with --method roofline', async () => {
    const cli = await calibrateFit(['--method', 'roofline', '--data', DATA[0]!, ...DATA.slice(1), ...REAL, '--name', 'Intel Xeon Gold 5120 (roofline-v1, fitted on the Getzner et al. CPU layers)', '--fit-date', '2026-11-30']);
    expect(cli.code, cli.err).toBe(0);
    expect(cli.profile).toBe(readFileSync(join(ROOT, 'hardware-profiles/xeon-gold-5120.json'), 'utf8'));
    expect(cli.out).toMatch(/^gemm\s+1028\s+0\.99\d/m);
  }, 240_000);

  it('fails clearly on missing options, unknown devices and unreadable data', async () => {
    const cli = captureIo(ROOT);
    expect(await main(['calibrate', 'fit', '--data', DATA[0]!], cli)).toBe(2);
    expect(cli.err).toMatch(/--data and --out are required/);
    const bad = captureIo(ROOT);
    expect(await main(['calibrate', 'fit', '--data', DATA[0]!, '--out', '/tmp/x.json', '--device', 'cray-1'], bad)).toBe(1);
    expect(bad.err).toMatch(/unknown spec device 'cray-1'.*E_ARG/);
    const missing = captureIo(ROOT);
    expect(await main(['calibrate', 'fit', '--data', 'data/getzner/nope.csv', '--out', '/tmp/x.json'], missing)).toBe(1);
    expect(missing.err).toMatch(/data\/getzner\/nope\.csv: measurement file not found \[E_MEASUREMENT_NOT_FOUND\]/);
    const sub = captureIo(ROOT);
    expect(await main(['calibrate', 'refit'], sub)).toBe(2);
  });
});
