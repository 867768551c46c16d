// Gemm, MatMul and Einsum. MACs = product of the output size and the contracted size (bias not counted).
// family 'gemm' when an operand is a weight initializer (Linear), 'matmul' between activations (attention).
import { attrInt, attrString, inShape, inVal, type OpCtx, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import { broadcast, fmt } from '../shape-util.js';
import { isWeight, numel, type BatchPos, type TensorVal } from '../value.js';

export const gemmOp: OpRule = (ctx) => {
  const a = inVal(ctx, 0);
  const aShape = inShape(ctx, 0);
  const bShape = inShape(ctx, 1);
  if (aShape.length !== 2 || bShape.length !== 2) fail(`Gemm expects 2-D inputs, got ${fmt(aShape)} and ${fmt(bShape)}`);
  const transA = attrInt(ctx, 'transA', 0) === 1;
  const transB = attrInt(ctx, 'transB', 0) === 1;
  let [m, k] = (transA ? [aShape[1], aShape[0]] : aShape) as [number, number];
  const [kb, n] = (transB ? [bShape[1], bShape[0]] : bShape) as [number, number];
  if (k !== kb && !transA) k = bakedPoolFeatures(ctx, a, k, kb);
  if (k !== kb) fail(`Gemm inner dims differ: ${fmt(aShape)} x ${fmt(bShape)}`);
  const out: TensorVal = { shape: [m, n], dtype: a.dtype };
  if (a.batch && a.batch.axis === (transA ? 1 : 0)) out.batch = { axis: 0, inner: a.batch.inner };
  return { outputs: [out], family: 'gemm', macs: m * k * n, attrs: { batch: m, inFeatures: k, outFeatures: n }, weightInputs: [0, 1, 2] };
};

/**
 * A classifier after Flatten of an N,C,H,W map whose weight expects C x S x S features: the export baked an
 * adaptive pool to S x S (torchvision VGG, AlexNet) as a fixed pool for its own input size, so at another
 * input size the features no longer match. Eager PyTorch pools to S x S whatever the input: size the Gemm so.
 */
function bakedPoolFeatures(ctx: OpCtx, a: TensorVal, k: number, kb: number): number {
  const from = a.flattenedFrom;
  const c = from?.[1];
  if (!from || !c || kb % c !== 0) return k;
  const side = Math.round(Math.sqrt(kb / c));
  if (side * side * c !== kb) return k;
  ctx.warn('W_POOL_SIZE_BAKED', `Gemm expects ${kb} = ${c}x${side}x${side} features, the graph gives ${k} = ${from.slice(1).join('x')}: an adaptive pool to ${side}x${side} was exported as a fixed pool at the export's input size; sized as ${side}x${side}, as eager PyTorch pools`);
  return kb;
}

export const matmulOp: OpRule = (ctx) => {
  const a = inVal(ctx, 0);
  const b = inVal(ctx, 1);
  const aRaw = inShape(ctx, 0);
  const bRaw = inShape(ctx, 1);
  if (aRaw.length === 0 || bRaw.length === 0) fail('MatMul of a scalar');
  const aShape = aRaw.length === 1 ? [1, aRaw[0] as number] : aRaw;
  const bShape = bRaw.length === 1 ? [bRaw[0] as number, 1] : bRaw;
  const m = aShape[aShape.length - 2] as number;
  const k = aShape[aShape.length - 1] as number;
  const kb = bShape[bShape.length - 2] as number;
  const n = bShape[bShape.length - 1] as number;
  if (k !== kb) fail(`MatMul inner dims differ: ${fmt(aRaw)} x ${fmt(bRaw)}`);
  const batchDims = broadcast([aShape.slice(0, -2), bShape.slice(0, -2)]);
  const shape = [...batchDims, ...(aRaw.length === 1 ? [] : [m]), ...(bRaw.length === 1 ? [] : [n])];
  const out: TensorVal = { shape, dtype: a.dtype };
  const batch = matmulBatch(a, aRaw, b, bRaw, shape.length);
  if (batch) out.batch = batch;
  const batches = numel(batchDims);
  const weight = isWeight(a) || isWeight(b);
  const attrs: Record<string, number> = weight
    ? { batch: batches * m, inFeatures: k, outFeatures: n, m, k, n }
    : { batch: batches, m, k, n };
  return { outputs: [out], family: weight ? 'gemm' : 'matmul', macs: batches * m * k * n, attrs, weightInputs: [0, 1] };
};

function matmulBatch(a: TensorVal, aRaw: number[], b: TensorVal, bRaw: number[], outRank: number): BatchPos | undefined {
  if (a.batch && aRaw.length >= 2 && a.batch.axis !== aRaw.length - 1) {
    return { axis: a.batch.axis + outRank - aRaw.length, inner: a.batch.inner };
  }
  if (b.batch && bRaw.length >= 2 && b.batch.axis === bRaw.length - 1) return { axis: outRank - 1, inner: b.batch.inner };
  if (b.batch && bRaw.length > 2 && b.batch.axis < bRaw.length - 2) return { axis: b.batch.axis + outRank - bRaw.length, inner: b.batch.inner };
  return undefined;
}

/** Splits an einsum term into labels; '...' becomes one entry per broadcast dim. */
function labels(term: string, rank: number, ellipsisRank: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) {
    if (term.startsWith('...', i)) {
      for (let e = 0; e < ellipsisRank; e++) out.push(`.${e}`);
      i += 2;
    } else out.push(term[i] as string);
  }
  void rank;
  return out;
}

export const einsumOp: OpRule = (ctx) => {
  const eq = attrString(ctx, 'equation', '').replace(/\s+/g, '');
  const [lhs, rhs] = eq.split('->') as [string, string | undefined];
  const terms = lhs.split(',');
  if (terms.length !== ctx.inputs.length) fail(`equation '${eq}' has ${terms.length} operands, node has ${ctx.inputs.length}`);
  const sizes = new Map<string, number>();
  let ellipsisRank = 0;
  terms.forEach((t, i) => {
    const shape = inShape(ctx, i);
    const named = t.replace('...', '').length;
    if (t.includes('...')) ellipsisRank = Math.max(ellipsisRank, shape.length - named);
  });
  const ellipsisDims: number[] = new Array<number>(ellipsisRank).fill(1);
  terms.forEach((t, i) => {
    const shape = inShape(ctx, i);
    const ls = labels(t, shape.length, shape.length - t.replace('...', '').length);
    if (ls.length !== shape.length) fail(`term '${t}' does not match ${fmt(shape)}`);
    ls.forEach((l, d) => {
      const size = shape[d] as number;
      if (l.startsWith('.')) {
        const e = ellipsisRank - (shape.length - t.replace('...', '').length) + Number(l.slice(1));
        ellipsisDims[e] = Math.max(ellipsisDims[e] as number, size);
        return;
      }
      const seen = sizes.get(l);
      if (seen !== undefined && seen !== size && seen !== 1 && size !== 1) fail(`label ${l} has sizes ${seen} and ${size}`);
      sizes.set(l, Math.max(seen ?? 1, size));
    });
  });
  const counts = new Map<string, number>();
  terms.forEach((t) => [...t.replace('...', '')].forEach((l) => counts.set(l, (counts.get(l) ?? 0) + 1)));
  const outLabels = rhs !== undefined ? rhs : `${eq.includes('...') ? '...' : ''}${[...counts.entries()].filter(([, c]) => c === 1).map(([l]) => l).sort().join('')}`;
  const shape: number[] = [];
  for (let i = 0; i < outLabels.length; i++) {
    if (outLabels.startsWith('...', i)) { shape.push(...ellipsisDims); i += 2; continue; }
    shape.push(need(sizes.get(outLabels[i] as string), `output label ${outLabels[i] ?? ''} not in inputs`));
  }
  const macs = numel([...sizes.values()]) * numel(ellipsisDims);
  const weight = ctx.inputs.some(isWeight);
  const dtype = ctx.inputs[0]?.dtype ?? 0;
  const out: TensorVal = { shape, dtype };
  const batch = einsumBatch(ctx.inputs, terms, outLabels);
  if (batch) out.batch = batch;
  return { outputs: [out], family: weight ? 'gemm' : 'matmul', macs, attrs: { elements: numel(shape), operands: terms.length }, weightInputs: ctx.inputs.map((_, i) => i) };
};

/** The batch axis follows its (named) label into the output. */
function einsumBatch(inputs: (TensorVal | undefined)[], terms: string[], outLabels: string): BatchPos | undefined {
  if (outLabels.includes('...')) return undefined;
  for (const [i, v] of inputs.entries()) {
    const term = terms[i];
    if (!v?.batch || term === undefined || term.includes('...')) continue;
    const label = term[v.batch.axis];
    const axis = label === undefined ? -1 : outLabels.indexOf(label);
    if (axis >= 0) return { axis, inner: v.batch.inner };
  }
  return undefined;
}
