// Measured training runs: the energy-diff/measurement@1 schema, per-epoch accumulation, the epoch protocol.
export { MEASUREMENT_SCHEMA, validateMeasurement } from './schema.js';
export type { DomainInfo, DomainKind, Measurement, MeterInfo } from './schema.js';
export { EPOCH_FILE_ENV, parseEpochLine, parseStdoutMarker, takeLines } from './protocol.js';
export { buildMeasurement } from './build.js';
export type { RunState } from './build.js';
export type { Sample } from './accumulate.js';
