// Shape helpers shared by operator rules.
import { fail } from './errors.js';
import type { BatchPos, TensorVal } from './value.js';

/** Numpy-style multidirectional broadcasting. */
export function broadcast(shapes: number[][]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === dim || d === 1) continue;
      if (dim === 1) dim = d;
      else fail(`shapes ${shapes.map(fmt).join(', ')} do not broadcast`);
    }
    out.push(dim);
  }
  return out;
}

export function fmt(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}

/** The batch position of a broadcast result: from the first input that carries one, re-aligned to the output rank. */
export function broadcastBatch(inputs: (TensorVal | undefined)[], outRank: number): BatchPos | undefined {
  for (const v of inputs) {
    if (v?.batch && v.shape) return { axis: v.batch.axis + outRank - v.shape.length, inner: v.batch.inner };
  }
  return undefined;
}

/** Batch position carried over when the axis survives unchanged at the same index. */
export function sameBatch(v: TensorVal | undefined): BatchPos | undefined {
  return v?.batch ? { ...v.batch } : undefined;
}

/** Row-major strides. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(1);
  for (let i = shape.length - 2; i >= 0; i--) s[i] = (s[i + 1] as number) * (shape[i + 1] as number);
  return s;
}

/** Values of a broadcast element-wise function over constant inputs (small tensors only). */
export function broadcastValues(inputs: { shape: number[]; values: number[] }[], out: number[], fn: (xs: number[]) => number): number[] {
  const total = out.reduce((a, b) => a * b, 1);
  const outStrides = strides(out);
  const result: number[] = [];
  for (let flat = 0; flat < total; flat++) {
    const idx = outStrides.map((st, i) => Math.floor(flat / st) % (out[i] as number));
    const xs = inputs.map((inp) => {
      const off = out.length - inp.shape.length;
      const st = strides(inp.shape);
      let k = 0;
      inp.shape.forEach((d, i) => {
        k += (d === 1 ? 0 : (idx[i + off] as number)) * (st[i] as number);
      });
      return inp.values[k] as number;
    });
    result.push(fn(xs));
  }
  return result;
}

/** Clamp a Slice start/end the way ONNX does. */
export function clampIndex(v: number, dim: number, step: number, isEnd: boolean): number {
  let x = v < 0 ? v + dim : v;
  if (step > 0) x = Math.min(Math.max(x, 0), dim);
  else x = Math.min(Math.max(x, -1), dim - 1);
  void isEnd;
  return x;
}

export function sliceLength(start: number, end: number, step: number): number {
  if (step > 0) return Math.max(0, Math.ceil((end - start) / step));
  return Math.max(0, Math.ceil((start - end) / -step));
}
