// The fitting toolkit every method uses: seeded splits, error metrics, Levenberg–Marquardt, fit options.
export { seededPermutation, seededRandom, splitTrainValTest } from './split.js';
export type { Split } from './split.js';
export { mape, median, medianApe, quantile, r2Score } from './metrics.js';
export { DEFAULT_SEED } from './options.js';
export type { CalibratedProfileHeader, CalibrationOptions } from './options.js';
export { levenbergMarquardt } from './levenberg.js';
