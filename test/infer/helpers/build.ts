// Hand-built DecodedModel graphs for unit tests of inference (the decoder is tested elsewhere).
import type { AttributeValue, DecodedModel, Dim, ModelGraph, ModelNode, TensorMeta } from '../../../src/core/graph/index.js';

export type Attr = number | string | number[] | ModelGraph | { floats: number[] };

function attr(v: Attr): AttributeValue {
  if (typeof v === 'number') return Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (Array.isArray(v)) return { type: 'ints', value: v };
  if ('floats' in v) return { type: 'floats', value: v.floats };
  return { type: 'graph', value: v };
}

export function node(opType: string, inputs: string[], outputs: string[], attrs: Record<string, Attr> = {}, name?: string, domain = ''): ModelNode {
  return {
    name: name ?? outputs[0] ?? opType, opType, domain, inputs, outputs,
    attributes: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, attr(v)])),
  };
}

/** A float32 weight (no values) or an int64 constant (with values). */
export function init(name: string, dims: number[], values?: number[], dataType = values ? 7 : 1): TensorMeta {
  const n = dims.reduce((a, b) => a * b, 1);
  const meta: TensorMeta = { name, dataType, dims, byteLength: n * (dataType === 7 ? 8 : 4), external: false };
  if (values) meta.values = values;
  return meta;
}

export function graph(spec: { inputs: Record<string, Dim[]>; nodes: ModelNode[]; inits?: TensorMeta[]; outputs?: string[]; name?: string }): ModelGraph {
  return {
    name: spec.name ?? 'g',
    nodes: spec.nodes,
    inputs: Object.entries(spec.inputs).map(([name, shape]) => ({ name, elemType: 1, shape })),
    outputs: (spec.outputs ?? []).map((name) => ({ name, elemType: 1 })),
    valueInfo: [],
    initializers: spec.inits ?? [],
  };
}

export function model(g: ModelGraph, opset = 17): DecodedModel {
  return { format: 'onnx', irVersion: 8, opsetImport: [{ domain: '', version: opset }], producerName: 'test', producerVersion: '', graph: g, functions: [] };
}
