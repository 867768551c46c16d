// Shipped profiles and the measured dev-model exports, for estimator tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateProfile, type HardwareProfile } from '../../src/core/estimate/index.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { loadOnnx } from '../infer/helpers/load.js';

export const PROFILE_DIR = resolve('hardware-profiles');
export const DEV_MODELS = ['alexnet', 'vgg11', 'resnet18', 'mobilenet_v2', 'mlp_rect_4x2048'];

export function shippedProfiles(): HardwareProfile[] {
  return readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => validateProfile(JSON.parse(readFileSync(join(PROFILE_DIR, f), 'utf8')), f));
}

export function profile(id: string): HardwareProfile {
  const p = shippedProfiles().find((x) => x.id === id);
  if (!p) throw new Error(`no shipped profile ${id}`);
  return p;
}

const cache = new Map<string, DecodedModel>();

export async function devModel(dir: 'onnx' | 'onnx-train', name: string): Promise<DecodedModel> {
  const key = `${dir}/${name}`;
  let m = cache.get(key);
  if (!m) {
    m = await loadOnnx(resolve('data/h100', dir, `${name}.onnx`));
    cache.set(key, m);
  }
  return m;
}

export async function inferDev(dir: 'onnx' | 'onnx-train', name: string, batch: number): Promise<InferredModel> {
  return inferModel(await devModel(dir, name), { batch });
}
