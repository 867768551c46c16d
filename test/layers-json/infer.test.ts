// What a layers file means once inferred: chaining, the PyTorch and ONNX spellings priced alike, batch binding,
// declared shapes checked, unknown operators reported as coverage, weights counted as ONNX would count them.
import { describe, expect, it } from 'vitest';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { inferModel, type InferredModel, type LayerCost } from '../../src/core/infer/index.js';
import { cnnDoc, cnnDocOnnx, text, type Doc } from './helpers/docs.js';

const infer = (doc: unknown, batch?: number): InferredModel =>
  inferModel(decodeLayersJson(text(doc), 'test.layers.json'), batch === undefined ? {} : { batch }, 'test.layers.json');
const byName = (m: InferredModel, name: string): LayerCost => {
  const l = m.layers.find((x) => x.name === name);
  if (!l) throw new Error(`no layer ${name}`);
  return l;
};
const numel = (dims: number[]): number => dims.reduce((p, d) => p * d, 1);

describe('sequential layers', () => {
  it('chain through the previous layer and start at the first model input', () => {
    const m = decodeLayersJson(text(cnnDoc()), 'a.layers.json');
    expect(m.graph.nodes.map((n) => [n.name, n.opType, n.inputs[0], n.outputs])).toEqual([
      ['conv', 'Conv', 'x', ['conv']],
      ['bn', 'BatchNormalization', 'conv', ['bn']],
      ['relu', 'Relu', 'bn', ['relu']],
      ['pool', 'GlobalAveragePool', 'relu', ['pool']],
      ['flat', 'Flatten', 'pool', ['flat']],
      ['fc', 'Gemm', 'flat', ['fc']],
    ]);
    expect(m.graph.outputs.map((o) => o.name)).toEqual(['fc']);
    expect(m.format).toBe('layers-json');
  });

  it('price the PyTorch and the ONNX spelling of one network identically', () => {
    const torchNames = infer(cnnDoc(), 2);
    const onnxNames = infer(cnnDocOnnx(), 2);
    const facts = (m: InferredModel) => m.layers.map((l) => ({ op: l.op, out: l.outputShapes, macs: l.macs, params: l.params, attrs: l.attrs }));
    expect(facts(torchNames)).toEqual(facts(onnxNames));
    expect(torchNames.coverage.unsupported).toEqual([]);
    // Conv 3x3 stride 2 pad 1 on 32x32: 16x16 outputs, each 3*9 MACs per output channel.
    const out = Math.floor((32 + 2 - 3) / 2) + 1;
    expect(byName(torchNames, 'conv').macs).toBe(2 * 8 * out * out * 3 * 9);
    expect(byName(torchNames, 'conv').outputShapes).toEqual([[2, 8, out, out]]);
    // Running statistics are buffers, not parameters (as on a PyTorch module).
    expect(torchNames.totals.params).toBe(8 * 27 + 8 + 8 + 8 + 10 * 8 + 10);
    expect(byName(torchNames, 'bn').params).toBe(16);
  });
});

describe('symbolic batch', () => {
  it('is 1 with a note unless --batch binds it; costs scale with the batch', () => {
    const one = infer(cnnDoc());
    expect(one.batch).toBe(1);
    expect(one.diagnostics.map((d) => d.code)).toContain('I_BATCH_DEFAULT');
    const eight = infer(cnnDoc(), 8);
    expect(eight.batch).toBe(8);
    expect(byName(eight, 'fc').outputShapes).toEqual([[8, 10]]);
    expect(eight.diagnostics.map((d) => d.code)).not.toContain('I_BATCH_DEFAULT');
    expect(eight.totals.macs).toBe(8 * one.totals.macs);
    expect(eight.totals.params).toBe(one.totals.params);
  });

  it('binds a fixed batch-1 input too, and then declared batch-1 shapes still agree', () => {
    const doc = cnnDoc();
    (doc.inputs[0] as Record<string, unknown>).shape = [1, 3, 32, 32];
    (doc.layers[5] as Record<string, unknown>).outputShapes = [[1, 10]];
    const four = infer(doc, 4);
    expect(byName(four, 'fc').outputShapes).toEqual([[4, 10]]);
    expect(four.diagnostics.filter((d) => d.code === 'W_DECLARED_SHAPE')).toEqual([]);
  });
});

describe('declared outputShapes', () => {
  const withConvShape = (shape: (number | string)[]): Doc => {
    const doc = cnnDoc();
    (doc.layers[0] as Record<string, unknown>).outputShapes = [shape];
    return doc;
  };

  it('that agree give no diagnostic', () => {
    expect(infer(withConvShape(['batch', 8, 16, 16]), 3).diagnostics.filter((d) => d.code === 'W_DECLARED_SHAPE')).toEqual([]);
  });

  it('that disagree give a warning naming the layer and both shapes', () => {
    const m = infer(withConvShape(['batch', 8, 32, 32]), 3);
    const found = m.diagnostics.filter((d) => d.code === 'W_DECLARED_SHAPE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', node: 'conv', op: 'Conv' });
    expect(found[0]?.message).toBe("layer 'conv' declares output conv as [batch, 8, 32, 32] but inference gives [3, 8, 16, 16]");
  });

  it('of another rank disagree', () => {
    const m = infer(withConvShape(['batch', 8 * 16 * 16]));
    expect(m.diagnostics.find((d) => d.code === 'W_DECLARED_SHAPE')?.node).toBe('conv');
  });
});

describe('unknown operators', () => {
  it('pass through and are reported as coverage, not errors', () => {
    const doc = cnnDoc();
    doc.layers.splice(3, 0, { name: 'attn', op: 'FancyAttention', attrs: { heads: 4 } });
    const m = infer(doc, 2);
    expect(m.coverage.nodes).toBe(7);
    expect(m.coverage.unsupported[0]).toEqual({ op: 'FancyAttention', node: 'attn', reason: 'operator FancyAttention is not supported' });
    // What reads its output cannot be inferred either, and says why.
    expect(byName(m, 'pool').status).toBe('unsupported');
    expect(byName(m, 'pool').reason).toMatch(/input attn unknown/);
    expect(byName(m, 'conv').macs).toBe(infer(cnnDoc(), 2).layers[0]?.macs);
  });

  it('in another domain pass through too', () => {
    const doc = cnnDoc();
    doc.layers[2] = { name: 'relu', op: 'FusedRelu', domain: 'com.example' };
    const m = infer(doc);
    expect(m.coverage.unsupported[0]).toMatchObject({ op: 'FusedRelu', node: 'relu' });
  });
});

describe('operators with weights', () => {
  const seqDoc = (layers: Record<string, unknown>[], shape: (number | string)[] = ['batch', 16, 64]): Doc => ({
    schema: 'energy-diff/layers@1', inputs: [{ name: 'h', shape }], layers,
  });

  it('Linear on a 3-D input is MatMul plus a bias Add, as torch exports it', () => {
    const m = infer(seqDoc([{ name: 'proj', op: 'Linear', weights: { weight: [32, 64], bias: [32] } }]), 2);
    expect(m.layers.map((l) => [l.name, l.op, l.outputShapes[0]])).toEqual([
      ['proj', 'MatMul', [2, 16, 32]],
      ['proj/bias', 'Add', [2, 16, 32]],
    ]);
    expect(byName(m, 'proj').macs).toBe(2 * 16 * 64 * 32);
    expect(byName(m, 'proj').family).toBe('gemm');
    expect(m.totals.params).toBe(32 * 64 + 32);
  });

  it('Embedding reads its table first; a tied output projection counts the table once', () => {
    const doc: Doc = {
      schema: 'energy-diff/layers@1',
      inputs: [{ name: 'ids', shape: ['batch', 12], dtype: 'int64' }],
      layers: [
        { name: 'embed', op: 'Embedding', weights: { weight: { shape: [1000, 64], tensor: 'wte' } } },
        { name: 'head', op: 'Linear', weights: { weight: { shape: [1000, 64], tensor: 'wte' } } },
      ],
    };
    const model = decodeLayersJson(text(doc), 't.layers.json');
    expect(model.graph.nodes[0]?.inputs).toEqual(['wte', 'ids']);
    expect(model.graph.initializers.map((t) => [t.name, t.dims])).toEqual([['wte', [1000, 64]]]);
    const m = inferModel(model, { batch: 2 });
    expect(byName(m, 'head').outputShapes).toEqual([[2, 12, 1000]]);
    expect(byName(m, 'head').macs).toBe(2 * 12 * 64 * 1000);
    expect(m.totals.params).toBe(1000 * 64);
  });

  it('ONNX operators read activations, then constants, then weights, in the order listed', () => {
    const doc = seqDoc([
      { name: 'r', op: 'Reshape', constants: { shape: [0, -1] } },
      { name: 'mm', op: 'MatMul', weights: { W: [1024, 10] } },
      { name: 'add', op: 'Add', weights: { bias: { shape: [10], dtype: 'float16' } } },
    ]);
    const model = decodeLayersJson(text(doc), 't.layers.json');
    expect(model.graph.nodes.map((n) => n.inputs)).toEqual([['h', 'r.shape'], ['r', 'mm.W'], ['mm', 'add.bias']]);
    expect(model.graph.initializers.find((t) => t.name === 'r.shape')).toMatchObject({ dataType: 7, dims: [2], values: [0, -1] });
    const m = inferModel(model, { batch: 3 });
    expect(byName(m, 'r').outputShapes).toEqual([[3, 1024]]);
    expect(byName(m, 'mm').macs).toBe(3 * 1024 * 10);
    expect(m.totals.params).toBe(1024 * 10 + 10);
    expect(m.totals.weightBytes).toBe(1024 * 10 * 4 + 10 * 2);
  });
});

describe('PyTorch aliases that need the input shape', () => {
  it('AdaptiveAvgPool2d to 2x2 becomes a fixed window when the input shape is declared, else stays unsupported', () => {
    const declared = cnnDoc();
    declared.layers.splice(3, 3, { name: 'pool', op: 'AdaptiveAvgPool2d', attrs: { output_size: [2, 2] }, inputShapes: [['batch', 8, 16, 16]] });
    const m = infer(declared);
    expect(byName(m, 'pool')).toMatchObject({ op: 'AveragePool', outputShapes: [[1, 8, 2, 2]], status: 'estimated' });
    expect(byName(m, 'pool').macs).toBe(8 * 2 * 2 * 8 * 8);
    const undeclared = cnnDoc();
    undeclared.layers.splice(3, 3, { name: 'pool', op: 'AdaptiveAvgPool2d', attrs: { output_size: [2, 2] } });
    expect(infer(undeclared).coverage.unsupported).toEqual([{ op: 'AdaptiveAvgPool2d', node: 'pool', reason: 'operator AdaptiveAvgPool2d is not supported' }]);
  });

  it('Flatten of inner axes is a Reshape to the declared output', () => {
    const doc = cnnDoc();
    doc.layers[4] = { name: 'flat', op: 'Flatten', attrs: { start_dim: 1, end_dim: 2 }, outputShapes: [['batch', 8, 1]] };
    doc.layers.splice(5, 1);
    const m = infer(doc, 2);
    expect(byName(m, 'flat')).toMatchObject({ op: 'Reshape', outputShapes: [[2, 8, 1]] });
  });

  it('SiLU is Sigmoid then Mul (two element-wise passes, as exported)', () => {
    const m = infer({ schema: 'energy-diff/layers@1', inputs: [{ name: 'x', shape: [4, 100] }], layers: [{ name: 'act', op: 'SiLU' }] });
    expect(m.layers.map((l) => [l.name, l.op, l.macs])).toEqual([['act/sigmoid', 'Sigmoid', 400], ['act', 'Mul', 400]]);
  });
});

describe('MultiheadAttention', () => {
  const E = 16;
  const H = 4;
  const attnDoc = (batchFirst: boolean, query: number[], memory: number[] | undefined, outputs: string[]): Doc => ({
    schema: 'energy-diff/layers@1',
    inputs: [{ name: 'q', shape: query }, ...(memory ? [{ name: 'mem', shape: memory }] : [])],
    layers: [{
      name: 'attn', op: 'MultiheadAttention', inputs: memory ? ['q', 'mem'] : ['q'], outputs,
      attrs: { embed_dim: E, num_heads: H, batch_first: batchFirst },
      weights: { in_proj_weight: [3 * E, E], in_proj_bias: [3 * E], 'out_proj.weight': [E, E], 'out_proj.bias': [E] },
    }],
  });
  const matmuls = (m: InferredModel) => m.layers.filter((l) => l.op === 'MatMul').reduce((s, l) => s + l.macs, 0);

  it('self-attention, batch first: projections, scores and context as the formulas say', () => {
    const [b, l] = [2, 7];
    const m = infer(attnDoc(true, [b, l, E], undefined, ['y']));
    expect(m.coverage.unsupported).toEqual([]);
    expect(byName(m, 'attn').outputShapes).toEqual([[b, l, E]]);
    expect(byName(m, 'attn/scores').outputShapes).toEqual([[b, H, l, l]]);
    expect(matmuls(m)).toBe(4 * b * l * E * E + 2 * b * H * l * l * (E / H));
    expect(byName(m, 'attn/softmax').macs).toBe(b * H * l * l);
    expect(m.totals.params).toBe(3 * E * E + 3 * E + E * E + E);
  });

  it('cross-attention, sequence first, with the head-averaged weights as a second output', () => {
    const [b, l, s] = [3, 5, 9];
    const m = infer(attnDoc(false, [l, b, E], [s, b, E], ['y', 'w']));
    expect(m.coverage.unsupported).toEqual([]);
    expect(byName(m, 'attn').outputShapes).toEqual([[l, b, E]]);
    expect(byName(m, 'attn/weights').outputShapes).toEqual([[b, l, s]]);
    // Q and the output projection run over the L query rows, K and V over the S memory rows.
    expect(matmuls(m)).toBe(2 * b * l * E * E + 2 * b * s * E * E + 2 * b * H * l * s * (E / H));
    expect(m.totals.params).toBe(4 * E * E + 4 * E);
  });

  it('without embed_dim and num_heads it cannot be lowered and is reported', () => {
    const doc = attnDoc(true, [1, 4, E], undefined, ['y']);
    (doc.layers[0] as Record<string, unknown>).attrs = {};
    expect(infer(doc).coverage.unsupported[0]).toMatchObject({ op: 'MultiheadAttention', node: 'attn' });
  });
});

describe('recurrent modules', () => {
  const lstmWeights = (input: number, hidden: number, layers: number, dirs: number): Record<string, number[]> => {
    const w: Record<string, number[]> = {};
    for (let l = 0; l < layers; l++) {
      for (const s of dirs === 2 ? [`_l${l}`, `_l${l}_reverse`] : [`_l${l}`]) {
        w[`weight_ih${s}`] = [4 * hidden, l === 0 ? input : dirs * hidden];
        w[`weight_hh${s}`] = [4 * hidden, hidden];
        w[`bias_ih${s}`] = [4 * hidden];
        w[`bias_hh${s}`] = [4 * hidden];
      }
    }
    return w;
  };

  it('a 2-layer bidirectional batch-first LSTM: per-layer MACs, PyTorch-shaped outputs, every weight a parameter', () => {
    const [b, seq, input, hidden] = [3, 11, 20, 32];
    const weights = lstmWeights(input, hidden, 2, 2);
    const m = infer({
      schema: 'energy-diff/layers@1',
      inputs: [{ name: 'x', shape: ['batch', seq, input] }],
      layers: [{
        name: 'lstm', op: 'LSTM', outputs: ['y', 'h', 'c'],
        attrs: { hidden_size: hidden, num_layers: 2, bidirectional: true, batch_first: true }, weights,
      }],
    }, b);
    expect(m.coverage.unsupported).toEqual([]);
    const cells = m.layers.filter((l) => l.op === 'LSTM');
    expect(cells.map((l) => l.macs)).toEqual([input, 2 * hidden].map((inSize) => 2 * seq * b * 4 * hidden * (inSize + hidden)));
    const written = (t: string) => m.layers.find((l) => l.name === t);
    expect(written('lstm/batch_first')?.outputShapes).toEqual([[b, seq, 2 * hidden]]);
    expect(written('lstm/h_n')?.outputShapes).toEqual([[4, b, hidden]]);
    const torchCount = Object.values(weights).reduce((s, d) => s + numel(d), 0);
    expect(m.totals.params).toBe(torchCount);
  });

  it('GRU and ReLU RNN, sequence first, one direction', () => {
    const m = infer({
      schema: 'energy-diff/layers@1',
      inputs: [{ name: 'x', shape: [5, 2, 8] }],
      layers: [
        { name: 'gru', op: 'GRU', outputs: ['y', 'h'], attrs: { hidden_size: 6 }, weights: { weight_ih_l0: [18, 8], weight_hh_l0: [18, 6], bias_ih_l0: [18], bias_hh_l0: [18] } },
        { name: 'rnn', op: 'RNN', inputs: ['y'], attrs: { hidden_size: 4, nonlinearity: 'relu' }, weights: { weight_ih_l0: [4, 6], weight_hh_l0: [4, 4] } },
      ],
    });
    expect(m.coverage.unsupported).toEqual([]);
    expect(m.layers.filter((l) => l.family === 'rnn').map((l) => [l.op, l.macs])).toEqual([['GRU', 5 * 2 * 3 * 6 * (8 + 6)], ['RNN', 5 * 2 * 4 * (6 + 4)]]);
    expect(m.layers.find((l) => l.name === 'rnn/output')?.outputShapes).toEqual([[5, 2, 4]]);
    expect(m.totals.params).toBe(18 * 8 + 18 * 6 + 36 + 16 + 24);
  });
});

describe('declared shapes of a layer lowered to several nodes', () => {
  it('name the layer of the file, not the node that wrote the tensor', () => {
    const doc: Doc = {
      schema: 'energy-diff/layers@1',
      inputs: [{ name: 'h', shape: ['batch', 16, 64] }],
      layers: [{ name: 'proj', op: 'Linear', weights: { weight: [32, 64], bias: [32] }, outputShapes: [['batch', 16, 30]] }],
    };
    const found = infer(doc, 2).diagnostics.filter((d) => d.code === 'W_DECLARED_SHAPE');
    expect(found.map((d) => [d.node, d.op, d.message])).toEqual([
      ['proj', 'Add', "layer 'proj' declares output proj as [batch, 16, 30] but inference gives [2, 16, 32]"],
    ]);
  });
});

describe('padding and pixel-shuffle modules', () => {
  it('ZeroPad2d pads the last dim by its first pair; PixelShuffle moves channels to space and back', () => {
    const m = infer({
      schema: 'energy-diff/layers@1',
      inputs: [{ name: 'x', shape: ['batch', 3, 20, 20] }],
      layers: [
        { name: 'pad', op: 'ZeroPad2d', attrs: { padding: [1, 2, 3, 4] } },
        { name: 'conv', op: 'Conv2d', attrs: { kernel_size: 3 }, weights: { weight: [16, 3, 3, 3] } },
        { name: 'reflect', op: 'ReflectionPad2d', attrs: { padding: 1 } },
        { name: 'shuffle', op: 'PixelShuffle', attrs: { upscale_factor: 2 } },
        { name: 'unshuffle', op: 'PixelUnshuffle', attrs: { downscale_factor: 2 } },
      ],
    }, 2);
    expect(m.coverage.unsupported).toEqual([]);
    expect(m.layers.map((l) => [l.name, l.op, l.outputShapes[0]])).toEqual([
      ['pad', 'Pad', [2, 3, 20 + 3 + 4, 20 + 1 + 2]],
      ['conv', 'Conv', [2, 16, 25, 21]],
      ['reflect', 'Pad', [2, 16, 27, 23]],
      ['shuffle', 'DepthToSpace', [2, 4, 54, 46]],
      ['unshuffle', 'SpaceToDepth', [2, 16, 27, 23]],
    ]);
    expect(m.layers[1]?.macs).toBe(2 * 16 * 25 * 21 * 3 * 9);
  });
});

describe('wiring', () => {
  it('layers may be listed in any order; a cycle is an error naming a layer on it', () => {
    const doc = (layers: Record<string, unknown>[]): Doc => ({ schema: 'energy-diff/layers@1', inputs: [{ name: 'x', shape: [1, 4] }], layers });
    const m = infer(doc([{ name: 'b', op: 'Relu', inputs: ['a'] }, { name: 'a', op: 'Sigmoid', inputs: ['x'] }]));
    expect(m.layers.map((l) => l.name)).toEqual(['a', 'b']);
    expect(() => infer(doc([{ name: 'a', op: 'Add', inputs: ['x', 'b'] }, { name: 'b', op: 'Relu', inputs: ['a'] }]))).toThrow(/cycle through node 'a'/);
  });
});
