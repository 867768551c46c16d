// Constants and shape arithmetic: Constant, Shape, Size, ConstantOfShape, Range, Cast, Identity, Dropout.
// These produce small integer tensors whose values later ops (Reshape, Expand, Slice ...) need.
import { DT, isFloatType, type TensorMeta } from '../../graph/index.js';
import { attrInt, attrFloat, attrFloats, attrInts, hasInput, inConst, inShape, inVal, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import { numel, type TensorVal } from '../value.js';
import { shapeProblem } from '../finite.js';

const MAX_FOLD = 4096;

function metaValue(meta: TensorMeta): TensorVal {
  const v: TensorVal = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel(meta.dims)) v.values = [...meta.values];
  return v;
}

export const constantOp: OpRule = (ctx) => {
  const a = ctx.node.attributes;
  let out: TensorVal;
  if (a.value?.type === 'tensor') {
    out = metaValue(a.value.value);
    // Some converters store weights in Constant nodes instead of initializers: a float tensor of more than
    // one element, not uniform (zero initial states, fill values), is treated like an initializer.
    const t = a.value.value;
    const uniform = t.values !== undefined && t.values.every((v) => v === t.values?.[0]);
    if (isFloatType(t.dataType) && numel(t.dims) > 1 && !uniform) out.initializer = t;
  }
  else if (a.value_float) out = { shape: [], dtype: DT.FLOAT, values: [attrFloat(ctx, 'value_float', 0)] };
  else if (a.value_int) out = { shape: [], dtype: DT.INT64, values: [attrInt(ctx, 'value_int', 0)] };
  else if (a.value_floats) { const v = attrFloats(ctx, 'value_floats') ?? []; out = { shape: [v.length], dtype: DT.FLOAT, values: v }; }
  else if (a.value_ints) { const v = attrInts(ctx, 'value_ints') ?? []; out = { shape: [v.length], dtype: DT.INT64, values: v }; }
  else if (a.sparse_value?.type === 'sparse_tensor') out = { shape: [...a.sparse_value.value.dims], dtype: a.sparse_value.value.dataType };
  else fail('Constant without a supported value attribute');
  return { outputs: [out], family: 'shape', macs: 0 };
};

export const shapeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const rank = shape.length;
  const clampAxis = (v: number): number => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
  const start = ctx.opset >= 15 ? clampAxis(attrInt(ctx, 'start', 0)) : 0;
  const end = ctx.opset >= 15 ? clampAxis(attrInt(ctx, 'end', rank)) : rank;
  const values = shape.slice(start, Math.max(start, end));
  const out: TensorVal = { shape: [values.length], dtype: DT.INT64, values };
  if (x.batch && x.batch.axis >= start && x.batch.axis < end) {
    out.batchEntries = values.map((_, i) => i + start === x.batch?.axis);
  }
  return { outputs: [out], family: 'shape', macs: 0 };
};

export const sizeOp: OpRule = (ctx) => ({
  outputs: [{ shape: [], dtype: DT.INT64, values: [numel(inShape(ctx, 0))] }], family: 'shape', macs: 0,
});

export const constantOfShape: OpRule = (ctx) => {
  const dims = need(inConst(ctx, 0), 'shape input is not constant');
  const bad = shapeProblem(dims);
  if (bad) fail(`shape input: ${bad}`);
  const a = ctx.node.attributes.value;
  const meta = a?.type === 'tensor' ? a.value : undefined;
  const dtype = meta?.dataType ?? DT.FLOAT;
  const fill = meta?.values?.[0] ?? 0;
  const out: TensorVal = { shape: dims, dtype };
  if (numel(dims) <= MAX_FOLD) out.values = new Array<number>(numel(dims)).fill(fill);
  const elements = numel(dims);
  return { outputs: [out], family: 'data-movement', macs: 0, attrs: { elements } };
};

export const rangeOp: OpRule = (ctx) => {
  const start = need(inConst(ctx, 0)?.[0], 'Range start not constant');
  const limit = need(inConst(ctx, 1)?.[0], 'Range limit not constant');
  const delta = need(inConst(ctx, 2)?.[0], 'Range delta not constant');
  if (delta === 0) fail('Range delta is 0');
  const n = Math.max(Math.ceil((limit - start) / delta), 0);
  const out: TensorVal = { shape: [n], dtype: inVal(ctx, 0).dtype };
  if (n <= MAX_FOLD) out.values = Array.from({ length: n }, (_, i) => start + i * delta);
  return { outputs: [out], family: 'data-movement', macs: 0, attrs: { elements: n } };
};

function castValue(v: number, to: number): number {
  if (to === DT.BOOL) return v ? 1 : 0;
  if (isFloatType(to)) return v;
  return Math.trunc(v);
}

export const castOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const to = ctx.node.opType === 'CastLike' ? inVal(ctx, 1).dtype : attrInt(ctx, 'to', x.dtype);
  const out: TensorVal = { shape: [...shape], dtype: to };
  if (x.values) out.values = x.values.map((v) => castValue(v, to));
  if (x.batchEntries) out.batchEntries = [...x.batchEntries];
  if (x.batch) out.batch = { ...x.batch };
  const elements = numel(shape);
  return { outputs: [out], family: x.values ? 'shape' : 'activation', macs: x.values ? 0 : elements, attrs: { elements } };
};

/** Identity keeps everything, including the initializer alias (exporters route shared weights through it). */
export const identityOp: OpRule = (ctx) => ({ outputs: [{ ...inVal(ctx, 0) }], family: 'shape', macs: 0 });

export const dropoutOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const training = hasInput(ctx, 2) ? (ctx.inputs[2]?.values?.[0] ?? 1) !== 0 : ctx.opset < 7 && attrInt(ctx, 'is_test', 0) === 0;
  const out: TensorVal = { shape: [...shape], dtype: x.dtype };
  if (x.batch) out.batch = { ...x.batch };
  const mask: TensorVal = { shape: [...shape], dtype: DT.BOOL };
  const elements = numel(shape);
  // At inference Dropout is a no-op; in training mode it draws a mask and scales: one op per element.
  // The drop probability (input 1 from opset 12, else the attribute; 0.5 by default), when it is known.
  const ratio = ctx.opset >= 12 ? (hasInput(ctx, 1) ? ctx.inputs[1]?.values?.[0] : 0.5) : attrFloat(ctx, 'ratio', 0.5);
  const attrs: Record<string, number> = { elements, training: training ? 1 : 0 };
  if (ratio !== undefined) attrs.ratio = ratio;
  return { outputs: [out, mask], family: training ? 'elementwise' : 'shape', macs: training ? elements : 0, attrs };
};
