// Operator name → shape/cost rule.
import type { OpRule } from './context.js';
import { convOp, convTransposeOp, globalPoolOp, poolOp } from './ops/conv.js';
import { ifOp, loopOp, scanOp } from './ops/control.js';
import { BROADCAST_OPS, UNARY_OPS, broadcastOp, unary } from './ops/elementwise.js';
import { castOp, constantOfShape, constantOp, dropoutOp, identityOp, rangeOp, shapeOp, sizeOp } from './ops/fold.js';
import { einsumOp, gemmOp, matmulOp } from './ops/matmul.js';
import { batchNormOp, layerNormOp, lrnOp, softmaxOp, statNormOp } from './ops/norm.js';
import { argOp, reduceOp, topKOp } from './ops/reduce.js';
import {
  convIntegerOp, detOp, gridSampleOp, matMulIntegerOp, maxUnpoolOp, nllLossOp, qlinearConvOp, qlinearMatMulOp, quantizeOp,
  randomLikeOp, randomOp, roiAlignOp, softmaxCrossEntropyOp, windowOp,
} from './ops/extra.js';
import { expandOp, flattenOp, reshapeOp, squeezeOp, tileOp, transposeOp, unsqueezeOp } from './ops/reshape.js';
import { resizeOp } from './ops/resize.js';
import { rnnOp } from './ops/rnn.js';
import {
  concatOp, depthSpaceOp, eyeLikeOp, gatherElementsOp, gatherNdOp, gatherOp, oneHotOp, padOp, sameShapeCopy, sliceOp, splitOp,
} from './ops/slice.js';

const RULES = new Map<string, OpRule>([
  ['Conv', convOp], ['ConvTranspose', convTransposeOp],
  ['MaxPool', poolOp], ['AveragePool', poolOp], ['LpPool', poolOp],
  ['GlobalAveragePool', globalPoolOp], ['GlobalMaxPool', globalPoolOp], ['GlobalLpPool', globalPoolOp],
  ['Gemm', gemmOp], ['MatMul', matmulOp], ['Einsum', einsumOp],
  ['BatchNormalization', batchNormOp], ['LayerNormalization', layerNormOp],
  ['InstanceNormalization', statNormOp], ['GroupNormalization', statNormOp], ['MeanVarianceNormalization', statNormOp],
  ['LpNormalization', statNormOp], ['LRN', lrnOp],
  ['Softmax', softmaxOp], ['LogSoftmax', softmaxOp], ['Hardmax', softmaxOp],
  ['Constant', constantOp], ['Shape', shapeOp], ['Size', sizeOp], ['ConstantOfShape', constantOfShape], ['Range', rangeOp],
  ['Cast', castOp], ['CastLike', castOp], ['Identity', identityOp], ['Dropout', dropoutOp],
  ['Reshape', reshapeOp], ['Flatten', flattenOp], ['Squeeze', squeezeOp], ['Unsqueeze', unsqueezeOp],
  ['Transpose', transposeOp], ['Expand', expandOp], ['Tile', tileOp],
  ['Concat', concatOp], ['Split', splitOp], ['Slice', sliceOp], ['Gather', gatherOp], ['GatherElements', gatherElementsOp],
  ['GatherND', gatherNdOp], ['Pad', padOp], ['OneHot', oneHotOp], ['EyeLike', eyeLikeOp],
  ['DepthToSpace', depthSpaceOp], ['SpaceToDepth', depthSpaceOp],
  ['CumSum', sameShapeCopy], ['Trilu', sameShapeCopy], ['ScatterND', sameShapeCopy], ['ScatterElements', sameShapeCopy],
  ['Scatter', sameShapeCopy], ['ReverseSequence', sameShapeCopy],
  ['Resize', resizeOp], ['Upsample', resizeOp],
  ['ArgMax', argOp], ['ArgMin', argOp], ['TopK', topKOp],
  ['LSTM', rnnOp], ['GRU', rnnOp], ['RNN', rnnOp],
  ['If', ifOp], ['Loop', loopOp], ['Scan', scanOp],
  ['NegativeLogLikelihoodLoss', nllLossOp], ['SoftmaxCrossEntropyLoss', softmaxCrossEntropyOp],
  ['QuantizeLinear', quantizeOp], ['DequantizeLinear', quantizeOp], ['DynamicQuantizeLinear', quantizeOp],
  ['QLinearMatMul', qlinearMatMulOp], ['MatMulInteger', matMulIntegerOp], ['ConvInteger', convIntegerOp], ['QLinearConv', qlinearConvOp],
  ['Bernoulli', randomLikeOp], ['RandomUniformLike', randomLikeOp], ['RandomNormalLike', randomLikeOp],
  ['RandomUniform', randomOp], ['RandomNormal', randomOp],
  ['Det', detOp], ['GridSample', gridSampleOp], ['RoiAlign', roiAlignOp], ['MaxUnpool', maxUnpoolOp],
  ['BlackmanWindow', windowOp], ['HammingWindow', windowOp], ['HannWindow', windowOp],
]);
for (const op of UNARY_OPS) RULES.set(op, unary);
for (const op of BROADCAST_OPS) RULES.set(op, broadcastOp);
for (const op of ['ReduceSum', 'ReduceMean', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL1', 'ReduceL2', 'ReduceLogSum', 'ReduceLogSumExp', 'ReduceSumSquare']) {
  RULES.set(op, reduceOp);
}

export function ruleFor(opType: string): OpRule | undefined {
  return RULES.get(opType);
}
