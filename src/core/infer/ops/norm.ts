// Normalisation and softmax: one operation per element (BatchNormalization in either mode, Layer/Instance/
// Group norm, Softmax/LogSoftmax), the convention of the measured data set (data/h100 layers_*.jsonl counts
// BatchNorm2d, LayerNorm and Softmax as their element count); LRN its window size per element.
import { DT } from '../../graph/index.js';
import { attrInt, inShape, inVal, normAxis, type OpRule } from '../context.js';
import { sameBatch } from '../shape-util.js';
import { numel, type TensorVal } from '../value.js';

function like(x: TensorVal, shape: number[]): TensorVal {
  const out: TensorVal = { shape: [...shape], dtype: x.dtype };
  const b = sameBatch(x);
  if (b) out.batch = b;
  return out;
}

export const batchNormOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const c = shape[1] ?? 1;
  const outputsWanted = ctx.node.outputs.filter((o) => o !== '').length;
  const training = attrInt(ctx, 'training_mode', 0) === 1 || (ctx.opset < 14 && outputsWanted > 1);
  const stat: TensorVal = { shape: [c], dtype: x.dtype };
  const outputs = [like(x, shape), { ...stat }, { ...stat }, { ...stat }, { ...stat }];
  const elements = numel(shape);
  // Running mean/var (inputs 3, 4) are buffers, not trainable parameters.
  return { outputs, family: 'norm', macs: elements, attrs: { elements, channels: c, training: training ? 1 : 0 }, weightInputs: [1, 2] };
};

export const layerNormOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, 'axis', -1), shape.length);
  const statShape = shape.map((d, i) => (i < axis ? d : 1));
  const elements = numel(shape);
  const stat: TensorVal = { shape: statShape, dtype: attrInt(ctx, 'stash_type', 1) === 1 ? DT.FLOAT : x.dtype };
  return {
    outputs: [like(x, shape), stat, { ...stat }],
    family: 'norm', macs: elements,
    attrs: { elements, normalized: numel(shape.slice(axis)) },
    weightInputs: [1, 2],
  };
};

/** InstanceNormalization, GroupNormalization, MeanVarianceNormalization, LpNormalization: output shape = input. */
export const statNormOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const elements = numel(shape);
  const attrs: Record<string, number> = { elements, channels: shape[1] ?? 1 };
  if (ctx.node.opType === 'GroupNormalization') attrs.groups = attrInt(ctx, 'num_groups', 1);
  return { outputs: [like(x, shape)], family: 'norm', macs: elements, attrs, weightInputs: [1, 2] };
};

export const lrnOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const elements = numel(shape);
  const size = attrInt(ctx, 'size', 1);
  return { outputs: [like(x, shape)], family: 'norm', macs: elements * size, attrs: { elements, size } };
};

export const softmaxOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const axis = normAxis(attrInt(ctx, 'axis', ctx.opset >= 13 ? -1 : 1), Math.max(shape.length, 1));
  const elements = numel(shape);
  const macs = elements;
  const family = ctx.node.opType === 'Hardmax' ? 'reduce' : 'softmax';
  return { outputs: [like(x, shape)], family, macs, attrs: { elements, axisSize: shape[axis] ?? 1 } };
};
