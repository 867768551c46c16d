// Scaled dot-product attention written out by the exporter: MatMul(Q, Kᵀ) [÷ or × a scalar] [+ a mask
// broadcast over the heads] → Softmax(last axis) [→ Dropout] → MatMul(·, V). nn.MultiheadAttention and
// F.scaled_dot_product_attention run this as one fused kernel in eager PyTorch 2 (memory-efficient attention
// for fp32), which never writes the score matrix. A score bias with its own value per head (Swin's relative
// position bias) marks hand-written attention, which eager runs op by op: such graphs are left alone.
import type { PlanGraph } from '../graph.js';
import type { PlanPass, PlanState } from '../types.js';
import { claim, fusedCost, numel, open, opIs, scalarOperandOf } from './match.js';

/** A scaling node (Div/Mul by a scalar) producing input k of layer i, used by nothing else. */
function scaleInto(s: PlanState, i: number, k: number): number | undefined {
  const g = s.graph;
  const p = g.producerOf(i, k);
  if (!opIs(g, p, 'Div', 'Mul') || !open(s, p) || g.soleConsumer(p)?.layer !== i) return undefined;
  const x = scalarOperandOf(g, p);
  return x === 0 || (x === 1 && g.layers[p]!.op === 'Mul') ? p : undefined;
}

/** A mask that does not vary over the heads axis (dim -3 of the scores), e.g. [B,1,1,T] or [1,T,T]. */
function headBroadcastMask(g: PlanGraph, add: number, k: number): boolean {
  const mask = g.layers[add]?.inputShapes[k];
  const scores = g.layers[add]?.outputShapes[0];
  if (!mask || !scores || scores.length < 3) return false;
  const off = scores.length - mask.length;
  const head = scores.length - 3;
  return head - off < 0 || mask[head - off] === 1;
}

export const attentionPass: PlanPass = {
  name: 'attention',
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (l.op !== 'MatMul' || !open(s, i) || l.family !== 'matmul' || (l.inputShapes[0]?.length ?? 0) < 3) return;
      if (g.inputKind(i, 0) !== 'activation' || g.inputKind(i, 1) !== 'activation') return;
      const members = [i];
      let cur = i;
      const next = (ops: string[]): number | undefined => {
        const use = g.soleConsumer(cur);
        return use && opIs(g, use.layer, ...ops) && open(s, use.layer) ? use.layer : undefined;
      };
      const scaled = next(['Div', 'Mul']);
      if (scaled !== undefined && scalarOperandOf(g, scaled) === 0) {
        members.push(scaled);
        cur = scaled;
      }
      const masked = next(['Add']);
      let maskRead: [number, number] | undefined;
      if (masked !== undefined) {
        const maskInput = 1 - g.soleConsumer(cur)!.input;
        if (!headBroadcastMask(g, masked, maskInput)) return;
        members.push(masked);
        maskRead = [masked, maskInput];
        cur = masked;
      }
      const softmax = next(['Softmax']);
      if (softmax === undefined || !lastAxis(g, softmax)) return;
      members.push(softmax);
      cur = softmax;
      const dropout = next(['Dropout']);
      if (dropout !== undefined) {
        members.push(dropout);
        cur = dropout;
      }
      const pv = g.soleConsumer(cur);
      if (!pv || pv.input !== 0 || !opIs(g, pv.layer, 'MatMul') || !open(s, pv.layer) || g.inputKind(pv.layer, 1) !== 'activation') return;
      members.push(pv.layer);
      // Q (and K) pre-scaled by a scalar: folded into the kernel's softmax scale.
      const reads: [number, number][] = [];
      for (const k of [0, 1]) {
        const sc = scaleInto(s, i, k);
        if (sc !== undefined) {
          members.push(sc);
          reads.push([sc, scalarOperandOf(g, sc)!]);
        } else reads.push([i, k]);
      }
      reads.push([pv.layer, 1]);
      if (maskRead) reads.push(maskRead);
      const out = g.layers[pv.layer]!;
      const qk = g.layers[i]!;
      claim(s, {
        kind: 'Attention', rule: 'attention', anchor: i, members,
        cost: fusedCost(g, members, {
          anchor: i, last: pv.layer, family: 'matmul', op: 'Attention', macs: qk.macs + out.macs,
          attrs: { batch: out.attrs.batch ?? 1, m: out.attrs.m ?? 1, k: qk.attrs.k ?? 1, n: out.attrs.n ?? 1, elements: numel(out.outputShapes[0]) },
          reads,
        }),
        accepts: () => 'matrix',
        // Fused attention writes [.., T, H, D] memory order: the output's heads-major view transposes for free.
        outputOrder: (shape) => (shape.length >= 3 ? headsInnerOrder(shape.length) : undefined),
      });
    });
  },
};

function lastAxis(g: PlanGraph, softmax: number): boolean {
  const l = g.layers[softmax]!;
  const axisSize = l.attrs.axisSize;
  const shape = l.outputShapes[0];
  return shape !== undefined && shape.length > 0 && axisSize === shape[shape.length - 1];
}

/** [..., H, T, D] laid out as [..., T, H, D]. */
function headsInnerOrder(rank: number): number[] {
  const order = Array.from({ length: rank }, (_, d) => d);
  order[rank - 3] = rank - 2;
  order[rank - 2] = rank - 3;
  return order;
}
