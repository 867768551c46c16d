// Goodness-of-fit measures reported in profiles and the calibration docs.

/** Coefficient of determination, 1 - SS_res / SS_tot (sklearn's r2_score for one target). */
export function r2Score(actual: number[], predicted: number[]): number {
  const n = actual.length;
  if (n === 0 || n !== predicted.length) throw new Error(`r2Score: ${n} actual vs ${predicted.length} predicted`);
  const mean = actual.reduce((a, b) => a + b, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (actual[i]! - predicted[i]!) ** 2;
    ssTot += (actual[i]! - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

function absolutePercentageErrors(actual: number[], predicted: number[]): number[] {
  if (actual.length !== predicted.length) throw new Error(`APE: ${actual.length} actual vs ${predicted.length} predicted`);
  return actual.map((a, i) => Math.abs(predicted[i]! - a) / Math.abs(a));
}

/** Mean absolute percentage error as a fraction (0.1 = 10%); actual values must be non-zero. */
export function mape(actual: number[], predicted: number[]): number {
  const errors = absolutePercentageErrors(actual, predicted);
  return errors.reduce((a, b) => a + b, 0) / errors.length;
}

/** Median absolute percentage error as a fraction. */
export function medianApe(actual: number[], predicted: number[]): number {
  return median(absolutePercentageErrors(actual, predicted));
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0..1) with linear interpolation between order statistics (numpy's default). */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
