// inferModel: per-layer shapes, MACs, params and bytes of a decoded model, without weights.
import type { DecodedModel } from '../graph/index.js';
import type { Diagnostic } from '../common/index.js';
import type { InferOptions, InferredModel, LayerCost } from './types.js';
import { checkDeclaredShapes } from './declared.js';
import { bindInputs } from './inputs.js';
import { functionIndex, walkGraph, type WalkEnv } from './walk.js';
import { declaredShapes } from './declared-fallback.js';

export type { Coverage, InferOptions, InferredModel, LayerCost, LayerIo, OpFamily, TensorKind } from './types.js';
export { renderInspect, renderInspectChunks } from './format.js';
export { bindInputs } from './inputs.js';
export type { InspectExtra, InspectFormat } from './format.js';

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
    functions: functionIndex(model.functions),
    ...(file !== undefined ? { file } : {}),
    declared: declaredShapes(model.graph),
    declaredNodes: [],
  };
  const { layers } = walkGraph(model.graph, bound.values, env);
  if (env.declaredNodes.length > 0) diagnostics.push(declaredDiagnostic(model, env.declaredNodes));
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
  if (model.format === 'layers-json') for (const d of checkDeclaredShapes(model, inferred)) diagnostics.push(d);
  return inferred;
}

/** Says how many nodes were sized from declared shapes, and why their own inputs could not size them. */
function declaredDiagnostic(model: DecodedModel, nodes: string[]): Diagnostic {
  const unread = model.graph.initializers.filter((t) => t.external && t.values === undefined && t.dims.reduce((a, b) => a * b, 1) <= 4096).length;
  const why = unread > 0
    ? `their constant inputs (Reshape targets, axes, slice bounds) are in an external-data file that is not read (${unread} small initializers live there)`
    : 'their constant inputs could not be read';
  return {
    severity: 'warning',
    code: 'W_DECLARED_SHAPES',
    message: `${nodes.length} node${nodes.length === 1 ? '' : 's'} sized from the shapes the graph declares (value_info), not inferred: ${why}; batch rebound where the export baked it in; first: ${nodes[0]}`,
  };
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
