// The fusion rules' view of an inferred model: each top-level node with its tensors, whether each input is
// known when ORT creates the session (its constant folding), and the inferred shapes. The inferred layers are
// the graph's nodes in topological order (subgraph layers carry a scope), so they pair with topoSort's order.
import { topoSort, type DecodedModel } from '../graph/index.js';
import type { InferredModel } from '../infer/index.js';
import type { FusionNode } from './fusion.js';

/** Ops whose output depends on nothing but their inputs' shapes: constant where every input shape is static. */
const SHAPE_OF = new Set(['Shape', 'Size']);

/** True when every graph input (not an initializer) declares only numeric dimensions. */
export function staticInputs(model: DecodedModel): boolean {
  const inits = new Set(model.graph.initializers.map((t) => t.name));
  return model.graph.inputs.filter((i) => !inits.has(i.name)).every((i) => i.shape !== undefined && i.shape.every((d) => typeof d === 'number'));
}

export function fusionNodes(model: DecodedModel, inferred: InferredModel): FusionNode[] {
  const layers = inferred.layers.filter((l) => l.scope === undefined);
  const nodes = topoSort(model.graph.nodes);
  if (nodes.length !== layers.length) throw new Error(`fusionNodes: ${nodes.length} nodes but ${layers.length} top-level layers`);
  const constant = new Set(model.graph.initializers.map((t) => t.name));
  const shapesStatic = staticInputs(model);
  return nodes.map((n, i) => {
    const layer = layers[i]!;
    const known = n.inputs.map((t) => t === '' || constant.has(t));
    const folds = n.opType === 'Constant' || (n.inputs.some((t) => t !== '') && known.every(Boolean)) || (shapesStatic && SHAPE_OF.has(n.opType));
    if (folds) n.outputs.forEach((t) => t && constant.add(t));
    return {
      name: layer.name, op: n.opType, domain: n.domain, inputs: [...n.inputs], outputs: [...n.outputs],
      constant: known.map((k, j) => k && n.inputs[j] !== ''),
      folded: folds,
      inputShapes: layer.inputShapes, outputShapes: layer.outputShapes, family: layer.family, attributes: n.attributes,
      outputBytes: layer.activationBytesOut,
    };
  });
}
