// Weights and constant-derived weights: which tensors are parameters, where they are counted, and which
// data-movement ops only preprocess weights (folded by runtimes at load time, so free per inference).
import { elementBytes, isFloatType, type ModelNode, type TensorMeta } from '../graph/index.js';
import type { LayerCost } from './types.js';
import { isWeight, numel, sourcesOf, type TensorVal } from './value.js';

/** Weights counted so far, by initializer name: totals count a shared (tied) weight once, as PyTorch does. */
export type SeenWeights = Map<string, { params: number; bytes: number }>;

/** Layout-only ops: their output is still the same weight when their input is one. */
export const WEIGHT_ALIAS_OPS = new Set(['Identity', 'Transpose', 'Reshape', 'Squeeze', 'Unsqueeze', 'Flatten', 'Cast']);

/** Pure data movement: applied to weights and constants only, it is weight preprocessing that runtimes fold
 *  at load time (training-mode exports reorder LSTM/GRU gates with Slice/Concat/Unsqueeze). */
const WEIGHT_PREP_OPS = new Set([...WEIGHT_ALIAS_OPS, 'Slice', 'Concat', 'Split']);

/** The float initializers (each once) behind a data-movement op whose inputs are all weights or folded
 *  constants, with at least one float weight among them; undefined when the op sees run-time data. */
export function weightPrepSources(node: ModelNode, inputs: (TensorVal | undefined)[]): TensorMeta[] | undefined {
  if (!WEIGHT_PREP_OPS.has(node.opType)) return undefined;
  const present = inputs.filter((v): v is TensorVal => v !== undefined);
  if (!present.every((v) => v.values !== undefined || isWeight(v))) return undefined;
  const sources = new Map<string, TensorMeta>();
  for (const v of present) for (const s of sourcesOf(v)) if (isFloatType(s.dataType)) sources.set(s.name, s);
  return sources.size > 0 ? [...sources.values()] : undefined;
}

/** Weight preprocessing costs nothing per inference: no kernel, no activations, params at the consumer. */
export function foldedLayer(layer: LayerCost): LayerCost {
  return {
    ...layer, family: 'shape', macs: 0, params: 0, weightBytes: 0, activationBytesIn: 0, activationBytesOut: 0,
    attrs: { ...layer.attrs, weightPrep: 1 },
  };
}

/** Params and bytes of a weight input: its float source initializers (each recorded once for the totals).
 *  A layer that consumes only part of them (a slice of a fused weight) counts the elements it reads. */
export function weightOf(v: TensorVal, seen: SeenWeights): { params: number; bytes: number } {
  let total = 0;
  let bytes = 0;
  const unique = new Map(sourcesOf(v).filter((s) => isFloatType(s.dataType)).map((s) => [s.name, s]));
  for (const s of unique.values()) {
    const n = numel(s.dims);
    const b = s.byteLength > 0 ? s.byteLength : n * elementBytes(s.dataType);
    total += n;
    bytes += b;
    seen.set(s.name, { params: n, bytes: b });
  }
  const used = v.weightSources && v.shape ? Math.min(numel(v.shape), total) : total;
  return { params: used, bytes: total > 0 ? Math.round((bytes * used) / total) : 0 };
}
