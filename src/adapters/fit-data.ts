// Reads the measured data behind the shipped fitted profiles from a checkout (data/ is in the repository,
// not in the npm package): the H100 layer files, probe, dev-model runs (models_dev.jsonl with the
// training-mode ONNX exports, whose BatchNormalization the measured PyTorch runs executed, inferred at each
// measured batch size) and training traces. Used by scripts/fit-profiles.ts and the accuracy bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  H100_LAYER_FILES, H100_MODELS_FILE, H100_PROBE_FILE, H100_TRACES_FILE,
  type H100Data, type H100Probe, type LayerMeasurement, type ModelCase, type TrainingTrace,
} from '../core/calibrate/index.js';
import type { Mode } from '../core/estimate/index.js';
import type { DecodedModel } from '../core/graph/index.js';
import { inferModel } from '../core/infer/index.js';
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

/** Everything fitH100Profile reads, from a checkout at `root`. */
export async function readH100Data(root: string): Promise<H100Data> {
  return { probe: readProbe(root), layers: readH100Layers(root), cases: await readDevCases(root), traces: readTraces(root) };
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
export async function readDevCases(root: string, dir: 'onnx-train' | 'onnx' = 'onnx-train'): Promise<ModelCase[]> {
  const records = readFileSync(join(root, H100_MODELS_FILE), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as ModelRecord).filter((r) => r.kind === 'model');
  const cases: ModelCase[] = [];
  const cache = new Map<string, DecodedModel>();
  for (const r of records) {
    let model = cache.get(r.model);
    if (!model) {
      model = await loadModel(join(root, 'data/h100', dir, `${r.model}.onnx`));
      cache.set(r.model, model);
    }
    const inferred = inferModel(model, { batch: r.batch });
    const mode: Mode = r.mode === 'train_step' ? 'train-step' : 'inference';
    cases.push({ model: r.model, mode, batch: r.batch, run: r.run, measuredJ: r.joules_per_call, layers: inferred.layers, params: inferred.totals.params });
  }
  return cases;
}
