// Reads the measured data behind the shipped fitted profiles from a checkout (data/ is in the repository,
// not in the npm package): the H100 layer files, probe, dev-model runs (models_dev.jsonl with the
// training-mode ONNX exports, whose BatchNormalization the measured PyTorch runs executed, inferred at each
// measured batch size and planned as the kernels eager PyTorch launches) and training traces (with their
// exports inferred at the runs' batch and input size). Used by scripts/fit-profiles.ts and the accuracy bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  familyOf, H100_LAYER_FILES, H100_MODELS_FILE, H100_PROBE_FILE, H100_TRACES_FILE,
  type H100Data, type H100Probe, type LayerMeasurement, type ModelCase, type TrainingTrace,
} from '../core/calibrate/index.js';
import type { Mode } from '../core/estimate/index.js';
import type { DecodedModel } from '../core/graph/index.js';
import { inferModel } from '../core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH } from '../core/plan/index.js';
import { loadModel } from './load-model.js';
import { readMeasurementFiles } from './measurements.js';

export function readProbe(root: string): H100Probe {
  return JSON.parse(readFileSync(join(root, H100_PROBE_FILE), 'utf8')) as H100Probe;
}

export function readH100Layers(root: string): LayerMeasurement[] {
  return readMeasurementFiles(H100_LAYER_FILES, root);
}

export function readTraces(root: string): TrainingTrace[] {
  return readFileSync(join(root, H100_TRACES_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TrainingTrace);
}

/** The measured runs (kind 'trace') with their training-mode exports inferred at the runs' batch and input size. */
export async function readTraceModels(root: string): Promise<H100Data['traces']> {
  const out: H100Data['traces'] = [];
  for (const trace of readTraces(root).filter((t) => t.kind === 'trace')) {
    const model = await loadModel(join(root, 'data/h100/onnx-train', `${trace.model}.onnx`));
    out.push({ trace, inferred: inferModel(model, { inputShapes: { input: [trace.batch, 3, trace.image, trace.image] } }) });
  }
  return out;
}

/** Everything fitH100Profile reads, from a checkout at `root`. */
export async function readH100Data(root: string): Promise<H100Data> {
  return { probe: readProbe(root), layers: readH100Layers(root), cases: await readDevCases(root), traces: await readTraceModels(root) };
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
 * Every whole-model record of models_dev.jsonl with the kernels eager PyTorch launches for it (the plan of
 * the training-mode export by default), inferred at the measured batch size.
 */
export async function readDevCases(root: string, dir: 'onnx-train' | 'onnx' = 'onnx-train'): Promise<ModelCase[]> {
  const records = readFileSync(join(root, H100_MODELS_FILE), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as ModelRecord).filter((r) => r.kind === 'model');
  const cases: ModelCase[] = [];
  const models = new Map<string, DecodedModel>();
  const plans = new Map<string, { kernels: ModelCase['kernels']; macs: number; params: number }>();
  for (const r of records) {
    let model = models.get(r.model);
    if (!model) {
      model = await loadModel(join(root, 'data/h100', dir, `${r.model}.onnx`));
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
