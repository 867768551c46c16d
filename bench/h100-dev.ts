// I/O for the H100 fit and accuracy bench: layer measurement files and the five dev models
// (models_dev.jsonl with the training-mode ONNX exports, whose BatchNormalization the measured PyTorch
// runs executed), inferred at each measured batch size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeasurementFiles } from '../src/adapters/measurements.js';
import type { LayerMeasurement, ModelCase } from '../src/core/calibrate/index.js';
import { inferModel } from '../src/core/infer/index.js';
import type { Mode } from '../src/core/estimate/index.js';
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
}

/** Every whole-model record of models_dev.jsonl with its inferred layers (training-mode exports by default). */
export async function readDevCases(dir: 'onnx-train' | 'onnx' = 'onnx-train'): Promise<ModelCase[]> {
  const records = readFileSync(join(ROOT, H100_MODELS_FILE), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as ModelRecord).filter((r) => r.kind === 'model');
  const cases: ModelCase[] = [];
  const cache = new Map<string, Awaited<ReturnType<typeof loadOnnx>>>();
  for (const r of records) {
    let model = cache.get(r.model);
    if (!model) {
      model = await loadOnnx(join(ROOT, 'data/h100', dir, `${r.model}.onnx`));
      cache.set(r.model, model);
    }
    const inferred = inferModel(model, { batch: r.batch });
    const mode: Mode = r.mode === 'train_step' ? 'train-step' : 'inference';
    cases.push({ model: r.model, mode, batch: r.batch, run: r.run, measuredJ: r.joules_per_call, layers: inferred.layers, params: inferred.totals.params });
  }
  return cases;
}
