// The Getzner et al. (2023) per-layer energy models (their Table 6), fitted on Getzner-format measurements:
// a seeded 70/20/10 split of the random configs, the real AlexNet/VGG configs (averaged per config) added
// to the training set, MinMax scaling of the target, and the test-set R² that their Table 2 reports.
import { EnergyDiffError, own } from '../../common/index.js';
import { GETZNER_PARAMS, type LayerMeasurement } from '../measurements/index.js';
import { toGetznerConvention } from './normalize.js';
import { mape, medianApe, r2Score, splitTrainValTest, type Split } from '../fit/index.js';
import { fitPipeline, predictPipeline, type FittedPipeline, type PipelineForm, type TargetRow } from '../../regression/index.js';

const MACS_ONLY: PipelineForm = { inputs: [], log: false, macs: true, standardize: false, scaleTarget: true };
// PolynomialFeatures' default bias column is left out: with an intercept it is redundant, and in sklearn it
// only adds round-off (a ~1e-17 column after centring that lstsq then gives a huge coefficient).
const INTERACTIONS = { degree: 2 as const, interactionOnly: true, includeBias: false };

/** Table 6 of the paper, per module. */
export function getznerForm(op: string): PipelineForm {
  const params = own(GETZNER_PARAMS, op);
  if (!params) throw new EnergyDiffError('E_CALIBRATE', `no Getzner model form for module '${op}'`);
  switch (op) {
    case 'Conv2d':
    case 'Linear':
    case 'ReLU':
      return MACS_ONLY;
    case 'MaxPool2d':
      return { inputs: params, log: true, macs: true, polynomial: INTERACTIONS, standardize: true, scaleTarget: true };
    default:
      return { inputs: params, log: false, macs: false, polynomial: INTERACTIONS, standardize: false, scaleTarget: true };
  }
}

export interface GetznerFamilyFit {
  op: string;
  pipeline: FittedPipeline;
  split: Split<TargetRow>;
  /** Rows of real-architecture configs (after averaging repetitions) added to the training set. */
  realConfigRows: number;
  testR2: number;
  validationR2: number;
  testMape: number;
  testMedianApe: number;
  /** Test-set predictions in joules, aligned with split.test. */
  testPredictedJ: number[];
}

/** Why a latency record (no energy counter) cannot be fitted by this method, at its place. */
export function latencyRecordRefused(m: LayerMeasurement): EnergyDiffError {
  return new EnergyDiffError('E_CALIBRATE', 'a latency record (no energy) cannot be fitted by the getzner method, which predicts energy from energy: use --method roofline', { file: m.file, jsonPath: `line ${m.line}` });
}

function energyOf(m: LayerMeasurement): number {
  if (m.joulesPerCall === undefined) throw latencyRecordRefused(m);
  return m.joulesPerCall;
}

function toRow(m: LayerMeasurement): TargetRow {
  return { params: m.config, macs: m.macs, target: energyOf(m) };
}

/** Averages repeated measurements of one config (same parameters), as the paper's preprocessing does. */
export function averageRepeats(rows: LayerMeasurement[], params: string[]): TargetRow[] {
  const groups = new Map<string, LayerMeasurement[]>();
  for (const m of rows) {
    const key = params.map((p) => m.config[p]).join(',');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((group) => ({
    params: group[0]!.config,
    macs: group.reduce((a, m) => a + m.macs, 0) / group.length,
    target: group.reduce((a, m) => a + energyOf(m), 0) / group.length,
  }));
}

export function fitGetznerFamily(op: string, measurements: LayerMeasurement[], seed: number): GetznerFamilyFit {
  const params = own(GETZNER_PARAMS, op) ?? [];
  const random = measurements.filter((m) => m.op === op && m.source !== 'getzner-real-config' && m.mode === 'inference');
  const real = averageRepeats(measurements.filter((m) => m.op === op && m.source === 'getzner-real-config'), params);
  if (random.length < 10) throw new EnergyDiffError('E_CALIBRATE', `${op}: need at least 10 measured configs to split 70/20/10, got ${random.length}`);
  const split = splitTrainValTest(random.map(toRow), seed);
  const pipeline = fitPipeline(getznerForm(op), [...split.train, ...real]);
  const predict = (rows: TargetRow[]): number[] => rows.map((r) => predictPipeline(pipeline, r));
  const testPredictedJ = predict(split.test);
  const testActual = split.test.map((r) => r.target);
  return {
    op,
    pipeline,
    split,
    realConfigRows: real.length,
    testR2: r2Score(testActual, testPredictedJ),
    validationR2: r2Score(split.validation.map((r) => r.target), predict(split.validation)),
    testMape: mape(testActual, testPredictedJ),
    testMedianApe: medianApe(testActual, testPredictedJ),
    testPredictedJ,
  };
}

export const MIN_GETZNER_ROWS = 10;

/** Inference measurements in Getzner terms, grouped by module (random configs only, as the split sees them). */
export function getznerRowCounts(all: LayerMeasurement[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of all) {
    if (m.mode !== 'inference' || m.source === 'getzner-real-config') continue;
    const g = toGetznerConvention(m);
    if (g) counts[g.op] = (counts[g.op] ?? 0) + 1;
  }
  return counts;
}

/**
 * Fits every module with at least MIN_GETZNER_ROWS measured configs, in the paper's order; modules with
 * fewer are left out (the profile then does not cover them) rather than fitted on a meaningless split.
 */
export function fitGetzner(all: LayerMeasurement[], seed: number): GetznerFamilyFit[] {
  const measurements = all.filter((m) => m.mode === 'inference').flatMap((m) => toGetznerConvention(m) ?? []);
  const counts = getznerRowCounts(all);
  const ops = Object.keys(GETZNER_PARAMS).filter((op) => (counts[op] ?? 0) >= MIN_GETZNER_ROWS);
  if (ops.length === 0) {
    throw new EnergyDiffError(
      'E_CALIBRATE',
      `no module with at least ${MIN_GETZNER_ROWS} inference measurements in Getzner terms (${Object.keys(GETZNER_PARAMS).join(', ')}) in the data`,
    );
  }
  return ops.map((op) => fitGetznerFamily(op, measurements, seed));
}
