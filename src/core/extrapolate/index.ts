// Public entry of measured-epoch extrapolation: predict a full run, its JSON contract, and the summary the
// GitHub Action shows next to estimates.
import { EnergyDiffError } from '../common/index.js';
import { resolutionWarnings, totalResolutionJ, validateMeasurement, type Measurement } from '../measure/index.js';
import { extrapolateEpochs, type Extrapolation } from './extrapolate.js';

export { extrapolateEpochs, fixedWindow, type EpochRecord, type ExtrapolateOptions, type Extrapolation } from './extrapolate.js';
export { detectStableEpoch, DEL_REY_STABLE_EPOCH, DEL_REY_WINDOW, type StableEpoch } from './stable.js';
export { transientEpochs, TRANSIENT_FACTOR } from './transients.js';
export { renderExtrapolation } from './render.js';
export { measurementInput, parseEpochInput, type EpochInput } from './epochs-input.js';

export const EXTRAPOLATE_SCHEMA = 'energy-diff/extrapolate@1';

/** The stable `energy-diff/extrapolate@1` JSON contract (`--format json`). */
export interface ExtrapolateJson {
  schema: typeof EXTRAPOLATE_SCHEMA;
  predictedJ: number;
  predictedJLow: number;
  predictedJHigh: number;
  stableEpoch: number;
  /** Stable epochs counted once as transients and left out of the rate (0-based). */
  transientEpochs: number[];
  observedEpochs: number;
  totalEpochs: number;
  methods: { 'step-epoch-energy': number; 'step-power': number; 'first-epoch': number };
}

export function toExtrapolateJson(x: Extrapolation): ExtrapolateJson {
  return {
    schema: EXTRAPOLATE_SCHEMA,
    predictedJ: x.predictedJ,
    predictedJLow: x.predictedJLow,
    predictedJHigh: x.predictedJHigh,
    stableEpoch: x.stable.index,
    transientEpochs: [...x.transients],
    observedEpochs: x.observedEpochs,
    totalEpochs: x.totalEpochs,
    methods: { ...x.methods },
  };
}

export interface MeasurementSummary {
  /** Everything the meters measured during the run (all epochs plus start-up and tear-down). */
  measuredJ: number;
  /** Predicted energy of the full run (totalEpochs), or the measured epochs' sum when the run is complete. */
  extrapolatedJ: number;
  band: { lowJ: number; highJ: number };
  epochsObserved: number;
  totalEpochs: number;
  status: string;
  /** Set when no counter was read (`measure --meter none`): the joules are time × a profile's estimated power. */
  estimatedPower?: boolean;
  /** The summed domains' counter resolution (J per reading) the band includes, where the meters recorded one. */
  resolutionJ?: number;
  /** A counter's step is above 1% of the median epoch (measure's coarse-counter warning). */
  coarseCounter?: boolean;
}

/**
 * The range of the true power around an estimated-power meter's (idle … TDP, as factors of the power priced),
 * or undefined when a meter measured energy.
 */
function estimatedPowerRange(m: Measurement): { low: number; high: number } | undefined {
  if (m.meters.length === 0 || !m.meters.every((x) => x.kind === 'estimated')) return undefined;
  let low = 1;
  let high = 1;
  for (const d of m.meters.flatMap((x) => x.domains)) {
    const { powerW, idlePowerW, tdpW } = d.facts ?? {};
    if (typeof powerW !== 'number' || typeof idlePowerW !== 'number' || typeof tdpW !== 'number' || !(powerW > 0)) continue;
    low = Math.min(low, idlePowerW / powerW);
    high = Math.max(high, tdpW / powerW);
  }
  return { low, high };
}

/**
 * Turns a parsed measurement artifact (the JSON `energy-diff measure` writes) into the numbers a PR comment
 * shows. `totalEpochs` defaults to the file's plannedEpochs (`measure --total-epochs`), else to the epochs seen.
 */
export function summariseMeasurement(measurement: unknown, opts: { totalEpochs?: number; file?: string } = {}): MeasurementSummary {
  const m = validateMeasurement(measurement, opts.file);
  if (m.epochs.length === 0) {
    throw new EnergyDiffError('E_MEASUREMENT', 'the measurement has no finished epoch to extrapolate from', { ...(opts.file ? { file: opts.file } : {}), jsonPath: '$.epochs' });
  }
  const totalEpochs = opts.totalEpochs ?? m.plannedEpochs ?? m.epochs.length;
  let x: Extrapolation;
  try {
    x = extrapolateEpochs(m.epochs, Math.max(totalEpochs, 1), { resolutionJ: totalResolutionJ(m.meters) });
  } catch (err) {
    if (err instanceof EnergyDiffError && opts.file !== undefined && err.place.file === undefined) throw new EnergyDiffError(err.code, err.message, { ...err.place, file: opts.file });
    throw err;
  }
  const power = estimatedPowerRange(m);
  const summary: MeasurementSummary = {
    measuredJ: m.total.joules,
    extrapolatedJ: x.predictedJ,
    // Priced time: the band also spans the power the device could have drawn (idle … TDP).
    band: { lowJ: x.predictedJLow * (power?.low ?? 1), highJ: x.predictedJHigh * (power?.high ?? 1) },
    epochsObserved: m.epochs.length,
    totalEpochs: x.totalEpochs,
    status: m.status,
  };
  if (power) summary.estimatedPower = true;
  if (x.resolutionJ !== undefined) summary.resolutionJ = x.resolutionJ;
  if (resolutionWarnings(m.meters, m.epochs).length > 0) summary.coarseCounter = true;
  return summary;
}
