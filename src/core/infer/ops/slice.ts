// Copies that select or combine: Concat, Split, Slice, Gather*, Pad. Cost: one per element written (set by
// the walker for the data-movement family); attrs.elements is that count.
import { attrInt, attrInts, hasInput, inConst, inShape, inVal, normAxis, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import { clampIndex, fmt, sliceLength, strides } from '../shape-util.js';
import { isWeight, numel, type TensorVal } from '../value.js';

const MAX_FOLD = 4096;

export const concatOp: OpRule = (ctx) => {
  const present = ctx.inputs.filter((v): v is TensorVal => v !== undefined);
  const shapes = present.map((v, k) => need(v.shape, `input ${k} has unknown shape`));
  const first = need(shapes[0], 'Concat without inputs');
  const axis = normAxis(attrInt(ctx, 'axis', 0), first.length);
  const out = [...first];
  out[axis] = 0;
  const batched = present.find((v) => v.batch && v.batch.axis !== axis);
  shapes.forEach((s, k) => {
    if (s.length !== first.length) fail(`Concat inputs have ranks ${first.length} and ${s.length}`);
    s.forEach((d, i) => {
      if (i === axis) return;
      const o = out[i] as number;
      if (d === o) return;
      // A batch-1 constant (e.g. an expanded class token) next to the overridden batch: baked at export.
      if (batched && batched.batch?.axis === i && ctx.batchOverride && (d === 1 || o === 1) && Math.max(d, o) === ctx.batch) {
        if (o === 1) out[i] = d;
        const bakedAt = d === 1 ? k : shapes.findIndex((t) => t[i] === 1);
        const index = ctx.inputs.indexOf(present[bakedAt]);
        const bakedName = ctx.node.inputs[index] ?? String(bakedAt);
        const fixed = ctx.rebatchInput(index, i);
        ctx.warn('W_BATCH_BAKED', `Concat input ${bakedName} has batch 1 baked in at axis ${i}; treated as batch ${ctx.batch}${fixed ? ' (re-derived in the layer that produced it)' : ''}`);
        return;
      }
      fail(`Concat inputs ${fmt(first)} and ${fmt(s)} differ outside axis ${axis}`);
    });
    out[axis] = (out[axis] as number) + (s[axis] as number);
  });
  const result: TensorVal = { shape: out, dtype: present[0]?.dtype ?? 0 };
  if (batched?.batch) result.batch = { ...batched.batch };
  if (present.every((v) => v.values) && out.length === 1) {
    result.values = present.flatMap((v) => v.values as number[]);
    const entries = present.flatMap((v) => v.batchEntries ?? (v.values as number[]).map(() => false));
    if (entries.some((e) => e)) result.batchEntries = entries;
  } else if (present.every((v, k) => v.values && v.values.length === numel(shapes[k] as number[])) && numel(out) <= MAX_FOLD) {
    // Row-major: each input contributes one block of (its axis size × inner) per outer index.
    const outer = numel(out.slice(0, axis));
    const inner = numel(out.slice(axis + 1));
    const values: number[] = [];
    for (let o = 0; o < outer; o++) {
      present.forEach((v, k) => {
        const block = ((shapes[k] as number[])[axis] as number) * inner;
        values.push(...(v.values as number[]).slice(o * block, (o + 1) * block));
      });
    }
    result.values = values;
  }
  return { outputs: [result], family: 'data-movement', macs: 0, attrs: { elements: numel(out), inputs: present.length }, weightInputs: present.map((_, k) => k) };
};

export const splitOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, 'axis', 0), shape.length);
  const dim = shape[axis] as number;
  const count = ctx.node.outputs.length;
  let sizes = ctx.opset >= 13 ? (hasInput(ctx, 1) ? inConst(ctx, 1) : undefined) : attrInts(ctx, 'split') ?? (ctx.opset < 2 && hasInput(ctx, 1) ? inConst(ctx, 1) : undefined);
  if (!sizes) {
    const numOutputs = attrInt(ctx, 'num_outputs', count);
    if (numOutputs !== count) fail(`num_outputs ${numOutputs} differs from the node's ${count} outputs`);
    const chunk = Math.ceil(dim / numOutputs);
    sizes = Array.from({ length: numOutputs }, (_, i) => Math.max(0, Math.min(chunk, dim - i * chunk)));
  }
  if (sizes.reduce((a, b) => a + b, 0) !== dim) fail(`split sizes ${fmt(sizes)} do not sum to ${dim}`);
  const outputs = sizes.map((s) => {
    const o: TensorVal = { shape: shape.map((d, i) => (i === axis ? s : d)), dtype: x.dtype };
    if (x.batch && x.batch.axis !== axis) o.batch = { ...x.batch };
    return o;
  });
  return { outputs, family: 'data-movement', macs: 0, attrs: { elements: numel(shape), outputs: sizes.length } };
};

export const sliceOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const rank = shape.length;
  let starts: number[];
  let ends: number[];
  let axes: number[] | undefined;
  let steps: number[] | undefined;
  if (ctx.opset < 10) {
    starts = need(attrInts(ctx, 'starts'), 'Slice without starts');
    ends = need(attrInts(ctx, 'ends'), 'Slice without ends');
    axes = attrInts(ctx, 'axes');
  } else {
    starts = need(inConst(ctx, 1), 'Slice starts not constant');
    ends = need(inConst(ctx, 2), 'Slice ends not constant');
    axes = hasInput(ctx, 3) ? inConst(ctx, 3) : undefined;
    steps = hasInput(ctx, 4) ? inConst(ctx, 4) : undefined;
  }
  const axisList = (axes ?? starts.map((_, i) => i)).map((a) => normAxis(a, rank));
  const out = [...shape];
  const ranges = shape.map((d) => ({ start: 0, step: 1, len: d }));
  axisList.forEach((a, i) => {
    const dim = shape[a] as number;
    const step = steps?.[i] ?? 1;
    if (step === 0) fail('Slice step 0');
    const start = clampIndex(need(starts[i], 'starts too short'), dim, step, false);
    const end = clampIndex(need(ends[i], 'ends too short'), dim, step, true);
    const len = sliceLength(start, end, step);
    out[a] = len;
    ranges[a] = { start, step, len };
  });
  const result: TensorVal = { shape: out, dtype: x.dtype };
  if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
  if (x.values && x.values.length === numel(shape)) {
    // Any rank and step sign: exporters build Pad's pads by slicing a [n, 2] constant backwards (opset 11+).
    const src = sliceIndices(shape, ranges);
    result.values = src.map((k) => x.values?.[k] as number);
    if (x.batchEntries && rank === 1) result.batchEntries = src.map((k) => x.batchEntries?.[k] ?? false);
  }
  // A negative step is a flip: eager PyTorch copies (a view cannot have negative strides).
  const reversed = ranges.some((r) => r.step < 0 && r.len > 1);
  const attrs: Record<string, number> = { elements: numel(out) };
  if (reversed) attrs.reversed = 1;
  return { outputs: [result], family: 'data-movement', macs: 0, attrs };
};

/** Row-major source offsets of the elements a Slice keeps, in output order. */
function sliceIndices(shape: number[], ranges: { start: number; step: number; len: number }[]): number[] {
  const st = strides(shape);
  let offsets = [0];
  ranges.forEach((r, a) => {
    const next: number[] = [];
    for (const o of offsets) for (let i = 0; i < r.len; i++) next.push(o + (r.start + i * r.step) * (st[a] as number));
    offsets = next;
  });
  return offsets;
}

export const gatherOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const idxShape = inShape(ctx, 1);
  const axis = normAxis(attrInt(ctx, 'axis', 0), shape.length);
  const out = [...shape.slice(0, axis), ...idxShape, ...shape.slice(axis + 1)];
  const result: TensorVal = { shape: out, dtype: x.dtype };
  const idx = inVal(ctx, 1);
  if (x.batch && x.batch.axis !== axis) {
    result.batch = { axis: x.batch.axis < axis ? x.batch.axis : x.batch.axis + idxShape.length - 1, inner: x.batch.inner };
  } else if (!x.batch && idx.batch) {
    result.batch = { axis: idx.batch.axis + axis, inner: idx.batch.inner };
  }
  if (x.values && shape.length === 1 && idx.values) {
    const dim = shape[0] as number;
    const pick = idx.values.map((i) => (i < 0 ? i + dim : i));
    result.values = pick.map((i) => need(x.values?.[i], `Gather index ${i} out of range`));
    if (x.batchEntries) result.batchEntries = pick.map((i) => x.batchEntries?.[i] ?? false);
  }
  // A Gather from a weight table is an embedding lookup.
  const embedding = isWeight(x) && !x.values;
  return { outputs: [result], family: embedding ? 'embedding' : 'data-movement', macs: 0, attrs: { elements: numel(out), axis }, weightInputs: embedding ? [0] : [] };
};

export const gatherElementsOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const out = [...inShape(ctx, 1)];
  return { outputs: [{ shape: out, dtype: x.dtype }], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};

export const gatherNdOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const data = inShape(ctx, 0);
  const idx = inShape(ctx, 1);
  const b = attrInt(ctx, 'batch_dims', 0);
  const last = need(idx[idx.length - 1], 'GatherND indices of rank 0');
  const out = [...idx.slice(0, -1), ...data.slice(b + last)];
  return { outputs: [{ shape: out, dtype: x.dtype }], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};

export const padOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const rank = shape.length;
  const pads = ctx.opset < 11 ? need(attrInts(ctx, 'pads') ?? attrInts(ctx, 'paddings'), 'Pad without pads') : need(inConst(ctx, 1), 'Pad pads not constant');
  const axes = ctx.opset >= 18 && hasInput(ctx, 3) ? need(inConst(ctx, 3), 'Pad axes not constant').map((a) => normAxis(a, rank)) : shape.map((_, i) => i);
  const out = [...shape];
  axes.forEach((a, i) => {
    out[a] = (shape[a] as number) + (pads[i] as number) + (pads[i + axes.length] as number);
  });
  const result: TensorVal = { shape: out, dtype: x.dtype };
  if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
  return { outputs: [result], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};

/** Ops whose single output has the shape of input 0 (CumSum, Trilu, Scatter*, ReverseSequence, ...). */
export const sameShapeCopy: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const out: TensorVal = { shape: [...shape], dtype: x.dtype };
  if (x.batch) out.batch = { ...x.batch };
  const elements = numel(shape);
  const compute = ctx.node.opType === 'CumSum' ? elements : 0;
  return { outputs: [out], family: compute ? 'elementwise' : 'data-movement', macs: compute, attrs: { elements } };
};

export const oneHotOp: OpRule = (ctx) => {
  const idx = inShape(ctx, 0);
  const depth = need(inConst(ctx, 1)?.[0], 'OneHot depth not constant');
  const rank = idx.length + 1;
  const axis = normAxis(attrInt(ctx, 'axis', -1), rank);
  const out = [...idx.slice(0, axis), depth, ...idx.slice(axis)];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 2).dtype }], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};

export const eyeLikeOp: OpRule = (ctx) => {
  const shape = inShape(ctx, 0);
  const dtype = attrInt(ctx, 'dtype', inVal(ctx, 0).dtype);
  return { outputs: [{ shape: [...shape], dtype }], family: 'data-movement', macs: 0, attrs: { elements: numel(shape) } };
};

export const depthSpaceOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, h, w] = inShape(ctx, 0);
  if (n === undefined || c === undefined || h === undefined || w === undefined) fail('expects a 4-D input');
  const b = attrInt(ctx, 'blocksize', 1);
  const out = ctx.node.opType === 'DepthToSpace' ? [n, c / (b * b), h * b, w * b] : [n, c * b * b, h / b, w / b];
  if (!out.every(Number.isInteger)) fail(`blocksize ${b} does not divide ${fmt([n, c, h, w])}`);
  const result: TensorVal = { shape: out, dtype: x.dtype };
  if (x.batch) result.batch = { ...x.batch };
  return { outputs: [result], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};
