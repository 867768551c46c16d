// Walks a graph in topological order, applying one operator rule per node. Never throws for a node:
// a node that cannot be inferred becomes an 'unsupported' layer and its outputs stay unknown.
import { elementBytes, topoSort, type ModelFunction, type ModelGraph, type ModelNode } from '../graph/index.js';
import type { Diagnostic } from '../common/index.js';
import type { LayerCost, LayerIo, TensorKind } from './types.js';
import type { OpCtx, OpResult, SubgraphResult } from './context.js';
import { rebatchLayer } from './batch.js';
import { declaredResult, type DeclaredShapes } from './declared-fallback.js';
import { Unsupported } from './errors.js';
import { checkedValue, layerProblem, resultProblem } from './finite.js';
import { ruleFor } from './registry.js';
import { fromMeta, isWeight, numel, type TensorVal } from './value.js';
import { WEIGHT_ALIAS_OPS, foldedLayer, weightOf, weightPrepSources } from './weights.js';

export interface WalkEnv {
  opset: number;
  batch: number;
  batchOverride: boolean;
  diagnostics: Diagnostic[];
  /** Weight initializers counted so far, by name: totals count a shared (tied) weight once, as PyTorch does. */
  weights: Map<string, { params: number; bytes: number }>;
  /** Model-local functions by functionKey(domain, name): a node calling one is inferred by inlining its body. */
  functions: Map<string, ModelFunction>;
  file?: string;
  /** Declared value_info shapes, the fallback for nodes whose rule cannot size them (core/infer/declared.ts). */
  declared?: DeclaredShapes;
  /** Nodes sized from declared shapes, for the diagnostic. */
  declaredNodes: string[];
}

export interface WalkResult {
  layers: LayerCost[];
  values: Map<string, TensorVal>;
}

export function functionKey(domain: string, name: string): string {
  return `${domain}\u0000${name}`;
}

/** The model's functions by domain and name; the first of two with the same key wins, as a search in file order did. */
export function functionIndex(functions: readonly ModelFunction[]): Map<string, ModelFunction> {
  const index = new Map<string, ModelFunction>();
  for (const f of functions) if (!index.has(functionKey(f.domain, f.name))) index.set(functionKey(f.domain, f.name), f);
  return index;
}

/** Infers every node of `graph`. `scope` values (graph inputs, outer-scope names) are read first. */
export function walkGraph(graph: ModelGraph, scopeValues: Map<string, TensorVal>, env: WalkEnv, scope?: string): WalkResult {
  // The top-level graph copies its few bound inputs; a subgraph layers its values over the outer scope's.
  const values = scope === undefined ? new Map(scopeValues) : new ScopedValues(scopeValues);
  for (const init of graph.initializers) {
    const { value, problem } = checkedValue(fromMeta(init, true));
    if (problem) env.diagnostics.push({ severity: 'warning', code: 'W_TENSOR_DIMS', message: `initializer ${init.name}: ${problem}; its consumers are not estimated` });
    values.set(init.name, value);
  }
  const layers: LayerCost[] = [];
  const names = new UniqueNames();
  const producers: Producers = new Map();
  topoSort(graph.nodes, env.file).forEach((node, index) => {
    const name = names.take(node.name !== '' ? node.name : `${node.opType}_${index}`);
    const produced = inferNode(node, name, values, env, producers, scope);
    const own = produced[produced.length - 1];
    if (own) node.outputs.forEach((o, k) => o !== '' && producers.set(o, { layer: own, output: k }));
    // One by one: a subgraph's layers can number 10^5, too many to spread into a call.
    for (const layer of produced) layers.push(layer);
  });
  return { layers, values };
}

/**
 * The values a (sub)graph sees: its own, over its outer scope's, without copying the outer scope (a model with
 * 10^4 If nodes over 10^5 values would copy 10^9 entries). Only get/set/has/delete are layered; that is all
 * the walk uses.
 */
class ScopedValues extends Map<string, TensorVal> {
  private readonly hidden = new Set<string>();
  constructor(private readonly outer: Map<string, TensorVal>) {
    super();
  }
  override get(name: string): TensorVal | undefined {
    // Values are objects, never undefined: one look-up here answers for own names.
    const own = super.get(name);
    if (own !== undefined || this.hidden.size === 0 || !this.hidden.has(name)) return own ?? this.outer.get(name);
    return undefined;
  }
  override has(name: string): boolean {
    return super.has(name) || (!this.hidden.has(name) && this.outer.has(name));
  }
  override set(name: string, value: TensorVal): this {
    this.hidden.delete(name);
    return super.set(name, value);
  }
  override delete(name: string): boolean {
    const had = this.has(name);
    super.delete(name);
    this.hidden.add(name);
    return had;
  }
}

/** `conv`, `conv_2`, `conv_3`...: each base remembers its next suffix, so 10^5 equal names stay linear. */
class UniqueNames {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  take(base: string): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let k = this.next.get(base) ?? 2;
    let name = `${base}_${k}`;
    while (this.used.has(name)) name = `${base}_${++k}`;
    this.next.set(base, k + 1);
    this.used.add(name);
    return name;
  }
}

/** Which layer (and which of its outputs) produced each tensor of the graph being walked. */
type Producers = Map<string, { layer: LayerCost; output: number }>;

function inferNode(node: ModelNode, name: string, values: Map<string, TensorVal>, env: WalkEnv, producers: Producers, scope?: string): LayerCost[] {
  const inputs = node.inputs.map((i) => (i === '' ? undefined : values.get(i)));
  // The layer as it stood before its rule ran (a rule may rebatch an input), built only for a node that
  // ends unsupported: an inferred node's layer is built once, by costLayer.
  const before = inputs.slice();
  const base = (): LayerCost => baseLayer(node, name, before, scope);
  const missing = node.inputs.find((i, k) => i !== '' && inputs[k] === undefined);
  const fn = env.functions.size > 0 ? env.functions.get(functionKey(node.domain, node.opType)) : undefined;
  if (!fn && node.domain !== '' && node.domain !== 'ai.onnx') {
    return [unsupported(base(), `operator domain '${node.domain}' is not supported`)];
  }
  const rule = fn ? functionRule(fn) : ruleFor(node.opType);
  if (!rule) return [unsupported(base(), `operator ${node.opType} is not supported`)];
  if (missing !== undefined) return [unsupported(base(), `input ${missing} unknown`)];
  let result: OpResult;
  const ctx = makeCtx(node, inputs, values, env, producers, name, scope);
  try {
    result = rule(ctx);
  } catch (err) {
    if (err instanceof Unsupported) {
      const declared = env.declared ? declaredResult(ctx, env.declared) : undefined;
      if (!declared) return [unsupported(base(), err.reason)];
      env.declaredNodes.push(name);
      result = declared;
    } else {
      if (err instanceof Error && err.name === 'EnergyDiffError') throw err;
      return [unsupported(base(), `internal error: ${err instanceof Error ? err.message : String(err)}`)];
    }
  }
  const problem = resultProblem(result, node.outputs);
  if (problem) return [unsupported(base(), problem)];
  const weight = inputs[0]?.initializer;
  if (weight && WEIGHT_ALIAS_OPS.has(node.opType) && result.outputs[0] && !result.outputs[0].initializer) {
    result.outputs[0] = { ...result.outputs[0], initializer: weight };
  }
  const prepSources = weightPrepSources(node, inputs);
  if (prepSources) result.outputs = result.outputs.map((v) => ({ ...v, weightSources: prepSources }));
  node.outputs.forEach((o, k) => {
    const v = result.outputs[k];
    if (o === '' || !v) return;
    // An output whose shape stayed unknown (e.g. a loop body output) is not passed on: consumers then
    // report "input X unknown" instead of guessing.
    if (v.shape === null) {
      env.diagnostics.push({ severity: 'warning', code: 'W_SHAPE_UNKNOWN', message: `shape of output ${o} is unknown`, node: name, op: node.opType });
      return;
    }
    values.set(o, v);
  });
  const cost = costLayer(name, node, inputs, result, env.weights, scope);
  const counts = layerProblem(cost);
  if (counts) return [unsupported(base(), counts)];
  const own = prepSources ? foldedLayer(cost) : cost;
  return result.subLayers ? [...result.subLayers, own] : [own];
}

function tensorKind(v: TensorVal | undefined): TensorKind {
  if (!v || v.shape === null) return 'unknown';
  if (isWeight(v)) return 'weight';
  return v.values !== undefined ? 'constant' : 'activation';
}

function layerIo(node: ModelNode, inputs: (TensorVal | undefined)[], outputs: TensorVal[]): LayerIo {
  return {
    inputs: node.inputs,
    outputs: node.outputs,
    inputKinds: node.inputs.map((_, k) => tensorKind(inputs[k])),
    outputKinds: node.outputs.map((_, k) => tensorKind(outputs[k])),
    outputDtypes: node.outputs.map((_, k) => outputs[k]?.dtype ?? 0),
  };
}

function makeCtx(node: ModelNode, inputs: (TensorVal | undefined)[], values: Map<string, TensorVal>, env: WalkEnv, producers: Producers, name: string, scope?: string): OpCtx {
  return {
    rebatchInput: (i, axis) => {
      const tensor = node.inputs[i] ?? '';
      const p = producers.get(tensor);
      const v = values.get(tensor);
      if (!p || !v?.shape || !rebatchLayer(p.layer, p.output, axis, env.batch)) return false;
      const rebatched: TensorVal = { ...v, shape: v.shape.map((d, a) => (a === axis ? env.batch : d)), batch: { axis, inner: 1 } };
      delete rebatched.values;
      values.set(tensor, rebatched);
      inputs[i] = rebatched;
      return true;
    },
    node,
    opset: env.opset,
    inputs,
    batch: env.batch,
    batchOverride: env.batchOverride,
    warn: (code, message) => env.diagnostics.push({ severity: 'warning', code, message, node: name, op: node.opType }),
    inferSubgraph: (graph, formal, subScope): SubgraphResult => {
      const inner = new ScopedValues(values);
      graph.inputs.forEach((vi, k) => {
        const given = formal[k];
        if (given) inner.set(vi.name, given);
        else if (vi.shape && vi.shape.every((d) => typeof d === 'number')) inner.set(vi.name, checkedValue({ shape: vi.shape as number[], dtype: vi.elemType }).value);
        else inner.delete(vi.name);
      });
      const path = scope ? `${scope}/${subScope}` : subScope;
      const r = walkGraph(graph, inner, env, path);
      return { outputs: graph.outputs.map((o) => r.values.get(o.name)), layers: r.layers };
    },
  };
}

function baseLayer(node: ModelNode, name: string, inputs: (TensorVal | undefined)[], scope?: string): LayerCost {
  const layer: LayerCost = {
    name, op: node.opType, domain: node.domain, family: 'unsupported',
    inputShapes: inputs.map((v) => v?.shape ?? null),
    outputShapes: [], macs: 0, params: 0, weightBytes: 0, activationBytesIn: 0, activationBytesOut: 0,
    attrs: NO_ATTRS, status: 'estimated',
  };
  if (scope) layer.scope = scope;
  layer.io = layerIo(node, inputs, []);
  return layer;
}

/** The attrs of every layer whose rule gives none: one frozen object, not 10^6 empty ones (46 bytes each). */
const NO_ATTRS: Record<string, number> = Object.freeze({});

function unsupported(layer: LayerCost, reason: string): LayerCost {
  return { ...layer, family: 'unsupported', status: 'unsupported', reason };
}

function bytesOf(v: TensorVal): number {
  return v.shape ? numel(v.shape) * elementBytes(v.dtype) : 0;
}

/** The layer of an inferred node, with baseLayer's key order (the JSON reports list them in it). */
function costLayer(name: string, node: ModelNode, inputs: (TensorVal | undefined)[], r: OpResult, seen: WalkEnv['weights'], scope?: string): LayerCost {
  const weights = r.weightInputs;
  let params = 0;
  let weightBytes = 0;
  let bytesIn = 0;
  inputs.forEach((v, k) => {
    if (!v) return;
    if (isWeight(v)) {
      if (weights !== undefined && weights.includes(k)) {
        const w = weightOf(v, seen);
        params += w.params;
        weightBytes += w.bytes;
      }
      return;
    }
    // Folded constants (shape arithmetic) are not activations read from memory by a kernel.
    if (v.values === undefined) bytesIn += bytesOf(v);
  });
  const outputs = node.outputs.map((_, k) => r.outputs[k]);
  // Copies count one operation per element written, as the measured data set counts Concat, Transpose and
  // Embedding; folded constants are not written at run time.
  const written = outputs.reduce((s, v) => s + (v?.shape && v.values === undefined ? numel(v.shape) : 0), 0);
  const macs = r.family === 'data-movement' || r.family === 'embedding' ? written : r.macs;
  const layer: LayerCost = {
    name, op: node.opType, domain: node.domain,
    family: r.family,
    // Shapes are shared with the values, not copied: neither inference nor the reports change a shape array
    // in place (rebatching replaces one), and copies were a third of the layers' memory at 10^6 nodes.
    inputShapes: inputs.map((v) => v?.shape ?? null),
    outputShapes: outputs.map((v) => v?.shape ?? []),
    macs,
    params,
    weightBytes,
    activationBytesIn: bytesIn,
    activationBytesOut: outputs.reduce((s, v) => s + (v && v.values === undefined ? bytesOf(v) : 0), 0),
    attrs: r.attrs ?? NO_ATTRS,
    status: 'estimated',
  };
  if (scope) layer.scope = scope;
  layer.io = layerIo(node, inputs, r.outputs);
  return layer;
}

/** A call of a model-local function: its body is inferred as a subgraph, its layers listed under the call. */
function functionRule(fn: ModelFunction): (ctx: OpCtx) => OpResult {
  return (ctx) => {
    const body: ModelGraph = {
      name: fn.name,
      nodes: fn.nodes,
      inputs: fn.inputs.map((name) => ({ name, elemType: 0 })),
      outputs: fn.outputs.map((name) => ({ name, elemType: 0 })),
      valueInfo: [],
      initializers: [],
    };
    const r = ctx.inferSubgraph(body, ctx.inputs, `${ctx.node.name || fn.name}/${fn.name}`);
    return { outputs: r.outputs.map((v) => v ?? { shape: null, dtype: 0 }), family: 'control', macs: 0, subLayers: r.layers };
  };
}
