// Protobuf semantics of single (non-repeated) message fields that occur more than once: a parser merges the
// occurrences (repeated fields concatenate, scalars: the last one wins), so python onnx sees the nodes of two
// ModelProto.graph fields. A reader that kept only the last occurrence would let a pull request hide layers.
// Every case is hand-built bytes, checked against python onnx's view of the same file.
import { describe, expect, it } from 'vitest';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { Pb, graphPb, nodePb, tensorPb } from '../helpers/onnx-writer.js';
import { asJson, decodeWithPython, hasPythonOnnx, tempModel } from '../onnx/python.js';

const py = hasPythonOnnx();

const opset = (): Pb => new Pb().string(1, '').varint(2, 17);
const dim = (d: number | string): Pb => (typeof d === 'number' ? new Pb().varint(1, d) : new Pb().string(2, d));
const shapePb = (dims: (number | string)[]): Pb => dims.reduce((s, d) => s.message(1, dim(d)), new Pb());
const tensorType = (elem: number | undefined, dims?: (number | string)[]): Pb => {
  const t = new Pb();
  if (elem !== undefined) t.varint(1, elem);
  if (dims) t.message(2, shapePb(dims));
  return t;
};
const valueInfo = (name: string, ...types: Pb[]): Pb => types.reduce((v, t) => v.message(2, t), new Pb().string(1, name));
const typeOf = (tt: Pb): Pb => new Pb().message(1, tt);
const relu = (name: string, x: string, y: string): Pb => nodePb({ opType: 'Relu', name, inputs: [x], outputs: [y] });

/** A ModelProto whose fields are written exactly as given (graph fields included), after ir_version. */
function model(...fields: ((m: Pb) => Pb)[]): Uint8Array {
  let m = new Pb().varint(1, 8);
  for (const f of fields) m = f(m);
  return m.message(8, opset()).finish();
}

function both(bytes: Uint8Array): { ours: DecodedModel; python: DecodedModel } {
  const path = tempModel(bytes);
  const [python] = decodeWithPython([path]);
  if (!python || 'error' in python) throw new Error(`python onnx could not load the model: ${python && 'error' in python ? python.error : '?'}`);
  return { ours: asJson(decodeModelBytes(bytes, path)), python };
}

describe.runIf(py)('a single message field that occurs twice is merged, as python onnx merges it', () => {
  it('two ModelProto.graph fields: the nodes, inputs and initializers of both; the later name', () => {
    const g1 = graphPb({ name: 'first', nodes: [{ opType: 'Relu', name: 'r1', inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', shape: [1, 4] }], outputs: [] });
    const g2 = new Pb().message(1, relu('r2', 'y', 'z')).string(2, 'second').message(12, valueInfo('z', typeOf(tensorType(1, [1, 4]))));
    const bytes = model((m) => m.message(7, g1), (m) => m.message(7, g2));
    const { ours, python } = both(bytes);
    expect(python.graph.nodes.map((n) => n.name)).toEqual(['r1', 'r2']);
    expect(ours).toEqual(python);
    // ... and the estimate prices both layers (nothing hidden by the second field)
    const inferred = inferModel(decodeModelBytes(bytes));
    expect(inferred.layers.map((l) => [l.name, l.status])).toEqual([['r1', 'estimated'], ['r2', 'estimated']]);
  });

  it('a graph field split around other ModelProto fields is one graph', () => {
    const g1 = graphPb({ name: 'g', nodes: [{ opType: 'Relu', name: 'r1', inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', shape: [1, 4] }], outputs: [] });
    const g2 = new Pb().message(1, relu('r2', 'y', 'z'));
    const bytes = new Pb().varint(1, 8).message(7, g1).message(8, opset()).string(2, 'producer').message(7, g2).finish();
    const { ours, python } = both(bytes);
    expect(ours).toEqual(python);
    expect(ours.graph.nodes).toHaveLength(2);
  });

  it("NodeProto attribute t twice (a Constant's value): dims from one, data from the other", () => {
    const t1 = new Pb().packedVarints(1, [2]).varint(2, 7);
    const t2 = new Pb().packedVarints(7, [3, 4]).string(8, 'v');
    const attr = new Pb().string(1, 'value').message(5, t1).message(5, t2).varint(20, 4);
    const node = new Pb().string(2, 'c').string(3, 'const').string(4, 'Constant').message(5, attr);
    const graph = new Pb().message(1, node).string(2, 'g').message(12, valueInfo('c', typeOf(tensorType(7, [2]))));
    const { ours, python } = both(model((m) => m.message(7, graph)));
    const value = python.graph.nodes[0]?.attributes.value;
    expect(value).toMatchObject({ type: 'tensor', value: { dims: [2], values: [3, 4] } });
    expect(ours).toEqual(python);
  });

  it('AttributeProto g twice (an If branch): the nodes of both bodies', () => {
    const body1 = graphPb({ name: 'then', nodes: [{ opType: 'Relu', name: 'a', inputs: ['x'], outputs: ['t1'] }], inputs: [], outputs: [] });
    const body2 = new Pb().message(1, relu('b', 't1', 't2')).message(12, valueInfo('t2', typeOf(tensorType(1, [1, 4]))));
    const elseBody = graphPb({ name: 'else', nodes: [{ opType: 'Relu', name: 'e', inputs: ['x'], outputs: ['t3'] }], inputs: [], outputs: [{ name: 't3', shape: [1, 4] }] });
    const thenAttr = new Pb().string(1, 'then_branch').message(6, body1).message(6, body2).varint(20, 5);
    const elseAttr = new Pb().string(1, 'else_branch').message(6, elseBody).varint(20, 5);
    const ifNode = new Pb().string(1, 'cond').string(2, 'out').string(3, 'if').string(4, 'If').message(5, thenAttr).message(5, elseAttr);
    const graph = new Pb()
      .message(1, ifNode).string(2, 'g')
      .message(11, valueInfo('x', typeOf(tensorType(1, [1, 4]))))
      .message(11, valueInfo('cond', typeOf(tensorType(9, []))))
      .message(12, valueInfo('out', typeOf(tensorType(1, [1, 4]))));
    const { ours, python } = both(model((m) => m.message(7, graph)));
    const then = python.graph.nodes[0]?.attributes.then_branch;
    expect(then?.type === 'graph' && then.value.nodes.map((n) => n.name)).toEqual(['a', 'b']);
    expect(ours).toEqual(python);
  });

  it('ValueInfoProto type twice, TypeProto tensor_type twice and TensorShapeProto twice: all merged', () => {
    const graph = new Pb()
      .message(1, relu('r', 'a', 'y')).string(2, 'g')
      // type twice: elem_type from the first, shape from the second
      .message(11, valueInfo('a', typeOf(tensorType(1)), typeOf(tensorType(undefined, [1, 4]))))
      // tensor_type twice inside one TypeProto
      .message(13, valueInfo('b', new Pb().message(1, tensorType(7)).message(1, tensorType(undefined, ['n', 3]))))
      // shape twice inside one tensor_type: dims appended
      .message(13, valueInfo('c', typeOf(new Pb().varint(1, 1).message(2, shapePb([2])).message(2, shapePb([5])))))
      // a dimension with dim_value then dim_param: one member of a oneof, the last one set wins
      .message(13, valueInfo('d', typeOf(new Pb().varint(1, 1).message(2, new Pb().message(1, new Pb().varint(1, 3).string(2, 'later'))))))
      .message(12, valueInfo('y', typeOf(tensorType(1, [1, 4]))));
    const { ours, python } = both(model((m) => m.message(7, graph)));
    expect(python.graph.inputs[0]).toEqual({ name: 'a', elemType: 1, shape: [1, 4] });
    expect(python.graph.valueInfo).toEqual([
      { name: 'b', elemType: 7, shape: ['n', 3] },
      { name: 'c', elemType: 1, shape: [2, 5] },
      { name: 'd', elemType: 1, shape: ['later'] },
    ]);
    expect(ours).toEqual(python);
  });

  it('TypeProto: another member of the value oneof replaces tensor_type, and tensor_type after it replaces that', () => {
    const seq = new Pb().message(1, new Pb().message(1, tensorType(1, [3])));
    const graph = new Pb()
      .message(1, relu('r', 'x', 'y')).string(2, 'g')
      .message(11, valueInfo('x', typeOf(tensorType(1, [1, 4]))))
      .message(13, valueInfo('tensor_then_sequence', new Pb().message(1, tensorType(1, [2])).message(4, seq)))
      .message(13, valueInfo('sequence_then_tensor', new Pb().message(4, seq).message(1, tensorType(6, [7]))))
      .message(12, valueInfo('y', typeOf(tensorType(1, [1, 4]))));
    const { ours, python } = both(model((m) => m.message(7, graph)));
    expect(python.graph.valueInfo).toEqual([
      { name: 'tensor_then_sequence', elemType: 0 },
      { name: 'sequence_then_tensor', elemType: 6, shape: [7] },
    ]);
    expect(ours).toEqual(python);
  });

  it('SparseTensorProto values twice (a sparse_tensor attribute), and the attribute field itself twice', () => {
    const v1 = new Pb().packedVarints(1, [2]).varint(2, 1);
    const v2 = new Pb().packedFloats(4, [1.5, 2.5]).string(8, 'vals');
    const idx = tensorPb({ name: 'idx', dataType: 7, dims: [2], int64Data: [0, 3] });
    const sparse1 = new Pb().message(1, v1).message(2, idx);
    const sparse2 = new Pb().message(1, v2).packedVarints(3, [4]);
    const attr = new Pb().string(1, 'sparse_value').message(22, sparse1).message(22, sparse2).varint(20, 11);
    const node = new Pb().string(2, 'c').string(3, 'const').string(4, 'Constant').message(5, attr);
    const graph = new Pb().message(1, node).string(2, 'g').message(12, valueInfo('c', typeOf(tensorType(1, [4]))));
    const { ours, python } = both(model((m) => m.message(7, graph)));
    expect(python.graph.nodes[0]?.attributes.sparse_value).toMatchObject({ type: 'sparse_tensor', value: { name: 'vals', dims: [2], values: [1.5, 2.5] } });
    expect(ours).toEqual(python);
  });
});
