// The roofline method: roofline-v1 layer constants, composition terms and bands → profiles (the H100 fit,
// the Getzner Xeon fit, spec-derived profiles with the CPU correction).
export { applyCpuCorrection, cpuRows, fitCpuCorrection, rowEnergyJ } from './cpu-correction.js';
export type { CpuCorrection } from './cpu-correction.js';
export { calibratedProfile, rooflinePredictor, specDerivedProfile } from './profile.js';
export { calibrateRooflineOnGetzner, getznerModuleSplits, heldOutByModule } from './getzner-cpu.js';
export { LATENCY_TRAIN_FALLBACK, fitLatencyLayers, fitLayers, heldOutClassStats, heldOutTimeStats, rooflineRows, timeRows } from './layer-fit.js';
export type { ClassStats, LayerFit, RooflineRow, SpecPower, TimeRow } from './layer-fit.js';
export { bandFromPredictions, caseErrors, caseSums, composedEnergy, fitCompositions, leaveOneModelOut } from './whole-model.js';
export type { CaseError, CasePrediction, ModelCase } from './whole-model.js';
export { LATENCY_FIT_LABEL, calibrateRoofline, specPower } from './calibrate.js';
export { runtimeComposition, runtimeKernelSeconds } from './runtime-composition.js';
export type { RuntimeComposition } from './runtime-composition.js';
export { H100_FIT_DATE, H100_LAYER_FILES, H100_MODELS_FILE, H100_PROBE_FILE, H100_TRACES_FILE, fitH100, fitH100Profile, h100Device, runOverheadJ } from './h100.js';
export type { H100Data, H100Fit, H100Probe, TrainingTrace } from './h100.js';
export { XEON_FILES, cpuTransfer } from './cpu-transfer.js';
export type { CpuTransfer, ModuleCheck } from './cpu-transfer.js';
