// Reductions, ArgMax/ArgMin and TopK. MACs: one per input element read.
import { DT } from '../../graph/index.js';
import { attrInt, attrInts, hasInput, inConst, inShape, inVal, normAxis, type OpRule } from '../context.js';
import { need } from '../errors.js';
import { numel, type TensorVal } from '../value.js';

/** Opset at which each Reduce op moved `axes` from an attribute to an input. */
function axesAsInputFrom(op: string): number {
  return op === 'ReduceSum' ? 13 : 18;
}

export const reduceOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const rank = shape.length;
  const op = ctx.node.opType;
  const raw = ctx.opset >= axesAsInputFrom(op) ? (hasInput(ctx, 1) ? inConst(ctx, 1) : undefined) : attrInts(ctx, 'axes');
  const keep = attrInt(ctx, 'keepdims', 1) === 1;
  const noop = attrInt(ctx, 'noop_with_empty_axes', 0) === 1;
  const empty = !raw || raw.length === 0;
  const axes = new Set(empty ? (noop ? [] : shape.map((_, i) => i)) : raw.map((a) => normAxis(a, rank)));
  const outShape = keep ? shape.map((d, i) => (axes.has(i) ? 1 : d)) : shape.filter((_, i) => !axes.has(i));
  const out: TensorVal = { shape: outShape, dtype: x.dtype };
  if (x.batch && !axes.has(x.batch.axis)) {
    out.batch = { axis: keep ? x.batch.axis : x.batch.axis - [...axes].filter((a) => a < (x.batch?.axis ?? 0)).length, inner: x.batch.inner };
  }
  const elements = numel(shape);
  // A mean over all spatial dims of an N,C,H,W tensor is global average pooling.
  const spatial = rank >= 3 && axes.size === rank - 2 && [...axes].every((a) => a >= 2);
  const family = op === 'ReduceMean' && spatial ? 'global-pool' : 'reduce';
  return { outputs: [out], family, macs: elements, attrs: { elements, reduced: elements / Math.max(numel(outShape), 1) } };
};

export const argOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, 'axis', 0), shape.length);
  const keep = attrInt(ctx, 'keepdims', 1) === 1;
  const outShape = keep ? shape.map((d, i) => (i === axis ? 1 : d)) : shape.filter((_, i) => i !== axis);
  void x;
  const elements = numel(shape);
  return { outputs: [{ shape: outShape, dtype: DT.INT64 }], family: 'reduce', macs: elements, attrs: { elements } };
};

export const topKOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, 'axis', -1), shape.length);
  const k = ctx.opset >= 10 ? need(inConst(ctx, 1)?.[0], 'TopK k not constant') : attrInt(ctx, 'k', 1);
  const outShape = shape.map((d, i) => (i === axis ? k : d));
  const elements = numel(shape);
  return { outputs: [{ shape: outShape, dtype: x.dtype }, { shape: [...outShape], dtype: DT.INT64 }], family: 'reduce', macs: elements, attrs: { elements, k } };
};
