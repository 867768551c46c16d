// Argument helpers shared by the CLI commands: shape parsing and numeric options with clear errors.
import { EnergyDiffError, LIMITS } from '../core/common/index.js';
import type { WorkloadSpec } from '../app/estimate-model.js';

/** Parses `name=1x3x224x224` (repeatable `--input`) into input shapes. */
export function parseInputShapes(values: string[] | undefined): Record<string, number[]> {
  // Keyed by a user's input name ('__proto__' included): no prototype to write through.
  const shapes = Object.create(null) as Record<string, number[]>;
  for (const value of values ?? []) {
    const eq = value.lastIndexOf('=');
    const name = value.slice(0, eq);
    const dims = value.slice(eq + 1).split(/[x,]/).map(Number);
    if (eq <= 0 || dims.length === 0 || dims.some((d) => !Number.isInteger(d) || d <= 0)) {
      throw new EnergyDiffError('E_ARG', `--input expects name=DIMxDIMx... with positive integers (e.g. input=1x3x224x224), got '${value}'`);
    }
    shapes[name] = dims;
  }
  return shapes;
}

/** A positive integer option (at most `max`, by default 2^53 - 1), or undefined when absent. */
export function positiveInt(value: string | undefined, option: string, max: number = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new EnergyDiffError('E_ARG', `${option} expects a positive integer, got '${value}'`);
  if (n > max) throw new EnergyDiffError('E_ARG', `${option} expects a positive integer of at most ${max}, got '${value}'`);
  return n;
}

/** A non-negative number option (at most `max`), or undefined when absent. */
export function nonNegative(value: string | undefined, option: string, max = Number.MAX_VALUE): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new EnergyDiffError('E_ARG', `${option} expects a non-negative number, got '${value}'`);
  if (n > max) throw new EnergyDiffError('E_ARG', `${option} expects a number of at most ${max}, got '${value}'`);
  return n;
}

export function oneOf<T extends string>(value: string | undefined, option: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new EnergyDiffError('E_ARG', `${option} expects one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as T;
}

/** parseArgs options of a declared workload, shared by `estimate` and `diff`. */
export const WORKLOAD_OPTIONS = {
  epochs: { type: 'string' },
  'train-samples': { type: 'string' },
  'eval-samples': { type: 'string' },
  'requests-per-month': { type: 'string' },
  'grid-gco2e-per-kwh': { type: 'string' },
  'price-per-kwh': { type: 'string' },
} as const;

/** Help lines of the workload options (the run's batch is the estimate's --batch). */
export const WORKLOAD_HELP = `workload (adds a roll-up to the estimate; the run's batch is --batch):
  --epochs N --train-samples N [--eval-samples N]   a training run: steps x step energy + eval passes + run overhead
  --requests-per-month N                            serving: per-inference energy x requests
  --grid-gco2e-per-kwh X                            convert to gCO2e (no default: your grid's intensity)
  --price-per-kwh X                                 convert to cost (no default: your tariff)
`;

export type WorkloadArgs = Partial<Record<keyof typeof WORKLOAD_OPTIONS, string>>;

/** The declared workload, or undefined when neither a training run nor a serving load was given. */
export function workloadFromArgs(values: WorkloadArgs): WorkloadSpec | undefined {
  const epochs = positiveInt(values.epochs, '--epochs', LIMITS.epochs);
  const trainSamples = positiveInt(values['train-samples'], '--train-samples', LIMITS.samples);
  if ((epochs === undefined) !== (trainSamples === undefined)) {
    throw new EnergyDiffError('E_ARG', 'a training run needs both --epochs and --train-samples');
  }
  const requestsPerMonth = nonNegative(values['requests-per-month'], '--requests-per-month', LIMITS.requestsPerMonth);
  const spec: WorkloadSpec = {
    trainingRun: epochs && trainSamples ? { epochs, trainSamples, evalSamples: positiveInt(values['eval-samples'], '--eval-samples', LIMITS.samples) } : undefined,
    serving: requestsPerMonth === undefined ? undefined : { requestsPerMonth },
    gridIntensityGCO2ePerKWh: nonNegative(values['grid-gco2e-per-kwh'], '--grid-gco2e-per-kwh', LIMITS.gridIntensityGCO2ePerKWh),
    pricePerKWh: nonNegative(values['price-per-kwh'], '--price-per-kwh', LIMITS.pricePerKWh),
  };
  return spec.trainingRun || spec.serving ? spec : undefined;
}
