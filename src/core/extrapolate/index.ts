// Public entry of measured-epoch extrapolation: predict a full run, its JSON contract, and the summary the
// GitHub Action shows next to estimates.
import { EnergyDiffError } from '../common/index.js';
import { validateMeasurement } from '../measure/index.js';
import { extrapolateEpochs, type Extrapolation } from './extrapolate.js';

export { extrapolateEpochs, fixedWindow, type EpochRecord, type Extrapolation } from './extrapolate.js';
export { detectStableEpoch, DEL_REY_STABLE_EPOCH, DEL_REY_WINDOW, type StableEpoch } from './stable.js';
export { transientEpochs, TRANSIENT_FACTOR } from './transients.js';
export { renderExtrapolation } from './render.js';
export { parseEpochInput } from './epochs-input.js';

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
  const x = extrapolateEpochs(m.epochs, Math.max(totalEpochs, 1));
  return {
    measuredJ: m.total.joules,
    extrapolatedJ: x.predictedJ,
    band: { lowJ: x.predictedJLow, highJ: x.predictedJHigh },
    epochsObserved: m.epochs.length,
    totalEpochs: x.totalEpochs,
    status: m.status,
  };
}
