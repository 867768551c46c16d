import { spawn, spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createRaplMeter } from '../../src/adapters/meters/rapl.js';
import { discoverZones, wrapSafeIntervalMs } from '../../src/adapters/meters/rapl-zones.js';
import { makePowercap } from './fake-powercap.js';

const RANGE = 262143328850; // a real Skylake-SP package's max_energy_range_uj
const repo = fileURLToPath(new URL('../..', import.meta.url));

function twoSockets() {
  return makePowercap([
    { dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: RANGE, energyUj: 1_000_000, maxPowerUw: 125_000_000 },
    { dir: 'intel-rapl:0:0', name: 'dram', maxRangeUj: 65712999613, energyUj: 5_000_000 },
    { dir: 'intel-rapl:1', name: 'package-1', maxRangeUj: RANGE, energyUj: RANGE - 2_000_000, maxPowerUw: 125_000_000 },
    // package 1 has no dram domain (not every board exposes one)
    { dir: 'intel-rapl:2', name: 'psys', maxRangeUj: RANGE, energyUj: 0 },
  ]);
}

describe('RAPL meter on a fake powercap tree', () => {
  it('finds every package, the dram sub-zone where there is one, and psys (reported, not added)', () => {
    const { root } = twoSockets();
    const domains = createRaplMeter({ root }).info.domains;
    expect(domains.map((d) => [d.id, d.kind, d.inTotal])).toEqual([
      ['rapl:0-package-0', 'package', true],
      ['rapl:0:0-dram', 'dram', true],
      ['rapl:1-package-1', 'package', true],
      ['rapl:2-psys', 'psys', false],
    ]);
  });

  it('reads the root from ENERGY_DIFF_POWERCAP_ROOT', () => {
    const { root } = twoSockets();
    expect(createRaplMeter({ env: { ENERGY_DIFF_POWERCAP_ROOT: root } }).info.domains).toHaveLength(4);
  });

  it('counts joules since start, across a counter wraparound of package 1', async () => {
    const tree = twoSockets();
    const meter = createRaplMeter({ root: tree.root });
    let t = 0;
    await meter.start(() => t);
    tree.set('intel-rapl:0', 1_000_000 + 30_000_000); // +30 J
    tree.set('intel-rapl:0:0', 5_000_000 + 4_500_000); // +4.5 J
    tree.set('intel-rapl:1', 3_000_000); // wrapped: 2 J to the top, then 3 J
    t = 1;
    const s = await meter.stop();
    expect(s.t).toBe(1);
    expect(s.joules['rapl:0-package-0']).toBeCloseTo(30, 9);
    expect(s.joules['rapl:0:0-dram']).toBeCloseTo(4.5, 9);
    expect(s.joules['rapl:1-package-1']).toBeCloseTo(5, 9);
    expect(s.joules['rapl:2-psys']).toBe(0);
    expect(meter.history().map((h) => h.t)).toEqual([0, 1]);
  });

  it('samples often enough that the fastest zone cannot wrap twice between samples', () => {
    const { root } = twoSockets();
    // 262 kJ at 125 W wraps after ~35 min: capped at 1 s.
    expect(wrapSafeIntervalMs(discoverZones(root))).toBe(1000);
    // 1 J at 100 W wraps every 10 ms: a quarter of it.
    const small = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 1_000_000, energyUj: 0, maxPowerUw: 100_000_000 }]);
    expect(wrapSafeIntervalMs(discoverZones(small.root))).toBeCloseTo(2.5, 9);
    expect(createRaplMeter({ root: small.root, intervalMs: 500 }).info.sampleIntervalMs).toBeCloseTo(2.5, 9);
  });

  it('background sampling keeps up with a counter that wraps every 0.2 s', async () => {
    // 2 J range, 20 W limit: wraps every 0.1 s at full power, so the meter samples every 25 ms.
    const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 2_000_000, energyUj: 0, maxPowerUw: 20_000_000 }]);
    const meter = createRaplMeter({ root: tree.root });
    expect(meter.info.sampleIntervalMs).toBeCloseTo(25, 9);
    await meter.start(() => performance.now() / 1000);
    // 10 W for 1.2 s: 12 J added, six wraps, none of them visible to a meter reading only at start and stop.
    const writer = spawn('/usr/bin/python3', [join(repo, 'test/meters/fixtures/rapl-writer.py'), join(tree.root, 'intel-rapl:0'), '10', '1.2']);
    let printed = '';
    writer.stdout.on('data', (d) => (printed += d));
    await new Promise((resolve) => writer.on('close', resolve));
    const last = await meter.stop();
    expect(Number(printed) / 1e6).toBeGreaterThan(4); // at least two wraps, even on a slow machine
    expect(last.joules['rapl:0-package-0']).toBeCloseTo(Number(printed) / 1e6, 6);
    expect(meter.history().length).toBeGreaterThan(20);
  });

  it('names the fix when there is no powercap tree', () => {
    expect(() => createRaplMeter({ root: join(repo, 'no-such-powercap') })).toThrow(/no RAPL zones.*modprobe intel_rapl_common/);
  });

  it('names the permission fix when energy_uj is root-only (kernel >= 5.10)', () => {
    const tree = twoSockets();
    const counter = join(tree.root, 'intel-rapl:1', 'energy_uj');
    chmodSync(counter, 0o000); // sysfs makes it 0400 root; 000 also denies a non-root owner running the tests
    // Root reads through any mode bits, so the probe runs as user nobody (uid 65534) when the tests run as root.
    // It is bundled into the (world-readable) temp tree first: nobody may not be able to enter the checkout.
    const asRoot = process.getuid?.() === 0;
    const bundle = join(tree.root, 'rapl-probe.mjs');
    buildSync({ entryPoints: [join(repo, 'test/meters/fixtures/rapl-probe.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    chmodSync(bundle, 0o644);
    const probe = spawnSync(process.execPath, [bundle, tree.root], {
      cwd: tree.root,
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(probe.status, probe.stderr).toBe(0);
    const result = JSON.parse(probe.stdout) as { ok: boolean; code: string; message: string; file: string };
    expect(result).toMatchObject({ ok: false, code: 'E_RAPL_PERMISSION', file: counter });
    expect(result.message).toContain('sudo chmod o+r /sys/class/powercap/intel-rapl:*/energy_uj');
    expect(result.message).toContain('udev');
  });
});
