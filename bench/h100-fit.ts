// The h100-sxm roofline-v1 fit, shared by scripts/fit-profiles.ts (writes the profile) and the accuracy
// bench (prints the same numbers): layer constants on layer rows only; composition terms on the dev
// models; whole-model error and the band from leave-one-family-out predictions.
import { DEFAULT_SEED } from '../src/core/calibrate/index.js';
import { median } from '../src/core/calibrate/metrics.js';
import { fitLayers, heldOutClassStats, physicalRows, type ClassStats, type LayerFit, type PhysicalRow } from '../src/core/calibrate/physical-fit.js';
import { calibratedProfile, rooflinePredictor } from '../src/core/calibrate/physical-profile.js';
import { bandFromPredictions, caseErrors, fitCompositions, leaveOneFamilyOut, leaveOneModelOut, type CaseError, type CasePrediction, type ModelCase } from '../src/core/calibrate/whole-model.js';
import type { RooflinePredictor } from '../src/core/estimate/predictors/roofline.js';
import { specDevice } from '../src/core/estimate/spec-devices.js';
import type { DeviceFacts, HardwareProfile } from '../src/core/profile-types.js';
import { H100_LAYER_FILES, H100_MODELS_FILE, H100_TRACES_FILE, readDevCases, readH100Layers, readProbe, readTraceCases } from './h100-dev.js';
import { fitTrainingLoop, leaveOneTraceOut, type RunPrediction, type TraceCase } from '../src/core/calibrate/training-loop.js';

/** Date of the last refit of h100-sxm and the spec-derived profiles; bump with the data or the method. */
export const H100_FIT_DATE = '2026-11-30';

export function h100Device(): { device: DeviceFacts; source: string } {
  const spec = specDevice('h100-sxm5-80gb');
  if (!spec) throw new Error('spec table lacks h100-sxm5-80gb');
  const probe = readProbe();
  // Measured facts (probe.json) override the datasheet: idle board power, power limit, L2 size.
  const device: DeviceFacts = { ...spec.facts, name: probe.gpu, idlePowerW: probe.idle_power_w, tdpW: probe.power_limit_w, l2Bytes: probe.l2_cache_bytes };
  return { device, source: `${spec.source}; idle power, power limit and L2 size measured (data/h100/probe.json)` };
}

export interface H100Fit {
  device: DeviceFacts;
  rows: PhysicalRow[];
  layers: LayerFit;
  cases: ModelCase[];
  /** Per-class held-out stats (80/20 seeded split per class). */
  perFamily: Record<string, ClassStats>;
  /** Leave-one-family-out predictions, one per measured run: the protocol the accuracy targets are judged on. */
  lofo: CasePrediction[];
  /** Leave-one-model-out predictions (for comparison: a model's family siblings help predict it). */
  lomo: CasePrediction[];
  /** Per model, mode and batch (runs averaged), leave-one-family-out. */
  errors: CaseError[];
  /** The measured training runs with their pass estimates, and each run predicted with the start-up term fitted on the others. */
  traces: TraceCase[];
  runs: RunPrediction[];
  predictor: RooflinePredictor;
  band: { low: number; high: number };
}

export async function fitH100(): Promise<H100Fit> {
  const { device } = h100Device();
  const cacheBytes = device.l2Bytes!;
  const rows = physicalRows(readH100Layers(), device.idlePowerW);
  const layers = fitLayers(rows, device, cacheBytes, H100_FIT_OPTIONS);
  const cases = await readDevCases();
  const base = rooflinePredictor(layers, cacheBytes, { inference: UNIT, 'train-step': UNIT });
  const lofo = leaveOneFamilyOut(base, device, cases);
  const lomo = leaveOneModelOut(base, device, cases);
  const passes: RooflinePredictor = rooflinePredictor(layers, cacheBytes, fitCompositions(base, device, cases));
  // Training-loop terms on the measured runs, priced with the passes the shipped profile predicts.
  const traces = await readTraceCases(provisionalProfile(passes, device));
  const predictor: RooflinePredictor = { ...passes, trainingLoop: fitTrainingLoop(traces) };
  return {
    device, rows, layers, cases, lofo, lomo, predictor, traces,
    runs: leaveOneTraceOut(traces, device.idlePowerW),
    perFamily: heldOutClassStats(rows, device, cacheBytes, DEFAULT_SEED, layers.trainCallOverhead, H100_FIT_OPTIONS),
    errors: caseErrors(lofo),
    band: bandFromPredictions(lofo),
  };
}

const UNIT = { launchScale: 1, passOverheadS: 0 };

/** The measured runs are eager PyTorch on a GPU: cuDNN convolutions run their bias as a separate kernel. */
export const H100_FIT_OPTIONS = { convBiasKernel: true };

/** The profile being fitted, before its loop terms and statistics: what the trace cases are priced with. */
function provisionalProfile(predictor: RooflinePredictor, device: DeviceFacts): HardwareProfile {
  return {
    schema: 'energy-diff/profile@1', id: 'h100-sxm', name: 'h100-sxm (being fitted)', version: '0', calibrated: true, provenance: 'fit in progress',
    device, predictor: predictor as unknown as HardwareProfile['predictor'], uncertainty: { low: 1, high: 1 },
  };
}

export async function fitH100Profile(fitDate: string): Promise<{ profile: HardwareProfile; report: string; fit: H100Fit }> {
  const fit = await fitH100();
  const { source } = h100Device();
  const apes = fit.errors.map((e) => e.ape);
  const wholeModel = { cases: fit.errors.length, medianApe: round(median(apes)), maxApe: round(Math.max(...apes)) };
  const perFamily = Object.fromEntries(Object.entries(fit.perFamily).map(([k, s]) => [k, { rows: s.rows, heldOutR2: round(s.heldOutR2), heldOutMape: round(s.heldOutMape) }]));
  const profile = calibratedProfile({
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB (roofline-v1, measured)',
    version: '1',
    device: fit.device,
    fitDate,
    calibratedOn: [...H100_LAYER_FILES, `${H100_MODELS_FILE} (composition terms only)`, `${H100_TRACES_FILE} (training-loop terms only)`].join(', '),
    provenance:
      `roofline-v1 (docs/estimator.md) fitted by scripts/fit-profiles.ts h100: per-class time and energy constants on ${fit.rows.length} ` +
      `single-layer measurements (PyTorch 2.11 eager, fp32 with TF32 convolutions, NVML board energy); graphs priced as the kernels eager PyTorch launches ` +
      `(core/plan eager-pytorch@1); composition terms per mode (launch scale, device time per kernel in the launch pipeline, train-step per-pass time) on ` +
      `${fit.cases.length} whole-model runs of ${new Set(fit.cases.map((c) => c.model)).size} dev models. Whole-model error and band (10th/90th percentile of measured/predicted) from ` +
      `leave-one-family-out predictions. Training-run start-up on ${fit.traces.length} measured 30-epoch runs (${fit.traces.map((t) => t.model).join(', ')}): ` +
      `${fit.predictor.trainingLoop!.startupSPerConvConfig.toFixed(2)} s at idle power per distinct convolution configuration (first-epoch excess, pooled). Device: ${source}.`,
    predictor: fit.predictor,
    band: { low: round(fit.band.low), high: round(fit.band.high) },
    perFamily,
    wholeModel,
  });
  const report = `h100 roofline-v1: ${fit.rows.length} layer rows, whole-model leave-one-family-out median APE ${(wholeModel.medianApe * 100).toFixed(1)}%, ` +
    `max ${(wholeModel.maxApe * 100).toFixed(1)}%, band x${profile.uncertainty.low}..x${profile.uncertainty.high}`;
  return { profile, report, fit };
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}
