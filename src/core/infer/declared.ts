// Declared output shapes (outputShapes in a layers file, value_info in ONNX) against inferred ones: a
// disagreement is a warning naming the layer, since either the file or the shape rule is wrong.
import { type DecodedModel, fileLayersOf } from '../graph/index.js';
import type { Diagnostic } from '../common/index.js';
import type { InferredModel } from './types.js';

/** The batch the file itself declares: the first fixed axis-0 size of a model input. */
function declaredBatch(model: DecodedModel): number | undefined {
  for (const vi of model.graph.inputs) {
    const d = vi.shape?.[0];
    if (typeof d === 'number') return d;
  }
  return undefined;
}

export function checkDeclaredShapes(model: DecodedModel, inferred: InferredModel): Diagnostic[] {
  const declared = new Map(model.graph.valueInfo.map((vi) => [vi.name, vi.shape]));
  if (declared.size === 0) return [];
  const fileBatch = declaredBatch(model) ?? 1;
  const layers = new Map(inferred.layers.map((l) => [l.name, l]));
  const writers = fileLayersOf(model.graph);
  const out: Diagnostic[] = [];
  for (const node of model.graph.nodes) {
    const layer = layers.get(node.name);
    if (!layer || layer.status !== 'estimated') continue;
    node.outputs.forEach((tensor, k) => {
      const want = declared.get(tensor);
      const got = layer.outputShapes[k];
      if (!want || !got || agrees(want, got, fileBatch, inferred.batch)) return;
      const fileLayer = writers?.get(tensor) ?? node.name;
      out.push({
        severity: 'warning',
        code: 'W_DECLARED_SHAPE',
        message: `layer '${fileLayer}' declares output ${tensor} as [${want.map((d) => d ?? '?').join(', ')}] but inference gives [${got.join(', ')}]`,
        node: fileLayer,
        op: node.opType,
      });
    });
  }
  return out;
}

/** Symbolic dims match anything; a fixed dim matches exactly, or scaled by the batch override (file batch → run batch). */
function agrees(want: (number | string | null)[], got: number[], fileBatch: number, runBatch: number): boolean {
  if (want.length !== got.length) return false;
  return want.every((d, i) => {
    const g = got[i] as number;
    if (typeof d !== 'number') return true;
    return d === g || (fileBatch !== runBatch && d * runBatch === g * fileBatch);
  });
}
