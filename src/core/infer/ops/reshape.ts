// Metadata-only reshapes (no kernel: 0 MACs) and the copies Transpose/Expand/Tile (one per element written).
import { attrInt, attrInts, hasInput, inConst, inShape, inVal, normAxis, type OpCtx, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import { reshapeWithBatch } from '../batch.js';
import { broadcast, fmt, strides } from '../shape-util.js';
import { numel, type TensorVal } from '../value.js';

function withValues(out: TensorVal, x: TensorVal): TensorVal {
  if (x.values) out.values = [...x.values];
  return out;
}

export const reshapeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  let target: number[];
  let dynamic = false;
  if (ctx.opset < 5) {
    target = need(attrInts(ctx, 'shape'), 'Reshape-1 without shape attribute');
  } else {
    const t = inVal(ctx, 1);
    target = need(t.values, `shape input ${ctx.node.inputs[1] ?? ''} is not constant`);
    dynamic = t.batchEntries !== undefined;
  }
  const allowzero = attrInt(ctx, 'allowzero', 0) === 1;
  // A 0 copies the input dim: when that dim is the batch, the target follows the batch (not baked).
  if (!allowzero && x.batch && target[x.batch.axis] === 0) dynamic = true;
  target = target.map((d, i) => (d === 0 && !allowzero ? need(shape[i], `Reshape copies missing dim ${i}`) : d));
  const r = reshapeWithBatch(ctx, x, shape, target, dynamic);
  const out = withValues({ shape: r.shape, dtype: x.dtype }, x);
  if (r.batch) out.batch = r.batch;
  if (x.initializer) out.initializer = x.initializer;
  return { outputs: [out], family: 'shape', macs: 0 };
};

export const flattenOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = attrInt(ctx, 'axis', 1);
  const a = axis < 0 ? axis + shape.length : axis;
  if (a < 0 || a > shape.length) fail(`axis ${axis} out of range`);
  const outer = numel(shape.slice(0, a));
  const r = reshapeWithBatch(ctx, x, shape, [outer, numel(shape.slice(a))], false);
  const out = withValues({ shape: r.shape, dtype: x.dtype }, x);
  if (r.batch) out.batch = r.batch;
  if (x.batch && x.batch.axis < a) out.batch = { axis: 0, inner: numel(shape.slice(0, x.batch.axis)) * x.batch.inner };
  if (shape.length === 4 && a === 1) out.flattenedFrom = [...shape];
  return { outputs: [out], family: 'shape', macs: 0 };
};

function axesOf(ctx: OpCtx, attrFromOpset: number): number[] | undefined {
  return ctx.opset >= attrFromOpset ? (hasInput(ctx, 1) ? inConst(ctx, 1) : undefined) : attrInts(ctx, 'axes');
}

export const squeezeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axes = axesOf(ctx, 13)?.map((a) => normAxis(a, shape.length));
  const drop = new Set(axes ?? shape.flatMap((d, i) => (d === 1 ? [i] : [])));
  for (const a of drop) if (shape[a] !== 1) fail(`cannot squeeze axis ${a} of ${fmt(shape)}`);
  const out = withValues({ shape: shape.filter((_, i) => !drop.has(i)), dtype: x.dtype }, x);
  if (x.batch && !drop.has(x.batch.axis)) out.batch = { axis: x.batch.axis - [...drop].filter((a) => a < (x.batch?.axis ?? 0)).length, inner: x.batch.inner };
  if (x.batchEntries) out.batchEntries = [...x.batchEntries];
  return { outputs: [out], family: 'shape', macs: 0 };
};

export const unsqueezeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const raw = need(axesOf(ctx, 13), 'Unsqueeze without axes');
  const rank = shape.length + raw.length;
  const axes = new Set(raw.map((a) => normAxis(a, rank)));
  const outShape: number[] = [];
  let k = 0;
  const map: number[] = [];
  for (let i = 0; i < rank; i++) {
    if (axes.has(i)) outShape.push(1);
    else { map[k] = i; outShape.push(shape[k++] as number); }
  }
  const out = withValues({ shape: outShape, dtype: x.dtype }, x);
  if (x.batch) out.batch = { axis: map[x.batch.axis] as number, inner: x.batch.inner };
  if (x.batchEntries) out.batchEntries = [...x.batchEntries];
  return { outputs: [out], family: 'shape', macs: 0 };
};

export const transposeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const perm = attrInts(ctx, 'perm') ?? shape.map((_, i) => shape.length - 1 - i);
  if (perm.length !== shape.length) fail(`perm ${fmt(perm)} does not match rank ${shape.length}`);
  const outShape = perm.map((p) => need(shape[p], `perm entry ${p} out of range`));
  const out: TensorVal = { shape: outShape, dtype: x.dtype };
  if (x.batch) out.batch = { axis: perm.indexOf(x.batch.axis), inner: x.batch.inner };
  if (x.values && x.values.length === numel(shape)) {
    const inStrides = strides(shape);
    const outStrides = strides(outShape);
    out.values = Array.from({ length: x.values.length }, (_, flat) => {
      let src = 0;
      outShape.forEach((d, i) => { src += (Math.floor(flat / (outStrides[i] as number)) % d) * (inStrides[perm[i] as number] as number); });
      return x.values?.[src] as number;
    });
  }
  const elements = numel(outShape);
  // perm0..permN: the permutation, for plan passes that track strides (core/plan).
  const attrs: Record<string, number> = { elements };
  perm.forEach((p, i) => { attrs[`perm${i}`] = p; });
  return { outputs: [out], family: 'data-movement', macs: 0, attrs };
};

export const expandOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const target = need(inConst(ctx, 1), 'Expand shape is not constant');
  const outShape = broadcast([shape, target]);
  const out: TensorVal = { shape: outShape, dtype: x.dtype };
  if (x.batch) out.batch = { axis: x.batch.axis + outShape.length - shape.length, inner: x.batch.inner };
  if (x.values && numel(outShape) <= 4096) {
    const st = strides(outShape);
    const xs = strides(shape);
    const off = outShape.length - shape.length;
    out.values = Array.from({ length: numel(outShape) }, (_, flat) => {
      let src = 0;
      shape.forEach((d, i) => { src += (d === 1 ? 0 : Math.floor(flat / (st[i + off] as number)) % d) * (xs[i] as number); });
      return x.values?.[src] as number;
    });
  }
  const elements = numel(outShape);
  return { outputs: [out], family: 'data-movement', macs: 0, attrs: { elements }, weightInputs: [0] };
};

export const tileOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const reps = need(inConst(ctx, 1), 'Tile repeats are not constant');
  if (reps.length !== shape.length) fail(`repeats ${fmt(reps)} do not match rank ${shape.length}`);
  const outShape = shape.map((d, i) => d * (reps[i] as number));
  const out: TensorVal = { shape: outShape, dtype: x.dtype };
  if (x.batch && reps[x.batch.axis] === 1) out.batch = { ...x.batch };
  const elements = numel(outShape);
  return { outputs: [out], family: 'data-movement', macs: 0, attrs: { elements }, weightInputs: [0] };
};
