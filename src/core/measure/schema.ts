// The `energy-diff/measurement@1` file written by `energy-diff measure`, and its validation.
import { EnergyDiffError, isObject } from '../common/index.js';

export const MEASUREMENT_SCHEMA = 'energy-diff/measurement@1';

export type DomainKind = 'package' | 'dram' | 'psys' | 'core' | 'uncore' | 'gpu' | 'other';

/** One metered domain: a RAPL zone or a GPU. Ids are stable within a file, e.g. `rapl:package-0`, `nvml:gpu0`. */
export interface DomainInfo {
  id: string;
  name: string;
  kind: DomainKind;
  /** False for domains another domain already contains (psys, core, uncore): reported, not added to totals. */
  inTotal: boolean;
  facts?: Record<string, string | number>;
  /** Joules the counter advances by per step, where its samples show one (resolution.ts): ±1 step per epoch. */
  resolutionJ?: number;
}

export interface MeterInfo {
  /** `estimated`: no counter was read (`--meter none`); joules are time × a profile's power, not a measurement. */
  kind: 'rapl' | 'nvml' | 'estimated';
  /** How joules are obtained, e.g. 'energy_uj counter' or 'power.draw trapezoid'. */
  method: string;
  sampleIntervalMs: number;
  domains: DomainInfo[];
}

export interface MeasuredEpoch {
  epoch: number;
  /** Seconds since the command started at which the epoch began and ended. */
  startS: number;
  endS: number;
  seconds: number;
  joules: number;
  meanPowerW: number;
  /** Mean of the meters' sampled power readings during the epoch, where a meter samples power. */
  sampledPowerW?: number;
  joulesByDomain: Record<string, number>;
  /** The optional fields the training script wrote on its epoch line (loss, accuracy, ...). */
  fields?: Record<string, unknown>;
}

export type RunStatus = 'running' | 'completed' | 'failed' | 'stopped' | 'interrupted';

export interface Measurement {
  schema: typeof MEASUREMENT_SCHEMA;
  command: string[];
  startTime: string;
  endTime: string | null;
  status: RunStatus;
  exitCode: number | null;
  signal: string | null;
  /** --epochs: stop after this many epochs. */
  epochsRequested: number | null;
  /** --total-epochs: how many epochs the full run has, for extrapolation. */
  plannedEpochs: number | null;
  host: { hostname: string; platform: string; arch: string; cpuModel: string; cpus: number };
  meters: MeterInfo[];
  epochs: MeasuredEpoch[];
  total: { seconds: number; joules: number; meanPowerW: number; joulesByDomain: Record<string, number> };
  warnings: string[];
}

const STATUSES: readonly RunStatus[] = ['running', 'completed', 'failed', 'stopped', 'interrupted'];

function fail(message: string, file: string | undefined, jsonPath: string): never {
  throw new EnergyDiffError('E_MEASUREMENT', message, { ...(file !== undefined ? { file } : {}), jsonPath });
}

function num(v: unknown, file: string | undefined, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`expected a finite number, got ${JSON.stringify(v)}`, file, path);
  return v;
}

function numberMap(v: unknown, file: string | undefined, path: string): Record<string, number> {
  if (!isObject(v)) fail('expected an object of numbers', file, path);
  for (const [k, x] of Object.entries(v)) num(x, file, `${path}.${k}`);
  return v as Record<string, number>;
}

function checkEpoch(v: unknown, file: string | undefined, path: string): void {
  if (!isObject(v)) fail('expected an epoch object', file, path);
  for (const key of ['epoch', 'startS', 'endS', 'seconds', 'joules', 'meanPowerW'] as const) num(v[key], file, `${path}.${key}`);
  if ((v.joules as number) < 0 || (v.seconds as number) < 0) fail('joules and seconds must be >= 0', file, path);
  numberMap(v.joulesByDomain, file, `${path}.joulesByDomain`);
}

/** A recorded counter resolution widens the band: it must be a finite positive number of joules. */
function checkResolutions(meter: unknown, file: string | undefined, path: string): void {
  if (!isObject(meter) || !Array.isArray(meter.domains)) return;
  meter.domains.forEach((d, j) => {
    if (!isObject(d) || d.resolutionJ === undefined) return;
    if (num(d.resolutionJ, file, `${path}.domains[${j}].resolutionJ`) <= 0) fail('resolutionJ must be > 0', file, `${path}.domains[${j}].resolutionJ`);
  });
}

/**
 * Epochs are consecutive intervals of one run, in the order they happened: a shuffled file would change
 * the stable-epoch detection (the epoch labels are the training script's own and are not checked).
 */
function checkTimeOrder(epochs: readonly MeasuredEpoch[], file: string | undefined): void {
  epochs.forEach((e, i) => {
    if (e.endS < e.startS) fail(`the epoch ends (endS ${e.endS}) before it starts (startS ${e.startS})`, file, `$.epochs[${i}]`);
    const prev = epochs[i - 1];
    if (prev && e.startS < prev.endS) {
      fail(`the epoch starts (startS ${e.startS}) before the previous one ended (endS ${prev.endS}): epochs must be in time order`, file, `$.epochs[${i}]`);
    }
  });
}

/** Checks a parsed measurement file; returns it typed, or throws E_MEASUREMENT naming the JSON path. */
export function validateMeasurement(value: unknown, file?: string): Measurement {
  if (!isObject(value)) fail('expected a JSON object', file, '$');
  if (value.schema !== MEASUREMENT_SCHEMA) fail(`expected schema '${MEASUREMENT_SCHEMA}', got ${JSON.stringify(value.schema)}`, file, '$.schema');
  if (!Array.isArray(value.command) || !value.command.every((c) => typeof c === 'string')) fail('expected an array of strings', file, '$.command');
  if (typeof value.startTime !== 'string') fail('expected an ISO date string', file, '$.startTime');
  if (!STATUSES.includes(value.status as RunStatus)) fail(`expected one of ${STATUSES.join(', ')}`, file, '$.status');
  if (!Array.isArray(value.meters)) fail('expected an array', file, '$.meters');
  value.meters.forEach((m, i) => checkResolutions(m, file, `$.meters[${i}]`));
  if (!Array.isArray(value.epochs)) fail('expected an array', file, '$.epochs');
  value.epochs.forEach((e, i) => checkEpoch(e, file, `$.epochs[${i}]`));
  checkTimeOrder(value.epochs as MeasuredEpoch[], file);
  if (!isObject(value.total)) fail('expected an object', file, '$.total');
  for (const key of ['seconds', 'joules', 'meanPowerW'] as const) num(value.total[key], file, `$.total.${key}`);
  numberMap(value.total.joulesByDomain, file, '$.total.joulesByDomain');
  for (const key of ['epochsRequested', 'plannedEpochs', 'exitCode'] as const) {
    if (value[key] !== null && value[key] !== undefined) num(value[key], file, `$.${key}`);
  }
  return value as unknown as Measurement;
}
