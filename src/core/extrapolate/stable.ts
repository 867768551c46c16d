// Finds the stabilising epoch: the first epoch from which per-epoch energy and duration stay in a robust band
// around the later epochs. Warm-up (cuDNN autotuning, allocation, data caching) shows as a leading run of epochs
// outside the band. Isolated excursions later on (an eval pass or checkpoint every few epochs) are recurring
// costs of the run, not warm-up: they do not move the stabilising epoch and they stay in the statistic.
import { interquartileRange, median, robustSigma } from './stats.js';

/** del Rey et al. 2024's fixed stabilising epoch: the fallback when no stable suffix is found. */
export const DEL_REY_STABLE_EPOCH = 10;
/** del Rey et al. 2024's fixed window length. */
export const DEL_REY_WINDOW = 5;
/** Band half-width in robust sigmas (MAD x 1.4826). */
const BAND_SIGMAS = 5;
/** Band floor relative to the median: sub-second epochs jitter by ~10% with the energy counter's resolution. */
const BAND_FLOOR = 0.1;
/** Band floor in interquartile ranges (Tukey's 1.5): the MAD collapses when stable epochs fall into clusters. */
const BAND_IQRS = 1.5;
/** More excursions than this share of the stable epochs means the band does not describe the run. */
const MAX_EXCURSION_SHARE = 0.34;

export interface StableEpoch {
  /** 0-based index of the first epoch counted as stable. */
  index: number;
  source: 'detected' | 'fallback';
  /** One line on why, for the text and Markdown reports. */
  reason: string;
}

interface Band {
  centre: number;
  halfWidth: number;
}

function bandOf(reference: readonly number[]): Band {
  const centre = median(reference);
  const halfWidth = Math.max(BAND_SIGMAS * robustSigma(reference), BAND_FLOOR * Math.abs(centre), BAND_IQRS * interquartileRange(reference));
  return { centre, halfWidth };
}

function outside(value: number, band: Band): boolean {
  return Math.abs(value - band.centre) > band.halfWidth;
}

/** Out-of-band flags per epoch, on energy or duration; the band is fitted on the later half of the epochs. */
export function outOfBand(energyJ: readonly number[], seconds: readonly number[]): boolean[] {
  const from = Math.floor(energyJ.length / 2);
  const energyBand = bandOf(energyJ.slice(from));
  const secondsBand = bandOf(seconds.slice(from));
  return energyJ.map((e, i) => outside(e, energyBand) || outside(seconds[i] ?? Number.NaN, secondsBand));
}

/** An excursion bounded on both sides by in-band epochs (or by the end of the data). */
function isolated(out: readonly boolean[], i: number): boolean {
  return i > 0 && !out[i - 1] && (i === out.length - 1 || !out[i + 1]);
}

function fallback(n: number, why: string): StableEpoch {
  // With few epochs, keep at least two stable ones (or one, or none) so something can be averaged.
  const index = Math.max(0, Math.min(DEL_REY_STABLE_EPOCH, n - 2, n - 1));
  return { index: n >= 2 ? Math.max(1, index) : 0, source: 'fallback', reason: `${why}; fell back to del Rey's fixed epoch ${DEL_REY_STABLE_EPOCH} (clamped to the data)` };
}

export function detectStableEpoch(energyJ: readonly number[], seconds: readonly number[]): StableEpoch {
  const n = energyJ.length;
  if (n < 4) return fallback(n, `only ${n} epoch(s) observed, too few to find a band`);
  const out = outOfBand(energyJ, seconds);
  let start = 0;
  while (start < n && out[start]) start++;
  // A warm-up that comes back after a short dip (e.g. a second cache-filling epoch) still belongs to warm-up;
  // only the first half is searched, since the later half is the reference the band was fitted on.
  for (let i = start; i < Math.floor(n / 2); i++) {
    if (out[i] && !isolated(out, i)) start = i + 1;
  }
  const stableCount = n - start;
  if (stableCount < 2) return fallback(n, 'no run of in-band epochs at the end');
  const excursions = out.slice(start).filter(Boolean).length;
  if (excursions > MAX_EXCURSION_SHARE * stableCount) {
    return fallback(n, `${excursions} of ${stableCount} later epochs fall outside the band`);
  }
  const reason =
    start === 0
      ? 'no warm-up: every epoch is within the band of the later epochs'
      : `epochs before ${start} are outside the band (median ± max(5 MAD-sigma, 10%, 1.5 IQR)) of the later epochs`;
  return { index: start, source: 'detected', reason };
}
