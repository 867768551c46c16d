// Public entry of calibration: measurements in, a hardware profile out.
import { EnergyDiffError } from '../types.js';
import type { HardwareProfile } from '../profile-types.js';
import { fitGetzner, latencyRecordRefused, type GetznerFamilyFit } from './getzner-fit.js';
import { buildGetznerProfile } from './getzner-profile.js';
import type { LayerMeasurement } from './measurement-types.js';
import type { CalibrationOptions } from './options.js';

export type { LayerMeasurement } from './measurement-types.js';
export type { CalibrationOptions } from './options.js';
export { LAYER_MEASUREMENT_SCHEMA } from './measurement-types.js';
export { fitGetzner, getznerForm, fitGetznerFamily, getznerRowCounts, MIN_GETZNER_ROWS, type GetznerFamilyFit } from './getzner-fit.js';
export { toGetznerConvention } from './getzner-normalize.js';
export { buildGetznerProfile, GETZNER_PREDICTOR_KIND } from './getzner-profile.js';
export { fitPipeline, predictPipeline, type FittedPipeline, type PipelineForm } from './pipeline.js';
export { fitLinear, predictLinear, type LinearModel } from './linear.js';
export { r2Score, mape, medianApe, median, quantile } from './metrics.js';
export { splitTrainValTest, seededPermutation } from './split.js';

export const DEFAULT_SEED = 1234;

export function calibrateGetzner(measurements: LayerMeasurement[], opts: CalibrationOptions): { profile: HardwareProfile; fits: GetznerFamilyFit[] } {
  const latency = measurements.find((m) => m.joulesPerCall === undefined);
  if (latency) throw latencyRecordRefused(latency);
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
