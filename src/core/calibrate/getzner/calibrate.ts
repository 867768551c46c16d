// The getzner method: the paper's per-module regressions fitted on inference measurements → a getzner-v1 profile.
import { EnergyDiffError } from '../../common/index.js';
import type { HardwareProfile } from '../../estimate/index.js';
import type { CalibrationOptions } from '../fit/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { fitGetzner, latencyRecordRefused, type GetznerFamilyFit } from './fit.js';
import { buildGetznerProfile } from './profile.js';

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
