// Resize and Upsample (scales or sizes). MACs: one per output element (the walker counts copies by
// elements written).
import { attrFloats, attrInts, attrString, hasInput, inShape, inVal, normAxis, type OpRule } from '../context.js';
import { fail } from '../errors.js';
import { fmt } from '../shape-util.js';
import { numel, type TensorVal } from '../value.js';

function constOrEmpty(v: TensorVal | undefined, what: string): number[] | undefined {
  if (!v) return undefined;
  if (v.shape && numel(v.shape) === 0) return undefined;
  if (!v.values) fail(`${what} not constant`);
  return v.values;
}

export const resizeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const rank = shape.length;
  let scales: number[] | undefined;
  let sizes: number[] | undefined;
  if (ctx.node.opType === 'Upsample') {
    scales = ctx.opset >= 9 ? constOrEmpty(ctx.inputs[1], 'scales') : attrFloats(ctx, 'scales');
  } else if (ctx.opset < 11) {
    scales = constOrEmpty(ctx.inputs[1], 'scales');
  } else {
    scales = hasInput(ctx, 2) ? constOrEmpty(ctx.inputs[2], 'scales') : undefined;
    sizes = hasInput(ctx, 3) ? constOrEmpty(ctx.inputs[3], 'sizes') : undefined;
  }
  const axes = (attrInts(ctx, 'axes') ?? shape.map((_, i) => i)).map((a) => normAxis(a, rank));
  const out = [...shape];
  if (sizes) {
    const policy = attrString(ctx, 'keep_aspect_ratio_policy', 'stretch');
    if (policy === 'stretch') axes.forEach((a, i) => { out[a] = sizes?.[i] as number; });
    else {
      const ratios = axes.map((a, i) => (sizes?.[i] as number) / (shape[a] as number));
      const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
      axes.forEach((a) => { out[a] = Math.floor((shape[a] as number) * s + 0.5); });
    }
  } else if (scales) {
    if (scales.length !== axes.length) fail(`scales ${fmt(scales)} do not match rank ${rank}`);
    axes.forEach((a, i) => { out[a] = Math.floor((shape[a] as number) * (scales?.[i] as number)); });
  } else fail('Resize without scales or sizes');
  const result: TensorVal = { shape: out, dtype: x.dtype };
  if (x.batch && out[x.batch.axis] === shape[x.batch.axis]) result.batch = { ...x.batch };
  const mode = attrString(ctx, 'mode', 'nearest');
  const elements = numel(out);
  return { outputs: [result], family: 'data-movement', macs: mode === 'nearest' ? 0 : elements, attrs: { elements } };
};
