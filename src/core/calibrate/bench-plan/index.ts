// Planning and windowing the layer micro-benchmarks of `calibrate bench`.
export { entriesOfLayers } from './layers.js';
export { BENCH_PLAN_SCHEMA, benchEntry, entryKey, int8Entries, interleaveByOp, mergeEntries, parsePlan, randomGrid } from './plan.js';
export type { BenchEntry, BenchMode } from './plan.js';
export { LATENCY_ONLY_NOTE, benchRecordLine, idlePower, latencyRecordLine, runtimeKey, windowResult } from './window.js';
export { BENCH_MODEL_OPSET, benchModel, feedValues } from './model.js';
export type { BenchFeed, BenchModel } from './model.js';
export { QUANT_EDGE_KERNELS, QUANT_FORMS, QUANT_OPS, quantBenchModel } from './quant-model.js';
export type { QuantForm } from './quant-model.js';
