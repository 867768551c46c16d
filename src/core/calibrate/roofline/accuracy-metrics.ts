// Accuracy metrics of held-out whole-model predictions: error summaries per mode and batch, and the
// pairwise change-ratio metric a PR comment relies on (is model B's energy, relative to model A's, right?).
import type { CaseError } from './whole-model.js';
import { median } from '../fit/index.js';

export interface ErrorSummary {
  /** 'inference b1', 'train-step b32', or 'all'. */
  key: string;
  cases: number;
  medianApe: number;
  maxApe: number;
}

function summary(key: string, es: CaseError[]): ErrorSummary {
  return { key, cases: es.length, medianApe: median(es.map((e) => e.ape)), maxApe: Math.max(...es.map((e) => e.ape)) };
}

/** Median and max |error| per mode and batch (inference first, ascending batch), then over all cases. */
export function summariseByModeAndBatch(errors: CaseError[]): ErrorSummary[] {
  const keys = [...new Set(errors.map((e) => `${e.mode}\u0000${e.batch}`))].sort((a, b) => {
    const [ma, ba] = a.split('\u0000');
    const [mb, bb] = b.split('\u0000');
    return ma === mb ? Number(ba) - Number(bb) : ma === 'inference' ? -1 : 1;
  });
  const out = keys.map((k) => {
    const [mode, batch] = k.split('\u0000');
    return summary(`${mode} b${batch}`, errors.filter((e) => e.mode === mode && String(e.batch) === batch));
  });
  out.push(summary('all', errors));
  return out;
}

export interface PairError {
  /** The pair, the lower-energy model first. */
  from: string;
  to: string;
  mode: CaseError['mode'];
  batch: number;
  measuredRatio: number;
  predictedRatio: number;
  /** |predicted ratio / measured ratio - 1|. */
  error: number;
  directionRight: boolean;
}

/**
 * Every pair of models at the same mode and batch whose measured energies differ by more than `minChange`
 * (a change a reviewer should see): the error of the predicted ratio and whether it points the right way.
 */
export function pairwiseErrors(errors: CaseError[], minChange = 0.1): PairError[] {
  const out: PairError[] = [];
  for (let i = 0; i < errors.length; i++) {
    for (let j = i + 1; j < errors.length; j++) {
      const a = errors[i]!;
      const b = errors[j]!;
      if (a.mode !== b.mode || a.batch !== b.batch || a.model === b.model) continue;
      const [lo, hi] = a.measuredJ <= b.measuredJ ? [a, b] : [b, a];
      const measuredRatio = hi.measuredJ / lo.measuredJ;
      if (measuredRatio - 1 <= minChange) continue;
      const predictedRatio = hi.predictedJ / lo.predictedJ;
      out.push({
        from: lo.model, to: hi.model, mode: a.mode, batch: a.batch, measuredRatio, predictedRatio,
        error: Math.abs(predictedRatio / measuredRatio - 1), directionRight: predictedRatio > 1,
      });
    }
  }
  return out;
}

export interface PairSummary {
  pairs: number;
  medianError: number;
  maxError: number;
  /** Share of pairs whose predicted change points the same way as the measured one. */
  directionRight: number;
}

export function summarisePairs(pairs: PairError[]): PairSummary {
  return {
    pairs: pairs.length,
    medianError: median(pairs.map((p) => p.error)),
    maxError: Math.max(...pairs.map((p) => p.error)),
    directionRight: pairs.filter((p) => p.directionRight).length / Math.max(pairs.length, 1),
  };
}
