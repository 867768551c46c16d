// The real layer configurations of a model (its inferred LayerCosts) as benchmark entries, so a refit covers the
// architectures the repository actually uses (Getzner et al.'s fix: random layers alone do not generalise).
// Only shapes the PyTorch modules of the benchmark reproduce are taken (square 2-D windows, symmetric padding,
// no dilation); the rest is reported with the reason.
import type { LayerCost } from '../../infer/index.js';
import { own } from '../../common/index.js';
import { benchEntry, mergeEntries, type BenchEntry, type BenchMode } from './plan.js';

type Cfg = Record<string, number>;

export interface LayerSkip {
  layer: string;
  op: string;
  reason: string;
}

const ACTIVATIONS: Record<string, string> = {
  Relu: 'ReLU', Gelu: 'GELU', Sigmoid: 'Sigmoid', Tanh: 'Tanh', HardSwish: 'HardSwish', HardSigmoid: 'Hardsigmoid', Clip: 'Clip',
};

const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);
const same = (a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): boolean => !!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]);

/** Square window, equal strides, symmetric padding and no dilation: what Conv2d/MaxPool2d(k, s, p) can run. */
function squareWindow(a: Cfg): Cfg | string {
  if (a.kernelD !== undefined || a.kernelW === undefined) return 'not a 2-D window';
  if (a.kernelH !== a.kernelW || a.strideH !== a.strideW || a.inH !== a.inW) return 'non-square kernel, stride or input';
  if ((a.dilationH ?? 1) !== 1 || (a.dilationW ?? 1) !== 1) return 'dilated';
  if (a.padH !== a.padW || a.padH! % 2 !== 0) return 'asymmetric padding';
  return { image_size: a.inH!, kernel_size: a.kernelH!, stride: a.strideH!, padding: a.padH! / 2 };
}

type Found = { op: string; config: Cfg };
type Shape = readonly number[] | null | undefined;
type ConfigOf = (layer: LayerCost, a: Cfg, x: Shape, y: Shape) => Found | string;

const conv: ConfigOf = (_layer, a) => {
  if (a.transposed) return 'ConvTranspose';
  const w = squareWindow(a);
  return typeof w === 'string' ? w : { op: 'Conv2d', config: { batch: a.batch!, in_channels: a.inChannels!, out_channels: a.outChannels!, groups: a.groups ?? 1, ...w } };
};

const pool: ConfigOf = (layer, a) => {
  const w = squareWindow(a);
  return typeof w === 'string' ? w : { op: layer.op === 'MaxPool' ? 'MaxPool2d' : 'AvgPool2d', config: { batch: a.batch!, channels: a.inChannels!, ...w } };
};

const globalAveragePool: ConfigOf = (_layer, a, x) => {
  const side = Math.round(Math.sqrt(a.spatial ?? 0));
  if (x?.length !== 4 || side * side !== a.spatial) return 'not a square 2-D input';
  return { op: 'AdaptiveAvgPool2d', config: { batch: a.batch!, channels: a.channels!, image_size: side } };
};

const gemm: ConfigOf = (_layer, a) => ({ op: 'Linear', config: { batch: a.batch!, in_features: a.inFeatures!, out_features: a.outFeatures! } });

const matMul: ConfigOf = (layer, _a, x, y): Found | string => {
  const b = layer.inputShapes[1];
  if (!x || !b || !y || x.length < 2 || b.length < 2) return 'vector operand';
  const m = x[x.length - 2]!;
  const k = x[x.length - 1]!;
  const n = b[b.length - 1]!;
  // A weight operand (2-D initializer) makes it a Linear over all leading dims.
  if (layer.family === 'gemm') return { op: 'Linear', config: { batch: prod(x.slice(0, -1)), in_features: k, out_features: n } as Cfg };
  return { op: 'MatMul', config: { batch: prod(y.slice(0, -2)), m, k, n } };
};

const batchNorm: ConfigOf = (_layer, _a, x) => {
  if (x?.length !== 4 || x[2] !== x[3]) return 'not a square N,C,H,W input';
  return { op: 'BatchNorm2d', config: { batch: x[0]!, channels: x[1]!, image_size: x[2]! } };
};

const layerNorm: ConfigOf = (_layer, a, x) => {
  if (!x || a.normalized !== x[x.length - 1]) return 'normalises more than the last axis';
  return { op: 'LayerNorm', config: { tokens: a.elements! / a.normalized!, features: a.normalized! } };
};

const softmax: ConfigOf = (_layer, a, x) => {
  if (!x || a.axisSize !== x[x.length - 1]) return 'softmax over an inner axis';
  return { op: 'Softmax', config: { rows: a.elements! / a.axisSize!, cols: a.axisSize! } };
};

const add: ConfigOf = (layer, _a, x, y) =>
  same(x, layer.inputShapes[1]) && same(x, y) ? { op: 'Add', config: { elements: prod(y!) } } : 'broadcasting Add';

const mul: ConfigOf = (layer, _a, x) => {
  const s = layer.inputShapes[1];
  if (x?.length === 4 && s?.length === 4 && s[0] === x[0] && s[1] === x[1] && s[2] === 1 && s[3] === 1 && x[2] === x[3]) {
    return { op: 'MulBroadcast', config: { batch: x[0]!, channels: x[1]!, image_size: x[2]! } };
  }
  return 'not a per-channel scale';
};

const concat: ConfigOf = (layer, _a, x, y) => {
  const parts = layer.inputShapes;
  if (!x || x.length !== 4 || x[2] !== x[3] || !parts.every((p) => same(p, x)) || y?.[1] !== x[1]! * parts.length) return 'not equal N,C,H,W parts on channels';
  return { op: 'Concat', config: { batch: x[0]!, channels: x[1]!, image_size: x[2]!, parts: parts.length } };
};

const transpose: ConfigOf = (_layer, _a, x, y) => {
  if (x?.length === 4 && same(y, [x[0]!, x[2]!, x[1]!, x[3]!]) && x[1] !== x[2]) {
    return { op: 'TransposeContiguous', config: { batch: x[0]!, tokens: x[1]!, heads: x[2]!, head_dim: x[3]! } };
  }
  return 'not the attention head-layout transpose';
};

const gather: ConfigOf = (layer, _a, x) => {
  const ids = layer.inputShapes[1];
  if (layer.family !== 'embedding' || x?.length !== 2 || !ids) return 'not an embedding lookup';
  return { op: 'Embedding', config: { batch: ids.length > 1 ? ids[0]! : 1, tokens: ids.length > 1 ? prod(ids.slice(1)) : prod(ids), vocab: x[0]!, dim: x[1]! } };
};

const activation: ConfigOf = (layer, a) => {
  const module = own(ACTIVATIONS, layer.op);
  if (module && a.elements !== undefined) return { op: module, config: { elements: a.elements } };
  return 'no benchmark for this op';
};

/** One step per ONNX op; ops not listed fall to `activation`. */
const CONFIG_OF: Record<string, ConfigOf> = {
  Conv: conv, MaxPool: pool, AveragePool: pool, GlobalAveragePool: globalAveragePool, Gemm: gemm, MatMul: matMul,
  BatchNormalization: batchNorm, LayerNormalization: layerNorm, Softmax: softmax, Add: add, Mul: mul, Concat: concat,
  Transpose: transpose, Gather: gather,
};

/** The module and config that reproduce one layer, or why none does. */
export function configOfLayer(layer: LayerCost): Found | string {
  const step = own(CONFIG_OF, layer.op) ?? activation;
  return step(layer, layer.attrs, layer.inputShapes[0], layer.outputShapes[0]);
}

/** Benchmark entries for every layer of a model that a module reproduces; the others with their reason. */
export function entriesOfLayers(layers: readonly LayerCost[], origin: string, modes: BenchMode[]): { entries: BenchEntry[]; skipped: LayerSkip[] } {
  const entries: BenchEntry[] = [];
  const skipped: LayerSkip[] = [];
  for (const layer of layers) {
    if (layer.status !== 'estimated' || layer.family === 'shape' || layer.family === 'control') continue;
    const found = configOfLayer(layer);
    if (typeof found === 'string') {
      skipped.push({ layer: layer.name, op: layer.op, reason: found });
      continue;
    }
    for (const mode of modes) {
      const e = benchEntry(found.op, found.config, mode, origin);
      if (typeof e === 'string') skipped.push({ layer: layer.name, op: layer.op, reason: e });
      else entries.push(e);
    }
  }
  return { entries: mergeEntries(entries), skipped };
}
