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

/** One measured run of a model at a mode and batch (runs 'a' and 'b' of the dev data). */
export interface RunCase {
  model: string;
  mode: CaseError['mode'];
  batch: number;
  run: string;
  measuredJ: number;
}

/**
 * The measurement's own floor for the pairwise metric: for the pairs pairwiseErrors scores (mean energies more
 * than `minChange` apart), the change ratio measured in one run against the same ratio measured in the other
 * (|ratio in run x / ratio in run y - 1|, over the first two runs both models have). A predictor that matched
 * one run exactly would still be this far off the other.
 */
export function pairRunNoise(runs: RunCase[], minChange = 0.1): number[] {
  const byCase = new Map<string, { c: RunCase; byRun: Map<string, number> }>();
  for (const r of runs) {
    const key = `${r.model}\u0000${r.mode}\u0000${r.batch}`;
    const g = byCase.get(key) ?? { c: r, byRun: new Map<string, number>() };
    g.byRun.set(r.run, r.measuredJ);
    byCase.set(key, g);
  }
  const groups = [...byCase.values()];
  const meanJ = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / m.size;
  const out: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [a, b] = [groups[i]!, groups[j]!];
      if (a.c.mode !== b.c.mode || a.c.batch !== b.c.batch || a.c.model === b.c.model) continue;
      const [lo, hi] = meanJ(a.byRun) <= meanJ(b.byRun) ? [a, b] : [b, a];
      if (meanJ(hi.byRun) / meanJ(lo.byRun) - 1 <= minChange) continue;
      const shared = [...lo.byRun.keys()].filter((r) => hi.byRun.has(r)).sort().slice(0, 2);
      if (shared.length < 2) continue;
      const ratio = (run: string) => hi.byRun.get(run)! / lo.byRun.get(run)!;
      out.push(Math.abs(ratio(shared[0]!) / ratio(shared[1]!) - 1));
    }
  }
  return out;
}

/** Pairwise summaries per mode and batch (inference first, ascending batch). */
export function summarisePairsByModeAndBatch(pairs: PairError[]): ({ key: string } & PairSummary)[] {
  const keys = [...new Set(pairs.map((p) => `${p.mode}\u0000${p.batch}`))].sort((a, b) => {
    const [ma, ba] = a.split('\u0000');
    const [mb, bb] = b.split('\u0000');
    return ma === mb ? Number(ba) - Number(bb) : ma === 'inference' ? -1 : 1;
  });
  return keys.map((k) => {
    const [mode, batch] = k.split('\u0000');
    return { key: `${mode} b${batch}`, ...summarisePairs(pairs.filter((p) => p.mode === mode && String(p.batch) === batch)) };
  });
}
