import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectStableEpoch, extrapolateEpochs, fixedWindow, renderExtrapolation, toExtrapolateJson, type EpochRecord } from '../../src/core/extrapolate/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const epochs = (joules: number[], seconds?: number[]): EpochRecord[] =>
  joules.map((j, i) => ({ epoch: i, joules: j, seconds: seconds?.[i] ?? j / 100 }));

describe('detectStableEpoch', () => {
  it('skips a multi-epoch warm-up (allocation, then data caching)', () => {
    const j = [900, 400, 250, 100, 101, 99, 100, 102, 98, 100, 101, 99];
    expect(detectStableEpoch(j, j.map((x) => x / 100))).toMatchObject({ index: 3, source: 'detected' });
  });

  it('keeps isolated recurring spikes (eval every 4th epoch) in the stable part', () => {
    const j = [600, 86, 84, 88, 130, 87, 85, 88, 128, 86, 87, 89, 131, 85];
    expect(detectStableEpoch(j, j.map(() => 0.2)).index).toBe(1);
  });

  it('does not mistake clustered stable epochs (resnet18 trace: 64 / 80 / 94 J) for instability', () => {
    // Most of the first 18 epochs sit near 80 J, so the MAD is small and the 64 J and 94 J clusters fall
    // outside a MAD-only band; the IQR term keeps the band honest.
    const trace = JSON.parse(readFileSync(join(repo, 'data/h100/traces_dev.jsonl'), 'utf8').split('\n')[0]!) as { model: string; epochs: { joules: number; seconds: number }[] };
    expect(trace.model).toBe('resnet18');
    const epochs18 = trace.epochs.slice(0, 18);
    expect(detectStableEpoch(epochs18.map((e) => e.joules), epochs18.map((e) => e.seconds))).toMatchObject({ index: 1, source: 'detected' });
  });

  it('counts epoch 0 as stable when it does not stand out', () => {
    const j = [100, 101, 99, 100, 102, 98, 100];
    expect(detectStableEpoch(j, j.map(() => 1)).index).toBe(0);
  });

  it('looks at durations too: a slow first epoch at normal energy is warm-up', () => {
    const j = [100, 100, 101, 99, 100, 100, 101, 99];
    const s = [3, 1, 1, 1, 1, 1, 1, 1];
    expect(detectStableEpoch(j, s).index).toBe(1);
  });

  it("falls back to del Rey's epoch 10 (clamped) when the band does not hold", () => {
    // 6 of the 15 epochs after the first jump far out of a tight band: no band describes this run.
    const noisy = [500, 100, 150, 101, 50, 99, 100, 160, 100, 101, 40, 99, 155, 100, 101, 45];
    const r = detectStableEpoch(noisy, noisy.map(() => 1));
    expect(r.source).toBe('fallback');
    expect(r.index).toBe(10);
    expect(detectStableEpoch([500, 100], [5, 1])).toMatchObject({ index: 1, source: 'fallback' });
    expect(detectStableEpoch([500], [5])).toMatchObject({ index: 0, source: 'fallback' });
  });
});

describe('extrapolateEpochs', () => {
  it('adds the stable per-epoch energy for each remaining epoch to what was observed', () => {
    const x = extrapolateEpochs(epochs([1000, 100, 100, 100, 100, 100]), 10);
    expect(x.observedJ).toBe(1500);
    expect(x.predictedJ).toBeCloseTo(1500 + 4 * 100, 9);
    // Identical stable epochs: no spread, no drift, so the band collapses onto the prediction.
    expect(x.predictedJLow).toBeCloseTo(x.predictedJ, 9);
    expect(x.predictedJHigh).toBeCloseTo(x.predictedJ, 9);
    expect(x.methods['first-epoch']).toBe(10000);
  });

  it('widens the band with the spread and drift of the stable epochs', () => {
    const x = extrapolateEpochs(epochs([1000, 90, 110, 95, 105, 100, 92, 108, 100]), 40);
    expect(x.predictedJLow).toBeLessThan(x.predictedJ);
    expect(x.predictedJHigh).toBeGreaterThan(x.predictedJ);
    expect(x.predictedJLow).toBeGreaterThanOrEqual(x.observedJ);
  });

  it('leaves a stable epoch at 3x the energy out of the rate, but not one that only took 3x as long', () => {
    const base: EpochRecord[] = [1000, 100, 100, 300, 100, 100, 100].map((joules, epoch) => ({ epoch, joules, seconds: 1 }));
    const spiked = extrapolateEpochs(base, 10);
    expect(spiked.transients).toEqual([3]);
    expect(spiked.predictedJ).toBeCloseTo(1800 + 3 * 100, 9);
    // Same energy, three times the duration (a scheduler hiccup): part of the rate.
    const slow = extrapolateEpochs(base.map((e) => (e.epoch === 3 ? { ...e, joules: 100, seconds: 3 } : e)), 10);
    expect(slow.transients).toEqual([]);
    expect(slow.predictedJ).toBeCloseTo(1600 + 3 * 100, 9);
  });

  it('is exact once the run is complete', () => {
    const x = extrapolateEpochs(epochs([1000, 100, 120]), 3);
    expect([x.predictedJ, x.predictedJLow, x.predictedJHigh]).toEqual([1220, 1220, 1220]);
  });

  it("uses del Rey's fixed window [10, 15) for STEP when 15 epochs are seen, and power x duration for step-power", () => {
    expect(fixedWindow(15)).toEqual({ start: 10, end: 15 });
    expect(fixedWindow(20)).toEqual({ start: 10, end: 15 });
    expect(fixedWindow(8)).toEqual({ start: 3, end: 8 });
    const list = epochs([500, ...Array.from({ length: 14 }, (_, i) => (i >= 9 ? 200 : 100))]);
    list.forEach((e) => (e.sampledPowerW = 50));
    const x = extrapolateEpochs(list, 20);
    const observedJ = 500 + 9 * 100 + 5 * 200;
    expect(x.methods['step-epoch-energy']).toBeCloseTo(observedJ + 5 * 200, 9);
    // 50 W sampled x 2 s per window epoch x 5 remaining epochs.
    expect(x.methods['step-power']).toBeCloseTo(observedJ + 5 * 100, 9);
  });

  it('rejects bad input with a clear error', () => {
    expect(() => extrapolateEpochs([], 10)).toThrow(/no epochs/);
    expect(() => extrapolateEpochs(epochs([1, 2]), 0)).toThrow(/positive integer/);
    expect(() => extrapolateEpochs([{ epoch: 0, joules: Number.NaN, seconds: 1 }], 3)).toThrow(/finite/);
  });
});

describe('outputs', () => {
  it('has exactly the keys of the energy-diff/extrapolate@1 contract', () => {
    const json = toExtrapolateJson(extrapolateEpochs(epochs([1000, 100, 100, 100, 100]), 10));
    expect(Object.keys(json).sort()).toEqual(['methods', 'observedEpochs', 'predictedJ', 'predictedJHigh', 'predictedJLow', 'schema', 'stableEpoch', 'totalEpochs', 'transientEpochs']);
    expect(Object.keys(json.methods).sort()).toEqual(['first-epoch', 'step-epoch-energy', 'step-power']);
    expect(json).toMatchObject({ schema: 'energy-diff/extrapolate@1', observedEpochs: 5, totalEpochs: 10, stableEpoch: 1 });
  });

  it('renders all methods in text and Markdown', () => {
    const x = extrapolateEpochs(epochs([1000, 100, 100, 100, 100]), 10);
    const md = renderExtrapolation(x, 'markdown');
    expect(md).toContain('| first epoch x total epochs | 10.00 kJ | +426.3% |');
    expect(renderExtrapolation(x, 'text')).toContain('Predicted 1.90 kJ for 10 epochs');
  });
});
