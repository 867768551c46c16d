// QDQ graphs (QuantizeLinear/DequantizeLinear pairs around float ops, the format ONNX quantizers write):
// a runtime with quantized kernels fuses DequantizeLinear on every activation input, the op and the
// QuantizeLinear on its output into one integer kernel (ONNX Runtime's QDQ transformer: QLinearConv,
// QLinearMatMul, QLinearAdd ...), which reads and writes the quantized tensors and rescales its output
// (the scale work: one multiply-round per output element). Views between a DQ and a Q drop the pair.
// A Q or DQ that does not fuse (the graph input's Q, the output's DQ, a DQ shared by several consumers)
// stays a kernel of its own, priced as the element-wise pass it is.
import { isQuantizedType, precisionOf } from '../../graph/index.js';
import type { LayerCost } from '../../infer/index.js';
import type { PlanPass, PlanState } from '../types.js';
import { claim, inputBytes, numel, open, opIs } from './match.js';

export const qdqPass: PlanPass = {
  name: 'qdq',
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (l.op === 'QuantizeLinear' || l.op === 'DequantizeLinear' || !open(s, i)) return;
      const group = qdqGroup(s, i);
      if (!group) return;
      const members = [...group.dqs, i, ...group.act, group.q];
      if (l.family === 'shape') {
        for (const m of members) s.placed[m] = { kind: 'free', reason: 'quantized view (Q/DQ pair dropped)' };
        return;
      }
      claim(s, { kind: `QLinear${l.op}`, rule: 'qdq', anchor: i, members, cost: quantizedCost(s, i, group) });
    });
  },
};

interface QdqGroup {
  /** The DequantizeLinear feeding each activation input. */
  dqs: number[];
  /** A Relu/Clip between the op and its Q (fused into the integer kernel's output clamp), or none. */
  act: number[];
  /** The QuantizeLinear its output feeds. */
  q: number;
  /** Storage type of the quantized input tensors. */
  dtype: number;
}

/** Every activation input comes from a DQ of a quantized tensor read by this node only, and its one output feeds one Q. */
function qdqGroup(s: PlanState, i: number): QdqGroup | undefined {
  const g = s.graph;
  const io = g.layers[i]!.io;
  if (!io || io.outputs.filter((t) => t !== '').length !== 1) return undefined;
  const dqs: number[] = [];
  let dtype = 0;
  for (let k = 0; k < io.inputs.length; k++) {
    if (g.inputKind(i, k) !== 'activation') continue;
    const dq = g.producerOf(i, k);
    if (!opIs(g, dq, 'DequantizeLinear') || !open(s, dq) || g.allConsumers(dq).length !== 1) return undefined;
    const t = g.inputDtype(dq, 0);
    if (g.inputKind(dq, 0) !== 'activation' || !isQuantizedType(t)) return undefined;
    if (!dqs.includes(dq)) dqs.push(dq);
    dtype = t;
  }
  if (dqs.length === 0) return undefined;
  let use = g.soleConsumer(i);
  const act: number[] = [];
  if (use && opIs(g, use.layer, 'Relu', 'Clip') && open(s, use.layer) && g.layers[i]!.family !== 'shape') {
    act.push(use.layer);
    use = g.soleConsumer(use.layer);
  }
  if (!use || use.input !== 0 || !opIs(g, use.layer, 'QuantizeLinear') || !open(s, use.layer)) return undefined;
  return { dqs, act, q: use.layer, dtype };
}

/** The integer kernel: the op's MACs plus one per output element for the rescale, quantized tensors in and out. */
function quantizedCost(s: PlanState, i: number, group: QdqGroup): LayerCost {
  const g = s.graph;
  const l = g.layers[i]!;
  const q = g.layers[group.q]!;
  const outElements = numel(q.outputShapes[0]);
  const cost: LayerCost = {
    ...l,
    op: `QLinear${l.op}`,
    outputShapes: q.outputShapes.slice(0, 1),
    macs: l.macs + outElements,
    activationBytesIn: group.dqs.reduce((a, dq) => a + inputBytes(g, dq, 0), 0),
    activationBytesOut: q.activationBytesOut,
    attrs: { ...l.attrs, quantized: 1, requantElements: outElements },
    precision: precisionOf(group.dtype) ?? 'int8',
  };
  delete cost.io;
  return cost;
}
