// Public entry of calibration: measurements in, a hardware profile out.
import { EnergyDiffError } from '../common/index.js';
import type { HardwareProfile } from '../estimate/index.js';
import { fitGetzner, type GetznerFamilyFit } from './getzner-fit.js';
import { buildGetznerProfile } from './getzner-profile.js';
import type { LayerMeasurement } from './measurement-types.js';
import type { CalibrationOptions } from './options.js';

export type { LayerMeasurement } from './measurement-types.js';
export type { CalibrationOptions } from './options.js';
export { LAYER_MEASUREMENT_SCHEMA } from './measurement-types.js';
export { fitGetzner, getznerForm, fitGetznerFamily, getznerRowCounts, MIN_GETZNER_ROWS, type GetznerFamilyFit } from './getzner-fit.js';
export { toGetznerConvention } from './getzner-normalize.js';
export { buildGetznerProfile, GETZNER_PREDICTOR_KIND } from './getzner-profile.js';
export { r2Score, mape, medianApe, median, quantile } from './metrics.js';
export { splitTrainValTest, seededPermutation } from './split.js';
export { benchRecordLine, idlePower, windowResult } from './bench-window.js';
export { BENCH_PLAN_SCHEMA, benchEntry, entryKey, mergeEntries, parsePlan, randomGrid } from './bench-plan.js';
export type { BenchEntry, BenchMode } from './bench-plan.js';
export { readMeasurementJsonl } from './jsonl.js';
export { readGetznerCsv, readGetznerRealConfigs } from './getzner-data.js';
export { parseCsv } from './csv.js';
export { entriesOfLayers } from './bench-plan-layers.js';
export { calibrateRoofline } from './physical-calibrate.js';
export { bandFromPredictions, caseErrors, caseSums, composedEnergy, fitCompositions, leaveOneModelOut } from './whole-model.js';
export type { CaseError, CasePrediction, ModelCase } from './whole-model.js';
export { fitLayers, heldOutClassStats, physicalRows } from './physical-fit.js';
export type { ClassStats, LayerFit, PhysicalRow } from './physical-fit.js';
export { calibrateGetznerPhysical, getznerModuleSplits, heldOutByModule } from './getzner-physical.js';
export { calibratedProfile, rooflinePredictor, specDerivedProfile } from './physical-profile.js';
export { applyCpuCorrection, cpuRows, fitCpuCorrection, rowEnergyJ } from './cpu-correction.js';
export type { CpuCorrection } from './cpu-correction.js';

export const DEFAULT_SEED = 1234;

export function calibrateGetzner(measurements: LayerMeasurement[], opts: CalibrationOptions): { profile: HardwareProfile; fits: GetznerFamilyFit[] } {
  const inference = measurements.filter((m) => m.mode === 'inference');
  if (inference.length === 0) throw new EnergyDiffError('E_CALIBRATE', 'no inference measurements to fit the getzner method on');
  const fits = fitGetzner(inference, opts.seed);
  const profile = buildGetznerProfile({
    id: opts.id,
    name: opts.name,
    version: opts.version,
    device: opts.device,
    fitDate: opts.fitDate,
    calibratedOn: opts.dataFiles.join(', '),
    provenance:
      `Per-layer models of Getzner, Charpentier and Günnemann (2023), Table 6 forms, fitted by energy-diff calibrate ` +
      `(seeded 70/20/10 split, seed ${opts.seed}; real-architecture configs added to the training set) on ` +
      `${inference.length} measured rows. Device facts: ${opts.deviceSource}.`,
    seed: opts.seed,
    fits,
  });
  return { profile, fits };
}
