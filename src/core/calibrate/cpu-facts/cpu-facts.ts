// `calibrate fit --device auto` on a CPU: device facts of this machine from the text of /proc/cpuinfo and the
// sysfs cache entries (read by adapters/cpu-facts.ts). What the kernel does not say (TDP, idle power, memory
// bandwidth) comes from the spec table when the model name matches an entry, else from flags, else from a
// stated assumption; every source is named in `sources`, which goes into the profile's provenance.
import { CPU_IDLE_FRACTION, cpuPeakFp32, SPEC_DEVICES, type DeviceFacts, type SpecDevice } from '../../estimate/index.js';

export interface CacheEntry {
  /** cpu index the entry was read under (cpuN/cache/indexM). */
  cpu: number;
  level: number;
  type: string;
  /** As sysfs writes it: 32K, 512K, 32768K, 1M. */
  size: string;
  /** shared_cpu_list: the CPUs sharing this cache (0-1, 0,2). */
  sharedCpus: string;
}

export interface CpuInfo {
  modelName: string;
  /** Logical CPUs listed. */
  logical: number;
  /** Physical cores (distinct physical id + core id), or the logical count when cpuinfo does not say. */
  cores: number;
  mhz?: number;
  flags: Set<string>;
}

export function parseCpuinfo(text: string): CpuInfo {
  const blocks = text.split(/\n\s*\n/).map((b) => Object.fromEntries(b.split('\n').map((l) => {
    const i = l.indexOf(':');
    return i < 0 ? [l.trim(), ''] : [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }))).filter((b) => b.processor !== undefined);
  const first = blocks[0] ?? {};
  const physical = new Set(blocks.map((b) => `${b['physical id'] ?? ''}:${b['core id'] ?? b.processor}`));
  const mhz = Number(first['cpu MHz']);
  return {
    modelName: first['model name'] ?? first['Processor'] ?? first['cpu model'] ?? 'unknown CPU',
    logical: blocks.length,
    cores: blocks.some((b) => b['core id'] !== undefined) ? physical.size : blocks.length,
    ...(Number.isFinite(mhz) && mhz > 0 ? { mhz } : {}),
    flags: new Set((first.flags ?? first.Features ?? '').split(/\s+/).filter(Boolean)),
  };
}

export function cacheBytes(size: string): number {
  const m = /^(\d+)\s*([KMG]?)/i.exec(size.trim());
  if (!m) return 0;
  return Number(m[1]) * ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2]!.toUpperCase()]!;
}

/** Total bytes per cache level (data and unified caches), each physical cache counted once. */
export function cacheTotals(entries: CacheEntry[]): { l1Bytes?: number; l2Bytes?: number; l3Bytes?: number } {
  const seen = new Set<string>();
  const total: Record<number, number> = {};
  for (const e of entries) {
    if (e.type === 'Instruction') continue;
    const key = `${e.level}:${e.type}:${e.sharedCpus}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total[e.level] = (total[e.level] ?? 0) + cacheBytes(e.size);
  }
  return { ...(total[1] ? { l1Bytes: total[1] } : {}), ...(total[2] ? { l2Bytes: total[2] } : {}), ...(total[3] ? { l3Bytes: total[3] } : {}) };
}

/** fp32 lanes of the widest vector unit the flags name, and FMA units per core (two on AVX2/AVX-512 cores). */
export function simd(flags: Set<string>): { lanes: number; fmaUnits: number; name: string } {
  if (flags.has('avx512f')) return { lanes: 16, fmaUnits: 2, name: 'AVX-512' };
  if (flags.has('avx2') || flags.has('avx')) return { lanes: 8, fmaUnits: flags.has('fma') ? 2 : 1, name: flags.has('avx2') ? 'AVX2' : 'AVX' };
  if (flags.has('asimd')) return { lanes: 4, fmaUnits: 2, name: 'NEON' };
  return { lanes: 4, fmaUnits: 1, name: 'SSE' };
}

const normalize = (s: string): string => s.toLowerCase().replace(/\((r|tm)\)|\bcpu\b|@.*$|processor|\b(with|w\/).*$/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();

/** The spec-table CPU whose name is this model name (Intel(R) Xeon(R) Gold 5120 CPU @ 2.20GHz → xeon-gold-5120). */
export function matchSpecCpu(modelName: string): SpecDevice | undefined {
  const want = normalize(modelName);
  if (!want) return undefined;
  return SPEC_DEVICES.find((d) => d.facts.kind === 'cpu' && (() => {
    const names = [d.facts.name, ...(/\(([^)]+)\)/.exec(d.facts.name)?.slice(1) ?? [])].map(normalize);
    return names.some((n) => n === want || (want.length > 6 && n.endsWith(want)) || (n.length > 6 && want.endsWith(n)));
  })());
}

export interface PowerFlags {
  tdpW?: number;
  idleW?: number;
  memoryBandwidthGBs?: number;
}

/** Assumed when neither the spec table nor a flag gives it: a server core's share of package power. */
export const ASSUMED_TDP_W_PER_CORE = 6;
/** Assumed memory bandwidth per core when no flag gives it: about one DDR4-3200 channel per core, GB/s. */
export const ASSUMED_GBS_PER_CORE = 12.8;

export function autoCpuFacts(info: CpuInfo, caches: CacheEntry[], flags: PowerFlags = {}): { facts: DeviceFacts; sources: string[]; assumed: string[] } {
  const spec = matchSpecCpu(info.modelName);
  const v = simd(info.flags);
  const clockGHz = info.mhz !== undefined ? Math.round(info.mhz) / 1000 : (spec?.facts.clockGHz ?? 2);
  const sources = [`model name, ${info.cores} cores and clock from /proc/cpuinfo; caches from /sys/devices/system/cpu/*/cache; fp32 peak from ${v.name} (${v.lanes} lanes x ${v.fmaUnits} FMA units)`];
  const assumed: string[] = [];
  let tdpW: number;
  if (flags.tdpW !== undefined) {
    tdpW = flags.tdpW;
    sources.push(`TDP ${tdpW} W from --tdp-w`);
  } else if (spec) {
    tdpW = spec.facts.tdpW;
    sources.push(`TDP ${tdpW} W from the spec table (${spec.id}: ${spec.source})`);
  } else {
    tdpW = ASSUMED_TDP_W_PER_CORE * info.cores;
    assumed.push(`TDP ${tdpW} W assumed (${ASSUMED_TDP_W_PER_CORE} W per core: '${info.modelName}' is not in the spec table; pass --tdp-w)`);
  }
  let idlePowerW: number;
  if (flags.idleW !== undefined) {
    idlePowerW = flags.idleW;
    sources.push(`idle ${idlePowerW} W from --idle-w`);
  } else {
    idlePowerW = Math.round(tdpW * CPU_IDLE_FRACTION * 10) / 10;
    (spec || flags.tdpW !== undefined ? sources : assumed).push(`idle ${idlePowerW} W = ${CPU_IDLE_FRACTION} x TDP, an assumption (pass --idle-w)`);
  }
  let bandwidth: number;
  if (flags.memoryBandwidthGBs !== undefined) {
    bandwidth = flags.memoryBandwidthGBs * 1e9;
    sources.push(`memory bandwidth ${flags.memoryBandwidthGBs} GB/s from --memory-bandwidth-gbs`);
  } else if (spec) {
    bandwidth = spec.facts.memoryBandwidthBytesPerS;
    sources.push(`memory bandwidth from the spec table (${spec.id})`);
  } else {
    bandwidth = ASSUMED_GBS_PER_CORE * 1e9 * info.cores;
    assumed.push(`memory bandwidth ${(bandwidth / 1e9).toFixed(1)} GB/s assumed (${ASSUMED_GBS_PER_CORE} GB/s per core; pass --memory-bandwidth-gbs)`);
  }
  const facts: DeviceFacts = {
    name: info.modelName, kind: 'cpu', tdpW, idlePowerW, cores: info.cores, clockGHz, ...cacheTotals(caches),
    memoryBandwidthBytesPerS: bandwidth, peakFlopsPerS: { fp32: cpuPeakFp32(info.cores, clockGHz, v.fmaUnits, v.lanes) },
  };
  return { facts, sources, assumed };
}

/**
 * Channels per block of onnxruntime's NCHWc kernels on this CPU (MLAS: 16 with AVX-512, 8 with AVX2); 0 where it
 * has none, so its graph stays NCHW. Recorded with onnxruntime bench records: the fusion rules depend on it.
 */
export function nchwcBlockOf(flags: Set<string>): number {
  if (flags.has('avx512f')) return 16;
  if (flags.has('avx2')) return 8;
  return 0;
}
