// Writes real ONNX ModelProto bytes (field numbers of onnx.proto) from plain specs: nodes with every
// attribute type, initializers with raw/typed/external data, symbolic dims, subgraphs and functions.
// The reader's counterpart (core/onnx): tests build models with it, `calibrate bench --runtime onnxruntime`
// writes its one-node models with it.
import { Pb, type LazyBytes } from './pb.js';

export interface TensorSpec {
  name: string;
  dataType: number;
  dims: number[];
  raw?: Uint8Array | LazyBytes;
  floatData?: number[];
  int32Data?: number[];
  int64Data?: (number | bigint)[];
  doubleData?: number[];
  uint64Data?: (number | bigint)[];
  stringData?: string[];
  /** Write typed fields unpacked (one tag per element), as some old writers did. */
  unpacked?: boolean;
  external?: { location: string; offset?: number; length?: number };
}

export interface SparseSpec {
  values: TensorSpec;
  indices: TensorSpec;
  dims: number[];
}

export type AttrSpec =
  | { name: string; type: 'float'; value: number }
  | { name: string; type: 'int'; value: number | bigint }
  | { name: string; type: 'string'; value: string }
  | { name: string; type: 'tensor'; value: TensorSpec }
  | { name: string; type: 'graph'; value: GraphSpec }
  | { name: string; type: 'floats'; value: number[] }
  | { name: string; type: 'ints'; value: (number | bigint)[] }
  | { name: string; type: 'strings'; value: string[] }
  | { name: string; type: 'tensors'; value: TensorSpec[] }
  | { name: string; type: 'graphs'; value: GraphSpec[] }
  | { name: string; type: 'sparse_tensor'; value: SparseSpec }
  | { name: string; type: 'ref'; refAttrName: string; refType: number };

export interface NodeSpec {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  domain?: string;
  attributes?: AttrSpec[];
}

export interface ValueInfoSpec {
  name: string;
  elemType?: number;
  shape?: (number | string | null)[];
  /** A sequence of tensors instead of a tensor. */
  sequence?: boolean;
}

export interface GraphSpec {
  name: string;
  nodes: NodeSpec[];
  inputs: ValueInfoSpec[];
  outputs: ValueInfoSpec[];
  valueInfo?: ValueInfoSpec[];
  initializers?: TensorSpec[];
  sparseInitializers?: SparseSpec[];
}

export interface FunctionSpec {
  name: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes?: string[];
  nodes: NodeSpec[];
  opsets: { domain: string; version: number }[];
}

export interface ModelSpec {
  irVersion?: number;
  opsets?: { domain: string; version: number }[];
  producerName?: string;
  producerVersion?: string;
  graph: GraphSpec;
  functions?: FunctionSpec[];
}

const ATTR_TYPE = { float: 1, int: 2, string: 3, tensor: 4, graph: 5, floats: 6, ints: 7, strings: 8, tensors: 9, graphs: 10, sparse_tensor: 11 };

export function tensorPb(t: TensorSpec): Pb {
  const m = new Pb();
  if (t.dims.length > 0) m.packedVarints(1, t.dims);
  m.varint(2, t.dataType);
  const rep = <T>(field: number, vs: T[] | undefined, one: (f: number, v: T) => void, packed: (f: number, vs: T[]) => void): void => {
    if (!vs) return;
    if (t.unpacked) for (const v of vs) one(field, v);
    else if (vs.length > 0) packed(field, vs);
  };
  rep(4, t.floatData, (f, v) => m.fixed32f(f, v), (f, vs) => m.packedFloats(f, vs));
  rep(5, t.int32Data, (f, v) => m.varint(f, v), (f, vs) => m.packedVarints(f, vs));
  for (const s of t.stringData ?? []) m.string(6, s);
  rep(7, t.int64Data, (f, v) => m.varint(f, v), (f, vs) => m.packedVarints(f, vs));
  m.string(8, t.name);
  if (t.raw) m.bytes(9, t.raw);
  rep(10, t.doubleData, (f, v) => m.fixed64f(f, v), (f, vs) => m.packedDoubles(f, vs));
  rep(11, t.uint64Data, (f, v) => m.varint(f, v), (f, vs) => m.packedVarints(f, vs));
  if (t.external) {
    const entry = (k: string, v: string): Pb => new Pb().string(1, k).string(2, v);
    m.message(13, entry('location', t.external.location));
    if (t.external.offset !== undefined) m.message(13, entry('offset', String(t.external.offset)));
    if (t.external.length !== undefined) m.message(13, entry('length', String(t.external.length)));
    m.varint(14, 1);
  }
  return m;
}

function sparsePb(s: SparseSpec): Pb {
  return new Pb().message(1, tensorPb(s.values)).message(2, tensorPb(s.indices)).packedVarints(3, s.dims);
}

function attrPb(a: AttrSpec): Pb {
  const m = new Pb().string(1, a.name);
  switch (a.type) {
    case 'float': m.fixed32f(2, a.value); break;
    case 'int': m.varint(3, a.value); break;
    case 'string': m.string(4, a.value); break;
    case 'tensor': m.message(5, tensorPb(a.value)); break;
    case 'graph': m.message(6, graphPb(a.value)); break;
    case 'floats': a.value.forEach((v) => m.fixed32f(7, v)); break;
    case 'ints': m.packedVarints(8, a.value); break;
    case 'strings': a.value.forEach((v) => m.string(9, v)); break;
    case 'tensors': a.value.forEach((v) => m.message(10, tensorPb(v))); break;
    case 'graphs': a.value.forEach((v) => m.message(11, graphPb(v))); break;
    case 'sparse_tensor': m.message(22, sparsePb(a.value)); break;
    case 'ref': return m.varint(20, a.refType).string(21, a.refAttrName);
  }
  return m.varint(20, ATTR_TYPE[a.type]);
}

export function nodePb(n: NodeSpec): Pb {
  const m = new Pb();
  n.inputs.forEach((s) => m.string(1, s));
  n.outputs.forEach((s) => m.string(2, s));
  if (n.name !== undefined) m.string(3, n.name);
  m.string(4, n.opType);
  for (const a of n.attributes ?? []) m.message(5, attrPb(a));
  if (n.domain !== undefined) m.string(7, n.domain);
  return m;
}

function valueInfoPb(v: ValueInfoSpec): Pb {
  const tensor = new Pb().varint(1, v.elemType ?? 1);
  if (v.shape) {
    const shape = new Pb();
    for (const d of v.shape) {
      const dim = new Pb();
      if (typeof d === 'number') dim.varint(1, d);
      else if (typeof d === 'string') dim.string(2, d);
      shape.message(1, dim);
    }
    tensor.message(2, shape);
  }
  const type = v.sequence ? new Pb().message(4, new Pb().message(1, new Pb().message(1, tensor))) : new Pb().message(1, tensor);
  return new Pb().string(1, v.name).message(2, type);
}

export function graphPb(g: GraphSpec): Pb {
  const m = new Pb();
  g.nodes.forEach((n) => m.message(1, nodePb(n)));
  m.string(2, g.name);
  (g.initializers ?? []).forEach((t) => m.message(5, tensorPb(t)));
  g.inputs.forEach((v) => m.message(11, valueInfoPb(v)));
  g.outputs.forEach((v) => m.message(12, valueInfoPb(v)));
  (g.valueInfo ?? []).forEach((v) => m.message(13, valueInfoPb(v)));
  (g.sparseInitializers ?? []).forEach((s) => m.message(15, sparsePb(s)));
  return m;
}

function functionPb(f: FunctionSpec): Pb {
  const m = new Pb().string(1, f.name);
  f.inputs.forEach((s) => m.string(4, s));
  f.outputs.forEach((s) => m.string(5, s));
  (f.attributes ?? []).forEach((s) => m.string(6, s));
  f.nodes.forEach((n) => m.message(7, nodePb(n)));
  f.opsets.forEach((o) => m.message(9, new Pb().string(1, o.domain).varint(2, o.version)));
  return m.string(10, f.domain);
}

export function modelPb(spec: ModelSpec): Pb {
  const m = new Pb().varint(1, spec.irVersion ?? 8);
  m.string(2, spec.producerName ?? 'energy-diff-test');
  m.string(3, spec.producerVersion ?? '1');
  m.message(7, graphPb(spec.graph));
  for (const o of spec.opsets ?? [{ domain: '', version: 17 }]) m.message(8, new Pb().string(1, o.domain).varint(2, o.version));
  (spec.functions ?? []).forEach((f) => m.message(25, functionPb(f)));
  return m;
}

export function modelBytes(spec: ModelSpec): Uint8Array {
  return modelPb(spec).finish();
}

/** float32 values as little-endian raw_data. */
export function f32Raw(values: number[]): Uint8Array {
  return new Uint8Array(Float32Array.from(values).buffer);
}

export function i64Raw(values: (number | bigint)[]): Uint8Array {
  return new Uint8Array(BigInt64Array.from(values.map((v) => BigInt(v))).buffer);
}
