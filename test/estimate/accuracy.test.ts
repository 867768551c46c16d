// The targets, computed from the real data: roofline-v1 fitted on layer rows, composition terms
// leave-one-family-out on the eleven H100 dev models (each family predicted by terms fitted on the others);
// the pairwise change-ratio metric; training runs predicted leave-one-trace-out; and the shipped h100-sxm
// profile is what the fit gives.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeEstimateAccuracy, TARGET_BASELINE_RATIO, TARGET_MAX_APE, TARGET_MEDIAN_APE, TARGET_PAIR_DIRECTION, TARGET_PAIR_MEDIAN,
  type EstimateAccuracy,
} from '../../bench/accuracy-estimate.js';
import { DEV_FAMILIES, median, specDerivedProfile } from '../../src/core/calibrate/index.js';
import { specDevice, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { cachedFit } from '../helpers/fit-cache.js';
import { profile } from './helpers.js';

let a: EstimateAccuracy;

beforeAll(async () => {
  a = await cachedFit(['computeEstimateAccuracy'], computeEstimateAccuracy);
}, 600_000);

describe('H100 dev models, inference batch 1..128 and train step (leave-one-family-out)', () => {
  it('covers every model x batch and the train step, each predicted with its own family held out', () => {
    expect(a.roofline).toHaveLength(55);
    expect(new Set(a.roofline.map((e) => e.model)).size).toBe(11);
    expect(new Set(a.roofline.map((e) => e.family))).toEqual(new Set(Object.values(DEV_FAMILIES)));
    expect(a.roofline.filter((e) => e.mode === 'train-step')).toHaveLength(11);
    expect(a.byModeBatch.map((s) => s.key)).toEqual(['inference b1', 'inference b8', 'inference b32', 'inference b128', 'train-step b32', 'all']);
  });

  it(`median APE <= ${TARGET_MEDIAN_APE * 100}%`, () => {
    expect(a.medianApe).toBeLessThanOrEqual(TARGET_MEDIAN_APE);
  });

  it(`every case within ${TARGET_MAX_APE * 100}%`, () => {
    const worst = [...a.roofline].sort((x, y) => y.ape - x.ape)[0]!;
    expect(worst.ape, `${worst.model} ${worst.mode} b${worst.batch}`).toBeLessThanOrEqual(TARGET_MAX_APE);
  });

  it(`at least ${TARGET_BASELINE_RATIO}x lower median error than the best FLOPs-proportional fit, and than the Getzner-style sum`, () => {
    expect(a.baselineMedianApe).toBeGreaterThanOrEqual(TARGET_BASELINE_RATIO * a.medianApe);
    expect(a.getznerMedianApe).toBeGreaterThanOrEqual(TARGET_BASELINE_RATIO * a.medianApe);
  });

  it(`pairwise change ratio: direction right in >= ${TARGET_PAIR_DIRECTION * 100}% of the pairs`, () => {
    expect(a.pairSummary.pairs).toBeGreaterThan(200);
    expect(a.pairSummary.directionRight).toBeGreaterThanOrEqual(TARGET_PAIR_DIRECTION);
  });

  it(`pairwise change ratio: median error ${TARGET_PAIR_MEDIAN * 100}% is the target (missed, docs/estimator.md); it stays under 12% and well under FLOPs-proportional`, () => {
    expect(a.pairSummary.medianError).toBeLessThanOrEqual(0.12);
    expect(a.baselinePairs.medianError).toBeGreaterThanOrEqual(2 * a.pairSummary.medianError);
  });

  it('the band from held-out residuals holds most held-out runs', () => {
    const inside = a.fit.lofo.filter((x) => {
      const r = x.c.measuredJ / x.predictedJ;
      return r >= a.fit.band.low - 1e-12 && r <= a.fit.band.high + 1e-12;
    }).length;
    expect(inside / a.fit.lofo.length).toBeGreaterThanOrEqual(0.78);
    expect(a.fit.band.low).toBeLessThan(1);
    expect(a.fit.band.high).toBeGreaterThan(1);
  });

  it('per-layer fits are fitted on layer rows only and predict held-out layers', () => {
    expect(a.fit.rows.length).toBeGreaterThan(700);
    const inference = Object.entries(a.fit.perFamily).filter(([k]) => !k.includes(':train'));
    expect(median(inference.map(([, s]) => s.heldOutMape))).toBeLessThan(0.25);
  });
});

describe('training runs (data/h100/traces_dev.jsonl), leave-one-trace-out', () => {
  it('a 30-epoch run predicted with loop terms fitted on the other runs lands within 10%; passes alone land at 0.5-0.8', () => {
    expect(a.fit.runs).toHaveLength(3);
    for (const r of a.fit.runs) {
      expect(Math.abs(r.predictedJ / r.measuredJ - 1), r.model).toBeLessThanOrEqual(0.1);
      expect(r.passesJ / r.measuredJ, r.model).toBeLessThan(0.85);
    }
  });
});

describe('spec-derived CPU profiles against the measured Xeon Gold 5120 layers (Getzner et al.)', () => {
  it('H100 efficiencies alone miss the CPU by an order of magnitude; three CPU factors bring 80%+ of held-out layers into the x0.5..x2 band', () => {
    expect(a.cpu.all.uncorrected.medianRatio).toBeGreaterThan(4);
    expect(a.cpu.all.uncorrected.withinBand).toBeLessThan(0.1);
    expect(a.cpu.all.corrected.withinBand).toBeGreaterThanOrEqual(0.8);
    expect(a.cpu.all.corrected.medianRatio).toBeGreaterThan(0.7);
    expect(a.cpu.all.corrected.medianRatio).toBeLessThan(1.4);
  });

  it('the shipped CPU profiles carry those factors and say so', () => {
    for (const id of ['generic-x86-server', 'laptop-cpu']) {
      const p = profile(id);
      expect(p.provenance).toMatch(/Getzner/);
      const pred = p.predictor as unknown as RooflinePredictor;
      const gpuBased = profile('h100-sxm').predictor as unknown as RooflinePredictor;
      // Memory roof: H100 bandwidth efficiency x bandwidth ratio x the fitted CPU factor.
      const expected = gpuBased.inference.activation!.bytesPerS * (p.device.memoryBandwidthBytesPerS / profile('h100-sxm').device.memoryBandwidthBytesPerS) * a.cpu.correction.bytesScale;
      expect(pred.inference.activation!.bytesPerS / expected).toBeCloseTo(1, 6);
    }
  });
});

describe('shipped spec-derived profiles', () => {
  it.each([['a100-sxm4-40gb', 'a100-sxm'], ['t4', 't4'], ['laptop-8c-28w', 'laptop-cpu']])('%s is regenerated exactly from h100-sxm.json (%s)', (specId, id) => {
    const spec = specDevice(specId)!;
    const shipped = profile(id);
    const again = specDerivedProfile({
      id, facts: spec.facts, source: spec.source, idleBasis: spec.idleBasis, base: profile('h100-sxm'), fitDate: shipped.fitDate!,
      band: shipped.uncertainty, cpu: { correction: a.cpu.correction, basis: a.cpu.basis },
    });
    expect(JSON.parse(JSON.stringify(again))).toEqual(shipped);
  });
});

describe('shipped hardware-profiles/h100-sxm.json', () => {
  it('carries the constants the fit gives today (regenerate with npx tsx scripts/fit-profiles.ts h100 spec)', () => {
    const shipped = profile('h100-sxm');
    const pred = shipped.predictor as unknown as RooflinePredictor;
    for (const mode of ['inference', 'train-step'] as const) {
      expect(pred.composition[mode].launchScale).toBeCloseTo(a.fit.predictor.composition[mode].launchScale, 9);
      expect(pred.composition[mode].passOverheadS).toBeCloseTo(a.fit.predictor.composition[mode].passOverheadS, 9);
      expect(pred.composition[mode].deviceOverheadS).toBeCloseTo(a.fit.predictor.composition[mode].deviceOverheadS!, 12);
      expect(pred.composition[mode].pipelined).toBe(true);
    }
    expect(pred.trainingLoop).toEqual(a.fit.predictor.trainingLoop);
    expect(pred.inference.conv!.flopsPerS / a.fit.predictor.inference.conv!.flopsPerS).toBeCloseTo(1, 9);
    expect(shipped.fit?.wholeModel?.medianApe).toBeCloseTo(a.medianApe, 3);
    expect(shipped.fit?.wholeModel?.maxApe).toBeCloseTo(a.maxApe, 3);
  });
});
