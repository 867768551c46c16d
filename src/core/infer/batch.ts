// Batch override on graphs exported at a fixed batch: exporters bake batch 1 into Reshape targets
// (ViT [1,197,12,64], BERT [1,128,12,64], torch MHA [197,12,64] = [seq, batch*heads, dim]). When the input
// of such a Reshape carries the overridden batch N, the target is re-derived: the reshape is solved at
// batch 1, then N is put back into the output axis that holds the batch factor. Row-major order makes the
// number of batch-1 elements before the batch factor (P) invariant under reshapes, which locates it.
import type { LayerCost } from './types.js';
import type { OpCtx } from './context.js';
import { fail } from './errors.js';
import { fmt } from './shape-util.js';
import { numel, type BatchPos, type TensorVal } from './value.js';

/** Product of the batch-1 elements before the batch factor in row-major order. */
export function batchPrefix(shape: number[], pos: BatchPos, n: number): number {
  let p = pos.inner;
  for (let i = 0; i < pos.axis; i++) p *= shape[i] as number;
  void n;
  return p;
}

/** Where the batch factor sits in a shape that already includes N (plain, consistent reshapes). */
export function locateBatch(out: number[], prefix: number, n: number): BatchPos | undefined {
  let pre = 1;
  for (let j = 0; j < out.length; j++) {
    const d = out[j] as number;
    if (pre === prefix && d % n === 0) return { axis: j, inner: 1 };
    if (pre < prefix && d % n === 0 && prefix % pre === 0 && (d / n) % (prefix / pre) === 0) return { axis: j, inner: prefix / pre };
    pre *= d;
    if (pre > prefix * n) break;
  }
  return undefined;
}

function resolveMinusOne(target: number[], total: number): number[] | undefined {
  const known = target.reduce((p, d) => (d === -1 ? p : p * d), 1);
  const holes = target.filter((d) => d === -1).length;
  if (holes === 0) return known === total ? target : undefined;
  if (holes > 1 || known === 0 || total % known !== 0) return undefined;
  return target.map((d) => (d === -1 ? total / known : d));
}

/** Puts N back into a batch-1 target; returns the output shape and batch position, or undefined. */
function placeBatch(t1: number[], prefix: number, extent1: number, n: number): { shape: number[]; batch: BatchPos } | undefined {
  const prefixes: number[] = [];
  let pre = 1;
  for (const d of t1) { prefixes.push(pre); pre *= d; }
  const scale = (j: number, inner: number): { shape: number[]; batch: BatchPos } => ({
    shape: t1.map((d, i) => (i === j ? d * n : d)), batch: { axis: j, inner },
  });
  const at = (pred: (j: number) => boolean): number => t1.findIndex((_, j) => pred(j));
  let j = at((k) => prefixes[k] === prefix && t1[k] === 1); // a pure batch axis of size 1
  if (j >= 0) return scale(j, 1);
  j = at((k) => prefixes[k] === prefix && t1[k] === extent1); // the same batch-major axis, regrouped
  if (j >= 0) return scale(j, 1);
  if (extent1 === 1) {
    j = at((k) => prefixes[k] === prefix); // a pure batch axis merges as the major factor of the next axis
    if (j >= 0) return scale(j, 1);
  }
  j = at((k) => (prefixes[k] as number) < prefix && (prefixes[k] as number) * (t1[k] as number) === prefix);
  if (j >= 0) return scale(j, prefix / (prefixes[j] as number)); // merges as the minor factor of the axis ending at P
  j = at((k) => prefixes[k] === prefix);
  return j >= 0 ? scale(j, 1) : undefined;
}

/** Resolves a Reshape target (0 and -1 already meaningful) against an input shape, re-deriving a baked batch. */
export function reshapeWithBatch(ctx: OpCtx, input: TensorVal, inShape: number[], target: number[], dynamic: boolean): { shape: number[]; batch?: BatchPos } {
  const total = numel(inShape);
  const pos = input.batch;
  const n = ctx.batch;
  const plain = resolveMinusOne(target, total);
  if (!ctx.batchOverride || !pos || n === 1 || dynamic || (plain && !target.includes(-1))) {
    if (!plain) fail(`cannot reshape ${fmt(inShape)} to ${fmt(target)}`);
    const batch = pos ? locateBatch(plain, batchPrefix(inShape, pos, n), n) : undefined;
    return batch ? { shape: plain, batch } : { shape: plain };
  }
  const t1 = resolveMinusOne(target, total / n);
  const extent1 = (inShape[pos.axis] as number) / n;
  const placed = t1 ? placeBatch(t1, batchPrefix(inShape, pos, n), pos.inner === 1 ? extent1 : -1, n) : undefined;
  if (!placed) {
    if (plain) return { shape: plain };
    ctx.warn('W_BATCH_UNDERIVABLE', `Reshape target ${fmt(target)} does not fit ${fmt(inShape)} at batch ${n} and its batch axis cannot be located`);
    fail(`cannot reshape ${fmt(inShape)} to ${fmt(target)} (target looks exported at another batch size; cannot re-derive it for batch ${n})`);
  }
  if (!plain || plain.some((d, i) => d !== placed.shape[i])) {
    ctx.warn('W_BATCH_BAKED', `Reshape target ${fmt(target)} was exported at batch 1; re-derived as ${fmt(placed.shape)} for batch ${n}`);
  }
  return placed;
}

/** Producers whose output size is just the broadcast target: safe to re-derive at batch N after the fact. */
const REBATCHABLE = new Set(['Expand', 'Tile', 'ConstantOfShape']);

/** Scales axis `axis` (size 1) of output `k` of a broadcasting layer to batch n, with its bytes. */
export function rebatchLayer(layer: LayerCost, k: number, axis: number, n: number): boolean {
  const shape = layer.outputShapes[k];
  if (!REBATCHABLE.has(layer.op) || !shape || shape[axis] !== 1) return false;
  const elements = numel(shape);
  const allElements = layer.outputShapes.reduce((sum, s) => sum + numel(s), 0);
  const bytesPerElement = allElements > 0 ? layer.activationBytesOut / allElements : 0;
  layer.outputShapes[k] = shape.map((d, i) => (i === axis ? n : d));
  layer.activationBytesOut += (n - 1) * elements * bytesPerElement;
  if (layer.attrs.elements !== undefined) layer.attrs.elements *= n;
  return true;
}
