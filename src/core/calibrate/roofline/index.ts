// The roofline method: roofline-v1 layer constants, composition terms and bands → profiles (the H100 fit,
// the Getzner Xeon fit, spec-derived profiles with the CPU correction).
export { applyCpuCorrection, cpuRows, fitCpuCorrection, rowEnergyJ } from './cpu-correction.js';
export type { CpuCorrection } from './cpu-correction.js';
export { calibratedProfile, rooflinePredictor, specDerivedProfile } from './profile.js';
export { calibrateRooflineOnGetzner, getznerModuleSplits, heldOutByModule } from './getzner-cpu.js';
export { LATENCY_TRAIN_FALLBACK, convBiasCompanion, fitLatencyLayers, fitLayers, heldOutClassStats, heldOutTimeStats, rooflineRows, timeRows } from './layer-fit.js';
export type { ClassStats, LayerFit, RooflineRow, SpecPower, TimeRow } from './layer-fit.js';
export { bandFromPredictions, caseErrors, composedEnergy, fitCompositions, leaveOneFamilyOut, leaveOneModelOut, prepareCase } from './whole-model.js';
export type { CaseError, CasePrediction, ModelCase, PreparedCase } from './whole-model.js';
export { fitTrainingLoop, leaveOneTraceOut, predictRunJ } from './training-loop.js';
export type { RunPrediction, TraceCase } from './training-loop.js';
export { pairRunNoise, pairwiseErrors, summarisePairs, summarisePairsByModeAndBatch, summariseByModeAndBatch, type RunCase } from './accuracy-metrics.js';
export type { ErrorSummary, PairError, PairSummary } from './accuracy-metrics.js';
export { LATENCY_FIT_LABEL, calibrateRoofline, specPower } from './calibrate.js';
export { runtimeComposition, runtimeKernelSeconds } from './runtime-composition.js';
export type { RuntimeComposition } from './runtime-composition.js';
export { DEV_FAMILIES, familyOf, H100_FIT_DATE, H100_FIT_OPTIONS, H100_LAYER_FILES, H100_MODELS_FILE, H100_PROBE_FILE, H100_TRACES_FILE, fitH100, fitH100Profile, h100Device, traceCases } from './h100.js';
export type { H100Data, H100Fit, H100Probe, TrainingTrace } from './h100.js';
export { XEON_FILES, cpuTransfer } from './cpu-transfer.js';
export type { CpuTransfer, ModuleCheck } from './cpu-transfer.js';
