// nn.LSTM / nn.GRU / nn.RNN lowered as torch.onnx.export emits them: one ONNX LSTM/GRU/RNN node per layer
// (both directions in one node), sequence-first, with Transposes around a batch_first module and the
// direction axis folded into the features between layers. PyTorch's per-direction weights (weight_ih_l0,
// weight_ih_l0_reverse ...) become the node's W [dirs, G*H, in], R [dirs, G*H, H] and B [dirs, 2*G*H].
import type { ModelNode } from '../graph/index.js';
import { numberAttr } from './attrs.js';
import type { AttrJson } from './spec.js';
import { a, node, type LowerCtx, type Lowering } from './lower.js';

const GATES: Record<string, number> = { LSTM: 4, GRU: 3, RNN: 1 };

export const rnn = (opType: 'LSTM' | 'GRU' | 'RNN'): Lowering => (c) => {
  const hidden = numberAttr(a(c, 'hidden_size'));
  const layers = numberAttr(a(c, 'num_layers')) ?? 1;
  if (hidden === undefined || (numberAttr(a(c, 'proj_size')) ?? 0) > 0) return undefined;
  const dirs = a(c, 'bidirectional') === true || a(c, 'bidirectional') === 1 ? 2 : 1;
  const batchFirst = a(c, 'batch_first') === true || a(c, 'batch_first') === 1;
  const gates = (GATES[opType] ?? 1) * hidden;
  const n = c.layer.name;
  const nodes: ModelNode[] = [];
  const step = (op: string, tag: string, inputs: string[], attrs: Record<string, AttrJson> = {}, outputs = [`${n}/${tag}`]): string => {
    nodes.push({ ...node(c, op, inputs, attrs), name: `${n}/${tag}`, outputs });
    return outputs[0] as string;
  };
  let x = c.inputs[0] ?? '';
  if (batchFirst) x = step('Transpose', 'seq_first', [x], { perm: [1, 0, 2] });
  let inputSize = numberAttr(a(c, 'input_size')) ?? weightCols(c, 'weight_ih_l0');
  if (inputSize === undefined) return undefined;
  const states: string[][] = [[], []];
  for (let l = 0; l < layers; l++) {
    const suffixes = dirs === 2 ? [`_l${l}`, `_l${l}_reverse`] : [`_l${l}`];
    const w = c.merged(suffixes.map((s) => `weight_ih${s}`), [dirs, gates, inputSize], `W_l${l}`);
    const r = c.merged(suffixes.map((s) => `weight_hh${s}`), [dirs, gates, hidden], `R_l${l}`);
    const b = c.merged(suffixes.flatMap((s) => [`bias_ih${s}`, `bias_hh${s}`]), [dirs, 2 * gates], `B_l${l}`);
    if (w === '' || r === '') return undefined;
    const attrs: Record<string, AttrJson> = { hidden_size: hidden, direction: dirs === 2 ? 'bidirectional' : 'forward' };
    if (opType === 'GRU') attrs.linear_before_reset = 1;
    if (opType === 'RNN' && a(c, 'nonlinearity') === 'relu') attrs.activations = dirs === 2 ? ['Relu', 'Relu'] : ['Relu'];
    const outs = [`${n}/y_l${l}`, `${n}/h_l${l}`, ...(opType === 'LSTM' ? [`${n}/c_l${l}`] : [])];
    nodes.push({ ...node(c, opType, [x, w, r, b], attrs), name: layers === 1 ? n : `${n}/l${l}`, outputs: outs });
    states[0]?.push(outs[1] as string);
    if (outs[2] !== undefined) states[1]?.push(outs[2]);
    // Y [seq, dirs, batch, H] → [seq, batch, dirs*H]
    x = dirs === 1
      ? step('Squeeze', `y_l${l}/squeeze`, [outs[0] as string, c.constant('dir_axis', [1])])
      : step('Reshape', `y_l${l}/merge`, [step('Transpose', `y_l${l}/t`, [outs[0] as string], { perm: [0, 2, 1, 3] }), c.constant('merge_shape', [0, 0, -1])]);
    inputSize = dirs * hidden;
  }
  const [y, ...stateOuts] = c.outputs;
  if (y === undefined) return undefined;
  if (batchFirst) step('Transpose', 'batch_first', [x], { perm: [1, 0, 2] }, [y]);
  else step('Identity', 'output', [x], {}, [y]);
  // h_n (and c_n): the layers' final states stacked on axis 0, [layers*dirs, batch, H].
  stateOuts.forEach((out, k) => {
    const parts = states[k] ?? [];
    step(parts.length === 1 ? 'Identity' : 'Concat', k === 0 ? 'h_n' : 'c_n', parts, parts.length === 1 ? {} : { axis: 0 }, [out]);
  });
  return nodes;
};

function weightCols(c: LowerCtx, key: string): number | undefined {
  const dims = c.layer.weights.find((w) => w.key === key)?.dims;
  return dims?.[1];
}
