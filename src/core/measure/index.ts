// Measured training runs: the energy-diff/measurement@1 schema, per-epoch accumulation, the epoch protocol.
export { MEASUREMENT_SCHEMA, validateMeasurement } from './schema.js';
export type { DomainInfo, DomainKind, Measurement, MeterInfo } from './schema.js';
export { EPOCH_FILE_ENV, LineSplitter, MAX_EPOCH_LINE_CHARS, MAX_FIELD_DEPTH, parseEpochLine, parseStdoutMarker } from './protocol.js';
export { buildMeasurement, mergeEpochs } from './build.js';
export type { RunState } from './build.js';
export { epochBetween, epochsFrom } from './accumulate.js';
export type { Sample } from './accumulate.js';
export { foldJournal, journalEpochLine, JOURNAL_SUFFIX, type FoldedMeasurement } from './journal.js';
export { COARSE_RESOLUTION_SHARE, counterResolutionJ, resolutionWarnings, totalResolutionJ } from './resolution.js';
