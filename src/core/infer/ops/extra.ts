// Losses (training graphs), quantization wrappers, random generators and a few vision ops.
import { DT } from '../../graph/index.js';
import { attrInt, attrInts, attrString, hasInput, inConst, inShape, inVal, type OpCtx, type OpResult, type OpRule } from '../context.js';
import { fail, need } from '../errors.js';
import { sameBatch } from '../shape-util.js';
import { numel, type TensorVal } from '../value.js';
import { convOp } from './conv.js';
import { matmulOp } from './matmul.js';

/** NegativeLogLikelihoodLoss: one op per target element. */
export const nllLossOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const target = inShape(ctx, 1);
  const none = attrString(ctx, 'reduction', 'mean') === 'none';
  return { outputs: [{ shape: none ? [...target] : [], dtype: x.dtype }], family: 'reduce', macs: numel(target), attrs: { elements: numel(target) } };
};

/** SoftmaxCrossEntropyLoss: a softmax over the scores (1/element) plus the gather of the labels. */
export const softmaxCrossEntropyOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const scores = inShape(ctx, 0);
  const labels = inShape(ctx, 1);
  const none = attrString(ctx, 'reduction', 'mean') === 'none';
  const outputs: TensorVal[] = [{ shape: none ? [...labels] : [], dtype: x.dtype }, { shape: [...scores], dtype: x.dtype }];
  return { outputs, family: 'softmax', macs: numel(scores) + numel(labels), attrs: { elements: numel(scores) } };
};

/** Quantize/Dequantize: same shape, one op per element; the output type follows the zero point or scale. */
export const quantizeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const op = ctx.node.opType;
  const dtype = op === 'DequantizeLinear' ? (ctx.inputs[1]?.dtype ?? DT.FLOAT) : (ctx.inputs[2]?.dtype ?? attrInt(ctx, 'output_dtype', DT.UINT8));
  const out: TensorVal = { shape: [...shape], dtype: op === 'DynamicQuantizeLinear' ? DT.UINT8 : dtype };
  const b = sameBatch(x);
  if (b) out.batch = b;
  const outputs = op === 'DynamicQuantizeLinear' ? [out, { shape: [], dtype: DT.FLOAT }, { shape: [], dtype: DT.UINT8 }] : [out];
  return { outputs, family: 'activation', macs: numel(shape), attrs: { elements: numel(shape) } };
};

/** Runs a float rule on a quantized node's data inputs (by index), mapping weight inputs back. */
function remapped(rule: OpRule, picks: number[], outDtype: (ctx: OpCtx) => number): OpRule {
  return (ctx): OpResult => {
    const inner: OpCtx = {
      ...ctx,
      inputs: picks.map((i) => ctx.inputs[i]),
      node: { ...ctx.node, inputs: picks.map((i) => ctx.node.inputs[i] ?? '') },
    };
    const r = rule(inner);
    const dtype = outDtype(ctx);
    return {
      ...r,
      outputs: r.outputs.map((o) => ({ ...o, dtype })),
      weightInputs: (r.weightInputs ?? []).map((k) => picks[k] ?? -1).filter((k) => k >= 0),
      attrs: { ...(r.attrs ?? {}), quantized: 1 },
    };
  };
}

export const qlinearMatMulOp = remapped(matmulOp, [0, 3], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);
export const matMulIntegerOp = remapped(matmulOp, [0, 1], () => DT.INT32);
export const convIntegerOp = remapped(convOp, [0, 1], () => DT.INT32);
export const qlinearConvOp = remapped(convOp, [0, 3, 8], (ctx) => ctx.inputs[7]?.dtype ?? DT.UINT8);

/** Bernoulli, RandomUniformLike, RandomNormalLike: same shape as the input. */
export const randomLikeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const out: TensorVal = { shape: [...shape], dtype: attrInt(ctx, 'dtype', x.dtype) };
  const b = sameBatch(x);
  if (b) out.batch = b;
  return { outputs: [out], family: 'activation', macs: numel(shape), attrs: { elements: numel(shape) } };
};

export const randomOp: OpRule = (ctx) => {
  const shape = need(attrInts(ctx, 'shape'), 'random op without shape');
  return { outputs: [{ shape, dtype: attrInt(ctx, 'dtype', DT.FLOAT) }], family: 'activation', macs: numel(shape), attrs: { elements: numel(shape) } };
};

export const detOp: OpRule = (ctx) => {
  const shape = inShape(ctx, 0);
  const m = need(shape[shape.length - 1], 'Det of a scalar');
  const out = shape.slice(0, -2);
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: 'matmul', macs: numel(out) * m * m * m, attrs: { batch: numel(out), m, k: m, n: m } };
};

export const gridSampleOp: OpRule = (ctx) => {
  const [n, c] = inShape(ctx, 0);
  const grid = inShape(ctx, 1);
  if (n === undefined || c === undefined) fail('GridSample needs N,C,... input');
  const out = [n, c, ...grid.slice(1, -1)];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: 'data-movement', macs: numel(out), attrs: { elements: numel(out) } };
};

export const roiAlignOp: OpRule = (ctx) => {
  const [, c] = inShape(ctx, 0);
  const [rois] = inShape(ctx, 1);
  if (c === undefined || rois === undefined) fail('RoiAlign needs N,C,H,W input and rois');
  const out = [rois, c, attrInt(ctx, 'output_height', 1), attrInt(ctx, 'output_width', 1)];
  const samples = Math.max(attrInt(ctx, 'sampling_ratio', 0), 1) ** 2;
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: 'pool', macs: numel(out) * samples * 4, attrs: { elements: numel(out) } };
};

export const maxUnpoolOp: OpRule = (ctx) => {
  const [n, c, ...sp] = inShape(ctx, 0);
  if (n === undefined || c === undefined) fail('MaxUnpool needs N,C,... input');
  const given = hasInput(ctx, 2) ? inConst(ctx, 2) : undefined;
  const k = need(attrInts(ctx, 'kernel_shape'), 'MaxUnpool without kernel_shape');
  const strides = attrInts(ctx, 'strides') ?? k.map(() => 1);
  const pads = attrInts(ctx, 'pads') ?? new Array<number>(2 * k.length).fill(0);
  const out = given ?? [n, c, ...sp.map((d, i) => (d - 1) * (strides[i] as number) + (k[i] as number) - (pads[i] as number) - (pads[i + k.length] as number))];
  return { outputs: [{ shape: out, dtype: inVal(ctx, 0).dtype }], family: 'data-movement', macs: 0, attrs: { elements: numel(out) } };
};

/** BlackmanWindow, HammingWindow, HannWindow: a 1-D window of the given size. */
export const windowOp: OpRule = (ctx) => {
  const size = need(inConst(ctx, 0)?.[0], 'window size is not constant');
  return { outputs: [{ shape: [size], dtype: attrInt(ctx, 'output_datatype', DT.FLOAT) }], family: 'activation', macs: size, attrs: { elements: size } };
};
