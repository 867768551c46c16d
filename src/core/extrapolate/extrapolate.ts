// Predicts a full training run from its first observed epochs (del Rey et al. 2024's online method, with the
// stabilising epoch found from the data), next to the fixed-window baselines it is meant to beat.
import { EnergyDiffError } from '../common/index.js';
import { detectStableEpoch, DEL_REY_STABLE_EPOCH, DEL_REY_WINDOW, type StableEpoch } from './stable.js';
import { mean, sampleStd, sum, theilSenSlope, trimmedMean } from './stats.js';
import { transientEpochs } from './transients.js';

/** One measured epoch. `sampledPowerW` is the mean of sampled power readings, where the meter has them. */
export interface EpochRecord {
  epoch: number;
  joules: number;
  seconds: number;
  sampledPowerW?: number;
}

export interface Extrapolation {
  predictedJ: number;
  predictedJLow: number;
  predictedJHigh: number;
  /** Energy of the epochs observed so far (all of them, warm-up included). */
  observedJ: number;
  observedEpochs: number;
  totalEpochs: number;
  stable: StableEpoch;
  /** Stable epochs left out of the rate as one-off transients (0-based indices); counted once in observedJ. */
  transients: number[];
  /** The per-epoch rate over the stable epochs without transients (10% trimmed mean) and their sample spread. */
  stableEpochJ: number;
  stableEpochSpreadJ: number;
  predictedSeconds: number;
  methods: { 'step-epoch-energy': number; 'step-power': number; 'first-epoch': number };
  /** The epochs [start, end) del Rey's fixed window used (clamped when fewer than s + w were observed). */
  fixedWindow: { start: number; end: number };
  /** The counters' resolution (J per reading, summed over domains) the band includes, when one was given. */
  resolutionJ?: number;
}

export interface ExtrapolateOptions {
  /**
   * Joules a counter reading can be off by (measure's per-domain resolutionJ, summed): every epoch is a
   * difference of two readings. Widens the band; 0 or absent leaves it as the epochs alone give it.
   */
  resolutionJ?: number;
}

/** Drops one value per ten from each end: sheds a single glitch without losing recurring costly epochs. */
const TRIM_FRACTION = 0.1;
/** Band: two standard errors of (mean estimate + sum of remaining epochs). */
const BAND_SE = 2;

function validate(epochs: readonly EpochRecord[], totalEpochs: number): void {
  if (epochs.length === 0) throw new EnergyDiffError('E_EXTRAPOLATE_EMPTY', 'no epochs to extrapolate from');
  if (!Number.isSafeInteger(totalEpochs) || totalEpochs <= 0) {
    throw new EnergyDiffError('E_ARG', `total epochs must be a positive integer, got ${totalEpochs}`);
  }
  // More epochs than the run has means one of the two is wrong; dropping the extra ones would hide which.
  if (epochs.length > totalEpochs) {
    throw new EnergyDiffError('E_EXTRAPOLATE_TOTAL', `${epochs.length} epochs were measured, more than the ${totalEpochs} total epochs of the run: give the run's real total epochs`);
  }
  epochs.forEach((e, i) => {
    if (!(e.joules >= 0) || !(e.seconds >= 0) || !Number.isFinite(e.joules) || !Number.isFinite(e.seconds)) {
      throw new EnergyDiffError('E_EXTRAPOLATE_VALUE', `epoch ${e.epoch}: joules and seconds must be finite and >= 0`, { jsonPath: `epochs[${i}]` });
    }
  });
}

/** del Rey's fixed window: [10, 15) when observed, else the last (up to) five epochs after epoch 0. */
export function fixedWindow(observed: number): { start: number; end: number } {
  if (observed >= DEL_REY_STABLE_EPOCH + DEL_REY_WINDOW) return { start: DEL_REY_STABLE_EPOCH, end: DEL_REY_STABLE_EPOCH + DEL_REY_WINDOW };
  if (observed <= 1) return { start: 0, end: observed };
  return { start: Math.max(1, observed - DEL_REY_WINDOW), end: observed };
}

/** Time-weighted mean sampled power of a window; energy over time where no samples were taken. */
function windowPowerW(window: readonly EpochRecord[]): number {
  const seconds = sum(window.map((e) => e.seconds));
  if (seconds <= 0) return 0;
  return sum(window.map((e) => (e.sampledPowerW ?? (e.seconds > 0 ? e.joules / e.seconds : 0)) * e.seconds)) / seconds;
}

function baselines(epochs: readonly EpochRecord[], totalEpochs: number, observedJ: number) {
  const remaining = totalEpochs - epochs.length;
  const win = fixedWindow(epochs.length);
  const window = epochs.slice(win.start, win.end);
  return {
    win,
    methods: {
      'step-epoch-energy': observedJ + mean(window.map((e) => e.joules)) * remaining,
      'step-power': observedJ + windowPowerW(window) * mean(window.map((e) => e.seconds)) * remaining,
      'first-epoch': epochs[0]!.joules * totalEpochs,
    },
  };
}

/**
 * The sum when the run is already complete: exact, up to one counter step (the first and last readings are
 * each up to a step stale, and the epochs between them telescope).
 */
function complete(used: readonly EpochRecord[], totalEpochs: number, stable: StableEpoch, resolutionJ: number): Extrapolation {
  const observedJ = sum(used.map((e) => e.joules));
  const { win, methods } = baselines(used, totalEpochs, observedJ);
  return {
    predictedJ: observedJ, predictedJLow: Math.max(0, observedJ - resolutionJ), predictedJHigh: observedJ + resolutionJ, observedJ,
    observedEpochs: used.length, totalEpochs, stable, transients: [], stableEpochJ: 0, stableEpochSpreadJ: 0,
    predictedSeconds: sum(used.map((e) => e.seconds)), methods, fixedWindow: win, ...(resolutionJ > 0 ? { resolutionJ } : {}),
  };
}

/** Every number of the result is finite: epochs near the float range (1e308 J) overflow in the sums. */
function checkFinite(x: Extrapolation, epochs: readonly EpochRecord[]): Extrapolation {
  const numbers = [x.predictedJ, x.predictedJLow, x.predictedJHigh, x.observedJ, x.stableEpochJ, x.stableEpochSpreadJ, x.predictedSeconds, ...Object.values(x.methods)];
  if (numbers.every(Number.isFinite)) return x;
  let maxJ = 0;
  let maxS = 0;
  for (const e of epochs) {
    maxJ = Math.max(maxJ, e.joules);
    maxS = Math.max(maxS, e.seconds);
  }
  throw new EnergyDiffError(
    'E_EXTRAPOLATE_RANGE',
    `the prediction overflows to a non-finite number (epochs of up to ${maxJ.toPrecision(3)} J and ${maxS.toPrecision(3)} s, ${x.totalEpochs} epochs in all): check the units of the input`,
  );
}

export function extrapolateEpochs(epochs: readonly EpochRecord[], totalEpochs: number, opts: ExtrapolateOptions = {}): Extrapolation {
  validate(epochs, totalEpochs);
  const resolutionJ = checkResolution(opts.resolutionJ);
  const stable = detectStableEpoch(epochs.map((e) => e.joules), epochs.map((e) => e.seconds));
  if (epochs.length === totalEpochs) return checkFinite(complete(epochs, totalEpochs, stable, resolutionJ), epochs);
  const observedJ = sum(epochs.map((e) => e.joules));
  const transients = transientEpochs(epochs.map((e) => e.joules), stable.index);
  const rateEpochs = epochs.slice(stable.index).filter((_, k) => !transients.includes(stable.index + k));
  const stableJ = rateEpochs.map((e) => e.joules);
  const stableS = rateEpochs.map((e) => e.seconds);
  const remaining = totalEpochs - epochs.length;
  // Transients are in observedJ once; the rate is over the other stable epochs.
  const perEpochJ = trimmedMean(stableJ, TRIM_FRACTION);
  const predictedJ = observedJ + perEpochJ * remaining;
  const halfWidthJ = bandHalfWidthJ(stableJ, stable.index, epochs.length, totalEpochs) + resolutionHalfWidthJ(resolutionJ, rateEpochs.length, remaining);
  const { win, methods } = baselines(epochs, totalEpochs, observedJ);
  return checkFinite({
    predictedJ,
    // The observed energy is a floor, itself known to one counter step.
    predictedJLow: Math.max(0, observedJ - resolutionJ, predictedJ - halfWidthJ),
    predictedJHigh: predictedJ + halfWidthJ,
    observedJ,
    observedEpochs: epochs.length,
    totalEpochs,
    stable,
    transients,
    stableEpochJ: perEpochJ,
    stableEpochSpreadJ: sampleStd(stableJ),
    predictedSeconds: sum(epochs.map((e) => e.seconds)) + trimmedMean(stableS, TRIM_FRACTION) * remaining,
    methods,
    fixedWindow: win,
    ...(resolutionJ > 0 ? { resolutionJ } : {}),
  }, epochs);
}

function checkResolution(resolutionJ: number | undefined): number {
  if (resolutionJ === undefined) return 0;
  if (!Number.isFinite(resolutionJ) || resolutionJ < 0) throw new EnergyDiffError('E_ARG', `the counter resolution must be a finite number of joules >= 0, got ${resolutionJ}`);
  return resolutionJ;
}

/**
 * What a counter of `resolutionJ` per reading adds to the band: ±1 step on the observed epochs (their sum
 * telescopes to two readings), and the per-epoch rate, read over the `rateEpochs` stable epochs, off by up to
 * a step / rateEpochs, for each of the `remaining` epochs.
 */
function resolutionHalfWidthJ(resolutionJ: number, rateEpochs: number, remaining: number): number {
  if (resolutionJ === 0) return 0;
  return resolutionJ + (remaining * resolutionJ) / Math.max(1, rateEpochs);
}

/**
 * Band on the remaining energy: the standard error of the per-epoch estimate times the remaining epochs, the
 * spread of a sum of that many independent epochs, and the drift a robust (Theil–Sen) trend of the stable
 * epochs would add between their centre and the centre of the remaining epochs (per-epoch energy does drift,
 * e.g. as clocks settle).
 */
function bandHalfWidthJ(stableJ: readonly number[], stableIndex: number, observed: number, total: number): number {
  const remaining = total - observed;
  const m = stableJ.length;
  const sd = sampleStd(stableJ);
  const statistical = BAND_SE * Math.sqrt((remaining * remaining * sd * sd) / m + remaining * sd * sd);
  const shiftEpochs = (observed + total - 1) / 2 - (stableIndex + observed - 1) / 2;
  const drift = m >= 3 ? Math.abs(theilSenSlope(stableJ)) * shiftEpochs * remaining : 0;
  return statistical + drift;
}
