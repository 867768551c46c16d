// PyTorch module names (Conv2d, Linear, BatchNorm2d ...) lowered to the ONNX nodes torch.onnx.export emits
// for them, so a layers file prices a layer exactly as the ONNX export of the same module would.
import { multiheadAttention } from './attention.js';
import { knownDims, numberAttr, perDim } from './attrs.js';
import { a, node, type LowerCtx, type Lowering } from './lower.js';
import { rnn } from './rnn.js';
import type { AttrJson } from './spec.js';
import { bare, own } from '../common/index.js';

/** Attributes of an alias that are PyTorch bookkeeping, not ONNX attributes. */
const IGNORED = new Set([
  'in_channels', 'out_channels', 'in_features', 'out_features', 'bias', 'padding_mode', 'affine', 'track_running_stats',
  'momentum', 'num_features', 'inplace', 'elementwise_affine', 'return_indices', 'num_embeddings', 'embedding_dim',
  'padding_idx', 'max_norm', 'norm_type', 'scale_grad_by_freq', 'sparse', 'p', 'num_channels', 'device', 'dtype',
  'align_corners', 'recompute_scale_factor', 'value', 'min_val', 'max_val', 'upscale_factor', 'downscale_factor',
]);

/** ONNX-named attributes given on an alias pass through, so a file can mix both spellings. */
function passthrough(c: LowerCtx, translated: string[]): Record<string, AttrJson> {
  const out = bare<AttrJson>();
  for (const [k, v] of Object.entries(c.layer.attrs)) if (!translated.includes(k) && !IGNORED.has(k)) out[k] = v;
  return out;
}

function windowAttrs(c: LowerCtx, rank: number, pool: boolean): Record<string, AttrJson> | undefined {
  const kernel = perDim(a(c, 'kernel_size'), rank, undefined);
  const out: Record<string, AttrJson> = passthrough(c, ['kernel_size', 'stride', 'padding', 'dilation', 'groups', 'ceil_mode', 'count_include_pad', 'output_padding']);
  if (kernel) out.kernel_shape = kernel;
  const stride = perDim(a(c, 'stride'), rank, pool ? kernel : undefined);
  if (stride) out.strides = stride;
  const padding = a(c, 'padding');
  if (padding === 'same') out.auto_pad = 'SAME_UPPER';
  else if (padding === 'valid') out.auto_pad = 'VALID';
  else if (padding !== undefined) {
    const p = perDim(padding, rank, undefined);
    if (!p) return undefined;
    out.pads = [...p, ...p];
  }
  const dilation = perDim(a(c, 'dilation'), rank, undefined);
  if (dilation) out.dilations = dilation;
  const groups = numberAttr(a(c, 'groups'));
  if (groups !== undefined) out.group = groups;
  const ceil = a(c, 'ceil_mode');
  if (ceil !== undefined) out.ceil_mode = ceil ? 1 : 0;
  const cip = a(c, 'count_include_pad');
  if (cip !== undefined) out.count_include_pad = cip ? 1 : 0;
  const op = perDim(a(c, 'output_padding'), rank, undefined);
  if (op) out.output_padding = op;
  return out;
}

const conv = (opType: string, rank: number): Lowering => (c) => {
  const attrs = windowAttrs(c, rank, false);
  if (!attrs) return undefined;
  return [node(c, opType, [c.inputs[0] ?? '', c.weight(['weight', 'W']), c.weight(['bias', 'B'])], attrs)];
};

const pool = (opType: string, rank: number): Lowering => (c) => {
  const attrs = windowAttrs(c, rank, true);
  if (!attrs) return undefined;
  return [node(c, opType, [c.inputs[0] ?? ''], attrs)];
};

/** Adaptive pools: output 1 is a global pool; a divisible output size is a fixed window (as torch exports it). */
const adaptivePool = (globalOp: string, windowOp: string, rank: number): Lowering => (c) => {
  const raw = a(c, 'output_size');
  const outSize = perDim(raw, rank, undefined);
  if (outSize?.every((d) => d === 1)) return [node(c, globalOp, [c.inputs[0] ?? ''])];
  const inSp = knownDims(c.inShape(0)?.slice(2));
  if (!outSize || !inSp || inSp.length !== rank || inSp.some((d, i) => d % (outSize[i] as number) !== 0)) return undefined;
  const kernel = inSp.map((d, i) => d / (outSize[i] as number));
  return [node(c, windowOp, [c.inputs[0] ?? ''], { kernel_shape: kernel, strides: kernel })];
};

const norm = (opType: string, attrs: (c: LowerCtx) => Record<string, AttrJson>, weightKeys: string[][]): Lowering => (c) => [
  node(c, opType, [c.inputs[0] ?? '', ...weightKeys.map((k) => c.weight(k))], { ...passthrough(c, ['eps', 'normalized_shape', 'num_groups']), ...attrs(c) }),
];

const eps = (c: LowerCtx): Record<string, AttrJson> => {
  const e = numberAttr(a(c, 'eps'));
  return e !== undefined ? { epsilon: e } : {};
};

const simple = (opType: string, rename: Record<string, string> = {}): Lowering => (c) => {
  const attrs = passthrough(c, Object.keys(rename));
  for (const [from, to] of Object.entries(rename)) {
    const v = a(c, from);
    if (v !== undefined) attrs[to] = v;
  }
  return [node(c, opType, [...c.inputs, c.weight(['weight', 'slope'])], attrs)];
};

/** Linear: Gemm(transB) on a 2-D input, else MatMul by the transposed weight plus a bias Add (torch's export). */
const linear: Lowering = (c) => {
  const x = c.inputs[0] ?? '';
  if (c.inShape(0)?.length === 2) return [node(c, 'Gemm', [x, c.weight(['weight']), c.weight(['bias'])], { transB: 1 })];
  // A tied weight keeps its owner's [out, in] layout: contract it in place rather than declare a transposed copy.
  if (c.isTied(['weight'])) {
    const einsum = node(c, 'Einsum', [x, c.weight(['weight'])], { equation: '...k,nk->...n' });
    const bias = c.weight(['bias']);
    if (bias === '') return [einsum];
    const mid = `${c.layer.name}/matmul`;
    return [{ ...einsum, outputs: [mid] }, { ...node(c, 'Add', [mid, bias]), name: `${c.layer.name}/bias` }];
  }
  const w = c.weight(['weight'], { transpose: true });
  const bias = c.weight(['bias']);
  if (bias === '') return [node(c, 'MatMul', [x, w])];
  const mid = `${c.layer.name}/matmul`;
  return [{ ...node(c, 'MatMul', [x, w]), outputs: [mid] }, { ...node(c, 'Add', [mid, bias]), name: `${c.layer.name}/bias` }];
};

/** Flatten(start_dim, end_dim): ONNX Flatten when it flattens to the end, else a Reshape to the declared output. */
const flatten: Lowering = (c) => {
  const start = numberAttr(a(c, 'start_dim')) ?? numberAttr(a(c, 'axis')) ?? 1;
  const end = numberAttr(a(c, 'end_dim')) ?? -1;
  const rank = c.inShape(0)?.length;
  if (end === -1 || (rank !== undefined && end === rank - 1)) {
    if (start === 0) return reshape(c);
    return [node(c, 'Flatten', [c.inputs[0] ?? ''], { axis: start })];
  }
  return reshape(c);
};

/** view/reshape/unflatten: a Reshape to the declared output shape (symbolic dims become -1, at most one). */
const reshape: Lowering = (c) => {
  const out = c.outShape(0);
  if (!out || out.filter((d) => typeof d === 'string').length > 1) return undefined;
  const target = out.map((d) => (typeof d === 'string' ? -1 : d));
  return [node(c, 'Reshape', [c.inputs[0] ?? '', c.constant('shape', target)])];
};

const silu: Lowering = (c) => {
  const x = c.inputs[0] ?? '';
  const mid = `${c.layer.name}/sigmoid`;
  return [{ ...node(c, 'Sigmoid', [x]), name: mid, outputs: [mid] }, node(c, 'Mul', [x, mid])];
};

const softmax = (opType: string): Lowering => (c) => {
  const dim = numberAttr(a(c, 'dim'));
  return [node(c, opType, [c.inputs[0] ?? ''], { ...passthrough(c, ['dim']), ...(dim !== undefined ? { axis: dim } : {}) })];
};

const RESIZE_MODES: Record<string, string> = { nearest: 'nearest', linear: 'linear', bilinear: 'linear', trilinear: 'linear', bicubic: 'cubic' };

/** Upsample / F.interpolate: Resize to the declared output's spatial size (or the input's times scale_factor). */
const upsample: Lowering = (c) => {
  const inShape = c.inShape(0);
  const rank = inShape?.length ?? c.outShape(0)?.length;
  if (rank === undefined || rank < 3) return undefined;
  const spatial = rank - 2;
  let sizes = knownDims(c.outShape(0)?.slice(2)) ?? perDim(a(c, 'size'), spatial, undefined);
  const inSp = knownDims(inShape?.slice(2));
  const factor = perDim(a(c, 'scale_factor'), spatial, undefined);
  if (!sizes && inSp && factor) sizes = inSp.map((d, i) => Math.floor(d * (factor[i] as number)));
  if (!sizes) return undefined;
  const mode = own(RESIZE_MODES, String(a(c, 'mode') ?? 'nearest')) ?? 'nearest';
  return [node(c, 'Resize', [c.inputs[0] ?? '', '', '', c.constant('sizes', sizes)], { mode, axes: sizes.map((_, i) => 2 + i) })];
};

/** ZeroPad2d, ReflectionPad1d ...: PyTorch's padding (last dim first, left/right pairs) as ONNX Pad's begins then ends. */
const padModule = (mode: string, spatial: number): Lowering => (c) => {
  const rank = c.inShape(0)?.length ?? spatial + 2;
  const raw = a(c, 'padding');
  const widths = typeof raw === 'number' ? new Array<number>(2 * spatial).fill(raw) : Array.isArray(raw) && raw.every((v) => typeof v === 'number') ? (raw as number[]) : undefined;
  if (!widths || widths.length % 2 !== 0 || widths.length / 2 > rank) return undefined;
  const begins = new Array<number>(rank).fill(0);
  const ends = new Array<number>(rank).fill(0);
  for (let i = 0; i < widths.length / 2; i++) {
    begins[rank - 1 - i] = widths[2 * i] as number;
    ends[rank - 1 - i] = widths[2 * i + 1] as number;
  }
  return [node(c, 'Pad', [c.inputs[0] ?? '', c.constant('pads', [...begins, ...ends])], { mode })];
};

const pixelShuffle = (opType: string): Lowering => (c) => {
  const factor = numberAttr(a(c, 'upscale_factor')) ?? numberAttr(a(c, 'downscale_factor'));
  return factor === undefined ? undefined : [node(c, opType, [c.inputs[0] ?? ''], { blocksize: factor, ...(opType === 'DepthToSpace' ? { mode: 'CRD' } : {}) })];
};

const embedding: Lowering = (c) => [node(c, 'Gather', [c.weight(['weight']), c.inputs[0] ?? ''])];

const bnWeights = [['weight', 'scale'], ['bias', 'B'], ['running_mean', 'mean', 'input_mean'], ['running_var', 'var', 'input_var']];

export const ALIASES: Record<string, Lowering> = {
  Conv1d: conv('Conv', 1), Conv2d: conv('Conv', 2), Conv3d: conv('Conv', 3),
  ConvTranspose1d: conv('ConvTranspose', 1), ConvTranspose2d: conv('ConvTranspose', 2), ConvTranspose3d: conv('ConvTranspose', 3),
  MaxPool1d: pool('MaxPool', 1), MaxPool2d: pool('MaxPool', 2), MaxPool3d: pool('MaxPool', 3),
  AvgPool1d: pool('AveragePool', 1), AvgPool2d: pool('AveragePool', 2), AvgPool3d: pool('AveragePool', 3),
  AdaptiveAvgPool1d: adaptivePool('GlobalAveragePool', 'AveragePool', 1),
  AdaptiveAvgPool2d: adaptivePool('GlobalAveragePool', 'AveragePool', 2),
  AdaptiveAvgPool3d: adaptivePool('GlobalAveragePool', 'AveragePool', 3),
  AdaptiveMaxPool1d: adaptivePool('GlobalMaxPool', 'MaxPool', 1),
  AdaptiveMaxPool2d: adaptivePool('GlobalMaxPool', 'MaxPool', 2),
  AdaptiveMaxPool3d: adaptivePool('GlobalMaxPool', 'MaxPool', 3),
  Linear: linear,
  BatchNorm1d: norm('BatchNormalization', eps, bnWeights),
  BatchNorm2d: norm('BatchNormalization', eps, bnWeights),
  BatchNorm3d: norm('BatchNormalization', eps, bnWeights),
  InstanceNorm1d: norm('InstanceNormalization', eps, [['weight', 'scale'], ['bias', 'B']]),
  InstanceNorm2d: norm('InstanceNormalization', eps, [['weight', 'scale'], ['bias', 'B']]),
  InstanceNorm3d: norm('InstanceNormalization', eps, [['weight', 'scale'], ['bias', 'B']]),
  LayerNorm: norm('LayerNormalization', (c) => {
    const ns = a(c, 'normalized_shape');
    const n = Array.isArray(ns) ? ns.length : typeof ns === 'number' ? 1 : undefined;
    return { ...eps(c), ...(n !== undefined ? { axis: -n } : {}) };
  }, [['weight', 'Scale', 'scale'], ['bias', 'B']]),
  GroupNorm: norm('GroupNormalization', (c) => {
    const g = numberAttr(a(c, 'num_groups'));
    return { ...eps(c), ...(g !== undefined ? { num_groups: g } : {}) };
  }, [['weight', 'scale'], ['bias', 'B']]),
  ReLU: simple('Relu'), ReLU6: simple('Clip'), LeakyReLU: simple('LeakyRelu', { negative_slope: 'alpha' }),
  ELU: simple('Elu'), SELU: simple('Selu'), CELU: simple('Celu'), GELU: simple('Gelu'), Sigmoid: simple('Sigmoid'),
  Tanh: simple('Tanh'), Hardswish: simple('HardSwish'), Hardsigmoid: simple('HardSigmoid'), Mish: simple('Mish'),
  Softplus: simple('Softplus'), Softsign: simple('Softsign'), PReLU: simple('PRelu'), SiLU: silu,
  Softmax: softmax('Softmax'), LogSoftmax: softmax('LogSoftmax'),
  Dropout: simple('Dropout'), Dropout1d: simple('Dropout'), Dropout2d: simple('Dropout'),
  Dropout3d: simple('Dropout'), AlphaDropout: simple('Dropout'),
  Flatten: flatten, Unflatten: reshape, View: reshape,
  Embedding: embedding,
  Upsample: upsample, UpsamplingNearest2d: upsample, UpsamplingBilinear2d: upsample,
  ZeroPad2d: padModule('constant', 2), ConstantPad1d: padModule('constant', 1), ConstantPad2d: padModule('constant', 2),
  ConstantPad3d: padModule('constant', 3), ReflectionPad1d: padModule('reflect', 1), ReflectionPad2d: padModule('reflect', 2),
  ReplicationPad1d: padModule('edge', 1), ReplicationPad2d: padModule('edge', 2), ReplicationPad3d: padModule('edge', 3),
  PixelShuffle: pixelShuffle('DepthToSpace'), PixelUnshuffle: pixelShuffle('SpaceToDepth'),
  Hardtanh: simple('Clip'),
  MultiheadAttention: multiheadAttention,
  LSTM: rnn('LSTM'), GRU: rnn('GRU'), RNN: rnn('RNN'),
};
