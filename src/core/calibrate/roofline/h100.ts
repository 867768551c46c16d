// The h100-sxm roofline-v1 fit, shared by scripts/fit-profiles.ts (writes the profile) and the accuracy
// bench (prints the same numbers): layer constants on layer rows only; composition terms on the dev
// models; whole-model error and the band from leave-one-family-out predictions; the training-run start-up
// on the measured traces. Pure: the data arrives as an H100Data (src/adapters/fit-data.ts reads it from data/h100).
import { estimateEnergy, specDevice, convConfigs, type RooflinePredictor, type DeviceFacts, type HardwareProfile } from '../../estimate/index.js';
import type { InferredModel } from '../../infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH } from '../../plan/index.js';
import { DEFAULT_SEED, median } from '../fit/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { fitLayers, heldOutClassStats, rooflineRows, type ClassStats, type LayerFit, type RooflineRow } from './layer-fit.js';
import { calibratedProfile, rooflinePredictor } from './profile.js';
import { fitTrainingLoop, leaveOneTraceOut, type RunPrediction, type TraceCase } from './training-loop.js';
import { bandFromPredictions, caseErrors, fitCompositions, leaveOneFamilyOut, leaveOneModelOut, type CaseError, type CasePrediction, type ModelCase } from './whole-model.js';

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

/**
 * Architecture families of the dev models, the unit the accuracy protocol holds out together. squeezenet1_1
 * joins inception/dense: its fire modules concatenate parallel 1x1 and 3x3 branches like an inception
 * module, with no depthwise convolution and no squeeze-excitation (what mobile/SE has in common).
 */
export const DEV_FAMILIES: Readonly<Record<string, string>> = {
  alexnet: 'plain CNN',
  vgg11: 'plain CNN',
  resnet18: 'residual',
  resnet50: 'residual',
  mobilenet_v2: 'mobile/SE',
  efficientnet_b0: 'mobile/SE',
  googlenet: 'inception/dense',
  densenet121: 'inception/dense',
  squeezenet1_1: 'inception/dense',
  vit_b_16: 'transformer',
  mlp_rect_4x2048: 'MLP',
};

export function familyOf(model: string): string {
  const f = Object.hasOwn(DEV_FAMILIES, model) ? DEV_FAMILIES[model] : undefined;
  if (!f) throw new Error(`${H100_MODELS_FILE}: model ${model} has no family in DEV_FAMILIES (src/core/calibrate/roofline/h100.ts)`);
  return f;
}

/** data/h100/probe.json: what the measuring machine reported about its GPU. */
export interface H100Probe {
  idle_power_w: number;
  power_limit_w: number;
  l2_cache_bytes: number;
  sm_count: number;
  gpu: string;
}

/** One measured training run of traces_dev.jsonl: joules and seconds per epoch, and the loop's shape. */
export interface TrainingTrace {
  kind: string;
  model: string;
  batch: number;
  image: number;
  steps_per_epoch: number;
  eval_steps: number;
  epochs: { joules: number; seconds: number }[];
}

/** Everything the fit reads: the probe, the layer rows, the dev models' whole-model runs, the training traces. */
export interface H100Data {
  probe: H100Probe;
  layers: LayerMeasurement[];
  cases: ModelCase[];
  /** The measured runs (kind 'trace'), each with its training-mode export inferred at the run's batch and input size. */
  traces: { trace: TrainingTrace; inferred: InferredModel }[];
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

/** The measured runs are eager PyTorch on a GPU: cuDNN convolutions run their bias as a separate kernel. */
export const H100_FIT_OPTIONS = { convBiasKernel: true };

const UNIT = { launchScale: 1, passOverheadS: 0 };

export function fitH100(data: H100Data): H100Fit {
  const { device } = h100Device(data.probe);
  const cacheBytes = device.l2Bytes!;
  const rows = rooflineRows(data.layers, device.idlePowerW);
  const layers = fitLayers(rows, device, cacheBytes, H100_FIT_OPTIONS);
  const cases = data.cases;
  const base = rooflinePredictor(layers, cacheBytes, { inference: UNIT, 'train-step': UNIT });
  const lofo = leaveOneFamilyOut(base, device, cases);
  const lomo = leaveOneModelOut(base, device, cases);
  const passes: RooflinePredictor = rooflinePredictor(layers, cacheBytes, fitCompositions(base, device, cases));
  // The start-up term on the measured runs, priced with the passes the shipped profile predicts.
  const traces = traceCases(data.traces, provisionalProfile(passes, device));
  const predictor: RooflinePredictor = { ...passes, trainingLoop: fitTrainingLoop(traces) };
  return {
    device, rows, layers, cases, lofo, lomo, predictor, traces,
    runs: leaveOneTraceOut(traces, device.idlePowerW),
    perFamily: heldOutClassStats(rows, device, cacheBytes, DEFAULT_SEED, layers.trainCallOverhead, H100_FIT_OPTIONS),
    errors: caseErrors(lofo),
    band: bandFromPredictions(lofo),
  };
}

/** The profile being fitted, before its loop term and statistics: what the trace cases are priced with. */
function provisionalProfile(predictor: RooflinePredictor, device: DeviceFacts): HardwareProfile {
  return {
    schema: 'energy-diff/profile@1', id: 'h100-sxm', name: 'h100-sxm (being fitted)', version: '0', calibrated: true, provenance: 'fit in progress',
    device, predictor: predictor as unknown as HardwareProfile['predictor'], uncertainty: { low: 1, high: 1 },
  };
}

/** The measured runs with train-step and eval estimates of their exports at the runs' batch and input size, priced with `profile`. */
export function traceCases(traces: H100Data['traces'], profile: HardwareProfile): TraceCase[] {
  return traces.map(({ trace: t, inferred }) => {
    const step = estimateEnergy(inferred, profile, { mode: 'train-step', modelPath: t.model, format: 'onnx' });
    const ev = estimateEnergy(inferred, profile, { mode: 'inference', modelPath: t.model, format: 'onnx' });
    const stableEpochS = median(t.epochs.slice(1).map((e) => e.seconds));
    return {
      model: t.model, epochs: t.epochs.length, stepsPerEpoch: t.steps_per_epoch, evalStepsPerEpoch: t.eval_steps,
      firstEpochExcessS: t.epochs[0]!.seconds - stableEpochS,
      measuredJ: t.epochs.reduce((a, e) => a + e.joules, 0),
      stepJ: step.totals.energyJ, evalJ: ev.totals.energyJ,
      convConfigs: convConfigs(buildKernelPlan(inferred.layers, EAGER_PYTORCH, 'train-step').kernels.map((k) => k.cost)),
    };
  });
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
    calibratedOn: [...H100_LAYER_FILES, `${H100_MODELS_FILE} (composition terms only)`, `${H100_TRACES_FILE} (training-run start-up only)`].join(', '),
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
