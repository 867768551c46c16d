// The regression toolkit on inputs whose answers follow from algebra, not from running the code.
import { describe, expect, it } from 'vitest';
import { fitMinMaxScaler, fitStandardScaler, inverseMinMaxRow, minMaxRow, polynomialNames, polynomialRow, standardizeRow } from '../../src/core/regression/features.js';
import { fitLinear, predictLinear } from '../../src/core/regression/index.js';
import { mape, median, medianApe, quantile, r2Score, seededPermutation, splitTrainValTest } from '../../src/core/calibrate/index.js';

describe('fitLinear', () => {
  it('recovers an exact linear relation across wide feature ranges', () => {
    // y = 7 + 2e-12·macs - 3·k: features twelve orders of magnitude apart, as MACs and kernel sizes are.
    const x = Array.from({ length: 40 }, (_, i) => [1e9 * (i + 1) * (1 + (i % 7)), (i % 11) + 1]);
    const y = x.map(([m, k]) => 7 + 2e-12 * m! - 3 * k!);
    const model = fitLinear(x, y);
    expect(model.intercept).toBeCloseTo(7, 9);
    expect(model.coef[0]! / 2e-12).toBeCloseTo(1, 9);
    expect(model.coef[1]).toBeCloseTo(-3, 9);
  });

  it('gives a constant column coefficient 0 (minimum-norm answer)', () => {
    const x = [[1, 5], [2, 5], [3, 5], [4, 5]];
    const model = fitLinear(x, [2, 4, 6, 8]);
    expect(model.coef[1]).toBe(0);
    expect(model.coef[0]).toBeCloseTo(2, 12);
    expect(model.intercept).toBeCloseTo(0, 12);
  });

  it('matches the closed form of one-feature ridge: slope = Sxy / (Sxx + λ)', () => {
    const x = [[0], [1], [2], [3], [4]];
    const y = [1, 3, 2, 5, 4];
    // Centred: Sxx = 10, Sxy = (-2)(-2) + (-1)(0) + 0 + 1·2 + 2·1 = 8.
    const model = fitLinear(x, y, { ridge: 2 });
    expect(model.coef[0]).toBeCloseTo(8 / 12, 12);
    expect(model.intercept).toBeCloseTo(3 - (8 / 12) * 2, 12);
    expect(predictLinear(model, [[2]])[0]).toBeCloseTo(3, 12);
  });

  it('least squares of a noisy line: slope = Sxy/Sxx', () => {
    const model = fitLinear([[0], [1], [2], [3], [4]], [1, 3, 2, 5, 4]);
    expect(model.coef[0]).toBeCloseTo(0.8, 12);
    expect(model.intercept).toBeCloseTo(1.4, 12);
  });
});

describe('features', () => {
  it('orders degree-2 terms as sklearn PolynomialFeatures does', () => {
    const spec = { degree: 2 as const, interactionOnly: true, includeBias: true };
    expect(polynomialRow([2, 3, 5], spec)).toEqual([1, 2, 3, 5, 6, 10, 15]);
    expect(polynomialNames(['a', 'b', 'c'], spec)).toEqual(['1', 'a', 'b', 'c', 'a b', 'a c', 'b c']);
    expect(polynomialRow([2, 3], { degree: 2, interactionOnly: false, includeBias: false })).toEqual([2, 3, 4, 6, 9]);
  });

  it('standardises with the population std and leaves constant columns at scale 1', () => {
    const s = fitStandardScaler([[1, 7], [3, 7], [5, 7]]);
    expect(s.mean).toEqual([3, 7]);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt(8 / 3), 14);
    expect(s.scale[1]).toBe(1);
    expect(standardizeRow([5, 7], s)[1]).toBe(0);
  });

  it('min-max scales and inverts', () => {
    const s = fitMinMaxScaler([[2], [10], [6]]);
    expect(minMaxRow([6], s)).toEqual([0.5]);
    expect(inverseMinMaxRow([0.25], s)).toEqual([4]);
  });
});

describe('split', () => {
  it('is a deterministic permutation and cuts 70/20/10 at floor(0.7n), floor(0.9n)', () => {
    const p = seededPermutation(100, 7);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(seededPermutation(100, 7)).toEqual(p);
    expect(seededPermutation(100, 8)).not.toEqual(p);
    const rows = Array.from({ length: 33 }, (_, i) => i);
    const s = splitTrainValTest(rows, 3);
    expect([s.train.length, s.validation.length, s.test.length]).toEqual([23, 6, 4]);
    expect([...s.train, ...s.validation, ...s.test].sort((a, b) => a - b)).toEqual(rows);
  });
});

describe('metrics', () => {
  it('computes R², MAPE, median APE and quantiles', () => {
    // mean 2, SS_tot = 2, SS_res = 0.25 + 0 + 0.25.
    expect(r2Score([1, 2, 3], [1.5, 2, 2.5])).toBeCloseTo(0.75, 14);
    expect(mape([1, 2, 4], [1.1, 2, 3])).toBeCloseTo((0.1 + 0 + 0.25) / 3, 14);
    expect(medianApe([1, 2, 4], [1.1, 2, 3])).toBeCloseTo(0.1, 14);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(quantile([0, 10, 20, 30, 40], 0.1)).toBeCloseTo(4, 14);
  });
});
