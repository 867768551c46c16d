// JSON attribute values → ONNX AttributeValue, and the PyTorch → ONNX attribute translations the aliases share.
import type { AttributeValue } from '../graph/index.js';
import type { AttrJson, SpecDim } from './spec.js';
import { bare } from '../common/index.js';

/** Integers become 'int'/'ints', other numbers 'float'/'floats', booleans 0/1. */
export function toAttribute(v: AttrJson): AttributeValue {
  if (typeof v === 'boolean') return { type: 'int', value: v ? 1 : 0 };
  if (typeof v === 'number') return Number.isInteger(v) ? { type: 'int', value: v } : { type: 'float', value: v };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (v.length > 0 && v.every((x) => typeof x === 'string')) return { type: 'strings', value: v as string[] };
  const nums = v as number[];
  return nums.every((x) => Number.isInteger(x)) ? { type: 'ints', value: nums } : { type: 'floats', value: nums };
}

export function toAttributes(attrs: Record<string, AttrJson>): Record<string, AttributeValue> {
  const out = bare<AttributeValue>();
  for (const [k, v] of Object.entries(attrs)) out[k] = toAttribute(v);
  return out;
}

/** A PyTorch int-or-tuple argument (kernel_size=3 or (3, 3)) as one value per spatial dim. */
export function perDim(v: AttrJson | undefined, rank: number, fallback: number[] | undefined): number[] | undefined {
  if (v === undefined) return fallback;
  if (typeof v === 'number') return new Array<number>(rank).fill(v);
  if (typeof v === 'boolean') return new Array<number>(rank).fill(v ? 1 : 0);
  if (Array.isArray(v) && v.length === rank && v.every((x) => typeof x === 'number')) return v as number[];
  return undefined;
}

export function numberAttr(v: AttrJson | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'number') return v[0];
  return undefined;
}

export function knownDims(shape: SpecDim[] | undefined): number[] | undefined {
  return shape && shape.every((d): d is number => typeof d === 'number') ? shape : undefined;
}
