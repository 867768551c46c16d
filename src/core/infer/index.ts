// inferModel: per-layer shapes, MACs, params and bytes of a decoded model, without weights.
import type { DecodedModel } from '../graph/index.js';
import type { InferOptions, InferredModel, LayerCost } from './types.js';
import { checkDeclaredShapes } from './declared.js';
import { bindInputs } from './inputs.js';
import { walkGraph, type WalkEnv } from './walk.js';

export type { Coverage, InferOptions, InferredModel, LayerCost, OpFamily } from './types.js';
export { renderInspect } from './format.js';
export { bindInputs } from './inputs.js';
export type { InspectFormat } from './format.js';

/** Default-domain opset of the model (ONNX says: absent means opset 1, but real files always declare it). */
export function defaultOpset(model: DecodedModel): number {
  const entry = model.opsetImport.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  return entry?.version ?? 21;
}

export function inferModel(model: DecodedModel, opts: InferOptions = {}, file?: string): InferredModel {
  const diagnostics: InferredModel['diagnostics'] = [];
  const bound = bindInputs(model.graph, opts, diagnostics, file);
  const env: WalkEnv = {
    opset: defaultOpset(model),
    batch: bound.batch,
    batchOverride: bound.batchOverride,
    diagnostics,
    weights: new Map(),
    functions: model.functions,
    ...(file !== undefined ? { file } : {}),
  };
  const { layers } = walkGraph(model.graph, bound.values, env);
  const inferred: InferredModel = {
    layers,
    coverage: {
      nodes: layers.length,
      estimated: layers.filter((l) => l.status === 'estimated').length,
      unsupported: layers.filter((l) => l.status === 'unsupported').map((l) => ({ op: l.op, node: l.name, reason: l.reason ?? '' })),
    },
    diagnostics,
    batch: bound.batch,
    totals: totalsOf(layers, env.weights),
  };
  // A layers file's declared outputShapes are checked against inference (a disagreement names the layer).
  if (model.format === 'layers-json') diagnostics.push(...checkDeclaredShapes(model, inferred));
  return inferred;
}

/** MACs and activations sum over layers; params and weight bytes count each initializer once. */
function totalsOf(layers: LayerCost[], weights: WalkEnv['weights']): InferredModel['totals'] {
  let macs = 0;
  let activationBytes = 0;
  for (const l of layers) {
    macs += l.macs;
    activationBytes += l.activationBytesOut;
  }
  let params = 0;
  let weightBytes = 0;
  for (const w of weights.values()) {
    params += w.params;
    weightBytes += w.bytes;
  }
  return { macs, params, weightBytes, activationBytes };
}
