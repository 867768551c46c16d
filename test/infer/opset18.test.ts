// Opset-18 forms that the ONNX 1.12 backend test data (opset <= 17) does not cover, checked against the
// worked examples of the ONNX operator documentation.
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { graph, init, model, node } from './helpers/build.js';

const shapesOf = (r: ReturnType<typeof inferModel>) => {
  expect(r.coverage.unsupported).toEqual([]);
  return r.layers.at(-1)?.outputShapes;
};

describe('opset 18 operator forms', () => {
  it('Split with num_outputs and an uneven last chunk (docs: 7 into 4 -> 2,2,2,1)', () => {
    const r = inferModel(model(graph({ inputs: { x: [7, 3] }, nodes: [node('Split', ['x'], ['a', 'b', 'c', 'd'], { axis: 0, num_outputs: 4 })] }), 18));
    expect(shapesOf(r)).toEqual([[2, 3], [2, 3], [2, 3], [1, 3]]);
  });

  it('ReduceMax with axes as an input, keepdims 0, and noop_with_empty_axes', () => {
    const reduce = (axes: number[] | null, noop: number) => inferModel(model(graph({
      inputs: { x: [3, 4, 5] },
      inits: axes ? [init('axes', [axes.length], axes)] : [],
      nodes: [node('ReduceMax', ['x', ...(axes ? ['axes'] : [])], ['y'], { keepdims: 0, noop_with_empty_axes: noop })],
    }), 18));
    expect(shapesOf(reduce([-1, 0], 0))).toEqual([[4]]);
    expect(shapesOf(reduce(null, 0))).toEqual([[]]);
    expect(shapesOf(reduce(null, 1))).toEqual([[3, 4, 5]]);
  });

  it('Pad with an axes input pads only those axes', () => {
    const r = inferModel(model(graph({
      inputs: { x: [1, 3, 4, 5] },
      inits: [init('pads', [4], [0, 3, 0, 4]), init('axes', [2], [1, 3])],
      nodes: [node('Pad', ['x', 'pads', '', 'axes'], ['y'])],
    }), 18));
    expect(shapesOf(r)).toEqual([[1, 3, 4, 12]]);
  });

  it('Resize with sizes, axes and keep_aspect_ratio_policy not_larger (docs: 1x1x2x2 to sizes 7x8 -> 7x7)', () => {
    const r = inferModel(model(graph({
      inputs: { x: [1, 1, 2, 2] },
      inits: [init('sizes', [2], [7, 8])],
      nodes: [node('Resize', ['x', '', '', 'sizes'], ['y'], { axes: [2, 3], keep_aspect_ratio_policy: 'not_larger' })],
    }), 18));
    expect(shapesOf(r)).toEqual([[1, 1, 7, 7]]);
  });

  it('Resize with keep_aspect_ratio_policy not_smaller (docs: 1x1x2x2 to sizes 7x8 -> 8x8)', () => {
    const r = inferModel(model(graph({
      inputs: { x: [1, 1, 2, 2] },
      inits: [init('sizes', [2], [7, 8])],
      nodes: [node('Resize', ['x', '', '', 'sizes'], ['y'], { axes: [2, 3], keep_aspect_ratio_policy: 'not_smaller' })],
    }), 18));
    expect(shapesOf(r)).toEqual([[1, 1, 8, 8]]);
  });
});
