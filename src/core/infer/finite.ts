// Every number inference hands on is finite and in range: a rule fed out-of-range attributes or shapes (a
// stride of 0, a negative dim, a product past 2^53) must not price a layer from NaN, Infinity or a negative
// count. What fails here makes the layer unsupported, with the reason shown as coverage.
import type { LayerCost } from './types.js';
import type { OpResult } from './context.js';
import { fmt } from './shape-util.js';
import type { TensorVal } from './value.js';

/** Why a shape is not one a tensor can have (each dim a non-negative integer, at most 2^53 elements), or undefined. */
export function shapeProblem(shape: readonly number[]): string | undefined {
  const bad = shape.find((d) => !Number.isSafeInteger(d) || d < 0);
  if (bad !== undefined) return `shape ${fmt(shape)} has the dimension ${bad} (expected a non-negative integer)`;
  if (shape.includes(0)) return undefined;
  let n = 1;
  for (const d of shape) {
    n *= d;
    if (n > Number.MAX_SAFE_INTEGER) return `shape ${fmt(shape)} has more than 2^53 elements`;
  }
  return undefined;
}

function countProblem(what: string, v: number): string | undefined {
  return Number.isFinite(v) && v >= 0 ? undefined : `${what} is ${v} (expected a finite non-negative number)`;
}

/** Why a rule's result cannot be priced (a bad output shape, MAC count or attribute), or undefined. */
export function resultProblem(r: OpResult, outputNames: readonly string[]): string | undefined {
  for (const [k, v] of r.outputs.entries()) {
    const problem = v.shape ? shapeProblem(v.shape) : undefined;
    if (problem) return `output ${outputNames[k] || k}: ${problem}`;
  }
  const macs = countProblem('the MAC count', r.macs);
  if (macs) return macs;
  for (const [key, v] of Object.entries(r.attrs ?? {})) if (!Number.isFinite(v)) return `attribute ${key} is ${v}`;
  for (const l of r.subLayers ?? []) {
    const problem = layerProblem(l);
    if (problem) return `body layer ${l.name}: ${problem}`;
  }
  return undefined;
}

/** The counts of a finished layer (body layers of control flow are scaled after their own check). */
export function layerProblem(l: LayerCost): string | undefined {
  return countProblem('the MAC count', l.macs) ?? countProblem('the parameter count', l.params) ??
    countProblem('the weight bytes', l.weightBytes) ?? countProblem('the activation bytes', l.activationBytesIn + l.activationBytesOut);
}

/** A value whose shape is out of range is passed on as unknown: its consumers are unsupported, not mispriced. */
export function checkedValue(v: TensorVal): { value: TensorVal; problem?: string } {
  const problem = v.shape ? shapeProblem(v.shape) : undefined;
  if (!problem) return { value: v };
  const { values: _values, ...rest } = v;
  void _values;
  return { value: { ...rest, shape: null }, problem };
}
