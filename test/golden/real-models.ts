// Models for the golden comments that go through the real pipeline: layers@1 specs (the format PyTorch users
// export, docs/layers-json.md) → decoder → shape inference → estimate on the shipped hardware profiles. What
// the comment shows (MACs, params, weight bytes, module names, energies) is then the code's, not a fixture's.
import { readFileSync } from 'node:fs';
import { estimateEnergy, profileSummary, validateProfile, type EstimateReport, type HardwareProfile, type HardwareProfileSummary, type Mode } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';

type Layer = Record<string, unknown>;

export function loadProfile(id: string): HardwareProfile {
  const file = `hardware-profiles/${id}.json`;
  return validateProfile(JSON.parse(readFileSync(file, 'utf8')), file);
}

const conv = (name: string, cin: number, cout: number, k: number, stride = 1, inputs?: string[]): Layer => ({
  name, op: 'Conv2d', ...(inputs ? { inputs } : {}),
  attrs: { kernel_size: k, stride, padding: Math.floor(k / 2) },
  weights: { weight: [cout, cin, k, k] },
});
const bn = (name: string, c: number): Layer => ({ name, op: 'BatchNorm2d', weights: { weight: [c], bias: [c], running_mean: [c], running_var: [c] } });
const linear = (name: string, cin: number, cout: number, inputs?: string[]): Layer => ({
  name, op: 'Linear', ...(inputs ? { inputs } : {}), weights: { weight: [cout, cin], bias: [cout] },
});

/** A small image classifier: a stem, `blocks` conv-bn-relu blocks at `width` channels, pooling and a classifier. */
export function cnnSpec(width: number, blocks = 2): object {
  const layers: Layer[] = [conv('stem.conv', 3, width, 3, 2), bn('stem.bn', width), { name: 'stem.relu', op: 'ReLU' }];
  for (let i = 0; i < blocks; i++) {
    layers.push(conv(`blocks.${i}.conv`, width, width, 3), bn(`blocks.${i}.bn`, width), { name: `blocks.${i}.relu`, op: 'ReLU' });
  }
  layers.push(
    { name: 'pool', op: 'AdaptiveAvgPool2d', attrs: { output_size: 1 } },
    { name: 'flatten', op: 'Flatten' },
    { ...linear('head', width, 10), inputShapes: [['batch', width]], outputShapes: [['batch', 10]] },
  );
  return { schema: 'energy-diff/layers@1', name: 'cnn', inputs: [{ name: 'image', shape: ['batch', 3, 64, 64] }], layers };
}

/** One post-norm encoder layer (nn.TransformerEncoderLayer, batch_first), reading `x`; its output is `<p>.norm2`. */
function encoderLayer(p: string, x: string, dim: number, ff: number, heads: number): Layer[] {
  return [
    {
      name: `${p}.self_attn`, op: 'MultiheadAttention', inputs: [x, x, x],
      attrs: { embed_dim: dim, num_heads: heads, batch_first: true },
      weights: { in_proj_weight: [3 * dim, dim], in_proj_bias: [3 * dim], 'out_proj.weight': [dim, dim], 'out_proj.bias': [dim] },
    },
    { name: `${p}.add1`, op: 'Add', inputs: [x, `${p}.self_attn`] },
    { name: `${p}.norm1`, op: 'LayerNorm', attrs: { normalized_shape: [dim] }, weights: { weight: [dim], bias: [dim] } },
    linear(`${p}.linear1`, dim, ff),
    { name: `${p}.activation`, op: 'GELU' },
    linear(`${p}.linear2`, ff, dim),
    { name: `${p}.add2`, op: 'Add', inputs: [`${p}.norm1`, `${p}.linear2`] },
    { name: `${p}.norm2`, op: 'LayerNorm', attrs: { normalized_shape: [dim] }, weights: { weight: [dim], bias: [dim] } },
  ];
}

function encoder(first: string, depth: number, dim: number, ff: number, heads: number): Layer[] {
  const layers: Layer[] = [];
  let x = first;
  for (let i = 0; i < depth; i++) {
    layers.push(...encoderLayer(`encoder.layers.${i}`, x, dim, ff, heads));
    x = `encoder.layers.${i}.norm2`;
  }
  return layers;
}

/** A text encoder over 128 token ids (an embedding, `depth` encoder layers, mean pooling, a classifier). */
export function textEncoderSpec(depth: number, dim = 128, heads = 4): object {
  const layers: Layer[] = [
    { name: 'embed', op: 'Embedding', weights: { weight: [8000, dim] } },
    ...encoder('embed', depth, dim, 4 * dim, heads),
    { name: 'pool', op: 'ReduceMean', attrs: { axes: [1], keepdims: 0 } },
    { ...linear('classifier', dim, 2), inputShapes: [['batch', dim]], outputShapes: [['batch', 2]] },
  ];
  return { schema: 'energy-diff/layers@1', name: 'text-encoder', inputs: [{ name: 'ids', shape: ['batch', 128], dtype: 'int64' }], layers };
}

/** The CNN's replacement: a small vision transformer (16×16 patches of the 64×64 image, 4 encoder layers). */
export function vitSpec(dim = 96, depth = 4, heads = 4): object {
  const layers: Layer[] = [
    conv('patch_embed.proj', 3, dim, 16, 16),
    { name: 'patch_embed.flatten', op: 'Reshape', constants: { shape: [0, dim, -1] } },
    { name: 'patch_embed.transpose', op: 'Transpose', attrs: { perm: [0, 2, 1] } },
    ...encoder('patch_embed.transpose', depth, dim, 4 * dim, heads),
    { name: 'pool', op: 'ReduceMean', attrs: { axes: [1], keepdims: 0 } },
    { ...linear('head', dim, 10), inputShapes: [['batch', dim]], outputShapes: [['batch', 10]] },
  ];
  return { schema: 'energy-diff/layers@1', name: 'vit', inputs: [{ name: 'image', shape: ['batch', 3, 64, 64] }], layers };
}

/** A two-layer MLP over 784 features with `hidden` units. */
export function mlpSpec(hidden: number): object {
  const layers: Layer[] = [
    { ...linear('fc1', 784, hidden), inputShapes: [['batch', 784]], outputShapes: [['batch', hidden]] },
    { name: 'act', op: 'ReLU' },
    { ...linear('fc2', hidden, 10), inputShapes: [['batch', hidden]], outputShapes: [['batch', 10]] },
  ];
  return { schema: 'energy-diff/layers@1', name: 'mlp', inputs: [{ name: 'x', shape: ['batch', 784] }], layers };
}

export interface EstimateSpec {
  path: string;
  spec: object;
  profiles: HardwareProfile[];
  batch?: number;
  mode?: Mode;
}

/** The estimate reports of one model file on each profile, as `energy-diff estimate` writes them. */
export function estimateSpec(e: EstimateSpec): EstimateReport[] {
  const decoded = decodeLayersJson(JSON.stringify(e.spec), e.path);
  const inferred = inferModel(decoded, { batch: e.batch ?? 1 }, e.path);
  return e.profiles.map((p) => estimateEnergy(inferred, p, { mode: e.mode ?? 'inference', modelPath: e.path, format: 'layers-json' }));
}

export function summaries(profiles: HardwareProfile[]): HardwareProfileSummary[] {
  return profiles.map(profileSummary);
}
