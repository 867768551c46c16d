// The getzner method: Getzner et al. (2023)'s per-module regressions → a getzner-v1 profile.
export { buildGetznerProfile } from './profile.js';
export { toGetznerConvention } from './normalize.js';
export { MIN_GETZNER_ROWS, fitGetzner, fitGetznerFamily, getznerForm, getznerRowCounts } from './fit.js';
export type { GetznerFamilyFit } from './fit.js';
export { calibrateGetzner } from './calibrate.js';
