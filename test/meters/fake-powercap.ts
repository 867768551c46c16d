// Builds a fake /sys/class/powercap tree in a temp dir: real files the RAPL meter reads like sysfs.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeZone {
  dir: string; // e.g. intel-rapl:0 or intel-rapl:0:0
  name: string; // package-0, dram, psys, core
  maxRangeUj: number;
  energyUj: number;
  maxPowerUw?: number;
}

export function makePowercap(zones: FakeZone[]): { root: string; set(dir: string, energyUj: number): void } {
  const root = mkdtempSync(join(tmpdir(), 'energy-diff-powercap-'));
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'intel-rapl'));
  for (const z of zones) {
    const dir = join(root, z.dir);
    mkdirSync(dir);
    writeFileSync(join(dir, 'name'), `${z.name}\n`);
    writeFileSync(join(dir, 'max_energy_range_uj'), `${z.maxRangeUj}\n`);
    writeFileSync(join(dir, 'energy_uj'), `${z.energyUj}\n`);
    if (z.maxPowerUw !== undefined) writeFileSync(join(dir, 'constraint_0_max_power_uw'), `${z.maxPowerUw}\n`);
  }
  return { root, set: (dir, energyUj) => writeFileSync(join(root, dir, 'energy_uj'), `${energyUj}\n`) };
}
