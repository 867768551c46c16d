// Discovers RAPL zones under /sys/class/powercap (or ENERGY_DIFF_POWERCAP_ROOT): every package intel-rapl:N and
// its subzones intel-rapl:N:M (dram, core, uncore), and psys where the platform has it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainInfo, DomainKind } from '../../core/measure/index.js';
import { EnergyDiffError } from '../../core/common/index.js';

export const DEFAULT_POWERCAP_ROOT = '/sys/class/powercap';
export const POWERCAP_ROOT_ENV = 'ENERGY_DIFF_POWERCAP_ROOT';
/** Assumed when a zone publishes no power limit: above any single server package, so we sample too often, not too rarely. */
const FALLBACK_MAX_POWER_W = 500;

export type ReadText = (path: string) => string;
export const readSysfs: ReadText = (path) => readFileSync(path, 'utf8');

export interface RaplZone {
  domain: DomainInfo;
  energyPath: string;
  maxRangeUj: number;
  maxPowerW: number;
}

const ZONE_RE = /^intel-rapl:(\d+)(?::(\d+))?$/;

function kindOf(name: string): DomainKind {
  if (name.startsWith('package')) return 'package';
  if (name === 'dram' || name === 'core' || name === 'uncore' || name === 'psys') return name;
  return 'other';
}

export function permissionError(path: string): EnergyDiffError {
  return new EnergyDiffError(
    'E_RAPL_PERMISSION',
    'RAPL energy counters are readable by root only (Linux >= 5.10, a mitigation for the PLATYPUS side channel). ' +
      'Allow reads with `sudo chmod o+r /sys/class/powercap/intel-rapl:*/energy_uj /sys/class/powercap/intel-rapl:*:*/energy_uj` ' +
      '(until reboot) or a udev rule: ACTION=="add", SUBSYSTEM=="powercap", RUN+="/bin/chmod o+r /sys%p/energy_uj"; ' +
      'or run energy-diff measure with sudo, or pick --meter nvml',
    { file: path },
  );
}

function isPermission(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM';
}

/** Reads a counter file; permission problems become the message with the fix. */
export function readMicrojoules(read: ReadText, path: string): number {
  let text: string;
  try {
    text = read(path);
  } catch (err) {
    if (isPermission(err)) throw permissionError(path);
    throw new EnergyDiffError('E_RAPL_READ', `cannot read RAPL counter: ${(err as Error).message}`, { file: path });
  }
  const value = Number(text.trim());
  if (!Number.isFinite(value) || value < 0) throw new EnergyDiffError('E_RAPL_READ', `not a counter value: '${text.trim()}'`, { file: path });
  return value;
}

function optionalNumber(read: ReadText, path: string): number | undefined {
  try {
    const v = Number(read(path).trim());
    return Number.isFinite(v) && v > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

function zoneAt(read: ReadText, root: string, dirName: string, parentPowerW: number | undefined): RaplZone {
  const dir = join(root, dirName);
  const name = read(join(dir, 'name')).trim();
  const kind = kindOf(name);
  const maxRangeUj = optionalNumber(read, join(dir, 'max_energy_range_uj'));
  if (maxRangeUj === undefined) throw new EnergyDiffError('E_RAPL_READ', 'missing or unreadable max_energy_range_uj: cannot handle counter wraparound', { file: dir });
  const limitUw = optionalNumber(read, join(dir, 'constraint_0_max_power_uw')) ?? optionalNumber(read, join(dir, 'constraint_0_power_limit_uw'));
  const maxPowerW = limitUw !== undefined ? limitUw / 1e6 : (parentPowerW ?? FALLBACK_MAX_POWER_W);
  // Sub-zones of a package have ids package-N/dram etc.; psys, core and uncore overlap other zones.
  const id = `rapl:${dirName.replace('intel-rapl:', '')}-${name}`;
  return {
    domain: { id, name, kind, inTotal: kind === 'package' || kind === 'dram' || kind === 'other', facts: { zone: dirName, maxEnergyRangeUj: maxRangeUj, maxPowerW } },
    energyPath: join(dir, 'energy_uj'),
    maxRangeUj,
    maxPowerW,
  };
}

export function discoverZones(root: string, read: ReadText = readSysfs): RaplZone[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    names = [];
  }
  const matches = names.map((n) => ({ n, m: ZONE_RE.exec(n) })).filter((x) => x.m !== null);
  if (matches.length === 0) {
    throw new EnergyDiffError(
      'E_RAPL_UNAVAILABLE',
      `no RAPL zones (intel-rapl:N) under ${root}: this is not a Linux machine with Intel/AMD RAPL, the powercap driver is not loaded (sudo modprobe intel_rapl_common), or a container hides /sys/class/powercap (mount it read-only); or pick --meter nvml`,
      { file: root },
    );
  }
  // Packages first so sub-zones can inherit their power limit; stable order by numbers.
  matches.sort((a, b) => Number(a.m![1]) - Number(b.m![1]) || Number(a.m![2] ?? -1) - Number(b.m![2] ?? -1));
  const packagePower = new Map<string, number>();
  return matches.map(({ n, m }) => {
    const zone = zoneAt(read, root, n, m![2] !== undefined ? packagePower.get(m![1]!) : undefined);
    if (m![2] === undefined) packagePower.set(m![1]!, zone.maxPowerW);
    return zone;
  });
}

/** Sampling interval that never misses a wrap: a quarter of the fastest zone's time to wrap at full power, at most 1 s. */
export function wrapSafeIntervalMs(zones: readonly RaplZone[]): number {
  const wrapSeconds = Math.min(...zones.map((z) => z.maxRangeUj / 1e6 / z.maxPowerW));
  return Math.max(1, Math.min(1000, (wrapSeconds * 1000) / 4));
}
