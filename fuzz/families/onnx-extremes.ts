// Hand-made extreme ONNX models: valid protobuf, hostile contents (degenerate attributes, overflowing dims,
// duplicate names, deep nesting, recursion, wide nodes, names that try to break the output).
import { modelBytes, type AttrSpec, type GraphSpec, type ModelSpec, type NodeSpec, type TensorSpec } from '../../test/helpers/onnx-writer.js';
import type { Rng } from '../rng.js';

const FLOAT = 1;
const INT64 = 7;

const ints = (name: string, value: (number | bigint)[]): AttrSpec => ({ name, type: 'ints', value });
const int = (name: string, value: number | bigint): AttrSpec => ({ name, type: 'int', value });
const weight = (name: string, dims: number[]): TensorSpec => ({ name, dataType: FLOAT, dims });
const i64 = (name: string, values: (number | bigint)[]): TensorSpec => ({ name, dataType: INT64, dims: [values.length], int64Data: values });

function model(graph: Omit<GraphSpec, 'name'>, extra: Partial<ModelSpec> = {}): ModelSpec {
  return { opsets: [{ domain: '', version: 17 }], ...extra, graph: { name: 'extreme', ...graph } };
}

function conv(r: Rng): ModelSpec {
  const huge = [0, -1, -7, 2 ** 31, 2 ** 40, 2 ** 53 + 2, 1e15];
  const v = () => r.pick(huge);
  const attrs: AttrSpec[] = [ints('kernel_shape', [r.chance(0.5) ? v() : 3, 3])];
  if (r.chance(0.6)) attrs.push(ints('strides', [v(), r.chance(0.5) ? v() : 1]));
  if (r.chance(0.5)) attrs.push(ints('pads', [v(), v(), 1, 1]));
  if (r.chance(0.4)) attrs.push(ints('dilations', [v(), 1]));
  if (r.chance(0.3)) attrs.push(int('group', v()));
  return model({
    nodes: [{ opType: 'Conv', name: 'conv', inputs: ['x', 'w'], outputs: ['y'], attributes: attrs }],
    inputs: [{ name: 'x', shape: [1, 3, r.pick([32, 0, 2 ** 30]), 32] }],
    outputs: [{ name: 'y' }],
    initializers: [weight('w', [8, 3, 3, 3])],
  });
}

function hugeDims(r: Rng): ModelSpec {
  const d = () => r.pick([0, 1, 2 ** 31, 2 ** 40, 2 ** 53, 2 ** 62]);
  return model({
    nodes: [
      { opType: 'MatMul', name: 'mm', inputs: ['x', 'w'], outputs: ['y'] },
      { opType: 'Relu', name: 'relu', inputs: ['y'], outputs: ['z'] },
    ],
    inputs: [{ name: 'x', shape: [d(), d(), d()] }],
    outputs: [{ name: 'z' }],
    initializers: [weight('w', [d(), d()])],
  });
}

function reshapeTargets(r: Rng): ModelSpec {
  const values = r.pick<(number | bigint)[]>([[0, -1, -1], [-1], [2 ** 62, 2], [0, 0, 0, 0, 0], [-2, 4], [1e15, 1e15], []]);
  return model({
    nodes: [{ opType: 'Reshape', name: 'reshape', inputs: ['x', 'shape'], outputs: ['y'] }],
    inputs: [{ name: 'x', shape: [1, 3, 224, 224] }],
    outputs: [{ name: 'y' }],
    initializers: [i64('shape', values)],
  });
}

function sameNames(r: Rng): ModelSpec {
  const n = r.pick([2, 100, 5000]);
  const name = r.pick(['relu', '', '__proto__', 'constructor', 'toString']);
  const nodes: NodeSpec[] = Array.from({ length: n }, (_, i) => ({ opType: 'Relu', name, inputs: [i ? `t${i - 1}` : 'x'], outputs: [`t${i}`] }));
  return model({ nodes, inputs: [{ name: 'x', shape: [1, 16] }], outputs: [{ name: `t${n - 1}` }] });
}

function wideConcat(r: Rng): ModelSpec {
  const n = r.pick([1000, 3000]);
  return model({
    nodes: [{ opType: 'Concat', name: 'cat', inputs: Array.from({ length: n }, (_, i) => (r.chance(0.5) ? 'x' : `x${i % 7}`)), outputs: ['y'], attributes: [int('axis', r.pick([0, 1, -1, 99]))] }],
    inputs: [{ name: 'x', shape: [1, 4] }, ...Array.from({ length: 7 }, (_, i) => ({ name: `x${i}`, shape: [1, 4] }))],
    outputs: [{ name: 'y' }],
  });
}

function nestedIf(r: Rng): ModelSpec {
  const depth = r.pick([10, 60, 63, 64, 70]);
  const leaf = (out: string): GraphSpec => ({ name: 'leaf', nodes: [{ opType: 'Relu', name: 'relu', inputs: ['x'], outputs: [out] }], inputs: [], outputs: [{ name: out, shape: [1, 4] }] });
  let body = leaf('y0');
  for (let d = 1; d <= depth; d++) {
    // The else branch is a leaf: the same body in both branches would double the model at every level.
    body = {
      name: `level${d}`,
      nodes: [{ opType: 'If', name: `if${d}`, inputs: ['cond'], outputs: [`y${d}`], attributes: [{ name: 'then_branch', type: 'graph', value: body }, { name: 'else_branch', type: 'graph', value: leaf(`e${d}`) }] }],
      inputs: [],
      outputs: [{ name: `y${d}`, shape: [1, 4] }],
    };
  }
  return model({ nodes: body.nodes, inputs: [{ name: 'x', shape: [1, 4] }, { name: 'cond', elemType: 9, shape: [] }], outputs: body.outputs });
}

function loop(r: Rng): ModelSpec {
  const trips = r.pick<number | bigint>([0, 1, -1, 1e9, 2n ** 62n, 2n ** 63n - 1n]);
  const body: GraphSpec = {
    name: 'body',
    nodes: [{ opType: 'Relu', name: 'inner', inputs: ['v_in'], outputs: ['v_out'] }, { opType: 'Identity', name: 'c', inputs: ['cond_in'], outputs: ['cond_out'] }],
    inputs: [{ name: 'i', elemType: INT64, shape: [] }, { name: 'cond_in', elemType: 9, shape: [] }, { name: 'v_in', shape: [1, 64] }],
    outputs: [{ name: 'cond_out', elemType: 9, shape: [] }, { name: 'v_out', shape: [1, 64] }],
  };
  return model({
    nodes: [{ opType: 'Loop', name: 'loop', inputs: ['trips', '', 'x'], outputs: ['y'], attributes: [{ name: 'body', type: 'graph', value: body }] }],
    inputs: [{ name: 'x', shape: [1, 64] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'trips', dataType: INT64, dims: [], int64Data: [trips] }],
  });
}

function chain(r: Rng): ModelSpec {
  const n = r.pick([2_000, 20_000]);
  const nodes: NodeSpec[] = Array.from({ length: n }, (_, i) => ({ opType: r.pick(['Relu', 'Sigmoid', 'Add']), name: `n${i}`, inputs: i === 0 ? ['x', 'x'] : [`t${i - 1}`, 'x'], outputs: [`t${i}`] }));
  for (const node of nodes) if (node.opType !== 'Add') node.inputs = node.inputs.slice(0, 1);
  return model({ nodes, inputs: [{ name: 'x', shape: [1, 8] }], outputs: [{ name: `t${n - 1}` }] });
}

function cycle(r: Rng): ModelSpec {
  const self = r.chance(0.5);
  return model({
    nodes: self
      ? [{ opType: 'Add', name: 'self', inputs: ['x', 'y'], outputs: ['y'] }]
      : [{ opType: 'Relu', name: 'a', inputs: ['b_out'], outputs: ['a_out'] }, { opType: 'Relu', name: 'b', inputs: ['a_out'], outputs: ['b_out'] }],
    inputs: [{ name: 'x', shape: [1, 4] }],
    outputs: [{ name: self ? 'y' : 'b_out' }],
  });
}

function recursiveFunction(): ModelSpec {
  return model(
    { nodes: [{ opType: 'Loopy', domain: 'local', name: 'call', inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', shape: [1, 4] }], outputs: [{ name: 'y' }] },
    {
      opsets: [{ domain: '', version: 17 }, { domain: 'local', version: 1 }],
      functions: [{ name: 'Loopy', domain: 'local', inputs: ['a'], outputs: ['b'], nodes: [{ opType: 'Loopy', domain: 'local', name: 'again', inputs: ['a'], outputs: ['b'] }], opsets: [{ domain: '', version: 17 }, { domain: 'local', version: 1 }] }],
    },
  );
}

function hostileNames(r: Rng): ModelSpec {
  const name = r.pick(['a\n::error title=X::owned', '%0A::warning::x', '\u202emodel', '@octocat please', '<script>', 'x'.repeat(100_000), '\u0000nul', '`rm -rf`']);
  return model({
    nodes: [{ opType: r.pick(['Relu', name]), name, inputs: ['x'], outputs: [name] }],
    inputs: [{ name: 'x', shape: [1, 4] }],
    outputs: [{ name }],
  });
}

function foldedExtremes(r: Rng): ModelSpec {
  const kind = r.pick(['ConstantOfShape', 'Range', 'Resize', 'Pad', 'Split', 'Expand', 'Tile']);
  const big = (): bigint => r.pick([0n, -1n, 10n ** 9n, 2n ** 40n, 2n ** 62n]);
  const nodes: NodeSpec[] = [];
  const inits: TensorSpec[] = [];
  if (kind === 'ConstantOfShape') {
    inits.push(i64('shape', [big(), big()]));
    nodes.push({ opType: 'ConstantOfShape', name: 'cos', inputs: ['shape'], outputs: ['c'] }, { opType: 'Add', name: 'add', inputs: ['x', 'c'], outputs: ['y'] });
  } else if (kind === 'Range') {
    inits.push(i64('start', [0]), i64('limit', [big()]), i64('delta', [r.pick([1n, 0n, -1n])]));
    nodes.push({ opType: 'Range', name: 'range', inputs: ['start', 'limit', 'delta'], outputs: ['c'] }, { opType: 'Cast', name: 'cast', inputs: ['c'], outputs: ['y'], attributes: [int('to', 1)] });
  } else if (kind === 'Resize') {
    inits.push({ name: 'scales', dataType: FLOAT, dims: [4], floatData: [1, 1, r.pick([0, -1, 1e30, 3.4e38, Number.NaN]), 2] });
    nodes.push({ opType: 'Resize', name: 'resize', inputs: ['x', '', 'scales'], outputs: ['y'] });
  } else if (kind === 'Pad') {
    inits.push(i64('pads', [0, 0, big(), big(), 0, 0, -1, big()]));
    nodes.push({ opType: 'Pad', name: 'pad', inputs: ['x', 'pads'], outputs: ['y'] });
  } else if (kind === 'Split') {
    inits.push(i64('split', [big(), big()]));
    nodes.push({ opType: 'Split', name: 'split', inputs: ['x', 'split'], outputs: ['y', 'y2'], attributes: [int('axis', r.pick([1, 9, -9]))] });
  } else if (kind === 'Expand') {
    inits.push(i64('shape', [big(), 1, big(), 1]));
    nodes.push({ opType: 'Expand', name: 'expand', inputs: ['x', 'shape'], outputs: ['y'] });
  } else {
    inits.push(i64('repeats', [big(), big(), 1, 1]));
    nodes.push({ opType: 'Tile', name: 'tile', inputs: ['x', 'repeats'], outputs: ['y'] });
  }
  return model({ nodes, inputs: [{ name: 'x', shape: [1, 3, 8, 8] }], outputs: [{ name: 'y' }], initializers: inits });
}

function opsets(r: Rng): ModelSpec {
  return {
    irVersion: r.pick([0, 3, 2 ** 31, 2 ** 53]),
    opsets: r.pick([[], [{ domain: '', version: 0 }], [{ domain: '', version: 2 ** 40 }], [{ domain: 'ai.onnx', version: 1 }, { domain: '', version: 99 }]]),
    graph: { name: 'g', nodes: [{ opType: 'Softmax', name: 's', inputs: ['x'], outputs: ['y'] }], inputs: [{ name: 'x', shape: [1, 10] }], outputs: [{ name: 'y' }] },
  };
}

function externalData(r: Rng): ModelSpec {
  return model({
    nodes: [{ opType: 'MatMul', name: 'mm', inputs: ['x', 'w'], outputs: ['y'] }],
    inputs: [{ name: 'x', shape: [1, 16] }],
    outputs: [{ name: 'y' }],
    initializers: [{ name: 'w', dataType: FLOAT, dims: [16, 16], external: { location: r.pick(['../../etc/passwd', '/dev/zero', 'w.bin']), length: r.pick([0, -1, 2 ** 53]) } }],
  });
}

const EXTREMES: Record<string, (r: Rng) => ModelSpec> = {
  conv, hugeDims, reshapeTargets, sameNames, wideConcat, nestedIf, loop, chain, cycle, recursiveFunction, hostileNames, foldedExtremes, opsets, externalData,
};

export function extremeModel(r: Rng): { what: string; bytes: Uint8Array } {
  const name = r.pick(Object.keys(EXTREMES));
  return { what: `hand-made extreme: ${name}`, bytes: modelBytes(EXTREMES[name]!(r)) };
}
