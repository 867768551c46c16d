// One-off costly epochs inside the stable window (a checkpoint, contention, a neighbour job): several times
// the usual per-epoch energy or duration. They are costs of the epochs they hit, not the run's rate: the
// extrapolation counts them once (they are in the observed energy) and leaves them out of the stable rate.
import { median } from './stats.js';

/**
 * A stable epoch above this multiple of the stable median energy is a transient. Energy only: an epoch that
 * merely took longer (a scheduler hiccup on a loaded runner) at the same energy is not a one-off cost.
 */
export const TRANSIENT_FACTOR = 2;
/**
 * When more than this share of the stable epochs are that costly, they are the run's regime (a costly epoch
 * every other one), not transients: nothing is left out.
 */
export const MAX_TRANSIENT_SHARE = 0.34;

/** Indices (into the full series) of the transient epochs at or after `from`. */
export function transientEpochs(energyJ: readonly number[], from: number): number[] {
  const idx = energyJ.map((_, i) => i).filter((i) => i >= from);
  if (idx.length < 3) return [];
  const mJ = median(idx.map((i) => energyJ[i]!));
  const out = idx.filter((i) => energyJ[i]! > TRANSIENT_FACTOR * mJ);
  return out.length <= MAX_TRANSIENT_SHARE * idx.length ? out : [];
}
