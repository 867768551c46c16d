// The reader against python onnx on models from the test writer: every attribute type, every tensor
// storage form numpy_helper knows, symbolic dims, subgraphs, functions, external data.
import { describe, expect, it } from 'vitest';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { modelBytes } from '../helpers/onnx-writer.js';
import { featureModel, zooModel } from './fixtures.js';
import { asJson, checkerError, decodeWithPython, hasPythonOnnx, tempModel } from './python.js';

const py = hasPythonOnnx();

function pythonDecoded(path: string): DecodedModel {
  const [m] = decodeWithPython([path]);
  if (!m || 'error' in m) throw new Error(`python onnx could not load ${path}: ${m && 'error' in m ? m.error : '?'}`);
  return m;
}

describe('writer models', () => {
  const feature = modelBytes(featureModel());
  const zoo = modelBytes(zooModel());

  it.runIf(py)('onnx.checker accepts the feature model the writer builds', () => {
    expect(checkerError(tempModel(feature))).toBe('');
  });

  it.runIf(py)('feature model: decoded exactly as the python dumper decodes it', () => {
    const path = tempModel(feature);
    expect(asJson(decodeModelBytes(feature, path))).toEqual(pythonDecoded(path));
  });

  it('feature model: symbolic and unknown dims, subgraphs, functions, negative ints', () => {
    const m = decodeModelBytes(feature);
    expect(m.graph.inputs[0]).toEqual({ name: 'x', elemType: 1, shape: ['batch', 3, 32, null] });
    expect(m.graph.valueInfo[1]).toEqual({ name: 'unknown_rank', elemType: 1 });
    const ifNode = m.graph.nodes.find((n) => n.opType === 'If');
    const then = ifNode?.attributes.then_branch;
    expect(then?.type === 'graph' && then.value.nodes[0]?.attributes.value).toEqual({
      type: 'tensor',
      value: { name: '', dataType: 1, dims: [2], byteLength: 8, external: false, values: [1, 1] },
    });
    expect(m.graph.initializers.find((t) => t.name === 'shape')?.values).toEqual([-1, 2 ** 40]);
    expect(m.graph.nodes.find((n) => n.name === 'ci')?.attributes.value_int).toEqual({ type: 'int', value: -3 });
    expect(m.functions).toEqual([
      expect.objectContaining({ name: 'Scale', domain: 'local', inputs: ['X'], outputs: ['Y'], attributeNames: ['alpha'] }),
    ]);
    expect(m.functions[0]?.nodes.map((n) => n.opType)).toEqual(['Constant', 'Mul']);
  });

  it.runIf(py)('tensor zoo: dims, byte lengths and small values as numpy_helper gives them', () => {
    const path = tempModel(zoo);
    const ours = asJson(decodeModelBytes(zoo, path));
    const theirs = pythonDecoded(path);
    // The python dumper leaves sparse initializers out; we keep them as weights (checked below).
    expect({ ...ours, graph: { ...ours.graph, initializers: ours.graph.initializers.slice(0, -1) } }).toEqual(theirs);
  });

  it('tensor zoo: sparse initializers are weights with their dense dims; external tensors are sized, not read', () => {
    const m = decodeModelBytes(zoo);
    const byName = new Map(m.graph.initializers.map((t) => [t.name, t]));
    expect(byName.get('sparse_w')).toEqual({ name: 'sparse_w', dataType: 1, dims: [2, 5], byteLength: 12, external: false });
    expect(byName.get('ext_len')).toEqual({ name: 'ext_len', dataType: 1, dims: [1000, 1000], byteLength: 4_000_000, external: true, location: 'weights.bin' });
    expect(byName.get('ext_nolen')).toEqual({ name: 'ext_nolen', dataType: 11, dims: [10, 3], byteLength: 240, external: true, location: 'weights.bin' });
    expect(byName.get('limit_raw')?.values).toHaveLength(4096);
    expect(byName.get('over_limit_raw')?.values).toBeUndefined();
    expect(byName.get('over_limit_raw')?.byteLength).toBe(4097 * 4);
    expect(byName.get('big_typed')?.values).toBeUndefined();
    expect(byName.get('big_typed')?.byteLength).toBe(40_000);
  });
});
