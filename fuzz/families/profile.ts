// Hardware profiles: the shipped profiles mutated as JSON (non-physical numbers, other types, missing or
// unknown fields, tiny and huge roofs); estimate a sample model with the profile file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from '../case.js';
import { mutateJson } from '../json-mutate.js';
import type { Rng } from '../rng.js';

const KEYS = ['schema', 'id', 'name', 'device', 'predictor', 'kind', 'uncertainty', 'low', 'high', 'idlePowerW', 'tdpW', 'flopsPerS', 'bytesPerS', 'joulesPerFlop', 'joulesPerByte', 'launchS', 'sharpness', 'cacheBytes', 'calibrated', 'version'];

export function profileCase(r: Rng, repo: string, seed: number, index: number): FuzzCase {
  const dir = join(repo, 'hardware-profiles');
  const name = r.pick(readdirSync(dir).filter((f) => f.endsWith('.json')).sort());
  const m = mutateJson(r, readFileSync(join(dir, name), 'utf8'), KEYS);
  const model = r.pick(['models/sample-cnn.onnx', 'models/sample-mlp.layers.json']);
  const argv = r.weighted<string[]>([
    [3, ['estimate', `{repo}/${model}`, '--profile', 'profile.json', '--format', 'json']],
    [1, ['estimate', `{repo}/${model}`, '--profile', 'profile.json', '--mode', 'train-step', '--epochs', '90', '--train-samples', '50000']],
    [1, ['diff', `{repo}/models/sample-cnn.onnx`, `{repo}/models/sample-cnn-wide.onnx`, '--profile', 'profile.json', '--format', 'json']],
  ]);
  return { family: 'profile', seed, index, what: `${name}: ${m.what}`, entry: 'cli', argv, files: { 'profile.json': m.text }, timeoutMs: 30_000 };
}
