// ONNX models built with the test writer that exercise every part of the reader.
import { f32Raw, i64Raw, type GraphSpec, type ModelSpec, type TensorSpec } from '../helpers/onnx-writer.js';

const F = 1;
const I64 = 7;

function branch(name: string, out: string, value: number): GraphSpec {
  return {
    name,
    nodes: [{ opType: 'Constant', inputs: [], outputs: [out], attributes: [{ name: 'value', type: 'tensor', value: { name: '', dataType: F, dims: [2], floatData: [value, value] } }] }],
    inputs: [],
    outputs: [{ name: out, elemType: F, shape: [2] }],
  };
}

/** A model that onnx.checker accepts, with every attribute type, symbolic dims, subgraphs and a function. */
export function featureModel(): ModelSpec {
  const conv: TensorSpec = { name: 'conv.w', dataType: F, dims: [8, 3, 3, 3], raw: f32Raw(Array.from({ length: 216 }, (_, i) => i / 7)) };
  return {
    irVersion: 8,
    opsets: [{ domain: '', version: 17 }, { domain: 'local', version: 1 }],
    producerName: 'writer-test',
    producerVersion: '0.1',
    graph: {
      name: 'features',
      inputs: [
        { name: 'x', elemType: F, shape: ['batch', 3, 32, null] },
        { name: 'cond', elemType: 9, shape: [] },
        { name: 'trip', elemType: I64, shape: [] },
      ],
      outputs: [
        { name: 'y', elemType: F, shape: ['batch', 8, 16, 16] },
        { name: 'z', elemType: F, shape: [2] },
        { name: 'acc_out', elemType: F, shape: [2] },
        { name: 'f_out', elemType: F, shape: [3] },
      ],
      valueInfo: [{ name: 'c', elemType: F, shape: ['batch', 8, 32, 32] }, { name: 'unknown_rank', elemType: F }],
      initializers: [
        conv,
        { name: 'conv.b', dataType: F, dims: [8], floatData: [1, 2, 3, 4, 5, 6, 7, -0.5] },
        { name: 'shape', dataType: I64, dims: [2], int64Data: [-1, 2 ** 40] },
        { name: 'acc0', dataType: F, dims: [2], doubleData: undefined, floatData: [0, 0] },
      ],
      nodes: [
        {
          opType: 'Conv', name: 'conv', inputs: ['x', 'conv.w', 'conv.b'], outputs: ['c'],
          attributes: [
            { name: 'kernel_shape', type: 'ints', value: [3, 3] },
            { name: 'pads', type: 'ints', value: [1, 1, 1, 1] },
            { name: 'group', type: 'int', value: 1 },
            { name: 'auto_pad', type: 'string', value: 'NOTSET' },
          ],
        },
        { opType: 'MaxPool', name: 'pool', inputs: ['c'], outputs: ['y'], attributes: [{ name: 'kernel_shape', type: 'ints', value: [2, 2] }, { name: 'strides', type: 'ints', value: [2, 2] }] },
        { opType: 'If', name: 'if', inputs: ['cond'], outputs: ['z'], attributes: [{ name: 'then_branch', type: 'graph', value: branch('then', 't_out', 1) }, { name: 'else_branch', type: 'graph', value: branch('else', 'e_out', -1) }] },
        {
          opType: 'Loop', name: 'loop', inputs: ['trip', '', 'acc0'], outputs: ['acc_out'],
          attributes: [{
            name: 'body', type: 'graph', value: {
              name: 'body',
              inputs: [{ name: 'i', elemType: I64, shape: [] }, { name: 'cin', elemType: 9, shape: [] }, { name: 'a', elemType: F, shape: [2] }],
              outputs: [{ name: 'cout', elemType: 9, shape: [] }, { name: 'a2', elemType: F, shape: [2] }],
              nodes: [
                { opType: 'Identity', inputs: ['cin'], outputs: ['cout'] },
                { opType: 'LeakyRelu', inputs: ['a'], outputs: ['a2'], attributes: [{ name: 'alpha', type: 'float', value: 0.25 }] },
              ],
            },
          }],
        },
        { opType: 'Constant', name: 'cf', inputs: [], outputs: ['cfl'], attributes: [{ name: 'value_floats', type: 'floats', value: [0.5, -2.25, 1e-3] }] },
        { opType: 'Constant', name: 'cs', inputs: [], outputs: ['cst'], attributes: [{ name: 'value_strings', type: 'strings', value: ['a', 'ünïcode'] }] },
        { opType: 'Constant', name: 'ci', inputs: [], outputs: ['cint'], attributes: [{ name: 'value_int', type: 'int', value: -3 }] },
        {
          opType: 'Constant', name: 'csp', inputs: [], outputs: ['csparse'],
          attributes: [{ name: 'sparse_value', type: 'sparse_tensor', value: { values: { name: 'sv', dataType: F, dims: [2], floatData: [1.5, 2.5] }, indices: { name: 'si', dataType: I64, dims: [2], int64Data: [1, 5] }, dims: [8] } }],
        },
        { opType: 'Scale', name: 'fcall', domain: 'local', inputs: ['cfl'], outputs: ['f_out'], attributes: [{ name: 'alpha', type: 'float', value: 3 }] },
      ],
    },
    functions: [{
      name: 'Scale', domain: 'local', inputs: ['X'], outputs: ['Y'], attributes: ['alpha'],
      opsets: [{ domain: '', version: 17 }],
      nodes: [
        { opType: 'Constant', inputs: [], outputs: ['A'], attributes: [{ name: 'value_float', type: 'ref', refAttrName: 'alpha', refType: 1 }] },
        { opType: 'Mul', inputs: ['X', 'A'], outputs: ['Y'] },
      ],
    }],
  };
}

/** Tensors in every storage form numpy_helper knows, including payloads that disagree with their dims. */
export function tensorZoo(): TensorSpec[] {
  const raw = (bytes: number[]): Uint8Array => Uint8Array.from(bytes);
  return [
    { name: 'f32_raw', dataType: 1, dims: [2, 2], raw: f32Raw([1, -2.5, 3.25, NaN]) },
    { name: 'f32_typed_unpacked', dataType: 1, dims: [3], floatData: [0.1, 0.2, Infinity], unpacked: true },
    { name: 'u8', dataType: 2, dims: [3], int32Data: [1, 255, 256] },
    { name: 'i8', dataType: 3, dims: [3], int32Data: [-1, 127, 200] },
    { name: 'u16', dataType: 4, dims: [2], int32Data: [65535, 70000] },
    { name: 'i16', dataType: 5, dims: [2], int32Data: [-32768, 40000] },
    { name: 'i32', dataType: 6, dims: [3], int32Data: [-1, 2147483647, -2147483648] },
    { name: 'i32_raw', dataType: 6, dims: [2], raw: raw([0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0]) },
    { name: 'i64_typed', dataType: 7, dims: [4], int64Data: [-1, 2n ** 40n, -(2n ** 52n), 0] },
    { name: 'i64_unpacked', dataType: 7, dims: [2], int64Data: [-7, 9], unpacked: true },
    { name: 'i64_raw', dataType: 7, dims: [3], raw: i64Raw([-1, 2 ** 50, 5]) },
    { name: 'bool', dataType: 9, dims: [3], int32Data: [0, 1, 5] },
    { name: 'bool_raw', dataType: 9, dims: [2], raw: raw([0, 1]) },
    { name: 'f16_typed', dataType: 10, dims: [4], int32Data: [0x3c00, 0xc000, 0x0001, 0x7c00] },
    { name: 'f16_raw', dataType: 10, dims: [2], raw: raw([0x00, 0x3c, 0x00, 0x7e]) },
    { name: 'bf16_typed', dataType: 16, dims: [2], int32Data: [0x3f80, 0xc040] },
    { name: 'bf16_raw', dataType: 16, dims: [2], raw: raw([0x80, 0x3f, 0x49, 0x40]) },
    { name: 'f64', dataType: 11, dims: [2], doubleData: [Math.PI, -1e300] },
    { name: 'u32', dataType: 12, dims: [2], uint64Data: [4294967295, 4294967296 + 7] },
    { name: 'u64', dataType: 13, dims: [2], uint64Data: [2n ** 63n, 12345] },
    { name: 'c64', dataType: 14, dims: [2], floatData: [1, 2, 3, 4] },
    { name: 'c128', dataType: 15, dims: [1], doubleData: [1, 2] },
    { name: 'str', dataType: 8, dims: [2], stringData: ['hello', 'wörld'] },
    { name: 'scalar', dataType: 7, dims: [], int64Data: [42] },
    { name: 'empty', dataType: 1, dims: [0], raw: new Uint8Array(0) },
    { name: 'empty_typed', dataType: 7, dims: [3, 0] },
    { name: 'count_mismatch', dataType: 1, dims: [4], floatData: [1, 2] },
    { name: 'raw_mismatch', dataType: 1, dims: [4], raw: f32Raw([1, 2, 3]) },
    { name: 'no_data', dataType: 1, dims: [5] },
    { name: 'huge_dims', dataType: 1, dims: [2 ** 40, 2 ** 22, 1] },
    { name: 'huge_external', dataType: 7, dims: [2 ** 61], external: { location: 'big.bin' } },
    { name: 'undefined_type', dataType: 0, dims: [2], raw: raw([1, 2, 3]) },
    { name: 'limit_raw', dataType: 1, dims: [64, 64], raw: f32Raw(Array.from({ length: 4096 }, (_, i) => i)) },
    { name: 'over_limit_raw', dataType: 1, dims: [4097], raw: f32Raw(Array.from({ length: 4097 }, (_, i) => i)) },
    { name: 'big_typed', dataType: 7, dims: [5000], int64Data: Array.from({ length: 5000 }, (_, i) => i * 1000) },
    { name: 'ext_len', dataType: 1, dims: [1000, 1000], external: { location: 'weights.bin', offset: 0, length: 4000000 } },
    { name: 'ext_nolen', dataType: 11, dims: [10, 3], external: { location: 'weights.bin', offset: 4000000 } },
  ];
}

/** Every zoo tensor as an initializer of an otherwise trivial graph (onnx.load accepts it; the checker need not). */
export function zooModel(): ModelSpec {
  return {
    graph: {
      name: 'zoo',
      nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
      inputs: [{ name: 'x', elemType: 1, shape: [1] }, { name: 'seq', sequence: true, elemType: 1, shape: ['n'] }],
      outputs: [{ name: 'y', elemType: 1, shape: [1] }],
      initializers: tensorZoo(),
      sparseInitializers: [{ values: { name: 'sparse_w', dataType: 1, dims: [3], floatData: [1, 2, 3] }, indices: { name: '', dataType: 7, dims: [3], int64Data: [0, 4, 9] }, dims: [2, 5] }],
    },
  };
}
