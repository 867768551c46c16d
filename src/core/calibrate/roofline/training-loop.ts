// The training-loop term of roofline-v1, fitted on measured training runs: first-epoch start-up host time
// per distinct convolution configuration (the first epochs of the measured runs sit at idle power for
// seconds, longer the more convolution shapes the model has). A per-step host time (data loading, syncs)
// is what a real loop adds too, but these runs cannot pin it: the stable epochs' excess over the predicted
// passes (a few ms per step) is within the passes' own error, and fitting it made the held-out runs worse.
// Leave-one-trace-out predictions say how well a run the fit did not see is predicted.
import type { TrainingLoop } from '../../estimate/index.js';

/** One measured run and what the estimator predicts for its passes. */
export interface TraceCase {
  model: string;
  epochs: number;
  stepsPerEpoch: number;
  evalStepsPerEpoch: number;
  /** First epoch minus a stable one (the median of the others): start-up. */
  firstEpochExcessS: number;
  /** Sum of all measured epochs: the truth a roll-up is compared with. */
  measuredJ: number;
  /** Estimates of one train step and one eval batch at the run's batch and input size. */
  stepJ: number;
  evalJ: number;
  convConfigs: number;
}

/** Start-up per convolution configuration, pooled over the runs: their first-epoch excess over their shapes. */
export function fitTrainingLoop(traces: TraceCase[]): TrainingLoop {
  const configs = traces.reduce((a, t) => a + t.convConfigs, 0);
  return { startupSPerConvConfig: configs > 0 ? traces.reduce((a, t) => a + Math.max(0, t.firstEpochExcessS), 0) / configs : 0 };
}

/** A whole run predicted from its pass estimates and the loop term, as core/estimate/workload.ts rolls it up. */
export function predictRunJ(t: TraceCase, loop: TrainingLoop, idlePowerW: number): number {
  return t.epochs * (t.stepsPerEpoch * t.stepJ + t.evalStepsPerEpoch * t.evalJ) + idlePowerW * loop.startupSPerConvConfig * t.convConfigs;
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
    const none = { startupSPerConvConfig: 0 };
    return { model: t.model, measuredJ: t.measuredJ, passesJ: predictRunJ(t, none, idlePowerW), predictedJ: predictRunJ(t, loop, idlePowerW), loop };
  });
}
