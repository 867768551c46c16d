// Attribute and shape values out of their valid range make that one layer unsupported, with the reason in
// coverage: never a layer priced from NaN, Infinity, a negative count or an empty window.
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import type { InferredModel } from '../../src/core/infer/index.js';
import { i64Raw, modelBytes, type AttrSpec, type NodeSpec, type TensorSpec } from '../helpers/onnx-writer.js';
import { runMain } from '../helpers/cli.js';
import { tempModel } from '../onnx/python.js';

const FLOAT = 1;
const INT64 = 7;

function infer(nodes: NodeSpec[], input: number[], initializers: TensorSpec[] = []): InferredModel {
  return inferModel(decodeModelBytes(modelBytes({
    graph: { name: 'g', nodes, inputs: [{ name: 'x', shape: input }], outputs: [{ name: 'y' }], initializers },
  })));
}

function conv(attributes: AttrSpec[], weight = [8, 3, 3, 3], input = [1, 3, 32, 32]): InferredModel {
  return infer([{ opType: 'Conv', name: 'conv', inputs: ['x', 'w'], outputs: ['y'], attributes }], input, [{ name: 'w', dataType: FLOAT, dims: weight }]);
}

function pool(attributes: AttrSpec[], input = [1, 3, 8, 8]): InferredModel {
  return infer([{ opType: 'MaxPool', name: 'pool', inputs: ['x'], outputs: ['y'], attributes }], input);
}

const ints = (name: string, value: number[]): AttrSpec => ({ name, type: 'ints', value });

/** JSON paths of the numbers in `v` that are not finite. */
function nonFinite(v: unknown, path = '$'): string[] {
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path} = ${v}`];
  if (Array.isArray(v)) return v.flatMap((x, i) => nonFinite(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => nonFinite(x, `${path}.${k}`));
  return [];
}

/** The one layer is unsupported with a reason matching `reason`, and every number of the result is finite. */
function expectUnsupported(m: InferredModel, reason: RegExp): void {
  expect(m.coverage.unsupported).toHaveLength(1);
  expect(m.coverage.unsupported[0]?.reason).toMatch(reason);
  expect(m.layers[0]).toMatchObject({ status: 'unsupported', macs: 0 });
  expect(nonFinite(m)).toEqual([]);
}

describe('Conv attributes out of range', () => {
  it('a valid Conv is estimated (the control case)', () => {
    const m = conv([ints('pads', [1, 1, 1, 1])]);
    expect(m.layers[0]).toMatchObject({ status: 'estimated', outputShapes: [[1, 8, 32, 32]], macs: 8 * 32 * 32 * 27 });
  });

  it.each([
    ['stride 0', [ints('strides', [0, 0])], /strides \[0,0\]: 0 is out of range/],
    ['negative stride', [ints('strides', [1, -2])], /strides \[1,-2\]: -2 is out of range/],
    ['dilation 0', [ints('dilations', [0, 1])], /dilations \[0,1\]: 0 is out of range/],
    ['negative pads', [ints('pads', [-1, 0, 0, 0])], /pads \[-1,0,0,0\]: -1 is out of range/],
    ['pads of the wrong length', [ints('pads', [1, 1])], /pads \[1,1\] has 2 entries for 2 spatial dims/],
    ['a kernel_shape the weight does not have', [ints('kernel_shape', [5, 5])], /kernel_shape \[5,5\] differs from the weight's spatial dims \[3,3\]/],
    ['a 2^40 kernel with negative pads', [ints('kernel_shape', [2 ** 40, 2 ** 40]), ints('pads', [-(2 ** 40), -(2 ** 40), 2 ** 40, 2 ** 40])], /kernel_shape .* differs/],
    ['group 0', [{ name: 'group', type: 'int', value: 0 }], /group 0 is out of range/],
  ] as [string, AttrSpec[], RegExp][])('%s: unsupported with the reason', (_name, attributes, reason) => {
    expectUnsupported(conv(attributes), reason);
  });

  it('a group that does not divide the output channels', () => {
    expectUnsupported(conv([{ name: 'group', type: 'int', value: 2 }], [3, 2, 3, 3], [1, 4, 8, 8]), /output channels 3 are not divisible by group 2/);
  });

  it('a kernel that does not fit the padded input', () => {
    expectUnsupported(conv([], [8, 3, 5, 5], [1, 3, 3, 3]), /does not fit the padded input of 3/);
  });

  it('a huge kernel that matches a huge weight is still bounded by the input', () => {
    expectUnsupported(conv([], [1, 3, 2 ** 20, 1], [1, 3, 8, 8]), /does not fit/);
  });
});

describe('pool attributes out of range', () => {
  it('a valid MaxPool is estimated (the control case)', () => {
    expect(pool([ints('kernel_shape', [2, 2]), ints('strides', [2, 2])]).layers[0]).toMatchObject({ status: 'estimated', outputShapes: [[1, 3, 4, 4]] });
  });

  it.each([
    ['stride 0', [ints('kernel_shape', [2, 2]), ints('strides', [0, 0])], /strides \[0,0\]/],
    ['kernel 0', [ints('kernel_shape', [0, 2])], /kernel_shape \[0,2\]: 0 is out of range/],
    ['pads as wide as the kernel', [ints('kernel_shape', [2, 2]), ints('pads', [2, 2, 2, 2])], /pads \[2,2,2,2\] are not smaller than kernel_shape \[2,2\]/],
    ['a kernel larger than the input', [ints('kernel_shape', [9, 9])], /does not fit the padded input of 8/],
  ] as [string, AttrSpec[], RegExp][])('%s: unsupported with the reason', (_name, attributes, reason) => {
    expectUnsupported(pool(attributes), reason);
  });
});

describe('shapes out of range', () => {
  it('an initializer with a negative dim: its consumer is unsupported, a warning names the initializer', () => {
    const m = conv([], [8, -3, 3, 3]);
    expectUnsupported(m, /input w has unknown shape/);
    expect(m.diagnostics.map((d) => d.message).join('\n')).toMatch(/initializer w: shape \[8,-3,3,3\] has the dimension -3/);
  });

  it('an initializer with more than 2^53 elements', () => {
    const m = conv([], [2 ** 20, 2 ** 20, 2 ** 14, 1]);
    expectUnsupported(m, /input w has unknown shape/);
    expect(m.diagnostics.map((d) => d.message).join('\n')).toMatch(/more than 2\^53 elements/);
  });

  it('an Expand to more than 2^53 elements', () => {
    const shape: TensorSpec = { name: 's', dataType: INT64, dims: [3], raw: i64Raw([2 ** 20, 2 ** 20, 2 ** 20]) };
    const m = infer([{ opType: 'Expand', name: 'expand', inputs: ['x', 's'], outputs: ['y'] }], [1, 1, 1], [shape]);
    expectUnsupported(m, /output y: shape \[1048576,1048576,1048576\] has more than 2\^53 elements/);
  });

  it('a ConstantOfShape with a negative dim', () => {
    const shape: TensorSpec = { name: 's', dataType: INT64, dims: [1], raw: i64Raw([-5]) };
    const m = infer([{ opType: 'ConstantOfShape', name: 'c', inputs: ['s'], outputs: ['y'] }], [1], [shape]);
    expectUnsupported(m, /shape input: shape \[-5\] has the dimension -5/);
  });

  it('a Tile with negative repeats', () => {
    const reps: TensorSpec = { name: 'r', dataType: INT64, dims: [2], raw: i64Raw([2, -3]) };
    const m = infer([{ opType: 'Tile', name: 'tile', inputs: ['x', 'r'], outputs: ['y'] }], [2, 2], [reps]);
    expectUnsupported(m, /output y: shape \[4,-6\] has the dimension -6/);
  });

  it('a Split whose num_outputs (2^31) is not its output count: unsupported, not an array of 2^31 sizes', () => {
    const m = inferModel(decodeModelBytes(modelBytes({
      opsets: [{ domain: '', version: 18 }],
      graph: {
        name: 'g', nodes: [{ opType: 'Split', name: 'split', inputs: ['x'], outputs: ['a', 'b'], attributes: [{ name: 'num_outputs', type: 'int', value: 2 ** 31 }] }],
        inputs: [{ name: 'x', shape: [4, 2] }], outputs: [{ name: 'a' }, { name: 'b' }],
      },
    })));
    expectUnsupported(m, /num_outputs 2147483648 differs from the node's 2 outputs/);
  });

  it('a Scan whose num_scan_inputs (2^31) exceeds its inputs: unsupported', () => {
    const body = { name: 'body', nodes: [{ opType: 'Identity', name: 'id', inputs: ['s'], outputs: ['s2'] }], inputs: [{ name: 's', shape: [2] }], outputs: [{ name: 's2', shape: [2] }] };
    const m = inferModel(decodeModelBytes(modelBytes({
      graph: {
        name: 'g', nodes: [{ opType: 'Scan', name: 'scan', inputs: ['x'], outputs: ['y'], attributes: [{ name: 'body', type: 'graph', value: body }, { name: 'num_scan_inputs', type: 'int', value: 2 ** 31 }] }],
        inputs: [{ name: 'x', shape: [2] }], outputs: [{ name: 'y' }],
      },
    })));
    expectUnsupported(m, /num_scan_inputs 2147483648 is out of range/);
  });

  it('a graph input with a negative dim is E_INPUT_SHAPE saying so (not "symbolic dimension \'-32\'")', () => {
    expect(() => infer([{ opType: 'Relu', name: 'r', inputs: ['x'], outputs: ['y'] }], [1, 3, -32, 32])).toThrow(/model input 'x' declares the dimension -32 at axis 2 \(unknown\); pass its shape/);
  });

  it('a graph input of more than 2^53 elements is a clear E_INPUT_SHAPE naming the input', () => {
    expect(() => infer([{ opType: 'Relu', name: 'r', inputs: ['x'], outputs: ['y'] }], [2 ** 30, 3, 2 ** 20, 2 ** 20])).toThrow(/input x: shape .* has more than 2\^53 elements/);
  });
});

describe('the CLI never prints NaN or Infinity for a degenerate layer', () => {
  it('estimate: stride 0 is listed as unsupported with its reason; the JSON has only finite numbers', async () => {
    const file = tempModel(modelBytes({
      graph: {
        name: 'g',
        nodes: [{ opType: 'Conv', name: 'conv', inputs: ['x', 'w'], outputs: ['y'], attributes: [ints('strides', [0, 0])] }],
        inputs: [{ name: 'x', shape: [1, 3, 32, 32] }], outputs: [{ name: 'y' }], initializers: [{ name: 'w', dataType: FLOAT, dims: [8, 3, 3, 3] }],
      },
    }));
    const text = await runMain(['estimate', file], {}, '/');
    expect(text.stdout).not.toMatch(/NaN|Infinity/);
    expect(text.stdout).toMatch(/1 unsupported/);
    const json = await runMain(['estimate', file, '--format', 'json'], {}, '/');
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(/NaN|Infinity|null/);
    expect(JSON.parse(json.stdout).coverage.unsupported).toEqual([{ op: 'Conv', node: 'conv', reason: expect.stringMatching(/strides \[0,0\]/) }]);
  });

  it('--batch 10^15 is refused with the input named, not priced as 10^15 copies', async () => {
    const file = tempModel(modelBytes({
      graph: { name: 'g', nodes: [{ opType: 'Relu', name: 'r', inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', shape: ['n', 3, 224, 224] }], outputs: [{ name: 'y' }] },
    }));
    const r = await runMain(['estimate', file, '--batch', '1000000000000000'], {}, '/');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--batch expects a positive integer of at most 16777216, got '1000000000000000' \[E_ARG\]/);
  });
});
