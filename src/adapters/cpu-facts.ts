// Reads this machine's CPU description for `calibrate fit --device auto` and the bench records: /proc/cpuinfo
// and /sys/devices/system/cpu/cpu*/cache/index*/ (parsed by core/calibrate/cpu-facts/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCpuinfo, type CacheEntry, type CpuInfo } from '../core/calibrate/index.js';
import { EnergyDiffError } from '../core/common/index.js';

export interface CpuSources {
  cpuinfo: string;
  sysCpu: string;
}

const DEFAULT_SOURCES: CpuSources = { cpuinfo: '/proc/cpuinfo', sysCpu: '/sys/devices/system/cpu' };

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function readCpuinfo(sources: CpuSources = DEFAULT_SOURCES): CpuInfo {
  const text = read(sources.cpuinfo);
  if (text === undefined) throw new EnergyDiffError('E_DEVICE_AUTO', 'cannot read the CPU description (Linux only): pass --device with a spec-table id instead', { file: sources.cpuinfo });
  return parseCpuinfo(text);
}

export function readCaches(sources: CpuSources = DEFAULT_SOURCES): CacheEntry[] {
  const out: CacheEntry[] = [];
  if (!existsSync(sources.sysCpu)) return out;
  for (const cpuDir of readdirSync(sources.sysCpu).filter((d) => /^cpu\d+$/.test(d))) {
    const cacheDir = join(sources.sysCpu, cpuDir, 'cache');
    if (!existsSync(cacheDir)) continue;
    for (const index of readdirSync(cacheDir).filter((d) => /^index\d+$/.test(d))) {
      const at = (f: string) => read(join(cacheDir, index, f));
      const level = Number(at('level'));
      const size = at('size');
      if (!Number.isInteger(level) || !size) continue;
      out.push({ cpu: Number(cpuDir.slice(3)), level, type: at('type') ?? 'Unified', size, sharedCpus: at('shared_cpu_list') ?? cpuDir.slice(3) });
    }
  }
  return out;
}
