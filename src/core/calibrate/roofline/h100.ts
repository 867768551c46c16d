// The h100-sxm roofline-v1 fit, shared by scripts/fit-profiles.ts (writes the profile) and the accuracy
// bench (prints the same numbers): layer constants on layer rows only; composition terms on the dev
// models; whole-model error and the band from leave-one-model-out predictions. Pure: the data arrives as
// an H100Data (src/adapters/fit-data.ts reads it from data/h100).
import { type RooflinePredictor, specDevice, type DeviceFacts, type HardwareProfile } from '../../estimate/index.js';
import { DEFAULT_SEED, median } from '../fit/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { fitLayers, heldOutClassStats, rooflineRows, type ClassStats, type LayerFit, type RooflineRow } from './layer-fit.js';
import { calibratedProfile, rooflinePredictor } from './profile.js';
import { bandFromPredictions, caseErrors, fitCompositions, leaveOneModelOut, type CaseError, type CasePrediction, type ModelCase } from './whole-model.js';

/** Layer-level files the per-layer constants are fitted on (the repeat file is a noise check only). */
export const H100_LAYER_FILES = [
  'data/h100/layers_inference.jsonl',
  'data/h100/layers_real_inference.jsonl',
  'data/h100/layers_extra.jsonl',
  'data/h100/layers_train.jsonl',
];
export const H100_MODELS_FILE = 'data/h100/models_dev.jsonl';
export const H100_TRACES_FILE = 'data/h100/traces_dev.jsonl';
export const H100_PROBE_FILE = 'data/h100/probe.json';

/** data/h100/probe.json: what the measuring machine reported about its GPU. */
export interface H100Probe {
  idle_power_w: number;
  power_limit_w: number;
  l2_cache_bytes: number;
  sm_count: number;
  gpu: string;
}

/** One measured training run of traces_dev.jsonl: joules per epoch. */
export interface TrainingTrace {
  kind: string;
  model: string;
  epochs: { joules: number }[];
}

/** Everything the fit reads: the probe, the layer rows, the dev models' whole-model runs, the training traces. */
export interface H100Data {
  probe: H100Probe;
  layers: LayerMeasurement[];
  cases: ModelCase[];
  traces: TrainingTrace[];
}

/** Date of the last refit of h100-sxm and the spec-derived profiles; bump with the data or the method. */
export const H100_FIT_DATE = '2026-11-30';

export function h100Device(probe: H100Probe): { device: DeviceFacts; source: string } {
  const spec = specDevice('h100-sxm5-80gb');
  if (!spec) throw new Error('spec table lacks h100-sxm5-80gb');
  // Measured facts (probe.json) override the datasheet: idle board power, power limit, L2 size.
  const device: DeviceFacts = { ...spec.facts, name: probe.gpu, idlePowerW: probe.idle_power_w, tdpW: probe.power_limit_w, l2Bytes: probe.l2_cache_bytes };
  return { device, source: `${spec.source}; idle power, power limit and L2 size measured (data/h100/probe.json)` };
}

export interface H100Fit {
  device: DeviceFacts;
  rows: RooflineRow[];
  layers: LayerFit;
  cases: ModelCase[];
  /** Per-class held-out stats (80/20 seeded split per class). */
  perFamily: Record<string, ClassStats>;
  /** Leave-one-model-out predictions, one per measured run. */
  lomo: CasePrediction[];
  errors: CaseError[];
  predictor: RooflinePredictor;
  band: { low: number; high: number };
}

export function fitH100(data: H100Data): H100Fit {
  const { device } = h100Device(data.probe);
  const cacheBytes = device.l2Bytes!;
  const rows = rooflineRows(data.layers, device.idlePowerW);
  const layers = fitLayers(rows, device, cacheBytes);
  const cases = data.cases;
  const base = rooflinePredictor(layers, cacheBytes, { inference: UNIT, 'train-step': UNIT });
  const lomo = leaveOneModelOut(base, device, cases);
  const predictor: RooflinePredictor = { ...rooflinePredictor(layers, cacheBytes, fitCompositions(base, device, cases)), perRunOverheadJ: runOverheadJ(data.traces).medianJ };
  return {
    device, rows, layers, cases, lomo, predictor,
    perFamily: heldOutClassStats(rows, device, cacheBytes, DEFAULT_SEED, layers.trainCallOverhead),
    errors: caseErrors(lomo),
    band: bandFromPredictions(lomo),
  };
}

const UNIT = { launchScale: 1, passOverheadS: 0 };

/**
 * Per-run overhead from the three measured training runs: the first epoch's joules above the median of the
 * later ones (cuDNN autotuning, allocation). Median over the runs, with the range for the docs.
 */
export function runOverheadJ(records: TrainingTrace[]): { medianJ: number; perRun: Record<string, number> } {
  const traces = records.filter((t) => t.kind === 'trace');
  const perRun: Record<string, number> = {};
  for (const t of traces) perRun[t.model] = t.epochs[0]!.joules - median(t.epochs.slice(1).map((e) => e.joules));
  return { medianJ: median(Object.values(perRun)), perRun };
}

export function fitH100Profile(data: H100Data, fitDate: string): { profile: HardwareProfile; report: string; fit: H100Fit } {
  const fit = fitH100(data);
  const { source } = h100Device(data.probe);
  const apes = fit.errors.map((e) => e.ape);
  const wholeModel = { cases: fit.errors.length, medianApe: round(median(apes)), maxApe: round(Math.max(...apes)) };
  const perFamily = Object.fromEntries(Object.entries(fit.perFamily).map(([k, s]) => [k, { rows: s.rows, heldOutR2: round(s.heldOutR2), heldOutMape: round(s.heldOutMape) }]));
  const profile = calibratedProfile({
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB (roofline-v1, measured)',
    version: '1',
    device: fit.device,
    fitDate,
    calibratedOn: [...H100_LAYER_FILES, `${H100_MODELS_FILE} (composition terms only)`, `${H100_TRACES_FILE} (per-run overhead only)`].join(', '),
    provenance:
      `roofline-v1 (docs/estimator.md) fitted by scripts/fit-profiles.ts h100: per-class time and energy constants on ${fit.rows.length} ` +
      `single-layer measurements (PyTorch 2.11 eager, fp32 with TF32 convolutions, NVML board energy); two composition terms per mode (launch scale, per-pass time) on ` +
      `${fit.cases.length} whole-model runs of 5 dev models. Whole-model error and band (10th/90th percentile of measured/predicted) from ` +
      `leave-one-model-out predictions. Per-run overhead: median first-epoch excess of 3 training runs ` +
      `(${Object.entries(runOverheadJ(data.traces).perRun).map(([m, j]) => `${m} ${j.toFixed(0)} J`).join(', ')}). Device: ${source}.`,
    predictor: fit.predictor,
    band: { low: round(fit.band.low), high: round(fit.band.high) },
    perFamily,
    wholeModel,
  });
  const report = `h100 roofline-v1: ${fit.rows.length} layer rows, whole-model LOMO median APE ${(wholeModel.medianApe * 100).toFixed(1)}%, ` +
    `max ${(wholeModel.maxApe * 100).toFixed(1)}%, band x${profile.uncertainty.low}..x${profile.uncertainty.high}`;
  return { profile, report, fit };
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}
