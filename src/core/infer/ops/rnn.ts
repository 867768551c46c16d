// LSTM, GRU, RNN. MACs = directions * seqLen * batch * gates*hidden * (input + hidden): the input and
// recurrent matrix products of every step; gate non-linearities are not counted (documented in docs/ops.md).
import { attrInt, attrString, inShape, inVal, type OpRule } from '../context.js';
import { fail } from '../errors.js';
import type { TensorVal } from '../value.js';

const GATES: Record<string, number> = { LSTM: 4, GRU: 3, RNN: 1 };

export const rnnOp: OpRule = (ctx) => {
  const x = inVal(ctx, 0);
  const xShape = inShape(ctx, 0);
  const rShape = inShape(ctx, 2);
  if (xShape.length !== 3) fail(`expects a 3-D input, got rank ${xShape.length}`);
  const layout = attrInt(ctx, 'layout', 0);
  const [seq, batch, inputSize] = (layout === 1 ? [xShape[1], xShape[0], xShape[2]] : xShape) as [number, number, number];
  const gates = GATES[ctx.node.opType] ?? 1;
  const hidden = attrInt(ctx, 'hidden_size', (rShape[2] ?? 0));
  if (hidden <= 0) fail('hidden_size unknown');
  const dirs = attrString(ctx, 'direction', 'forward') === 'bidirectional' ? 2 : 1;
  const dtype = x.dtype;
  const y: TensorVal = { shape: layout === 1 ? [batch, seq, dirs, hidden] : [seq, dirs, batch, hidden], dtype };
  const state: TensorVal = { shape: layout === 1 ? [batch, dirs, hidden] : [dirs, batch, hidden], dtype };
  const batchAxisIn = layout === 1 ? 0 : 1;
  if (x.batch?.axis === batchAxisIn) {
    y.batch = { axis: layout === 1 ? 0 : 2, inner: 1 };
    state.batch = { axis: layout === 1 ? 0 : 1, inner: 1 };
  }
  const macsPerStep = batch * gates * hidden * (inputSize + hidden);
  const outputs = ctx.node.opType === 'LSTM' ? [y, state, { ...state }] : [y, state];
  return {
    outputs,
    family: 'rnn',
    macs: dirs * seq * macsPerStep,
    attrs: { batch, seqLen: seq, inputSize, hidden, directions: dirs, gates },
    weightInputs: [1, 2, 3, 7],
  };
};
