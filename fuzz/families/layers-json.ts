// layers.json: the sample model and a small CNN in the documented format, mutated as JSON (extreme values,
// other types, unknown and prototype keys, duplicated layers, nesting bombs, truncation); inspect and estimate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from '../case.js';
import { mutateJson } from '../json-mutate.js';
import type { Rng } from '../rng.js';

const TINY_CNN = {
  schema: 'energy-diff/layers@1',
  name: 'tiny-cnn',
  inputs: [{ name: 'x', shape: ['batch', 3, 32, 32] }],
  layers: [
    { name: 'conv', op: 'Conv2d', attrs: { kernel_size: 3, stride: 2, padding: 1 }, weights: { weight: [8, 3, 3, 3], bias: [8] } },
    { name: 'bn', op: 'BatchNorm2d', weights: { weight: [8], bias: [8], running_mean: [8], running_var: [8] } },
    { name: 'relu', op: 'ReLU' },
    { name: 'pool', op: 'AdaptiveAvgPool2d', attrs: { output_size: 1 } },
    { name: 'flat', op: 'Flatten' },
    { name: 'fc', op: 'Linear', weights: { weight: [10, 8], bias: [10] }, inputShapes: [['batch', 8]], outputShapes: [['batch', 10]] },
  ],
};

const KEYS = ['schema', 'name', 'inputs', 'layers', 'outputs', 'op', 'attrs', 'weights', 'constants', 'inputShapes', 'outputShapes', 'scope', 'shape', 'dtype', 'kernel_size', 'stride', 'padding', 'groups', 'in_features', 'out_features', 'opset'];
const OPS = ['Conv2d', 'Linear', 'LSTM', 'MultiheadAttention', 'Embedding', 'Upsample', 'PixelShuffle', 'ZeroPad2d', 'GroupNorm', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'Conv'];

export function layersJsonCase(r: Rng, repo: string, seed: number, index: number): FuzzCase {
  const seeds = [readFileSync(join(repo, 'models/sample-mlp.layers.json'), 'utf8'), JSON.stringify(TINY_CNN)];
  let text = r.pick(seeds);
  let what = '';
  if (r.chance(0.15)) {
    // A known op swapped in: the layer's attributes and weights then rarely fit.
    const doc = JSON.parse(text) as { layers: { op: string }[] };
    const layer = r.pick(doc.layers);
    layer.op = r.pick(OPS);
    text = JSON.stringify(doc);
    what = `op = ${layer.op}; `;
  }
  const m = mutateJson(r, text, KEYS);
  const argv = r.weighted<string[]>([
    [3, ['inspect', 'model.layers.json']],
    [3, ['estimate', 'model.layers.json', '--format', 'json']],
    [1, ['estimate', 'model.layers.json', '--batch', String(r.pick([1, 7, 4096])), '--mode', 'train-step']],
    [1, ['inspect', 'model.layers.json', '--format', 'json', '--input', `x=${r.pick(['1x3x32x32', '0x3x32x32', '99999999x3x99999x99999'])}`]],
  ]);
  return { family: 'layers-json', seed, index, what: what + m.what, entry: 'cli', argv, files: { 'model.layers.json': m.text }, timeoutMs: 30_000 };
}
