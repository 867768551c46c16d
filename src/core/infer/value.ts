// What inference knows about one tensor while walking the graph.
import type { TensorMeta } from '../graph/index.js';

/** Where the batch factor N sits in a shape when the batch was overridden: axis, and the product of the
 *  batch-1 factors before N inside that axis (1 when N is the axis' major factor). */
export interface BatchPos {
  axis: number;
  inner: number;
}

export interface TensorVal {
  /** Known static shape, or null when unknown. */
  shape: number[] | null;
  /** ONNX element type code; 0 when unknown. */
  dtype: number;
  /** Constant values (row-major) of small tensors: folded shape arithmetic. */
  values?: number[];
  /** For 1-D shape tensors: entries that equal the batch size because they were read from a batch axis. */
  batchEntries?: boolean[];
  /** The initializer this value is (an alias of): its bytes count as weights where consumed as such. */
  initializer?: TensorMeta;
  /** Constant-derived weight: the initializers this tensor is computed from through data-movement ops only
   *  (weight preprocessing such as LSTM gate reordering); counted as weights where consumed as such. */
  weightSources?: TensorMeta[];
  /** Set when the batch was overridden and this tensor carries it. */
  batch?: BatchPos;
  /** A Flatten's output: the N, C, H, W map it flattened (a classifier's Gemm may re-derive a baked pool size from it). */
  flattenedFrom?: number[];
}

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A shape-only value (no constant payload). */
export function tensor(shape: number[] | null, dtype: number, batch?: BatchPos): TensorVal {
  return batch ? { shape, dtype, batch } : { shape, dtype };
}

/** A constant value with its payload. */
export function constant(shape: number[], dtype: number, values: number[], batchEntries?: boolean[]): TensorVal {
  const v: TensorVal = { shape, dtype, values };
  if (batchEntries && batchEntries.some((b) => b)) v.batchEntries = batchEntries;
  return v;
}

export function fromMeta(meta: TensorMeta, isInitializer: boolean): TensorVal {
  const v: TensorVal = { shape: [...meta.dims], dtype: meta.dataType };
  if (meta.values && meta.values.length === numel(meta.dims)) v.values = [...meta.values];
  if (isInitializer) v.initializer = meta;
  return v;
}

/** The initializers a value is (an alias of) or is derived from by data movement; empty for activations. */
export function sourcesOf(v: TensorVal): TensorMeta[] {
  return v.weightSources ?? (v.initializer ? [v.initializer] : []);
}

/** True for a weight or constant-derived weight (no run-time data in it). */
export function isWeight(v: TensorVal | undefined): boolean {
  return v !== undefined && (v.initializer !== undefined || v.weightSources !== undefined);
}
