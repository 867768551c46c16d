// A counter's resolution, read from its own samples: a cumulative counter that only advances in whole steps of
// q joules makes every reading up to one step stale, so an epoch (a difference of two readings) is uncertain
// by ±q. Pure and linear in samples.
import type { Sample } from './accumulate.js';
import type { DomainInfo, MeasuredEpoch, MeterInfo } from './schema.js';

/**
 * Above this share of the median epoch's energy a domain's resolution gets a warning: at 1% the ±1-step
 * error of an epoch is as large as the run-to-run spread of a steady epoch, so the band would otherwise
 * understate the uncertainty (and a fine counter, µJ steps, stays far below it).
 */
export const COARSE_RESOLUTION_SHARE = 0.01;
/** Steps agree with a multiple of the smallest one to this relative tolerance (float noise of J = µJ / 1e6). */
const MULTIPLE_TOLERANCE = 1e-6;

/**
 * The counter's step in joules: the smallest positive step between consecutive readings, when every step is a
 * whole multiple of it and the steps are not all equal (a repeat, or 2 steps at once). A fine counter's steps
 * are the energy of uneven intervals, never exact multiples; a series of identical steps (a steady synthetic
 * load) says nothing about the counter, so both give undefined.
 */
export function counterResolutionJ(samples: readonly Sample[], id: string): number | undefined {
  let minStepJ = Infinity;
  let positive = 0;
  let maxAbsJ = 0;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!.joules[id];
    const b = samples[i]!.joules[id];
    if (a === undefined || b === undefined) continue;
    maxAbsJ = Math.max(maxAbsJ, Math.abs(a), Math.abs(b));
    const step = b - a;
    if (step > 0) {
      positive++;
      minStepJ = Math.min(minStepJ, step);
    }
  }
  if (positive < 2 || !Number.isFinite(minStepJ)) return undefined;
  const toleranceJ = MULTIPLE_TOLERANCE * minStepJ + 8 * Number.EPSILON * maxAbsJ;
  if (minStepJ <= toleranceJ) return undefined;
  let uneven = false;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!.joules[id];
    const b = samples[i]!.joules[id];
    if (a === undefined || b === undefined) continue;
    const step = b - a;
    const k = Math.round(step / minStepJ);
    if (Math.abs(step - k * minStepJ) > toleranceJ * Math.max(1, k)) return undefined;
    if (k !== 1) uneven = true;
  }
  return uneven ? minStepJ : undefined;
}

/** The meter's info with each counter domain's resolution, where its samples show one. */
export function withResolutions(info: MeterInfo, samples: readonly Sample[]): MeterInfo {
  // Priced time and power integrated by trapezoid are no counters: their steps say nothing about a resolution.
  if (info.kind === 'estimated') return info;
  return {
    ...info,
    domains: info.domains.map((d) => {
      if (d.facts?.energyCounter === 'no') return d;
      const resolutionJ = counterResolutionJ(samples, d.id);
      return resolutionJ === undefined ? d : { ...d, resolutionJ };
    }),
  };
}

/** Joules one reading of every summed domain can be off by (the sum of their resolutions); 0 when none is known. */
export function totalResolutionJ(meters: readonly MeterInfo[]): number {
  let sumJ = 0;
  for (const m of meters) {
    if (!Array.isArray(m?.domains)) continue;
    for (const d of m.domains as readonly (DomainInfo | null)[]) {
      if (d?.inTotal === true && typeof d.resolutionJ === 'number' && d.resolutionJ > 0 && Number.isFinite(d.resolutionJ)) sumJ += d.resolutionJ;
    }
  }
  return sumJ;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One warning per summed domain whose resolution is above COARSE_RESOLUTION_SHARE of the median epoch. */
export function resolutionWarnings(meters: readonly MeterInfo[], epochs: readonly MeasuredEpoch[]): string[] {
  if (epochs.length === 0) return [];
  const epochJ = median(epochs.map((e) => e.joules));
  const warnings: string[] = [];
  for (const m of meters) {
    // A file's meters are checked only as far as resolutionJ: skip what is not a domain list.
    if (!Array.isArray(m?.domains)) continue;
    for (const d of m.domains as readonly (DomainInfo | null)[]) {
      if (d?.inTotal !== true || typeof d.resolutionJ !== 'number' || !(d.resolutionJ > COARSE_RESOLUTION_SHARE * epochJ)) continue;
      const share = epochJ > 0 ? `${((100 * d.resolutionJ) / epochJ).toFixed(1)}% of the median epoch's ${epochJ.toPrecision(3)} J` : 'more than the median epoch (0 J)';
      warnings.push(
        `coarse energy counter: ${m.kind} ${d.id} (${d.name}) advances in steps of ${d.resolutionJ.toPrecision(3)} J, ${share}: ` +
          'each epoch is uncertain by up to one step, and the extrapolated band includes it',
      );
    }
  }
  return warnings;
}
