// Spec-derived CPU profiles against the one CPU with measurements (Getzner et al.'s Xeon Gold 5120):
// the H100 constants carried to the Xeon's datasheet, then three CPU efficiency factors fitted on a seeded
// 80% of its layer rows and checked on the other 20%. Shared by scripts/fit-profiles.ts spec and the bench.
import { type RooflinePredictor, specDevice, type HardwareProfile } from '../../estimate/index.js';
import { DEFAULT_SEED, median, splitTrainValTest } from '../fit/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { applyCpuCorrection, cpuRows, fitCpuCorrection, rowEnergyJ, type CpuCorrection } from './cpu-correction.js';
import { specDerivedProfile } from './profile.js';

/** The Getzner et al. random-config layer files the CPU factors are fitted and checked on. */
export const XEON_FILES = ['conv2d', 'maxpool2d', 'linear', 'relu', 'sigmoid', 'tanh', 'softmax'].map((s) => `data/getzner/${s}.csv`);

export interface ModuleCheck {
  op: string;
  rows: number;
  /** Median of measured / predicted energy on held-out rows. */
  medianRatio: number;
  /** Share of held-out rows with measured / predicted within [0.5, 2]. */
  withinBand: number;
}

export interface CpuTransfer {
  correction: CpuCorrection;
  basis: string;
  corrected: ModuleCheck[];
  uncorrected: ModuleCheck[];
  all: { corrected: ModuleCheck; uncorrected: ModuleCheck };
}

function check(op: string, ratios: number[]): ModuleCheck {
  return { op, rows: ratios.length, medianRatio: median(ratios), withinBand: ratios.filter((r) => r >= 0.5 && r <= 2).length / ratios.length };
}

/** `xeonRows`: the measurements of XEON_FILES. */
export function cpuTransfer(h100: HardwareProfile, band: { low: number; high: number }, fitDate: string, xeonRows: LayerMeasurement[]): CpuTransfer {
  const spec = specDevice('xeon-gold-5120');
  if (!spec) throw new Error('spec table lacks xeon-gold-5120');
  const xeon = specDerivedProfile({ id: 'xeon-gold-5120-spec', facts: spec.facts, source: spec.source, idleBasis: spec.idleBasis, base: h100, fitDate, band });
  const rows = cpuRows(xeonRows);
  const split = splitTrainValTest(rows, DEFAULT_SEED, { train: 0.8, validation: 0 });
  const correction = fitCpuCorrection(xeon, split.train, DEFAULT_SEED);
  const base = xeon.predictor as unknown as RooflinePredictor;
  const corrected = applyCpuCorrection(base, correction);
  const ops = [...new Set(split.test.map((r) => r.op))];
  const ratios = (p: RooflinePredictor, op?: string): number[] =>
    split.test.filter((r) => op === undefined || r.op === op).map((r) => r.joules / rowEnergyJ(xeon, p, r).energyJ);
  const held = split.test.length;
  return {
    correction,
    basis:
      `compute roof x${correction.flopsScale.toFixed(3)}, memory roof x${correction.bytesScale.toFixed(3)}, dynamic energy x${correction.energyScale.toFixed(2)}, ` +
      `fitted on the Xeon Gold 5120 layer rows of Getzner et al. (data/getzner: a seeded 80% of ${rows.length}, at most 250 per module); ` +
      `on the other ${held} rows ` +
      `${(check('all', ratios(corrected)).withinBand * 100).toFixed(0)}% fall within x0.5..x2 of the spec-derived Xeon prediction`,
    corrected: ops.map((op) => check(op, ratios(corrected, op))),
    uncorrected: ops.map((op) => check(op, ratios(base, op))),
    all: { corrected: check('all', ratios(corrected)), uncorrected: check('all', ratios(base)) },
  };
}
