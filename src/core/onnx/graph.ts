// GraphProto, NodeProto and AttributeProto. Subgraphs (If/Loop/Scan bodies) decode recursively.
import type { AttributeValue, ModelGraph, ModelNode, TensorMeta } from '../graph/index.js';
import { WIRE_FIXED32, WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';
import { decodeTensor, decodeTensorMerged } from './tensor.js';
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

export function emptyGraph(): ModelGraph {
  return { name: '', nodes: [], inputs: [], outputs: [], valueInfo: [], initializers: [] };
}

/**
 * Decodes a GraphProto into `into` (a fresh graph by default). A non-repeated message field that occurs
 * twice is merged, as protobuf parsers do: the caller passes the graph decoded from the first occurrence.
 */
export function decodeGraph(c: Cursor, end: number, into: ModelGraph = emptyGraph()): ModelGraph {
  if (c.graphDepth >= MAX_GRAPH_DEPTH) throw c.error('E_ONNX_NESTING', `subgraphs nested deeper than ${MAX_GRAPH_DEPTH} levels`);
  c.graphDepth++;
  try {
    return decodeGraphBody(c, end, into);
  } finally {
    c.graphDepth--;
  }
}

function decodeGraphBody(c: Cursor, end: number, g: ModelGraph): ModelGraph {
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

export function decodeNode(c: Cursor, end: number): ModelNode {
  const n: ModelNode = { name: '', opType: '', domain: '', inputs: [], outputs: [], attributes: {} };
  let k = 0;
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: n.inputs.push(c.string(c.length(end, 1))); break;
      case (2 << 3) | LEN: n.outputs.push(c.string(c.length(end, 2))); break;
      case (3 << 3) | LEN: n.name = c.string(c.length(end, 3)); break;
      case (4 << 3) | LEN: n.opType = c.string(c.length(end, 4)); break;
      case (7 << 3) | LEN: n.domain = c.string(c.length(end, 7)); break;
      case (5 << 3) | LEN: {
        const a = sub(c, end, 5, `attribute[${k++}]`, decodeAttribute);
        Object.defineProperty(n.attributes, a.name, { value: a.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      default: c.skip(tag, end);
    }
  }
  return n;
}

/** Where one occurrence of a message-valued attribute field lies, decoded once the attribute's type is known. */
interface At { pos: number; end: number }

function decodeAttribute(c: Cursor, end: number): { name: string; value: AttributeValue } {
  const a: Fields = { f: 0, i: 0, s: '', t: [], g: [], sparse: [], floats: [], ints: [], strings: [], tensors: [], graphs: [] };
  let name = '';
  let type = 0;
  const at = (field: number): At => {
    const len = c.length(end, field);
    const r = { pos: c.pos, end: c.pos + len };
    c.pos += len;
    return r;
  };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: name = c.string(c.length(end, 1)); break;
      case (20 << 3) | WIRE_VARINT: type = c.int32(end); break;
      case (2 << 3) | WIRE_FIXED32: a.f = c.float32(end); break;
      case (3 << 3) | WIRE_VARINT: a.i = c.int64(end); break;
      case (4 << 3) | LEN: a.s = utf8.decode(c.bytes(c.length(end, 4))); break;
      // t, g and sparse_tensor are single messages: every occurrence is kept and they are merged.
      case (5 << 3) | LEN: a.t.push(at(5)); break;
      case (6 << 3) | LEN: a.g.push(at(6)); break;
      case (22 << 3) | LEN: a.sparse.push(at(22)); break;
      case (7 << 3) | WIRE_FIXED32: a.floats.push(c.float32(end)); break;
      case (7 << 3) | LEN: {
        const stop = c.until(end, 7);
        while (c.pos < stop) a.floats.push(c.float32(stop));
        break;
      }
      case (8 << 3) | WIRE_VARINT: a.ints.push(c.int64(end)); break;
      case (8 << 3) | LEN: {
        const stop = c.until(end, 8);
        while (c.pos < stop) a.ints.push(c.int64(stop));
        break;
      }
      case (9 << 3) | LEN: a.strings.push(utf8.decode(c.bytes(c.length(end, 9)))); break;
      case (10 << 3) | LEN: a.tensors.push(at(10)); break;
      case (11 << 3) | LEN: a.graphs.push(at(11)); break;
      default: c.skip(tag, end);
    }
  }
  c.path.push(name);
  const value = attributeValue(c, type, a);
  c.path.pop();
  c.pos = end;
  return { name, value };
}

interface Fields {
  f: number;
  i: number;
  s: string;
  /** Occurrences of a single message field: protobuf merges them into one message. */
  t: At[];
  g: At[];
  sparse: At[];
  floats: number[];
  ints: number[];
  strings: string[];
  tensors: At[];
  graphs: At[];
}

/** One GraphProto from all occurrences of a single graph field, merged in order. */
function mergedGraph(c: Cursor, occurrences: At[]): ModelGraph {
  const g = emptyGraph();
  for (const r of occurrences) {
    c.pos = r.pos;
    decodeGraph(c, r.end, g);
  }
  return g;
}

/** AttributeProto.type selects the field, as onnx.helper.get_attribute_value does; unset or TYPE_PROTO(S) carry no value here. */
function attributeValue(c: Cursor, type: number, a: Fields): AttributeValue {
  switch (type) {
    case 1: return { type: 'float', value: a.f };
    case 2: return { type: 'int', value: a.i };
    case 3: return { type: 'string', value: a.s };
    case 4: return { type: 'tensor', value: decodeTensorMerged(c, a.t) };
    case 5: return { type: 'graph', value: mergedGraph(c, a.g) };
    case 6: return { type: 'floats', value: a.floats };
    case 7: return { type: 'ints', value: a.ints };
    case 8: return { type: 'strings', value: a.strings };
    case 9: return { type: 'tensors', value: a.tensors.map((r) => decodeTensorMerged(c, [r])) };
    case 10: return { type: 'graphs', value: a.graphs.map((r) => mergedGraph(c, [r])) };
    case 11: return { type: 'sparse_tensor', value: sparseValues(c, a.sparse) };
    default: return { type: 'type_proto', value: null };
  }
}

/** SparseTensorProto(s) → the meta of their `values` tensor (field 1), every occurrence of it merged. */
function sparseValues(c: Cursor, occurrences: At[]): TensorMeta {
  const values: At[] = [];
  for (const r of occurrences) {
    c.pos = r.pos;
    while (c.pos < r.end) {
      const tag = c.tag(r.end);
      if (tag === ((1 << 3) | LEN)) {
        const len = c.length(r.end, 1);
        values.push({ pos: c.pos, end: c.pos + len });
        c.pos += len;
      } else c.skip(tag, r.end);
    }
  }
  c.path.push('values');
  const meta = decodeTensorMerged(c, values);
  c.path.pop();
  return meta;
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
  const values = sparseValues(c, [{ pos: start, end }]);
  const { values: _v, ...meta } = values;
  void _v;
  return { ...meta, dims };
}
