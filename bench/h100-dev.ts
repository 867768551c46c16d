// I/O for the H100 fit and accuracy bench: layer measurement files and the eleven dev models
// (models_dev.jsonl with the training-mode ONNX exports, whose BatchNormalization the measured PyTorch
// runs executed), inferred at each measured batch size and planned as eager PyTorch kernels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeasurementFiles } from '../src/adapters/measurements.js';
import type { LayerMeasurement } from '../src/core/calibrate/measurement-types.js';
import type { ModelCase } from '../src/core/calibrate/whole-model.js';
import { inferModel } from '../src/core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH } from '../src/core/plan/index.js';
import { estimateEnergy } from '../src/core/estimate/index.js';
import { convConfigs } from '../src/core/estimate/predictors/roofline.js';
import { median } from '../src/core/calibrate/metrics.js';
import type { TraceCase } from '../src/core/calibrate/training-loop.js';
import type { HardwareProfile } from '../src/core/profile-types.js';
import type { Mode } from '../src/core/report-types.js';
import { loadOnnx } from '../test/infer/helpers/load.js';

export const ROOT = join(import.meta.dirname, '..');

/** Layer-level files the per-layer constants are fitted on (the repeat file is a noise check only). */
export const H100_LAYER_FILES = [
  'data/h100/layers_inference.jsonl',
  'data/h100/layers_real_inference.jsonl',
  'data/h100/layers_extra.jsonl',
  'data/h100/layers_train.jsonl',
];
export const H100_MODELS_FILE = 'data/h100/models_dev.jsonl';

export interface H100Probe {
  idle_power_w: number;
  power_limit_w: number;
  l2_cache_bytes: number;
  sm_count: number;
  gpu: string;
}

export function readProbe(): H100Probe {
  return JSON.parse(readFileSync(join(ROOT, 'data/h100/probe.json'), 'utf8')) as H100Probe;
}

export function readH100Layers(): LayerMeasurement[] {
  return readMeasurementFiles(H100_LAYER_FILES, ROOT);
}

interface ModelRecord {
  kind: string;
  model: string;
  mode: string;
  batch: number;
  run: string;
  joules_per_call: number;
  seconds_per_call: number;
}

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
  const f = DEV_FAMILIES[model];
  if (!f) throw new Error(`${H100_MODELS_FILE}: model ${model} has no family in bench/h100-dev.ts DEV_FAMILIES`);
  return f;
}

/**
 * Every whole-model record of models_dev.jsonl with the kernels eager PyTorch launches for it (the plan of
 * the training-mode export by default), inferred at the measured batch size.
 */
export async function readDevCases(dir: 'onnx-train' | 'onnx' = 'onnx-train'): Promise<ModelCase[]> {
  const records = readFileSync(join(ROOT, H100_MODELS_FILE), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as ModelRecord).filter((r) => r.kind === 'model');
  const cases: ModelCase[] = [];
  const models = new Map<string, Awaited<ReturnType<typeof loadOnnx>>>();
  const plans = new Map<string, { kernels: ModelCase['kernels']; macs: number; params: number }>();
  for (const r of records) {
    let model = models.get(r.model);
    if (!model) {
      model = await loadOnnx(join(ROOT, 'data/h100', dir, `${r.model}.onnx`));
      models.set(r.model, model);
    }
    const mode: Mode = r.mode === 'train_step' ? 'train-step' : 'inference';
    const key = `${r.model}:${mode}:${r.batch}`;
    let plan = plans.get(key);
    if (!plan) {
      const inferred = inferModel(model, { batch: r.batch });
      plan = { kernels: buildKernelPlan(inferred.layers, EAGER_PYTORCH, mode).kernels.map((k) => k.cost), macs: inferred.totals.macs, params: inferred.totals.params };
      plans.set(key, plan);
    }
    cases.push({ model: r.model, family: familyOf(r.model), mode, batch: r.batch, run: r.run, measuredJ: r.joules_per_call, measuredSeconds: r.seconds_per_call, ...plan });
  }
  return cases;
}

export const H100_TRACES_FILE = 'data/h100/traces_dev.jsonl';

interface TraceRecord {
  kind: string;
  model: string;
  batch: number;
  image: number;
  steps_per_epoch: number;
  eval_steps: number;
  epochs: { joules: number; seconds: number }[];
}

/**
 * The measured training runs (traces_dev.jsonl) with train-step and eval estimates of their training-mode
 * exports at the runs' batch and input size, priced with `profile`.
 */
export async function readTraceCases(profile: HardwareProfile): Promise<TraceCase[]> {
  const traces = readFileSync(join(ROOT, H100_TRACES_FILE), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as TraceRecord).filter((t) => t.kind === 'trace');
  const out: TraceCase[] = [];
  for (const t of traces) {
    const model = await loadOnnx(join(ROOT, 'data/h100/onnx-train', `${t.model}.onnx`));
    const inferred = inferModel(model, { inputShapes: { input: [t.batch, 3, t.image, t.image] } });
    const step = estimateEnergy(inferred, profile, { mode: 'train-step', modelPath: t.model, format: 'onnx' });
    const ev = estimateEnergy(inferred, profile, { mode: 'inference', modelPath: t.model, format: 'onnx' });
    const later = t.epochs.slice(1);
    const stableEpochS = median(later.map((e) => e.seconds));
    out.push({
      model: t.model, epochs: t.epochs.length, stepsPerEpoch: t.steps_per_epoch, evalStepsPerEpoch: t.eval_steps,
      firstEpochExcessS: t.epochs[0]!.seconds - stableEpochS,
      measuredJ: t.epochs.reduce((a, e) => a + e.joules, 0),
      stepJ: step.totals.energyJ, evalJ: ev.totals.energyJ,
      convConfigs: convConfigs(buildKernelPlan(inferred.layers, EAGER_PYTORCH, 'train-step').kernels.map((k) => k.cost)),
    });
  }
  return out;
}
