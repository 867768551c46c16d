// Workload roll-ups: a declared training run or a serving load turned into energy, from the per-batch
// estimates of one inference and one train step, with the same multiplicative band and optional
// conversions to kWh, gCO2e and money (the user supplies grid intensity and price; no defaults).
import type { HardwareProfile } from './profile-types.js';
import type { EstimateReport, Serving, TrainingRun, WorkloadEstimate } from './estimate-types.js';
import { EnergyDiffError, LIMITS } from '../common/index.js';

export const J_PER_KWH = 3.6e6;

export interface WorkloadInput {
  /** Estimate of one inference batch (mode 'inference'); needed for eval passes and serving. */
  inference?: EstimateReport;
  /** Estimate of one train step (mode 'train-step') at the run's batch size. */
  trainStep?: EstimateReport;
  trainingRun?: TrainingRun;
  serving?: Serving;
  /**
   * Joules added once per training run outside the steps (process start, data loading, checkpointing);
   * 0 unless measured. See profileRunOverheadJ.
   */
  perRunOverheadJ?: number;
  gridIntensityGCO2ePerKWh?: number;
  pricePerKWh?: number;
}

function fail(path: string, message: string): never {
  throw new EnergyDiffError('E_WORKLOAD', message, { jsonPath: path });
}

function positiveInteger(v: number, path: string, max: number): number {
  if (!Number.isInteger(v) || v <= 0 || v > max) fail(path, `expected a positive integer of at most ${max}, got ${v}`);
  return v;
}

function nonNegative(v: number, path: string, max = Number.MAX_VALUE): number {
  if (!Number.isFinite(v) || v < 0 || v > max) fail(path, `expected a number from 0 to ${max}, got ${v}`);
  return v;
}

function requireMode(report: EstimateReport | undefined, mode: EstimateReport['mode'], why: string, path: string): EstimateReport {
  if (!report) fail(path, `${why} needs an estimate in mode '${mode}'`);
  if (report.mode !== mode) fail(path, `${why} needs an estimate in mode '${mode}', got '${report.mode}'`);
  return report;
}

/** The per-run overhead a profile declares (predictor.perRunOverheadJ), else 0. */
export function profileRunOverheadJ(profile: HardwareProfile): number {
  const v = profile.predictor.perRunOverheadJ;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0;
}

/**
 * Training run: steps = epochs x ceil(trainSamples / batch), each a full train step (the last partial
 * batch is counted as a full step: small batches do not cost proportionally less); eval: per epoch
 * ceil(evalSamples / inference.batch) inference batches; plus the run's start-up (EstimateReport.trainingLoop)
 * and the per-run overhead, which have no band.
 */
function trainingRunEnergy(input: WorkloadInput, run: TrainingRun): NonNullable<WorkloadEstimate['trainingRun']> {
  const epochs = positiveInteger(run.epochs, 'trainingRun.epochs', LIMITS.epochs);
  const samples = positiveInteger(run.trainSamples, 'trainingRun.trainSamples', LIMITS.samples);
  const batch = positiveInteger(run.batch, 'trainingRun.batch', LIMITS.batch);
  const step = requireMode(input.trainStep, 'train-step', 'a training run', 'trainingRun');
  if (step.batch !== batch) fail('trainingRun.batch', `the train-step estimate is at batch ${step.batch}, the run at batch ${batch}: estimate the step at --batch ${batch}`);
  const steps = epochs * Math.ceil(samples / batch);
  let evalBatches = 0;
  let inference: EstimateReport | undefined;
  if (run.evalSamples !== undefined && run.evalSamples > 0) {
    positiveInteger(run.evalSamples, 'trainingRun.evalSamples', LIMITS.samples);
    inference = requireMode(input.inference, 'inference', 'evaluation passes', 'trainingRun.evalSamples');
    evalBatches = epochs * Math.ceil(run.evalSamples / inference.batch);
  }
  // The first epoch's start-up where the profile models it: outside the band, like the per-run overhead.
  const overheadJ = nonNegative(input.perRunOverheadJ ?? 0, 'perRunOverheadJ') + (step.trainingLoop?.startupJ ?? 0);
  const total = (pick: 'energyJ' | 'energyJLow' | 'energyJHigh'): number =>
    steps * step.totals[pick] + evalBatches * (inference?.totals[pick] ?? 0) + overheadJ;
  return { energyJ: total('energyJ'), energyJLow: total('energyJLow'), energyJHigh: total('energyJHigh'), steps };
}

/** Serving: one request = one sample, so energy per request = energy of a batch / batch size. */
function servingEnergy(input: WorkloadInput, serving: Serving): NonNullable<WorkloadEstimate['serving']> {
  const requests = nonNegative(serving.requestsPerMonth, 'serving.requestsPerMonth', LIMITS.requestsPerMonth);
  const inference = requireMode(input.inference, 'inference', 'serving', 'serving');
  const perRequest = (j: number): number => (j / inference.batch) * requests;
  return {
    energyJPerMonth: perRequest(inference.totals.energyJ),
    energyJLowPerMonth: perRequest(inference.totals.energyJLow),
    energyJHighPerMonth: perRequest(inference.totals.energyJHigh),
  };
}

/**
 * Fills WorkloadEstimate. kWh (and gCO2e, cost) cover what was declared: the training run plus one month
 * of serving when both are; gCO2e and cost only when the user gave an intensity or a price.
 */
export function estimateWorkload(input: WorkloadInput): WorkloadEstimate {
  const out: WorkloadEstimate = {};
  if (input.trainingRun) out.trainingRun = trainingRunEnergy(input, input.trainingRun);
  if (input.serving) out.serving = servingEnergy(input, input.serving);
  if (!out.trainingRun && !out.serving) return out;
  const energyJ = (out.trainingRun?.energyJ ?? 0) + (out.serving?.energyJPerMonth ?? 0);
  out.kWh = energyJ / J_PER_KWH;
  if (input.gridIntensityGCO2ePerKWh !== undefined) {
    out.gCO2e = out.kWh * nonNegative(input.gridIntensityGCO2ePerKWh, 'gridIntensityGCO2ePerKWh', LIMITS.gridIntensityGCO2ePerKWh);
  }
  if (input.pricePerKWh !== undefined) out.cost = out.kWh * nonNegative(input.pricePerKWh, 'pricePerKWh', LIMITS.pricePerKWh);
  return out;
}
