// This machine's CPU as device facts (`calibrate fit --device auto`) from the text of /proc/cpuinfo and sysfs
// (read by adapters/cpu-facts.ts), and the NCHWc block its SIMD width gives onnxruntime's conv kernels.
export { autoCpuFacts, cacheBytes, cacheTotals, matchSpecCpu, nchwcBlockOf, parseCpuinfo, simd, ASSUMED_GBS_PER_CORE, ASSUMED_TDP_W_PER_CORE } from './cpu-facts.js';
export type { CacheEntry, CpuInfo, PowerFlags } from './cpu-facts.js';
