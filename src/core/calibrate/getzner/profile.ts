// Turns Getzner fits into an energy-diff/profile@1 hardware profile with the getzner-v1 predictor.
import { GETZNER_V1, type FitStats, type HardwareProfile } from '../../estimate/index.js';
import type { GetznerFamilyFit } from './fit.js';
import type { CalibratedProfileHeader } from '../fit/index.js';
import type { FittedPipeline } from '../../regression/index.js';


/** The predictor block of a getzner-v1 profile: one fitted pipeline per PyTorch module. */
export interface GetznerPredictorBlock {
  kind: typeof GETZNER_V1;
  /** What each pipeline predicts. */
  target: 'joules per forward pass';
  seed: number;
  modules: Record<string, FittedPipeline>;
}

export interface GetznerProfileInput extends CalibratedProfileHeader {
  seed: number;
  fits: GetznerFamilyFit[];
}

/**
 * Energy-weighted quantile of actual/predicted over the pooled test rows. Weighting by measured energy
 * makes the band describe the layers that dominate a model's total, not the tiny layers whose relative
 * error (hundreds of percent: a linear model's intercept dwarfs them) cancels out in a sum.
 */
export function weightedRatioQuantile(fits: GetznerFamilyFit[], q: number): number {
  const pairs: { ratio: number; weight: number }[] = [];
  for (const fit of fits) {
    fit.split.test.forEach((row, i) => {
      const predicted = fit.testPredictedJ[i]!;
      if (predicted > 0 && row.target > 0) pairs.push({ ratio: row.target / predicted, weight: row.target });
    });
  }
  if (pairs.length === 0) return 1;
  pairs.sort((a, b) => a.ratio - b.ratio);
  const total = pairs.reduce((acc, p) => acc + p.weight, 0);
  let cumulative = 0;
  for (const p of pairs) {
    cumulative += p.weight;
    if (cumulative >= q * total) return p.ratio;
  }
  return pairs[pairs.length - 1]!.ratio;
}

function round(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

export function buildGetznerProfile(input: GetznerProfileInput): HardwareProfile {
  const modules: Record<string, FittedPipeline> = {};
  const perFamily: Record<string, FitStats> = {};
  for (const fit of input.fits) {
    modules[fit.op] = fit.pipeline;
    perFamily[fit.op] = {
      rows: fit.split.train.length + fit.realConfigRows + fit.split.validation.length + fit.split.test.length,
      heldOutR2: round(fit.testR2, 6),
      heldOutMape: round(fit.testMape, 6),
    };
  }
  const predictor: GetznerPredictorBlock = { kind: GETZNER_V1, target: 'joules per forward pass', seed: input.seed, modules };
  return {
    schema: 'energy-diff/profile@1',
    id: input.id,
    name: input.name,
    version: input.version,
    calibrated: true,
    calibratedOn: input.calibratedOn,
    fitDate: input.fitDate,
    provenance: input.provenance,
    device: input.device,
    predictor: predictor as unknown as HardwareProfile['predictor'],
    uncertainty: {
      low: round(Math.min(1, weightedRatioQuantile(input.fits, 0.1)), 4),
      high: round(Math.max(1, weightedRatioQuantile(input.fits, 0.9)), 4),
    },
    fit: { perFamily },
  };
}
