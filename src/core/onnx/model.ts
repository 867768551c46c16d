// ModelProto: header fields, the main graph, opset imports and model-local functions.
import type { DecodedModel, ModelFunction, ModelNode } from '../graph/index.js';
import { WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';
import { decodeGraph, decodeNode, emptyGraph, sub } from './graph.js';

const LEN = WIRE_LEN;

/** Decodes the whole input as a ModelProto (checkPlausibleModel has already required a graph). */
export function decodeModelProto(c: Cursor): DecodedModel {
  const end = c.size;
  const model: DecodedModel = {
    format: 'onnx',
    irVersion: 0,
    opsetImport: [],
    producerName: '',
    producerVersion: '',
    graph: emptyGraph(),
    functions: [],
  };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | WIRE_VARINT: model.irVersion = c.int64(end); break;
      case (2 << 3) | LEN: model.producerName = c.string(c.length(end, 2)); break;
      case (3 << 3) | LEN: model.producerVersion = c.string(c.length(end, 3)); break;
      case (7 << 3) | LEN: {
        // A truncated file is cut inside the graph: decode into it to name the innermost cut-off field.
        const len = c.lengthUnchecked();
        const stop = c.pos + len;
        c.path.push('graph');
        // A second graph field is merged into the first (protobuf semantics: python onnx sees both nodes lists).
        decodeGraph(c, stop, model.graph);
        c.path.pop();
        c.pos = stop;
        break;
      }
      case (8 << 3) | LEN: model.opsetImport.push(sub(c, end, 8, `opset_import[${model.opsetImport.length}]`, decodeOpset)); break;
      case (25 << 3) | LEN: model.functions.push(sub(c, end, 25, `functions[${model.functions.length}]`, decodeFunction)); break;
      default: c.skip(tag, end);
    }
  }
  return model;
}

function decodeOpset(c: Cursor, end: number): { domain: string; version: number } {
  const o = { domain: '', version: 0 };
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | LEN)) o.domain = c.string(c.length(end, 1));
    else if (tag === ((2 << 3) | WIRE_VARINT)) o.version = c.int64(end);
    else c.skip(tag, end);
  }
  return o;
}

function decodeFunction(c: Cursor, end: number): ModelFunction {
  const f: ModelFunction = { name: '', domain: '', inputs: [], outputs: [], attributeNames: [], nodes: [] };
  while (c.pos < end) {
    const tag = c.tag(end);
    switch (tag) {
      case (1 << 3) | LEN: f.name = c.string(c.length(end, 1)); break;
      case (4 << 3) | LEN: f.inputs.push(c.string(c.length(end, 4))); break;
      case (5 << 3) | LEN: f.outputs.push(c.string(c.length(end, 5))); break;
      case (6 << 3) | LEN: f.attributeNames.push(c.string(c.length(end, 6))); break;
      case (7 << 3) | LEN: f.nodes.push(sub(c, end, 7, `node[${f.nodes.length}]`, decodeNode) as ModelNode); break;
      case (10 << 3) | LEN: f.domain = c.string(c.length(end, 10)); break;
      default: c.skip(tag, end);
    }
  }
  return f;
}
