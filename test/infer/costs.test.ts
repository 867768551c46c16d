// MAC conventions checked against independent sources: the Getzner data set's own MAC counts (their tool
// counts bias adds too: one per output element), the Conv/ConvTranspose adjoint identity, and weight-use
// identities for MatMul, Einsum and recurrent layers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { graph, init, model, node } from './helpers/build.js';

function csvRows(path: string, limit: number): Record<string, number>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = (head ?? '').split(',');
  return lines.slice(0, limit).map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i] ?? '', Number(v)])));
}

const single = (r: InferredModel) => {
  expect(r.coverage.unsupported).toEqual([]);
  return r.layers.at(-1)!;
};

describe('MAC conventions', () => {
  it('Conv2d matches the Getzner data set MACs (minus their one bias add per output)', () => {
    const rows = csvRows('data/getzner/conv2d.csv', 300);
    for (const r of rows) {
      const [n, s, k, cin, cout, stride, pad] = [r.batch_size, r.image_size, r.kernel_size, r.in_channels, r.out_channels, r.stride, r.padding] as number[];
      const layer = single(inferModel(model(graph({
        inputs: { x: [n!, cin!, s!, s!] },
        inits: [init('w', [cout!, cin!, k!, k!]), init('b', [cout!])],
        nodes: [node('Conv', ['x', 'w', 'b'], ['y'], { strides: [stride!, stride!], pads: [pad!, pad!, pad!, pad!] })],
      }))));
      const outputs = layer.outputShapes[0]!.reduce((a, b) => a * b, 1);
      expect(layer.macs + outputs).toBe(r.macs);
      expect(layer.params).toBe(cout! * cin! * k! * k! + cout!);
    }
  });

  it('Linear (Gemm) matches the Getzner data set MACs (minus bias adds)', () => {
    for (const r of csvRows('data/getzner/linear.csv', 300)) {
      const [n, fin, fout] = [r.batch_size, r.input_size, r.output_size] as number[];
      const layer = single(inferModel(model(graph({
        inputs: { x: [n!, fin!] },
        inits: [init('w', [fout!, fin!]), init('b', [fout!])],
        nodes: [node('Gemm', ['x', 'w', 'b'], ['y'], { transB: 1 })],
      }))));
      expect(layer.macs + n! * fout!).toBe(r.macs);
      expect(layer.attrs).toMatchObject({ batch: n, inFeatures: fin, outFeatures: fout });
    }
  });

  it('ConvTranspose costs what its adjoint Conv costs, and has the PyTorch output size', () => {
    for (const [cin, cout, h, k, stride, pad, outPad, groups] of [[8, 4, 7, 3, 2, 1, 1, 1], [6, 9, 5, 4, 3, 0, 2, 3], [4, 4, 10, 5, 1, 2, 0, 4]] as const) {
      const up = single(inferModel(model(graph({
        inputs: { x: [2, cin, h, h] },
        inits: [init('w', [cin, cout / groups, k, k])],
        nodes: [node('ConvTranspose', ['x', 'w'], ['y'], { strides: [stride, stride], pads: [pad, pad, pad, pad], output_padding: [outPad, outPad], group: groups })],
      }))));
      const out = (h - 1) * stride - 2 * pad + (k - 1) + outPad + 1; // torch.nn.ConvTranspose2d docs
      expect(up.outputShapes).toEqual([[2, cout, out, out]]);
      const down = single(inferModel(model(graph({
        inputs: { x: [2, cout, out, out] },
        inits: [init('w', [cin, cout / groups, k, k])],
        nodes: [node('Conv', ['x', 'w'], ['y'], { strides: [stride, stride], pads: [pad, pad, pad, pad], group: groups })],
      }))));
      expect(down.outputShapes).toEqual([[2, cin, h, h]]);
      expect(up.macs).toBe(down.macs);
    }
  });

  it('MatMul broadcasts batch dims; Einsum of the same product costs the same', () => {
    const mm = single(inferModel(model(graph({ inputs: { a: [2, 1, 4, 5], b: [3, 5, 6] }, nodes: [node('MatMul', ['a', 'b'], ['y'])] }))));
    expect(mm.outputShapes).toEqual([[2, 3, 4, 6]]);
    expect(mm.family).toBe('matmul');
    const es = single(inferModel(model(graph({ inputs: { a: [6, 4, 5], b: [6, 5, 6] }, nodes: [node('Einsum', ['a', 'b'], ['y'], { equation: 'bij,bjk->bik' })] }))));
    expect(es.outputShapes).toEqual([[6, 4, 6]]);
    expect(es.macs).toBe(mm.macs);
    const vec = single(inferModel(model(graph({ inputs: { a: [5], b: [3, 5, 6] }, nodes: [node('MatMul', ['a', 'b'], ['y'])] }))));
    expect(vec.outputShapes).toEqual([[3, 6]]);
  });

  it('LSTM/GRU: every weight of W and R is used once per step, batch row and direction', () => {
    for (const [op, gates, dirs] of [['LSTM', 4, 2], ['GRU', 3, 1], ['RNN', 1, 2]] as const) {
      const [seq, batch, input, hidden] = [11, 3, 7, 5];
      const r = inferModel(model(graph({
        inputs: { x: [seq, batch, input] },
        inits: [init('W', [dirs, gates * hidden, input]), init('R', [dirs, gates * hidden, hidden]), init('B', [dirs, 2 * gates * hidden])],
        nodes: [node(op, ['x', 'W', 'R', 'B'], ['y', 'yh'], { hidden_size: hidden, direction: dirs === 2 ? 'bidirectional' : 'forward' })],
      })));
      const layer = single(r);
      const weightsUsed = dirs * gates * hidden * (input + hidden);
      expect(layer.macs).toBe(seq * batch * weightsUsed);
      expect(layer.outputShapes).toEqual([[seq, dirs, batch, hidden], [dirs, batch, hidden]]);
      expect(layer.params).toBe(weightsUsed + dirs * 2 * gates * hidden);
    }
  });

  it('pools: ceil_mode keeps the last window inside the input (PyTorch formula)', () => {
    const pool = (size: number, k: number, s: number, p: number, ceil: number) => single(inferModel(model(graph({
      inputs: { x: [1, 2, size, size] },
      nodes: [node('MaxPool', ['x'], ['y'], { kernel_shape: [k, k], strides: [s, s], pads: [p, p, p, p], ceil_mode: ceil })],
    }))));
    // torch.nn.MaxPool2d(2, 2, 1, ceil_mode=True) on 5x5 gives 3x3: a 4th window would start in the right
    // padding; MaxPool2d(3, 2, 1, ceil_mode=True) on 6x6 gives 4x4 (checked with torch 1.13).
    expect(pool(5, 2, 2, 1, 1).outputShapes[0]).toEqual([1, 2, 3, 3]);
    expect(pool(6, 3, 2, 1, 1).outputShapes[0]).toEqual([1, 2, 4, 4]);
    expect(pool(112, 3, 2, 1, 0).outputShapes[0]).toEqual([1, 2, 56, 56]);
    expect(pool(7, 2, 2, 0, 1).outputShapes[0]).toEqual([1, 2, 4, 4]);
    const p = pool(8, 2, 2, 0, 0);
    expect(p.macs).toBe(1 * 2 * 4 * 4 * 4);
  });
});

describe('control flow', () => {
  const body = graph({
    name: 'body',
    inputs: { i: [], cond: [], h: [1, 4] },
    inits: [init('w', [4, 4])],
    nodes: [node('MatMul', ['h', 'w'], ['h2']), node('Identity', ['cond'], ['cond_out'])],
    outputs: ['cond_out', 'h2'],
  });

  it('Loop with a constant trip count multiplies its body', () => {
    const r = inferModel(model(graph({
      inputs: { x: [1, 4] },
      inits: [init('trips', [], [5]), init('true', [], [1], 9)],
      nodes: [node('Loop', ['trips', 'true', 'x'], ['y'], { body }, 'loop')],
    })));
    const mm = r.layers.find((l) => l.op === 'MatMul');
    expect(mm?.scope).toBe('loop/body');
    expect(mm?.macs).toBe(5 * 16);
    expect(mm?.attrs.tripCount).toBe(5);
    expect(r.layers.at(-1)?.outputShapes).toEqual([[1, 4]]);
  });

  it('Loop with an unknown trip count counts the body once and says so', () => {
    const r = inferModel(model(graph({
      inputs: { x: [1, 4], trips: [] },
      inits: [init('true', [], [1], 9)],
      nodes: [node('Loop', ['trips', 'true', 'x'], ['y'], { body }, 'loop')],
    })));
    expect(r.layers.find((l) => l.op === 'MatMul')?.macs).toBe(16);
    expect(r.diagnostics.map((d) => d.code)).toContain('W_LOOP_TRIPS');
  });

  it('If with a constant condition counts the taken branch only', () => {
    const branch = (name: string, n: number) => graph({ name, inputs: {}, inits: [init(`w${n}`, [4, n])], nodes: [node('MatMul', ['x', `w${n}`], [`o${n}`])], outputs: [`o${n}`] });
    for (const [cond, cols] of [[1, 3], [0, 8]] as const) {
      const r = inferModel(model(graph({
        inputs: { x: [2, 4] },
        inits: [init('c', [], [cond], 9)],
        nodes: [node('If', ['c'], ['y'], { then_branch: branch('then', 3), else_branch: branch('else', 8) }, 'if')],
      })));
      expect(r.layers.at(-1)?.outputShapes).toEqual([[2, cols]]);
      expect(r.totals.macs).toBe(2 * 4 * cols);
    }
  });
});
