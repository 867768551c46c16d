// The energy-diff/layers@1 file, validated into typed values. Every rejection names its JSON path.
import { EnergyDiffError, own } from '../common/index.js';

export const LAYERS_SCHEMA = 'energy-diff/layers@1';
/** ONNX opset that attributes are read at when the file does not say. */
export const DEFAULT_OPSET = 17;

export type SpecDim = number | string;

export interface SpecTensor {
  name: string;
  shape: SpecDim[];
  dataType: number;
}

export interface SpecWeight {
  /** Key in the layer's weights object (e.g. W, B, weight, bias). */
  key: string;
  dims: number[];
  dataType: number;
  /** Initializer name; the same name on two layers is one tied tensor. */
  tensor?: string;
}

export type AttrJson = number | string | boolean | number[] | string[];

export interface SpecLayer {
  index: number;
  name: string;
  op: string;
  domain: string;
  inputs?: string[];
  outputs?: string[];
  attrs: Record<string, AttrJson>;
  weights: SpecWeight[];
  /** `scalar`: written as a bare integer (a rank-0 tensor, e.g. Gather indices), else a 1-D tensor. */
  constants: { key: string; values: number[]; scalar: boolean }[];
  inputShapes?: SpecDim[][];
  outputShapes?: SpecDim[][];
  scope?: string;
}

export interface LayersSpec {
  name: string;
  producer: { name: string; version: string };
  opset: number;
  inputs: SpecTensor[];
  outputs?: string[];
  layers: SpecLayer[];
}

/** dtype names accepted in the file, with their ONNX TensorProto.DataType codes. */
export const DTYPES: Record<string, number> = {
  float32: 1, float: 1, uint8: 2, int8: 3, uint16: 4, int16: 5, int32: 6, int64: 7, bool: 9,
  float16: 10, half: 10, float64: 11, double: 11, uint32: 12, uint64: 13, bfloat16: 16,
};

type Obj = Record<string, unknown>;

export class SpecReader {
  constructor(private readonly file: string) {}

  fail(path: string, message: string): never {
    throw new EnergyDiffError('E_LAYERS_JSON', message, { file: this.file, jsonPath: path });
  }

  object(v: unknown, path: string): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, `expected an object, got ${kind(v)}`);
    return v as Obj;
  }

  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, `expected an array, got ${kind(v)}`);
    return v;
  }

  string(v: unknown, path: string): string {
    if (typeof v !== 'string' || v === '') this.fail(path, `expected a non-empty string, got ${kind(v)}`);
    return v;
  }

  strings(v: unknown, path: string): string[] {
    return this.array(v, path).map((s, i) => this.string(s, `${path}[${i}]`));
  }

  /** Unknown keys are errors, so a misspelt optional field is not silently ignored. */
  keys(o: Obj, path: string, allowed: string[]): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.fail(`${path}${propPath(k)}`, `unknown field '${k}' (allowed: ${allowed.join(', ')})`);
    }
  }

  dim(v: unknown, path: string): SpecDim {
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    return this.fail(path, `expected a dimension (non-negative integer or symbolic name), got ${kind(v)}`);
  }

  shape(v: unknown, path: string): SpecDim[] {
    return this.array(v, path).map((d, i) => this.dim(d, `${path}[${i}]`));
  }

  dims(v: unknown, path: string): number[] {
    return this.array(v, path).map((d, i) => {
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) this.fail(`${path}[${i}]`, `expected a non-negative integer, got ${kind(d)}`);
      return d;
    });
  }

  dtype(v: unknown, path: string): number {
    const name = this.string(v, path);
    const code = own(DTYPES, name);
    if (code === undefined) this.fail(path, `unknown dtype '${name}' (known: ${Object.keys(DTYPES).join(', ')})`);
    return code;
  }
}

export function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** `.key` for identifier-like keys, `["key"]` otherwise. */
export function propPath(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
