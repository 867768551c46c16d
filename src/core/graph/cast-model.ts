// A model as deployed at another precision than it was exported in (autocast, model.half(), .to(bf16)):
// every float32 tensor (inputs, outputs, declared shapes, initializers, constants, Cast targets) re-typed,
// in every subgraph and function, so inference sizes bytes at the deployed type and the kernel plan prices
// each kernel at it. Other element types (indices, masks, float64) are left as they are.
import type { AttributeValue, DecodedModel, ModelGraph, ModelNode, TensorMeta, ValueInfo } from './model-types.js';
import { DT, elementBytes } from './dtype.js';

/** Precisions a user can declare for an fp32 export (`--precision`, config `precision:`). */
export const DEPLOY_PRECISIONS = ['fp32', 'fp16', 'bf16'] as const;
export type DeployPrecision = (typeof DEPLOY_PRECISIONS)[number];

const TYPE_OF: Record<DeployPrecision, number> = { fp32: DT.FLOAT, fp16: DT.FLOAT16, bf16: DT.BFLOAT16 };

/** Attributes that name an element type (Cast's target, generators' dtype). */
const TYPE_ATTRS = new Set(['to', 'dtype', 'output_dtype']);

export function castModel(model: DecodedModel, precision: DeployPrecision): DecodedModel {
  const to = TYPE_OF[precision];
  if (to === DT.FLOAT) return model;
  const retype = (t: number): number => (t === DT.FLOAT ? to : t);
  const tensor = (m: TensorMeta): TensorMeta => {
    if (m.dataType !== DT.FLOAT) return m;
    const byteLength = m.byteLength > 0 ? (m.byteLength * elementBytes(to)) / elementBytes(DT.FLOAT) : m.byteLength;
    return { ...m, dataType: to, byteLength };
  };
  const info = (v: ValueInfo): ValueInfo => ({ ...v, elemType: retype(v.elemType) });
  const attr = (name: string, a: AttributeValue): AttributeValue => {
    switch (a.type) {
      case 'int': return TYPE_ATTRS.has(name) ? { type: 'int', value: retype(a.value) } : a;
      case 'tensor': return { type: 'tensor', value: tensor(a.value) };
      case 'tensors': return { type: 'tensors', value: a.value.map(tensor) };
      case 'graph': return { type: 'graph', value: graph(a.value) };
      case 'graphs': return { type: 'graphs', value: a.value.map(graph) };
      default: return a;
    }
  };
  const node = (n: ModelNode): ModelNode => ({
    ...n, attributes: Object.fromEntries(Object.entries(n.attributes).map(([k, a]) => [k, attr(k, a)])),
  });
  function graph(g: ModelGraph): ModelGraph {
    return {
      ...g, nodes: g.nodes.map(node), inputs: g.inputs.map(info), outputs: g.outputs.map(info),
      valueInfo: g.valueInfo.map(info), initializers: g.initializers.map(tensor),
    };
  }
  return { ...model, graph: graph(model.graph), functions: model.functions.map((f) => ({ ...f, nodes: f.nodes.map(node) })) };
}
