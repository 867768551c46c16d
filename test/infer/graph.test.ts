// Graph-level behaviour: order, cycles, input binding, coverage of unknown ops, constants and shape folding.
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { graph, init, model, node } from './helpers/build.js';

const mlp = (nodes = [
  node('Gemm', ['x', 'w1', 'b1'], ['h'], { transB: 1 }),
  node('Relu', ['h'], ['r']),
  node('Gemm', ['r', 'w2', 'b2'], ['y'], { transB: 1 }),
]) => model(graph({
  inputs: { x: ['batch', 16] },
  inits: [init('w1', [32, 16]), init('b1', [32]), init('w2', [4, 32]), init('b2', [4])],
  nodes,
}));

describe('graph walking', () => {
  it('infers nodes listed out of order', () => {
    const ordered = inferModel(mlp(), { batch: 2 });
    const shuffled = inferModel(mlp([
      node('Gemm', ['r', 'w2', 'b2'], ['y'], { transB: 1 }),
      node('Relu', ['h'], ['r']),
      node('Gemm', ['x', 'w1', 'b1'], ['h'], { transB: 1 }),
    ]), { batch: 2 });
    expect(shuffled.layers.map((l) => l.name)).toEqual(['h', 'r', 'y']);
    expect(shuffled.totals).toEqual(ordered.totals);
    expect(shuffled.layers.at(-1)?.outputShapes).toEqual([[2, 4]]);
    expect(ordered.totals.macs).toBe(2 * 16 * 32 + 2 * 32 + 2 * 32 * 4);
    expect(ordered.totals.params).toBe(32 * 16 + 32 + 4 * 32 + 4);
  });

  it('reports a cycle with the node it runs through', () => {
    const m = mlp([node('Relu', ['y'], ['r']), node('Gemm', ['r', 'w2', 'b2'], ['y'], { transB: 1 })]);
    expect(() => inferModel(m)).toThrow(EnergyDiffError);
    try {
      inferModel(m);
    } catch (err) {
      expect((err as EnergyDiffError).code).toBe('E_GRAPH_CYCLE');
      expect(['r', 'y']).toContain((err as EnergyDiffError).place.node);
    }
  });

  it('binds a symbolic batch to opts.batch (default 1, with a note)', () => {
    const one = inferModel(mlp());
    expect(one.batch).toBe(1);
    expect(one.diagnostics.map((d) => d.code)).toContain('I_BATCH_DEFAULT');
    expect(inferModel(mlp(), { batch: 5 }).layers[0]?.outputShapes).toEqual([[5, 32]]);
  });

  it('asks for --input when a non-batch dim is symbolic, and accepts explicit shapes', () => {
    const m = model(graph({ inputs: { tokens: [1, 'seq'] }, nodes: [node('Relu', ['tokens'], ['y'])] }));
    let caught: unknown;
    try {
      inferModel(m);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(EnergyDiffError);
    expect((caught as EnergyDiffError).code).toBe('E_INPUT_SHAPE');
    expect((caught as EnergyDiffError).place.input).toBe('tokens');
    expect((caught as EnergyDiffError).message).toContain('--input tokens=');
    expect(inferModel(m, { inputShapes: { tokens: [3, 128] } }).layers[0]?.outputShapes).toEqual([[3, 128]]);
  });

  it('marks unknown domains and ops unsupported, and their consumers as having unknown inputs', () => {
    const m = model(graph({
      inputs: { x: [1, 8] },
      nodes: [
        node('FusedGemm', ['x'], ['a'], {}, 'fused', 'com.microsoft'),
        node('NonMaxSuppressionV9', ['x'], ['b']),
        node('Relu', ['a'], ['c']),
        node('Relu', ['x'], ['d']),
      ],
    }));
    const r = inferModel(m);
    expect(r.coverage.nodes).toBe(4);
    expect(r.coverage.estimated).toBe(1);
    expect(r.coverage.unsupported).toEqual([
      { op: 'FusedGemm', node: 'fused', reason: "operator domain 'com.microsoft' is not supported" },
      { op: 'NonMaxSuppressionV9', node: 'b', reason: 'operator NonMaxSuppressionV9 is not supported' },
      { op: 'Relu', node: 'c', reason: 'input a unknown' },
    ]);
    expect(r.layers.filter((l) => l.status === 'unsupported').every((l) => l.family === 'unsupported')).toBe(true);
  });

  it('folds Shape -> Gather -> Unsqueeze -> Concat -> Reshape, following the batch', () => {
    const m = model(graph({
      inputs: { x: ['n', 4, 6] },
      inits: [init('zero', [], [0]), init('minus1', [1], [-1]), init('ax0', [1], [0])],
      nodes: [
        node('Shape', ['x'], ['s']),
        node('Gather', ['s', 'zero'], ['n']),
        node('Unsqueeze', ['n', 'ax0'], ['n1']),
        node('Concat', ['n1', 'minus1'], ['target'], { axis: 0 }),
        node('Reshape', ['x', 'target'], ['y']),
      ],
    }));
    const r = inferModel(m, { batch: 7 });
    expect(r.layers.at(-1)?.outputShapes).toEqual([[7, 24]]);
    expect(r.diagnostics.filter((d) => d.code === 'W_BATCH_BAKED')).toEqual([]);
    expect(r.totals.macs).toBe(0);
  });

  it('re-derives a batch baked into a Reshape target, with a diagnostic', () => {
    const m = model(graph({
      inputs: { x: [1, 197, 768] },
      inits: [init('t', [4], [1, 197, 12, 64])],
      nodes: [node('Reshape', ['x', 't'], ['y']), node('Transpose', ['y'], ['z'], { perm: [0, 2, 1, 3] })],
    }));
    const r = inferModel(m, { batch: 8 });
    expect(r.layers.map((l) => l.outputShapes[0])).toEqual([[8, 197, 12, 64], [8, 12, 197, 64]]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['I_BATCH_OVERRIDE', 'W_BATCH_BAKED']);
  });

  it('counts BatchNormalization scale and bias but not its running statistics', () => {
    const m = model(graph({
      inputs: { x: [1, 3, 8, 8] },
      inits: [init('w', [16, 3, 3, 3]), init('s', [16]), init('b', [16]), init('mean', [16]), init('var', [16])],
      nodes: [node('Conv', ['x', 'w'], ['c'], { pads: [1, 1, 1, 1] }), node('BatchNormalization', ['c', 's', 'b', 'mean', 'var'], ['y'])],
    }));
    const r = inferModel(m);
    expect(r.layers.map((l) => l.params)).toEqual([16 * 3 * 9, 32]);
    expect(r.layers[1]?.weightBytes).toBe(32 * 4);
  });

  it('counts a weight routed through Identity at its consumer', () => {
    const m = model(graph({
      inputs: { x: [2, 8] },
      inits: [init('w', [8, 5])],
      nodes: [node('Identity', ['w'], ['w_alias']), node('MatMul', ['x', 'w_alias'], ['y'])],
    }));
    const r = inferModel(m);
    expect(r.layers[1]?.params).toBe(40);
    expect(r.layers[1]?.family).toBe('gemm');
    expect(r.layers[1]?.activationBytesIn).toBe(2 * 8 * 4);
    expect(r.layers[1]?.activationBytesOut).toBe(2 * 5 * 4);
  });

  it('counts a tied weight (embedding table reused, transposed, by the output projection) once in totals', () => {
    const m = model(graph({
      inputs: { ids: [2, 5] },
      inits: [init('table', [100, 16])],
      nodes: [
        node('Gather', ['table', 'ids'], ['emb']),
        node('Transpose', ['table'], ['table_t'], { perm: [1, 0] }),
        node('MatMul', ['emb', 'table_t'], ['logits']),
      ],
    }));
    const r = inferModel(m);
    // The Transpose of the table is weight preprocessing (folded at load time): free, params at the MatMul.
    expect(r.layers.map((l) => [l.family, l.params, l.macs])).toEqual([['embedding', 1600, 160], ['shape', 0, 0], ['gemm', 1600, 16000]]);
    expect(r.totals.params).toBe(1600);
    expect(r.totals.weightBytes).toBe(6400);
    expect(r.layers[2]?.outputShapes).toEqual([[2, 5, 100]]);
  });

  it('infers calls of model-local functions by inlining their bodies', () => {
    const m = model(graph({
      inputs: { x: [3, 8] },
      inits: [init('w', [8, 6])],
      nodes: [node('LinearRelu', ['x', 'w'], ['y'], {}, 'call', 'custom'), node('Relu', ['y'], ['z'])],
    }));
    m.functions = [{
      name: 'LinearRelu', domain: 'custom', inputs: ['a', 'b'], outputs: ['r'], attributeNames: [],
      nodes: [node('MatMul', ['a', 'b'], ['t']), node('Relu', ['t'], ['r'])],
    }];
    const r = inferModel(m);
    expect(r.coverage.unsupported).toEqual([]);
    expect(r.layers.map((l) => [l.scope ?? '', l.op, l.outputShapes[0]])).toEqual([
      ['call/LinearRelu', 'MatMul', [3, 6]], ['call/LinearRelu', 'Relu', [3, 6]], ['', 'LinearRelu', [3, 6]], ['', 'Relu', [3, 6]],
    ]);
    expect(r.totals.macs).toBe(3 * 8 * 6 + 18 + 18);
    expect(r.totals.params).toBe(48);
  });

  it('finds the batch of a sequence-first export from an explicit --input shape', () => {
    const m = model(graph({
      inputs: { x: [20, 1, 32] },
      inits: [init('t', [4], [20, 1, 2, 16])],
      nodes: [node('Reshape', ['x', 't'], ['y'])],
    }));
    const r = inferModel(m, { inputShapes: { x: [20, 8, 32] } });
    expect(r.batch).toBe(8);
    expect(r.layers[0]?.outputShapes).toEqual([[20, 8, 2, 16]]);
    expect(r.diagnostics.map((d) => d.code)).toContain('W_BATCH_BAKED');
  });

  it('says so when a baked Reshape cannot be re-derived for the batch', () => {
    const m = model(graph({
      inputs: { x: [1, 6, 4] },
      inits: [init('t', [2], [5, 5])],
      nodes: [node('Reshape', ['x', 't'], ['y']), node('Relu', ['y'], ['z'])],
    }));
    const r = inferModel(m, { batch: 3 });
    expect(r.coverage.unsupported.map((u) => u.node)).toEqual(['y', 'z']);
    expect(r.coverage.unsupported[0]?.reason).toContain('cannot re-derive it for batch 3');
    expect(r.diagnostics.map((d) => d.code)).toContain('W_BATCH_UNDERIVABLE');
  });

  it('follows the batch through Einsum into a baked Reshape', () => {
    const m = model(graph({
      inputs: { x: [1, 4, 8] },
      inits: [init('w', [8, 6]), init('t', [2], [1, 24])],
      nodes: [node('Einsum', ['x', 'w'], ['e'], { equation: 'bij,jk->bik' }), node('Reshape', ['e', 't'], ['y'])],
    }));
    const r = inferModel(m, { batch: 5 });
    expect(r.layers.map((l) => l.outputShapes[0])).toEqual([[5, 4, 6], [5, 24]]);
    expect(r.layers[0]?.macs).toBe(5 * 4 * 8 * 6);
  });

  it('treats a non-uniform float Constant as a weight, a uniform one (zero state) as data', () => {
    const weight = { name: 'cw', dataType: 1, dims: [4, 3], byteLength: 48, external: false };
    const zeros = { name: 'cz', dataType: 1, dims: [1, 3], byteLength: 12, external: false, values: [0, 0, 0] };
    const m = model(graph({
      inputs: { x: [2, 4] },
      inits: [init('shape', [2], [2, 3])],
      nodes: [
        { ...node('Constant', [], ['w']), attributes: { value: { type: 'tensor', value: weight } } },
        { ...node('Constant', [], ['z']), attributes: { value: { type: 'tensor', value: zeros } } },
        node('MatMul', ['x', 'w'], ['y']),
        node('Expand', ['z', 'shape'], ['h0']),
        node('Add', ['y', 'h0'], ['out']),
      ],
    }));
    const r = inferModel(m);
    expect(r.layers.map((l) => [l.op, l.family, l.params])).toEqual([
      ['Constant', 'shape', 0], ['Constant', 'shape', 0], ['MatMul', 'gemm', 12], ['Expand', 'data-movement', 0], ['Add', 'elementwise', 0],
    ]);
    expect(r.totals.params).toBe(12);
  });
});
