// The pairwise metric's measurement floor (pairRunNoise) and its per-mode-and-batch summary, on hand-made runs.
import { describe, expect, it } from 'vitest';
import { pairRunNoise, pairwiseErrors, summarisePairsByModeAndBatch, type CaseError, type RunCase } from '../../src/core/calibrate/index.js';

const run = (model: string, run: string, measuredJ: number, batch = 1, mode: RunCase['mode'] = 'inference'): RunCase => ({ model, mode, batch, run, measuredJ });

describe('pairRunNoise', () => {
  it('the ratio in one run against the other: 0 when both runs agree on it, whatever their level', () => {
    expect(pairRunNoise([run('a', 'a', 1), run('a', 'b', 2), run('b', 'a', 3), run('b', 'b', 6)])).toEqual([0]);
  });

  it('a pair whose ratio differs between runs: |ratio_a / ratio_b - 1|, lower-energy model as the base', () => {
    // The ratio y / x is 3 in run a and 3.6 / 1.1 in run b.
    const [e] = pairRunNoise([run('x', 'a', 1), run('x', 'b', 1.1), run('y', 'a', 3), run('y', 'b', 3.6)]);
    expect(e).toBeCloseTo(Math.abs(3 / (3.6 / 1.1) - 1), 12);
  });

  it('scores only the pairs pairwiseErrors scores: same mode and batch, means more than minChange apart, two shared runs', () => {
    const runs = [
      run('x', 'a', 1), run('x', 'b', 1),
      run('near', 'a', 1.05), run('near', 'b', 1.05), // within 10% of x: not a pair with x
      run('y', 'a', 2), run('y', 'b', 2.2, 1),
      run('z', 'a', 5, 8), run('z', 'b', 5, 8), // another batch
      run('w', 'a', 4), // one run only
    ];
    // pairs at batch 1 with two shared runs: x-y, near-y (x-near too close).
    expect(pairRunNoise(runs)).toHaveLength(2);
    const cases: CaseError[] = ['x', 'near', 'y'].map((m) => {
      const rs = runs.filter((r) => r.model === m);
      const measuredJ = rs.reduce((a, r) => a + r.measuredJ, 0) / rs.length;
      return { model: m, family: m, mode: 'inference', batch: 1, measuredJ, predictedJ: measuredJ, ape: 0 };
    });
    expect(pairwiseErrors(cases)).toHaveLength(2);
  });
});

describe('summarisePairsByModeAndBatch', () => {
  it('groups pairs by mode and batch, inference first, ascending batch', () => {
    const c = (model: string, j: number, batch: number, mode: CaseError['mode'], predictedJ = j): CaseError => ({ model, family: model, mode, batch, measuredJ: j, predictedJ, ape: Math.abs(predictedJ / j - 1) });
    const pairs = pairwiseErrors([c('a', 1, 8, 'inference'), c('b', 2, 8, 'inference', 2.2), c('a', 1, 32, 'train-step'), c('b', 3, 32, 'train-step'), c('a', 1, 1, 'inference'), c('b', 4, 1, 'inference')]);
    const s = summarisePairsByModeAndBatch(pairs);
    expect(s.map((x) => x.key)).toEqual(['inference b1', 'inference b8', 'train-step b32']);
    expect(s[1]!.medianError).toBeCloseTo(0.1, 12);
    expect(s.map((x) => x.pairs)).toEqual([1, 1, 1]);
  });
});
