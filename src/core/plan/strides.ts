// Tensor memory layouts as PyTorch keeps them: strides in elements. Views (transpose, reshape, slice,
// expand) change strides without a kernel; a reshape that strides cannot express, or a kernel that needs
// dense row-major input, forces a copy.

export type Strides = number[];

export function contiguousStrides(shape: readonly number[]): Strides {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= Math.max(shape[i] as number, 1);
  }
  return s;
}

/** Row-major dense, ignoring size-1 dims (whose stride never matters), as torch's is_contiguous does. */
export function isContiguous(shape: readonly number[], strides: Strides): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const d = shape[i] as number;
    if (d === 1) continue;
    if (strides[i] !== expected) return false;
    expected *= d;
  }
  return true;
}

export function permuteStrides(strides: Strides, perm: readonly number[]): Strides {
  return perm.map((p) => strides[p] as number);
}

/** Strides of a dense tensor laid out in memory in `order` (dims outermost first). */
export function stridesInOrder(shape: readonly number[], order: readonly number[]): Strides {
  const s = new Array<number>(shape.length).fill(0);
  let acc = 1;
  for (let j = order.length - 1; j >= 0; j--) {
    const d = order[j] as number;
    s[d] = acc;
    acc *= Math.max(shape[d] as number, 1);
  }
  return s;
}

/**
 * The memory order (outermost first) of a dense, non-overlapping tensor: a permutation of its dims, or
 * undefined when it has gaps, overlaps or broadcast (stride 0) dims.
 */
export function denseOrder(shape: readonly number[], strides: Strides): number[] | undefined {
  const dims = shape.map((_, i) => i).filter((i) => (shape[i] as number) !== 1);
  dims.sort((a, b) => (strides[b] as number) - (strides[a] as number) || a - b);
  let expected = 1;
  for (let j = dims.length - 1; j >= 0; j--) {
    const d = dims[j] as number;
    if (strides[d] !== expected) return undefined;
    expected *= shape[d] as number;
  }
  // Size-1 dims keep their relative position: put each right after its predecessor in logical order.
  const order: number[] = [];
  const ones = shape.map((_, i) => i).filter((i) => (shape[i] as number) === 1);
  const placed = new Set<number>();
  for (const d of dims) {
    for (const o of ones) if (!placed.has(o) && o < d) { order.push(o); placed.add(o); }
    order.push(d);
  }
  for (const o of ones) if (!placed.has(o)) order.push(o);
  return order;
}

/**
 * Strides of `newShape` as a view of a tensor with `oldShape` and `oldStrides`, or undefined when the
 * reshape needs a copy (PyTorch's computeStride, aten/src/ATen/TensorUtils.cpp).
 */
export function viewStrides(oldShape: readonly number[], oldStrides: Strides, newShape: readonly number[]): Strides | undefined {
  const newStrides = new Array<number>(newShape.length).fill(1);
  const numel = oldShape.reduce((a, b) => a * b, 1);
  if (numel === 0 || oldShape.length === 0) return contiguousStrides(newShape);
  let viewD = newShape.length - 1;
  let chunkBaseStride = oldStrides[oldStrides.length - 1] as number;
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
    tensorNumel *= oldShape[tensorD] as number;
    const endOfChunk = tensorD === 0 ||
      ((oldShape[tensorD - 1] as number) !== 1 && (oldStrides[tensorD - 1] as number) !== tensorNumel * chunkBaseStride);
    if (!endOfChunk) continue;
    while (viewD >= 0 && (viewNumel < tensorNumel || (newShape[viewD] as number) === 1)) {
      newStrides[viewD] = viewNumel * chunkBaseStride;
      viewNumel *= newShape[viewD] as number;
      viewD--;
    }
    if (viewNumel !== tensorNumel) return undefined;
    if (tensorD > 0) {
      chunkBaseStride = oldStrides[tensorD - 1] as number;
      tensorNumel = 1;
      viewNumel = 1;
    }
  }
  return viewD === -1 ? newStrides : undefined;
}

/** Strides after expanding (broadcasting) `shape` to `target`: broadcast dims get stride 0. */
export function expandStrides(shape: readonly number[], strides: Strides, target: readonly number[]): Strides {
  const off = target.length - shape.length;
  return target.map((d, i) => {
    const j = i - off;
    if (j < 0) return 0;
    return (shape[j] as number) === 1 && d !== 1 ? 0 : (strides[j] as number);
  });
}

/** A cuBLAS operand: the last two dims have a unit stride in one of them (plain or transposed matrix). */
export function isMatrixOperand(shape: readonly number[], strides: Strides): boolean {
  const r = shape.length;
  if (r < 2) return true;
  const rows = shape[r - 2] as number;
  const cols = shape[r - 1] as number;
  const sr = strides[r - 2] as number;
  const sc = strides[r - 1] as number;
  return (sc === 1 || cols === 1) && sr >= cols || (sr === 1 || rows === 1) && sc >= rows;
}
