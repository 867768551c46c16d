// Turns a meter's cumulative readings and the epoch boundaries seen into per-epoch energy. Pure.
import type { DomainInfo, MeasuredEpoch } from './schema.js';

/** A meter reading: seconds since the command started, cumulative joules per domain since start. */
export interface Sample {
  t: number;
  joules: Record<string, number>;
  /** Instantaneous power readings per domain, for meters that sample power. */
  powerW?: Record<string, number>;
}

export interface Boundary {
  epoch: number;
  /** Seconds since the command started at which the epoch was reported finished. */
  t: number;
  fields?: Record<string, unknown>;
}

/** Cumulative joules of one domain at time t, linear between samples, held flat past the last one. */
export function cumulativeAt(samples: readonly Sample[], id: string, t: number): number {
  let lo = 0;
  let hi = samples.length - 1;
  if (hi < 0) return 0;
  if (t <= samples[0]!.t) return samples[0]!.joules[id] ?? 0;
  if (t >= samples[hi]!.t) return samples[hi]!.joules[id] ?? 0;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.t <= t) lo = mid;
    else hi = mid;
  }
  const a = samples[lo]!;
  const b = samples[hi]!;
  const ja = a.joules[id] ?? 0;
  const jb = b.joules[id] ?? 0;
  return b.t === a.t ? jb : ja + ((jb - ja) * (t - a.t)) / (b.t - a.t);
}

/** Index of the first sample at or after t (samples.length when none). */
function firstAtOrAfter(samples: readonly Sample[], t: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mean of the power readings taken in [from, to]; visits only those samples (binary search to the first). */
function meanSampledPowerW(samples: readonly Sample[], domains: readonly DomainInfo[], from: number, to: number): number | undefined {
  let total = 0;
  let count = 0;
  for (let i = firstAtOrAfter(samples, from); i < samples.length && samples[i]!.t <= to; i++) {
    const s = samples[i]!;
    if (s.powerW === undefined) continue;
    count++;
    for (const d of domains) if (d.inTotal) total += s.powerW[d.id] ?? 0;
  }
  return count === 0 ? undefined : total / count;
}

export function energyBetween(samples: readonly Sample[], domains: readonly DomainInfo[], from: number, to: number) {
  const joulesByDomain: Record<string, number> = {};
  let joules = 0;
  for (const d of domains) {
    const j = cumulativeAt(samples, d.id, to) - cumulativeAt(samples, d.id, from);
    joulesByDomain[d.id] = j;
    if (d.inTotal) joules += j;
  }
  return { joules, joulesByDomain };
}

/** The epoch that ends at boundary `b` and began at `startT` (the previous boundary, or 0). O(log S + its samples). */
export function epochBetween(samples: readonly Sample[], domains: readonly DomainInfo[], b: Boundary, startT: number): MeasuredEpoch {
  const { joules, joulesByDomain } = energyBetween(samples, domains, startT, b.t);
  const seconds = Math.max(0, b.t - startT);
  const sampledPowerW = meanSampledPowerW(samples, domains, startT, b.t);
  return {
    epoch: b.epoch,
    startS: startT,
    endS: b.t,
    seconds,
    joules,
    meanPowerW: seconds > 0 ? joules / seconds : 0,
    ...(sampledPowerW !== undefined ? { sampledPowerW } : {}),
    joulesByDomain,
    ...(b.fields && Object.keys(b.fields).length > 0 ? { fields: b.fields } : {}),
  };
}

/** Epoch k runs from the previous boundary (or the command start) to its own boundary. Linear in epochs + samples. */
export function epochsFrom(samples: readonly Sample[], domains: readonly DomainInfo[], boundaries: readonly Boundary[]): MeasuredEpoch[] {
  let start = 0;
  return boundaries.map((b) => {
    const epoch = epochBetween(samples, domains, b, start);
    start = b.t;
    return epoch;
  });
}
