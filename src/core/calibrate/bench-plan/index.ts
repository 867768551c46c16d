// Planning and windowing the layer micro-benchmarks of `calibrate bench`.
export { entriesOfLayers } from './layers.js';
export { BENCH_PLAN_SCHEMA, benchEntry, entryKey, mergeEntries, parsePlan, randomGrid } from './plan.js';
export type { BenchEntry, BenchMode } from './plan.js';
export { benchRecordLine, idlePower, windowResult } from './window.js';
