// Conv, ConvTranspose and pooling. MACs: Conv = N*M*outSpatial*(C/g)*kernel (bias adds not counted);
// ConvTranspose = N*C*inSpatial*(M/g)*kernel; pools = outputs * kernel window; global pools = inputs.
import { DT } from '../../graph/index.js';
import { attrInt, attrInts, attrString, inShape, inVal, type OpCtx, type OpRule } from '../context.js';
import { fail } from '../errors.js';
import { fmt, sameBatch } from '../shape-util.js';
import { numel, type TensorVal } from '../value.js';

interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  padBegin: number[];
  padEnd: number[];
  autoPad: string;
}

function windowOf(ctx: OpCtx, spatialRank: number, kernel: number[]): Window {
  const ones = new Array<number>(spatialRank).fill(1);
  const pads = attrInts(ctx, 'pads') ?? new Array<number>(2 * spatialRank).fill(0);
  if (kernel.length !== spatialRank) fail(`kernel ${fmt(kernel)} does not match ${spatialRank} spatial dims`);
  const w: Window = {
    kernel,
    strides: attrInts(ctx, 'strides') ?? ones,
    dilations: attrInts(ctx, 'dilations') ?? ones,
    padBegin: pads.slice(0, spatialRank),
    padEnd: pads.slice(spatialRank, 2 * spatialRank),
    autoPad: attrString(ctx, 'auto_pad', 'NOTSET'),
  };
  // Values outside these ranges are not a layer any runtime would run: the layer is named unsupported,
  // never priced from a NaN, an infinite or an empty window.
  const check = (name: string, values: number[], length: number, min: number): void => {
    if (values.length !== length) fail(`${name} ${fmt(values)} has ${values.length} entries for ${spatialRank} spatial dims`);
    const bad = values.find((v) => !Number.isSafeInteger(v) || v < min);
    if (bad !== undefined) fail(`${name} ${fmt(values)}: ${bad} is out of range (expected integers >= ${min})`);
  };
  check('kernel_shape', kernel, spatialRank, 1);
  check('strides', w.strides, spatialRank, 1);
  check('dilations', w.dilations, spatialRank, 1);
  check('pads', pads, 2 * spatialRank, 0);
  return w;
}

/** The dilated kernel must fit in the padded input, else the layer has no output. */
function checkFits(sp: number[], w: Window): void {
  if (w.autoPad !== 'NOTSET' && w.autoPad !== 'VALID') return;
  sp.forEach((d, i) => {
    const effective = ((w.kernel[i] as number) - 1) * (w.dilations[i] as number) + 1;
    const padded = d + (w.autoPad === 'VALID' ? 0 : (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0));
    if (effective > padded) fail(`kernel ${fmt(w.kernel)} (dilated to ${effective} at spatial axis ${i}) does not fit the padded input of ${padded}`);
  });
}

function outSize(inSize: number, w: Window, i: number, ceilMode: boolean): number {
  const k = w.kernel[i] as number;
  const s = w.strides[i] as number;
  const d = w.dilations[i] as number;
  const effective = (k - 1) * d + 1;
  if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER') return Math.ceil(inSize / s);
  if (w.autoPad === 'VALID') return Math.ceil((inSize - effective + 1) / s);
  const padded = inSize + (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0) - effective;
  if (!ceilMode) return Math.floor(padded / s) + 1;
  let out = Math.ceil(padded / s) + 1;
  // The last window must start inside the input or the left padding (PyTorch and ONNX agree).
  if ((out - 1) * s >= inSize + (w.padBegin[i] ?? 0)) out--;
  return out;
}

function convAttrs(n: number, cin: number, cout: number, groups: number, inSp: number[], outSp: number[], w: Window): Record<string, number> {
  const a: Record<string, number> = { batch: n, inChannels: cin, outChannels: cout, groups };
  const names = ['H', 'W', 'D'];
  w.kernel.forEach((k, i) => {
    const s = names[i] ?? String(i);
    a[`kernel${s}`] = k;
    a[`stride${s}`] = w.strides[i] as number;
    a[`dilation${s}`] = w.dilations[i] as number;
    a[`pad${s}`] = (w.padBegin[i] ?? 0) + (w.padEnd[i] ?? 0);
    a[`in${s}`] = inSp[i] as number;
    a[`out${s}`] = outSp[i] as number;
  });
  a.kernel = numel(w.kernel);
  a.stride = w.strides[0] ?? 1;
  return a;
}

export const convOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  const wShape = inShape(ctx, 1);
  const [m, cPerGroup, ...k] = wShape;
  if (n === undefined || c === undefined || m === undefined || cPerGroup === undefined) fail('Conv needs N,C,... input and M,C/g,... weight');
  const groups = attrInt(ctx, 'group', 1);
  if (!Number.isSafeInteger(groups) || groups < 1) fail(`group ${groups} is out of range (expected an integer >= 1)`);
  if (c !== cPerGroup * groups) fail(`input channels ${c} != weight ${cPerGroup} x group ${groups}`);
  if (m % groups !== 0) fail(`output channels ${m} are not divisible by group ${groups}`);
  const kernelShape = attrInts(ctx, 'kernel_shape');
  if (kernelShape && fmt(kernelShape) !== fmt(k)) fail(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
  const w = windowOf(ctx, sp.length, kernelShape ?? k);
  checkFits(sp, w);
  const outSp = sp.map((d, i) => outSize(d, w, i, false));
  if (outSp.some((d) => d <= 0)) fail(`Conv output ${fmt(outSp)} is empty`);
  const out: TensorVal = { shape: [n, m, ...outSp], dtype: x.dtype };
  if (x.batch?.axis === 0) out.batch = { ...x.batch };
  const macs = n * m * numel(outSp) * cPerGroup * numel(w.kernel);
  return { outputs: [out], family: 'conv', macs, attrs: convAttrs(n, c, m, groups, sp, outSp, w), weightInputs: [1, 2] };
};

export const convTransposeOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  const [wc, mPerGroup, ...k] = inShape(ctx, 1);
  if (n === undefined || c === undefined || wc === undefined || mPerGroup === undefined) fail('ConvTranspose needs N,C,... input and C,M/g,... weight');
  const groups = attrInt(ctx, 'group', 1);
  if (!Number.isSafeInteger(groups) || groups < 1) fail(`group ${groups} is out of range (expected an integer >= 1)`);
  if (wc !== c) fail(`input channels ${c} != weight's first dim ${wc}`);
  if (c % groups !== 0) fail(`input channels ${c} are not divisible by group ${groups}`);
  const m = mPerGroup * groups;
  const kernelShape = attrInts(ctx, 'kernel_shape');
  if (kernelShape && fmt(kernelShape) !== fmt(k)) fail(`kernel_shape ${fmt(kernelShape)} differs from the weight's spatial dims ${fmt(k)}`);
  const w = windowOf(ctx, sp.length, kernelShape ?? k);
  const outputPadding = attrInts(ctx, 'output_padding') ?? sp.map(() => 0);
  const given = attrInts(ctx, 'output_shape');
  const outSp = sp.map((d, i) => {
    if (given) return given[given.length - sp.length + i] as number;
    const s = w.strides[i] as number;
    if (w.autoPad === 'SAME_UPPER' || w.autoPad === 'SAME_LOWER') return d * s;
    const effective = ((w.kernel[i] as number) - 1) * (w.dilations[i] as number) + 1;
    return s * (d - 1) + (outputPadding[i] ?? 0) + effective - (w.padBegin[i] ?? 0) - (w.padEnd[i] ?? 0);
  });
  const out: TensorVal = { shape: [n, m, ...outSp], dtype: x.dtype };
  if (x.batch?.axis === 0) out.batch = { ...x.batch };
  const macs = n * c * numel(sp) * mPerGroup * numel(w.kernel);
  return { outputs: [out], family: 'conv', macs, attrs: { ...convAttrs(n, c, m, groups, sp, outSp, w), transposed: 1 }, weightInputs: [1, 2] };
};

export const poolOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const [n, c, ...sp] = inShape(ctx, 0);
  if (n === undefined || c === undefined) fail('pool needs an N,C,... input');
  const kernel = attrInts(ctx, 'kernel_shape');
  if (!kernel) fail('pool without kernel_shape');
  const w = windowOf(ctx, sp.length, kernel);
  // As onnxruntime enforces for pools: a pad as wide as the window would make windows of padding only.
  w.kernel.forEach((kd, i) => {
    if ((w.padBegin[i] as number) >= kd || (w.padEnd[i] as number) >= kd) fail(`pads ${fmt([...w.padBegin, ...w.padEnd])} are not smaller than kernel_shape ${fmt(w.kernel)}`);
  });
  checkFits(sp, w);
  const outSp = sp.map((d, i) => outSize(d, w, i, attrInt(ctx, 'ceil_mode', 0) === 1));
  if (outSp.some((d) => d <= 0)) fail(`pool output ${fmt(outSp)} is empty`);
  const shape = [n, c, ...outSp];
  const out: TensorVal = { shape, dtype: x.dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  const outputs = [out, { shape: [...shape], dtype: DT.INT64 }];
  const attrs: Record<string, number> = { ...convAttrs(n, c, c, 1, sp, outSp, w), elements: numel(shape) };
  return { outputs, family: 'pool', macs: numel(shape) * numel(kernel), attrs };
};

export const globalPoolOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const shape = inShape(ctx, 0);
  const [n, c, ...sp] = shape;
  if (n === undefined || c === undefined) fail('global pool needs an N,C,... input');
  const out: TensorVal = { shape: [n, c, ...sp.map(() => 1)], dtype: x.dtype };
  const batch = sameBatch(x);
  if (batch) out.batch = batch;
  return { outputs: [out], family: 'global-pool', macs: numel(shape), attrs: { batch: n, channels: c, spatial: numel(sp), elements: numel(shape) } };
};
