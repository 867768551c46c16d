// The single-layer configurations of the H100 micro-benchmarks (data/h100/layers_*.jsonl), rebuilt as
// the ONNX node PyTorch exports each module to and run through inferModel. The roofline-v1 predictor is fitted
// on exactly the LayerCost features (flops, bytes, attrs) that it later sees in real graphs, so fit and use
// cannot drift apart (test/infer/h100-layers.test.ts pins these builds to the recorded shapes and MACs).
import { inferModel, type LayerCost } from '../../infer/index.js';
import type { AttributeValue, DecodedModel, ModelNode, TensorMeta } from '../../graph/index.js';

type Cfg = Record<string, number>;
type Attr = number | number[];

function attr(v: Attr): AttributeValue {
  return typeof v === 'number' ? { type: 'int', value: v } : { type: 'ints', value: v };
}

function node(opType: string, inputs: string[], attrs: Record<string, Attr> = {}): ModelNode {
  const attributes = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, attr(v)]));
  return { name: opType.toLowerCase(), opType, domain: '', inputs, outputs: ['y'], attributes };
}

function weight(name: string, dims: number[]): TensorMeta {
  return { name, dataType: 1, dims, byteLength: dims.reduce((a, b) => a * b, 4), external: false };
}

function model(inputs: Record<string, number[]>, n: ModelNode, inits: TensorMeta[] = [], opset = 17): DecodedModel {
  return {
    format: 'onnx', irVersion: 8, opsetImport: [{ domain: '', version: opset }], producerName: 'energy-diff', producerVersion: '',
    functions: [],
    graph: {
      name: 'layer', nodes: [n], outputs: [], valueInfo: [], initializers: inits,
      inputs: Object.entries(inputs).map(([name, shape]) => ({ name, elemType: 1, shape })),
    },
  };
}

const nchw = (c: Cfg, channels = c.channels!): number[] => [c.batch!, channels, c.image_size!, c.image_size!];
const square = (v: number): number[] => [v, v];

function conv(c: Cfg): DecodedModel {
  const g = c.groups ?? 1;
  const w = weight('w', [c.out_channels!, c.in_channels! / g, c.kernel_size!, c.kernel_size!]);
  const p = c.padding!;
  return model({ x: nchw(c, c.in_channels!) }, node('Conv', ['x', 'w', 'b'], {
    strides: square(c.stride!), pads: [p, p, p, p], group: g, kernel_shape: square(c.kernel_size!),
  }), [w, weight('b', [c.out_channels!])]);
}

function pool(op: string): (c: Cfg) => DecodedModel {
  return (c) => {
    const p = c.padding!;
    return model({ x: nchw(c) }, node(op, ['x'], { kernel_shape: square(c.kernel_size!), strides: square(c.stride!), pads: [p, p, p, p] }));
  };
}

const unary = (op: string) => (c: Cfg): DecodedModel => model({ x: [c.elements!] }, node(op, ['x']), [], 20);

const BUILDERS: Record<string, (c: Cfg) => DecodedModel> = {
  Conv2d: conv,
  Linear: (c) => model({ x: [c.batch!, c.in_features!] }, node('Gemm', ['x', 'w', 'b'], { transB: 1 }),
    [weight('w', [c.out_features!, c.in_features!]), weight('b', [c.out_features!])]),
  MaxPool2d: pool('MaxPool'),
  AvgPool2d: pool('AveragePool'),
  BatchNorm2d: (c) => model({ x: nchw(c) }, node('BatchNormalization', ['x', 's', 'b', 'm', 'v']), ['s', 'b', 'm', 'v'].map((n) => weight(n, [c.channels!]))),
  LayerNorm: (c) => model({ x: [c.tokens!, c.features!] }, node('LayerNormalization', ['x', 's', 'b'], { axis: -1 }),
    [weight('s', [c.features!]), weight('b', [c.features!])]),
  Softmax: (c) => model({ x: [c.rows!, c.cols!] }, node('Softmax', ['x'], { axis: -1 })),
  MatMul: (c) => model({ a: [c.batch!, c.m!, c.k!], b: [c.batch!, c.k!, c.n!] }, node('MatMul', ['a', 'b'])),
  ReLU: unary('Relu'),
  GELU: unary('Gelu'),
  Sigmoid: unary('Sigmoid'),
  Tanh: unary('Tanh'),
  Clip: unary('Clip'),
  Hardsigmoid: unary('HardSigmoid'),
  HardSwish: unary('HardSwish'),
  Add: (c) => model({ a: [c.elements!], b: [c.elements!] }, node('Add', ['a', 'b'])),
  MulBroadcast: (c) => model({ x: nchw(c), s: [c.batch!, c.channels!, 1, 1] }, node('Mul', ['x', 's'])),
  AdaptiveAvgPool2d: (c) => model({ x: nchw(c) }, node('GlobalAveragePool', ['x'])),
  Concat: (c) => {
    const parts = Array.from({ length: c.parts! }, (_, i) => `p${i}`);
    return model(Object.fromEntries(parts.map((p) => [p, nchw(c)])), node('Concat', parts, { axis: 1 }));
  },
  Embedding: (c) => model({ ids: [c.batch!, c.tokens!] }, node('Gather', ['table', 'ids']), [weight('table', [c.vocab!, c.dim!])]),
  TransposeContiguous: (c) => model({ x: [c.batch!, c.tokens!, c.heads!, c.head_dim!] }, node('Transpose', ['x'], { perm: [0, 2, 1, 3] })),
};

/** The one-node model of one measured config (`op` names the PyTorch module), or null for an unknown module. */
export function modelOfConfig(op: string, config: Cfg): DecodedModel | null {
  const build = Object.hasOwn(BUILDERS, op) ? BUILDERS[op] : undefined;
  return build ? build(config) : null;
}

/** The LayerCost of one measured config (`op` names the PyTorch module), or null for an unknown module. */
export function layerOfConfig(op: string, config: Cfg): LayerCost | null {
  const built = modelOfConfig(op, config);
  if (!built) return null;
  const inferred = inferModel(built);
  const layer = inferred.layers.at(-1);
  return layer && layer.status === 'estimated' ? layer : null;
}

/** A Getzner et al. module config (data/getzner: batch_size, input_size, ...) in the config names above. */
export function layerConfigOfGetzner(op: string, c: Cfg): Cfg {
  switch (op) {
    case 'Conv2d':
      return { batch: c.batch_size!, in_channels: c.in_channels!, out_channels: c.out_channels!, image_size: c.image_size!, kernel_size: c.kernel_size!, stride: c.stride!, padding: c.padding!, groups: 1 };
    case 'Linear':
      return { batch: c.batch_size!, in_features: c.input_size!, out_features: c.output_size! };
    case 'MaxPool2d':
      return { batch: c.batch_size!, channels: c.in_channels!, image_size: c.image_size!, kernel_size: c.kernel_size!, stride: c.stride!, padding: c.padding! };
    case 'Softmax':
      return { rows: c.batch_size!, cols: c.input_size! };
    default:
      return { elements: c.batch_size! * c.input_size! };
  }
}
