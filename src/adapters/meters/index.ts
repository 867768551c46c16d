// Meter selection: rapl, nvml, or auto (RAPL where readable, plus NVIDIA where nvidia-smi works).
import { EnergyDiffError } from '../../core/common/index.js';
import { createNvmlMeter, type NvmlOptions } from './nvml.js';
import { createRaplMeter, type RaplOptions } from './rapl.js';
import type { Meter, Sample } from './types.js';

export { createNvmlMeter, createRaplMeter };
export { createEstimatedMeter, estimatedPower, type EstimatedPower } from './estimated.js';
export { monotonicClock, type Clock, type Meter, type Sample } from './types.js';
export { runSession } from './session.js';

/** Joules of a reading summed over the domains that count towards the total (a package and its cores once). */
export function totalJoules(meter: Meter, s: Sample): number {
  return meter.info.domains.filter((d) => d.inTotal).reduce((acc, d) => acc + (s.joules[d.id] ?? 0), 0);
}

export type MeterChoice = 'rapl' | 'nvml' | 'auto';

export interface MeterOptions {
  env: NodeJS.ProcessEnv;
  rapl?: Omit<RaplOptions, 'env'>;
  nvml?: Omit<NvmlOptions, 'env'>;
}

export interface MeterSelection {
  meters: Meter[];
  /** Why a meter `auto` tried was left out, for the measurement's warnings. */
  skipped: string[];
}

export function createMeters(choice: MeterChoice, opts: MeterOptions): MeterSelection {
  const rapl = () => createRaplMeter({ ...opts.rapl, env: opts.env });
  const nvml = () => createNvmlMeter({ ...opts.nvml, env: opts.env });
  if (choice === 'rapl') return { meters: [rapl()], skipped: [] };
  if (choice === 'nvml') return { meters: [nvml()], skipped: [] };
  const meters: Meter[] = [];
  const skipped: string[] = [];
  for (const [name, make] of [['rapl', rapl], ['nvml', nvml]] as const) {
    try {
      meters.push(make());
    } catch (err) {
      skipped.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (meters.length === 0) {
    throw new EnergyDiffError('E_NO_METER', `no power meter is readable on this machine:\n  ${skipped.join('\n  ')}`);
  }
  return { meters, skipped };
}

/**
 * The one meter of a run on `device` for `--meter auto|rapl|nvml|none`: auto is nvml for cuda and rapl for cpu;
 * none is undefined (latency only). With `onUnreadable`, an auto meter that cannot be read is undefined too and
 * the reason goes there (commands that can still time calls); without it, the error stands.
 */
export function meterForDevice(choice: MeterChoice | 'none', device: 'cpu' | 'cuda', opts: MeterOptions, onUnreadable?: (why: string) => void): Meter | undefined {
  if (choice === 'none') return undefined;
  try {
    return createMeters(choice === 'auto' ? (device === 'cuda' ? 'nvml' : 'rapl') : choice, opts).meters[0];
  } catch (err) {
    if (!(onUnreadable && choice === 'auto')) throw err;
    onUnreadable(err instanceof Error ? err.message.split('\n')[0]! : String(err));
    return undefined;
  }
}
