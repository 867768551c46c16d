// Maps tensor names to the inferred shapes of the top-level graph, via node names (unique in exports).
import type { DecodedModel } from '../../../src/core/graph/index.js';
import type { InferredModel } from '../../../src/core/infer/index.js';

export function tensorShapes(model: DecodedModel, inferred: InferredModel): Map<string, number[]> {
  const layers = new Map(inferred.layers.filter((l) => l.scope === undefined).map((l) => [l.name, l]));
  const shapes = new Map<string, number[]>();
  for (const n of model.graph.nodes) {
    const l = layers.get(n.name);
    if (!l || l.status !== 'estimated') continue;
    n.outputs.forEach((o, k) => {
      const s = l.outputShapes[k];
      if (o !== '' && s) shapes.set(o, s);
    });
  }
  return shapes;
}
