// What every calibration method needs besides the measurements: the profile's identity and the facts
// its provenance line cites.
import type { DeviceFacts } from '../../estimate/index.js';

export interface CalibrationOptions {
  id: string;
  name: string;
  version: string;
  device: DeviceFacts;
  /** Where the device facts come from, for the provenance line. */
  deviceSource: string;
  fitDate: string;
  seed: number;
  /** Data file names as the user gave them, for calibratedOn. */
  dataFiles: string[];
}

/** The identity and provenance fields every calibrated profile is built with, whatever its predictor. */
export interface CalibratedProfileHeader {
  id: string;
  name: string;
  version: string;
  device: DeviceFacts;
  fitDate: string;
  calibratedOn: string;
  provenance: string;
}

/** Seed of the seeded splits when none is given (the shipped profiles are fitted with it). */
export const DEFAULT_SEED = 1234;
