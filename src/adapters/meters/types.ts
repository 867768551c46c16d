// One interface over every power meter. Readings are cumulative joules per domain since start(), at a time in
// seconds on the session clock, so epochs are differences of two readings.
import type { Sample, MeterInfo } from '../../core/measure/index.js';

export type { Sample };

/** Seconds since the measurement began (monotonic). */
export type Clock = () => number;

export interface Meter {
  readonly info: MeterInfo;
  /** Takes the first reading and starts sampling in the background. */
  start(clock: Clock): Promise<void>;
  /** The reading now (RAPL reads its counters, stamped `at` when given) or the latest one streamed (NVML). */
  read(at?: number): Sample;
  /** Every reading taken since start, in time order. */
  history(): readonly Sample[];
  /** Problems met while sampling (a stream that died, a failed read), for the measurement's warnings. */
  readonly warnings: string[];
  /** Takes a last reading and stops sampling. */
  stop(): Promise<Sample>;
}

export function monotonicClock(): Clock {
  const origin = performance.now();
  return () => (performance.now() - origin) / 1000;
}
