// The two training-loop terms of roofline-v1, fitted on measured training runs: host time per train or eval
// step while the device idles (what a real loop adds to tight-loop pass measurements: data loading, host
// syncs), from the stable epochs; and first-epoch start-up host time per distinct convolution configuration
// (the first epochs of the measured runs sit at idle power for seconds, longer the more convolution shapes
// the model has). Leave-one-trace-out predictions say how well a run the fit did not see is predicted.
import type { TrainingLoop } from '../estimate/predictors/roofline.js';
import { median } from './metrics.js';

/** One measured run and what the estimator predicts for its passes. */
export interface TraceCase {
  model: string;
  epochs: number;
  stepsPerEpoch: number;
  evalStepsPerEpoch: number;
  /** Median over the epochs after the first. */
  stableEpochJ: number;
  stableEpochS: number;
  /** First epoch minus a stable one: start-up. */
  firstEpochExcessS: number;
  /** Sum of all measured epochs: the truth a roll-up is compared with. */
  measuredJ: number;
  /** Estimates of one train step and one eval batch at the run's batch and input size. */
  stepJ: number;
  stepS: number;
  evalJ: number;
  evalS: number;
  convConfigs: number;
}

/** Host time per step from the stable epochs: measured minus predicted epoch time, per train and eval step, >= 0. */
function stepOverheadOf(t: TraceCase): number {
  const predictedS = t.stepsPerEpoch * t.stepS + t.evalStepsPerEpoch * t.evalS;
  return Math.max(0, (t.stableEpochS - predictedS) / (t.stepsPerEpoch + t.evalStepsPerEpoch));
}

/** Step host time: the median over the runs; start-up per configuration: pooled over the runs. */
export function fitTrainingLoop(traces: TraceCase[]): TrainingLoop {
  const configs = traces.reduce((a, t) => a + t.convConfigs, 0);
  return {
    stepOverheadS: median(traces.map(stepOverheadOf)),
    startupSPerConvConfig: configs > 0 ? traces.reduce((a, t) => a + Math.max(0, t.firstEpochExcessS), 0) / configs : 0,
  };
}

/** A whole run predicted from its pass estimates and the loop terms, as core/estimate/workload.ts rolls it up. */
export function predictRunJ(t: TraceCase, loop: TrainingLoop, idlePowerW: number): number {
  const steps = t.epochs * t.stepsPerEpoch;
  const evals = t.epochs * t.evalStepsPerEpoch;
  return steps * t.stepJ + evals * t.evalJ + (steps + evals) * idlePowerW * loop.stepOverheadS + idlePowerW * loop.startupSPerConvConfig * t.convConfigs;
}

export interface RunPrediction {
  model: string;
  measuredJ: number;
  /** Passes only, no loop terms: what single-step measurements alone give. */
  passesJ: number;
  predictedJ: number;
  loop: TrainingLoop;
}

/** For each run: loop terms fitted on the other runs, then its whole run predicted. */
export function leaveOneTraceOut(traces: TraceCase[], idlePowerW: number): RunPrediction[] {
  return traces.map((t) => {
    const loop = fitTrainingLoop(traces.filter((o) => o !== t));
    const none = { stepOverheadS: 0, startupSPerConvConfig: 0 };
    return { model: t.model, measuredJ: t.measuredJ, passesJ: predictRunJ(t, none, idlePowerW), predictedJ: predictRunJ(t, loop, idlePowerW), loop };
  });
}
