// Unary activations and broadcasting element-wise math. Cost convention: one MAC per output element.
// Small integer tensors are folded (shape arithmetic: Add/Sub/Mul/Div/Equal/Where on Shape outputs).
import { DT, isFloatType } from '../../graph/index.js';
import { attrInt, type OpCtx, type OpResult, type OpRule, inShape, inVal } from '../context.js';
import { broadcast, broadcastBatch, broadcastValues, sameBatch } from '../shape-util.js';
import { isWeight, numel, type TensorVal } from '../value.js';

const MAX_FOLD = 4096;

const UNARY_FOLD: Record<string, (x: number) => number> = {
  Neg: (x) => -x, Abs: Math.abs, Floor: Math.floor, Ceil: Math.ceil, Sqrt: Math.sqrt, Exp: Math.exp, Log: Math.log,
  Reciprocal: (x) => 1 / x, Relu: (x) => Math.max(0, x), Sign: Math.sign, Not: (x) => (x ? 0 : 1),
  Round: (x) => { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; },
};

export const UNARY_OPS = [
  'Relu', 'LeakyRelu', 'Sigmoid', 'Tanh', 'Gelu', 'Erf', 'HardSigmoid', 'HardSwish', 'Elu', 'Selu', 'Mish', 'Softplus',
  'Softsign', 'Exp', 'Log', 'Sqrt', 'Neg', 'Abs', 'Reciprocal', 'Floor', 'Ceil', 'Round', 'Sign', 'Sin', 'Cos', 'Tan',
  'Asin', 'Acos', 'Atan', 'Sinh', 'Cosh', 'Asinh', 'Acosh', 'Atanh', 'Not', 'IsNaN', 'IsInf', 'ThresholdedRelu',
  'Celu', 'Shrink', 'BitwiseNot', 'Clip', 'Swish',
];

export const unary: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const dtype = ctx.node.opType === 'IsNaN' || ctx.node.opType === 'IsInf' ? DT.BOOL : x.dtype;
  const out: TensorVal = { shape: [...shape], dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  const fold = UNARY_FOLD[ctx.node.opType];
  if (x.values && fold) out.values = x.values.map(fold);
  if (x.values && ctx.node.opType === 'Clip') out.values = clipValues(ctx, x.values);
  const elements = numel(shape);
  if (out.values) return { outputs: [out], family: 'shape', macs: 0, attrs: { elements } };
  return { outputs: [out], family: 'activation', macs: elements, attrs: { elements } };
};

function clipValues(ctx: OpCtx, values: number[]): number[] | undefined {
  const lo = ctx.opset >= 11 ? ctx.inputs[1]?.values?.[0] : ctx.node.attributes.min?.value;
  const hi = ctx.opset >= 11 ? ctx.inputs[2]?.values?.[0] : ctx.node.attributes.max?.value;
  return values.map((v) => Math.min(Math.max(v, typeof lo === 'number' ? lo : -Infinity), typeof hi === 'number' ? hi : Infinity));
}

const BOOL_OUT = new Set(['Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor']);

function binaryFold(op: string, ctx: OpCtx, dtype: number): ((xs: number[]) => number) | undefined {
  const intType = !isFloatType(dtype);
  const div = (a: number, b: number): number => (intType ? Math.trunc(a / b) : a / b);
  const fmod = attrInt(ctx, 'fmod', 0) === 1;
  const table: Record<string, (xs: number[]) => number> = {
    Add: ([a, b]) => (a as number) + (b as number),
    Sub: ([a, b]) => (a as number) - (b as number),
    Mul: ([a, b]) => (a as number) * (b as number),
    Div: ([a, b]) => div(a as number, b as number),
    Pow: ([a, b]) => Math.pow(a as number, b as number),
    Mod: ([a, b]) => { const r = (a as number) % (b as number); return fmod || r === 0 || Math.sign(r) === Math.sign(b as number) ? r : r + (b as number); },
    Equal: ([a, b]) => (a === b ? 1 : 0),
    Less: ([a, b]) => ((a as number) < (b as number) ? 1 : 0),
    Greater: ([a, b]) => ((a as number) > (b as number) ? 1 : 0),
    LessOrEqual: ([a, b]) => ((a as number) <= (b as number) ? 1 : 0),
    GreaterOrEqual: ([a, b]) => ((a as number) >= (b as number) ? 1 : 0),
    And: ([a, b]) => (a && b ? 1 : 0),
    Or: ([a, b]) => (a || b ? 1 : 0),
    Xor: ([a, b]) => (!!a !== !!b ? 1 : 0),
    Where: ([c, a, b]) => (c ? (a as number) : (b as number)),
    Max: (xs) => Math.max(...xs),
    Min: (xs) => Math.min(...xs),
    Sum: (xs) => xs.reduce((s, x) => s + x, 0),
    Mean: (xs) => xs.reduce((s, x) => s + x, 0) / xs.length,
  };
  return table[op];
}

export const BROADCAST_OPS = [
  'Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum', 'Mean', 'Mod', 'Equal', 'Less', 'Greater', 'LessOrEqual',
  'GreaterOrEqual', 'And', 'Or', 'Xor', 'Where', 'PRelu', 'BitShift', 'BitwiseAnd', 'BitwiseOr', 'BitwiseXor',
];

export const broadcastOp: OpRule = (ctx): OpResult => {
  const present = ctx.inputs.map((v, k) => ({ v, k })).filter((e): e is { v: TensorVal; k: number } => e.v !== undefined);
  const shapes = present.map((e) => inShape(ctx, e.k));
  const op = ctx.node.opType;
  // PRelu's slope broadcasts to X (before opset 7 a 1-D slope runs along the channel axis): output is X.
  const out = op === 'PRelu' ? [...(shapes[0] ?? [])] : broadcast(shapes);
  const dataInput = op === 'Where' ? ctx.inputs[1] : ctx.inputs[0];
  const dtype = BOOL_OUT.has(op) ? DT.BOOL : dataInput?.dtype ?? 0;
  const result: TensorVal = { shape: out, dtype };
  const batch = broadcastBatch(present.map((e) => e.v), out.length);
  if (batch) result.batch = batch;
  const fn = binaryFold(op, ctx, dataInput?.dtype ?? 0);
  if (fn && present.every((e) => e.v.values) && numel(out) <= MAX_FOLD) {
    result.values = broadcastValues(present.map((e, i) => ({ shape: shapes[i] as number[], values: e.v.values as number[] })), out, fn);
  }
  const elements = numel(out);
  // Float initializers with more than one element are learned tensors (bias, position embedding, PRelu slope);
  // scalars are constants such as epsilons.
  const weightInputs = present
    .filter((e) => isWeight(e.v) && isFloatType(e.v.dtype) && (op === 'PRelu' || numel(e.v.shape ?? []) > 1))
    .map((e) => e.k);
  // Folded shape arithmetic runs at export/compile time, not as a kernel.
  if (result.values) return { outputs: [result], family: 'shape', macs: 0, attrs: { elements } };
  const family = op === 'PRelu' ? 'activation' : 'elementwise';
  return { outputs: [result], family, macs: elements, attrs: { elements, inputs: present.length }, weightInputs };
};

