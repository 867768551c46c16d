// The interface between the graph walker and one operator rule.
import type { DiagnosticCode } from '../common/index.js';
import type { LayerCost, OpFamily } from './types.js';
import type { ModelGraph, ModelNode } from '../graph/index.js';
import { fail, need } from './errors.js';
import type { TensorVal } from './value.js';

export interface OpResult {
  outputs: TensorVal[];
  family: OpFamily;
  macs: number;
  attrs?: Record<string, number>;
  /** Input indices whose initializers are trainable weights (counted as params and weightBytes). */
  weightInputs?: number[];
  /** Layers of control-flow bodies, already scoped and scaled. */
  subLayers?: LayerCost[];
}

export interface SubgraphResult {
  outputs: (TensorVal | undefined)[];
  layers: LayerCost[];
}

export interface OpCtx {
  node: ModelNode;
  opset: number;
  /** One entry per node input; undefined for an omitted optional input ('') or an unknown value. */
  inputs: (TensorVal | undefined)[];
  /** The batch size inference runs at, and whether it overrides what the model declares. */
  batch: number;
  batchOverride: boolean;
  warn(code: DiagnosticCode, message: string): void;
  /** Re-derives a batch-1 axis of input i in the layer that produced it (an Expand/Tile of a constant
   *  sized at export). Returns false when that producer cannot be rebatched. */
  rebatchInput(i: number, axis: number): boolean;
  /** Infers a body graph with the given formal inputs; outer-scope names resolve to the caller's values. */
  inferSubgraph(graph: ModelGraph, inputs: (TensorVal | undefined)[], scope: string): SubgraphResult;
}

export type OpRule = (ctx: OpCtx) => OpResult;

// ---------------------------------------------------------------- attribute helpers

export function attrInt(ctx: OpCtx, name: string, fallback: number): number {
  const a = ctx.node.attributes[name];
  return a && a.type === 'int' ? a.value : fallback;
}

export function attrFloat(ctx: OpCtx, name: string, fallback: number): number {
  const a = ctx.node.attributes[name];
  return a && a.type === 'float' ? a.value : a && a.type === 'int' ? a.value : fallback;
}

export function attrInts(ctx: OpCtx, name: string): number[] | undefined {
  const a = ctx.node.attributes[name];
  if (!a) return undefined;
  if (a.type === 'ints') return a.value;
  if (a.type === 'int') return [a.value];
  return undefined;
}

export function attrFloats(ctx: OpCtx, name: string): number[] | undefined {
  const a = ctx.node.attributes[name];
  if (!a) return undefined;
  if (a.type === 'floats') return a.value;
  if (a.type === 'ints') return a.value;
  return undefined;
}

export function attrString(ctx: OpCtx, name: string, fallback: string): string {
  const a = ctx.node.attributes[name];
  return a && a.type === 'string' ? a.value : fallback;
}

/** Input i, which must be present with a known shape. */
export function inShape(ctx: OpCtx, i: number): number[] {
  const v = ctx.inputs[i];
  if (!v) fail(`input ${i} (${ctx.node.inputs[i] ?? '?'}) missing`);
  return need(v.shape, `input ${ctx.node.inputs[i] ?? i} has unknown shape`);
}

export function inVal(ctx: OpCtx, i: number): TensorVal {
  const v = ctx.inputs[i];
  if (!v) fail(`input ${i} (${ctx.node.inputs[i] ?? '?'}) missing`);
  return v;
}

/** Constant integer values of input i (shape tensors, axes, pads ...), or undefined when absent/empty name. */
export function inConst(ctx: OpCtx, i: number): number[] | undefined {
  const name = ctx.node.inputs[i];
  if (name === undefined || name === '') return undefined;
  const v = ctx.inputs[i];
  return need(v?.values, `input ${name} is not a constant`);
}

export function hasInput(ctx: OpCtx, i: number): boolean {
  const name = ctx.node.inputs[i];
  return name !== undefined && name !== '';
}

export function normAxis(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) fail(`axis ${axis} out of range for rank ${rank}`);
  return a;
}
