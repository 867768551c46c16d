// Every single-layer configuration measured in data/h100 (layers_inference, layers_extra, layers_real_inference,
// layers_train), rebuilt as the ONNX node PyTorch exports it to: our output shape, parameter count and MAC
// count must equal what the data set recorded from PyTorch. This pins the MAC convention to the one the
// energy measurements (and the predictors fitted on them) use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import type { DecodedModel } from '../../src/core/types.js';
import { graph, init, model, node } from './helpers/build.js';

interface Record_ {
  config: Record<string, number | string>;
  macs: number;
  params: number;
  output_shape: number[];
}

type Build = (c: Record<string, number>) => DecodedModel;

const conv: Build = (c) => {
  const g = c.groups ?? 1;
  return model(graph({
    inputs: { x: [c.batch!, c.in_channels!, c.image_size!, c.image_size!] },
    inits: [init('w', [c.out_channels!, c.in_channels! / g, c.kernel_size!, c.kernel_size!]), init('b', [c.out_channels!])],
    nodes: [node('Conv', ['x', 'w', 'b'], ['y'], {
      strides: [c.stride!, c.stride!], pads: [c.padding!, c.padding!, c.padding!, c.padding!], group: g,
      kernel_shape: [c.kernel_size!, c.kernel_size!],
    })],
  }));
};

const pool = (op: string): Build => (c) => model(graph({
  inputs: { x: [c.batch!, c.channels!, c.image_size!, c.image_size!] },
  nodes: [node(op, ['x'], ['y'], { kernel_shape: [c.kernel_size!, c.kernel_size!], strides: [c.stride!, c.stride!], pads: [c.padding!, c.padding!, c.padding!, c.padding!] })],
}));

const unary = (op: string): Build => (c) => model(graph({ inputs: { x: [c.elements!] }, nodes: [node(op, ['x'], ['y'])] }), 20);

const BUILDERS: Record<string, Build> = {
  Conv2d: conv,
  Linear: (c) => model(graph({
    inputs: { x: [c.batch!, c.in_features!] },
    inits: [init('w', [c.out_features!, c.in_features!]), init('b', [c.out_features!])],
    nodes: [node('Gemm', ['x', 'w', 'b'], ['y'], { transB: 1 })],
  })),
  MaxPool2d: pool('MaxPool'),
  AvgPool2d: pool('AveragePool'),
  BatchNorm2d: (c) => model(graph({
    inputs: { x: [c.batch!, c.channels!, c.image_size!, c.image_size!] },
    inits: ['s', 'b', 'm', 'v'].map((n) => init(n, [c.channels!])),
    nodes: [node('BatchNormalization', ['x', 's', 'b', 'm', 'v'], ['y'])],
  })),
  LayerNorm: (c) => model(graph({
    inputs: { x: [c.tokens!, c.features!] },
    inits: [init('s', [c.features!]), init('b', [c.features!])],
    nodes: [node('LayerNormalization', ['x', 's', 'b'], ['y'], { axis: -1 })],
  })),
  Softmax: (c) => model(graph({ inputs: { x: [c.rows!, c.cols!] }, nodes: [node('Softmax', ['x'], ['y'], { axis: -1 })] })),
  MatMul: (c) => model(graph({ inputs: { a: [c.batch!, c.m!, c.k!], b: [c.batch!, c.k!, c.n!] }, nodes: [node('MatMul', ['a', 'b'], ['y'])] })),
  ReLU: unary('Relu'),
  GELU: unary('Gelu'),
  Sigmoid: unary('Sigmoid'),
  Tanh: unary('Tanh'),
  Clip: unary('Clip'),
  Hardsigmoid: unary('HardSigmoid'),
  HardSwish: unary('HardSwish'),
  Add: (c) => model(graph({ inputs: { a: [c.elements!], b: [c.elements!] }, nodes: [node('Add', ['a', 'b'], ['y'])] })),
  MulBroadcast: (c) => model(graph({
    inputs: { x: [c.batch!, c.channels!, c.image_size!, c.image_size!], s: [c.batch!, c.channels!, 1, 1] },
    nodes: [node('Mul', ['x', 's'], ['y'])],
  })),
  AdaptiveAvgPool2d: (c) => model(graph({ inputs: { x: [c.batch!, c.channels!, c.image_size!, c.image_size!] }, nodes: [node('GlobalAveragePool', ['x'], ['y'])] })),
  Concat: (c) => {
    const parts = Array.from({ length: c.parts! }, (_, i) => `p${i}`);
    return model(graph({
      inputs: Object.fromEntries(parts.map((p) => [p, [c.batch!, c.channels!, c.image_size!, c.image_size!]])),
      nodes: [node('Concat', parts, ['y'], { axis: 1 })],
    }));
  },
  Embedding: (c) => model(graph({
    inputs: { ids: [c.batch!, c.tokens!] },
    inits: [init('table', [c.vocab!, c.dim!])],
    nodes: [node('Gather', ['table', 'ids'], ['y'])],
  })),
  TransposeContiguous: (c) => model(graph({
    inputs: { x: [c.batch!, c.tokens!, c.heads!, c.head_dim!] },
    nodes: [node('Transpose', ['x'], ['y'], { perm: [0, 2, 1, 3] })],
  })),
};

function records(file: string): Record_[] {
  return readFileSync(`data/h100/${file}.jsonl`, 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as Record_ & { kind: string })
    .filter((r) => r.kind === 'layer');
}

describe.each(['layers_inference', 'layers_extra', 'layers_real_inference', 'layers_train'])('data/h100/%s.jsonl', (file) => {
  it('output shape, params and MACs equal the recorded ones for every config', () => {
    const all = records(file);
    const seen = new Set<string>();
    for (const r of all) {
      const op = String(r.config.op);
      const build = BUILDERS[op];
      expect(build, `builder for ${op}`).toBeDefined();
      const m = inferModel(build!(r.config as Record<string, number>));
      expect(m.coverage.unsupported).toEqual([]);
      const layer = m.layers.at(-1)!;
      expect({ op, config: r.config, shape: layer.outputShapes[0], params: m.totals.params, macs: layer.macs })
        .toEqual({ op, config: r.config, shape: r.output_shape, params: r.params, macs: r.macs });
      seen.add(op);
    }
    expect(all.length).toBeGreaterThan(10);
    console.log(`${file}: ${all.length} configs of ${[...seen].sort().join(', ')} match`);
  });
});
