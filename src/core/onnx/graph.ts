// GraphProto, NodeProto and AttributeProto. Subgraphs (If/Loop/Scan bodies) decode recursively.
import type { AttributeValue, ModelGraph, ModelNode, TensorMeta } from '../types.js';
import { WIRE_FIXED32, WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';
import { decodeTensor } from './tensor.js';
import { decodeValueInfo } from './value-info.js';

const LEN = WIRE_LEN;
const utf8 = new TextDecoder('utf-8');

/** Decodes a length-delimited message field into `decode`, with its name on the error path. */
export function sub<T>(c: Cursor, end: number, field: number, label: string, decode: (c: Cursor, end: number) => T): T {
  c.path.push(label);
  const stop = c.until(end, field);
  const out = decode(c, stop);
  c.path.pop();
  c.pos = stop;
  return out;
}

/** Subgraph nesting deeper than this is not a real model (protobuf's own parsers stop at 100 levels). */
const MAX_GRAPH_DEPTH = 64;

export function decodeGraph(c: Cursor, end: number): ModelGraph {
  if (c.graphDepth >= MAX_GRAPH_DEPTH) throw c.error('E_ONNX_NESTING', `subgraphs nested deeper than ${MAX_GRAPH_DEPTH} levels`);
  c.graphDepth++;
  try {
    return decodeGraphBody(c, end);
  } finally {
    c.graphDepth--;
  }
}

function decodeGraphBody(c: Cursor, end: number): ModelGraph {
  const g: ModelGraph = { name: '', nodes: [], inputs: [], outputs: [], valueInfo: [], initializers: [] };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: g.nodes.push(sub(c, end, 1, `node[${g.nodes.length}]`, decodeNode)); break;
      case (2 << 3) | LEN: g.name = c.string(c.length(end, 2)); break;
      case (5 << 3) | LEN: g.initializers.push(sub(c, end, 5, `initializer[${g.initializers.length}]`, decodeTensor)); break;
      case (11 << 3) | LEN: g.inputs.push(sub(c, end, 11, `input[${g.inputs.length}]`, decodeValueInfo)); break;
      case (12 << 3) | LEN: g.outputs.push(sub(c, end, 12, `output[${g.outputs.length}]`, decodeValueInfo)); break;
      case (13 << 3) | LEN: g.valueInfo.push(sub(c, end, 13, `value_info[${g.valueInfo.length}]`, decodeValueInfo)); break;
      case (15 << 3) | LEN: g.initializers.push(sub(c, end, 15, 'sparse_initializer', decodeSparseInitializer)); break;
      default: c.skip(tag, end);
    }
  }
  return g;
}

const NO_ATTRIBUTES: Record<string, AttributeValue> = Object.freeze({});

export function decodeNode(c: Cursor, end: number): ModelNode {
  const n: ModelNode = { name: '', opType: '', domain: '', inputs: [], outputs: [], attributes: {} };
  let k = 0;
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: n.inputs.push(c.string(c.length(end, 1))); break;
      case (2 << 3) | LEN: n.outputs.push(c.string(c.length(end, 2))); break;
      case (3 << 3) | LEN: n.name = c.string(c.length(end, 3)); break;
      case (4 << 3) | LEN: n.opType = c.shared(c.length(end, 4)); break;
      case (7 << 3) | LEN: n.domain = c.shared(c.length(end, 7)); break;
      case (5 << 3) | LEN: {
        const a = sub(c, end, 5, `attribute[${k++}]`, decodeAttribute);
        Object.defineProperty(n.attributes, a.name, { value: a.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      default: c.skip(tag, end);
    }
  }
  // Exact-size copies: an array grown by push keeps room for 17 entries, ~150 bytes per node at 10^6 nodes;
  // and one shared (frozen) empty attribute set for the many nodes without attributes.
  n.inputs = n.inputs.slice();
  n.outputs = n.outputs.slice();
  if (k === 0) n.attributes = NO_ATTRIBUTES;
  return n;
}

/** Where a message-valued attribute field lies, decoded once the attribute's type is known. */
interface At { pos: number; end: number }

function decodeAttribute(c: Cursor, end: number): { name: string; value: AttributeValue } {
  let name = '';
  let type = 0;
  let f = 0;
  let i = 0;
  let s = '';
  let t: At | undefined;
  let g: At | undefined;
  let sparse: At | undefined;
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  const tensors: At[] = [];
  const graphs: At[] = [];
  const at = (field: number): At => {
    const len = c.length(end, field);
    const a = { pos: c.pos, end: c.pos + len };
    c.pos += len;
    return a;
  };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: name = c.string(c.length(end, 1)); break;
      case (20 << 3) | WIRE_VARINT: type = c.int32(end); break;
      case (2 << 3) | WIRE_FIXED32: f = c.float32(end); break;
      case (3 << 3) | WIRE_VARINT: i = c.int64(end); break;
      case (4 << 3) | LEN: s = utf8.decode(c.bytes(c.length(end, 4))); break;
      case (5 << 3) | LEN: t = at(5); break;
      case (6 << 3) | LEN: g = at(6); break;
      case (22 << 3) | LEN: sparse = at(22); break;
      case (7 << 3) | WIRE_FIXED32: floats.push(c.float32(end)); break;
      case (7 << 3) | LEN: {
        const stop = c.until(end, 7);
        while (c.pos < stop) floats.push(c.float32(stop));
        break;
      }
      case (8 << 3) | WIRE_VARINT: ints.push(c.int64(end)); break;
      case (8 << 3) | LEN: {
        const stop = c.until(end, 8);
        while (c.pos < stop) ints.push(c.int64(stop));
        break;
      }
      case (9 << 3) | LEN: strings.push(utf8.decode(c.bytes(c.length(end, 9)))); break;
      case (10 << 3) | LEN: tensors.push(at(10)); break;
      case (11 << 3) | LEN: graphs.push(at(11)); break;
      default: c.skip(tag, end);
    }
  }
  c.path.push(name);
  const value = attributeValue(c, type, { f, i, s, t, g, sparse, floats, ints, strings, tensors, graphs });
  c.path.pop();
  c.pos = end;
  return { name, value };
}

interface Fields {
  f: number;
  i: number;
  s: string;
  t: At | undefined;
  g: At | undefined;
  sparse: At | undefined;
  floats: number[];
  ints: number[];
  strings: string[];
  tensors: At[];
  graphs: At[];
}

const EMPTY: At = { pos: 0, end: 0 };

function decodeAt<T>(c: Cursor, a: At | undefined, decode: (c: Cursor, end: number) => T): T {
  const r = a ?? EMPTY;
  c.pos = r.pos;
  return decode(c, r.end);
}

/** AttributeProto.type selects the field, as onnx.helper.get_attribute_value does; unset or TYPE_PROTO(S) carry no value here. */
function attributeValue(c: Cursor, type: number, a: Fields): AttributeValue {
  switch (type) {
    case 1: return { type: 'float', value: a.f };
    case 2: return { type: 'int', value: a.i };
    case 3: return { type: 'string', value: a.s };
    case 4: return { type: 'tensor', value: decodeAt(c, a.t, decodeTensor) };
    case 5: return { type: 'graph', value: decodeAt(c, a.g, decodeGraph) };
    case 6: return { type: 'floats', value: a.floats };
    case 7: return { type: 'ints', value: a.ints };
    case 8: return { type: 'strings', value: a.strings };
    case 9: return { type: 'tensors', value: a.tensors.map((r) => decodeAt(c, r, decodeTensor)) };
    case 10: return { type: 'graphs', value: a.graphs.map((r) => decodeAt(c, r, decodeGraph)) };
    case 11: return { type: 'sparse_tensor', value: decodeAt(c, a.sparse, decodeSparseValues) };
    default: return { type: 'type_proto', value: null };
  }
}

/** SparseTensorProto as an attribute: the meta of its `values` tensor (field 1). */
function decodeSparseValues(c: Cursor, end: number): TensorMeta {
  let values: TensorMeta | undefined;
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | LEN)) values = sub(c, end, 1, 'values', decodeTensor);
    else c.skip(tag, end);
  }
  return values ?? decodeTensor(c, c.pos);
}

/** A sparse initializer is a weight: its name and values come from `values`, its dense dims from field 3. */
function decodeSparseInitializer(c: Cursor, end: number): TensorMeta {
  const start = c.pos;
  const dims: number[] = [];
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((3 << 3) | WIRE_VARINT)) dims.push(c.int64(end));
    else if (tag === ((3 << 3) | LEN)) {
      const stop = c.until(end, 3);
      while (c.pos < stop) dims.push(c.int64(stop));
    } else c.skip(tag, end);
  }
  c.pos = start;
  const values = decodeSparseValues(c, end);
  const { values: _v, ...meta } = values;
  void _v;
  return { ...meta, dims };
}
