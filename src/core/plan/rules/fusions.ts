// Exporter decompositions that eager PyTorch runs as one kernel: nn.Linear on any rank (MatMul with a 2-D
// weight plus its bias Add: one addmm over all leading dims), GELU (Div-Erf-Add-Mul-Mul), SiLU (x·Sigmoid(x)),
// Hardswish (x·HardSigmoid(x)), Mish (x·Tanh(Softplus(x))) and LayerNorm written as reductions.
import type { PlanGraph } from '../graph.js';
import type { PlanPass, PlanState } from '../types.js';
import { claim, fusedCost, isConstInput, isScalarConst, numel, open, opIs, scalarOperandOf } from './match.js';

/** MatMul(x, W) with W a 2-D weight, and the bias Add after it when it is the MatMul's only consumer. */
export const linearPass: PlanPass = {
  name: 'linear',
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (l.op !== 'MatMul' || !open(s, i)) return;
      const w = l.inputShapes[1];
      if (!isConstInput(g, i, 1) || g.inputKind(i, 0) !== 'activation' || w?.length !== 2) return;
      const x = l.inputShapes[0] ?? [];
      const k = w[0]!;
      const n = w[1]!;
      const rows = numel(x) / k;
      const members = [i];
      const use = g.soleConsumer(i);
      if (use && opIs(g, use.layer, 'Add') && open(s, use.layer) && isBias(g, use.layer, 1 - use.input, n)) members.push(use.layer);
      const last = members[members.length - 1]!;
      claim(s, {
        kind: 'Linear', rule: 'linear', anchor: i, members,
        cost: fusedCost(g, members, {
          anchor: i, last, family: 'gemm', op: members.length > 1 ? 'Linear' : 'MatMul', macs: l.macs,
          attrs: { batch: rows, inFeatures: k, outFeatures: n }, reads: [[i, 0]],
        }),
        accepts: (m, input) => (m === i && input === 0 ? 'linear-input' : 'any'),
      });
    });
  },
};

function isBias(g: PlanGraph, add: number, k: number, n: number): boolean {
  const shape = g.layers[add]?.inputShapes[k];
  return isConstInput(g, add, k) && numel(shape) === n && (shape?.at(-1) ?? 0) === n;
}


function activationKernel(s: PlanState, members: number[], anchor: number, last: number, op: string, rule: string, x: [number, number]): void {
  const g = s.graph;
  const elements = numel(g.layers[last]!.outputShapes[0]);
  claim(s, {
    kind: op, rule, anchor, members,
    cost: fusedCost(g, members, { anchor, last, family: 'activation', op, macs: elements, attrs: { elements }, reads: [x] }),
  });
}

/** SiLU x·σ(x), Hardswish x·hardσ(x), Mish x·tanh(softplus(x)). */
export const gatedActivationPass: PlanPass = {
  name: 'gated-activation',
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (!open(s, i) || g.inputKind(i, 0) !== 'activation') return;
      let chain: number[] | undefined;
      let rule = '';
      if (l.op === 'Sigmoid') [chain, rule] = [[i], 'silu'];
      else if (l.op === 'HardSigmoid') [chain, rule] = [[i], 'hardswish'];
      else if (l.op === 'Softplus') {
        const t = g.soleConsumer(i);
        if (t && opIs(g, t.layer, 'Tanh') && open(s, t.layer)) [chain, rule] = [[i, t.layer], 'mish'];
      }
      if (!chain) return;
      // The gate's only consumer multiplies it with the very tensor the gate started from.
      const use = g.soleConsumer(chain[chain.length - 1]!);
      if (!use || !opIs(g, use.layer, 'Mul') || !open(s, use.layer) || !g.sameTensor(use.layer, 1 - use.input, i, 0)) return;
      activationKernel(s, [...chain, use.layer], i, use.layer, rule === 'silu' ? 'Silu' : rule === 'mish' ? 'Mish' : 'HardSwish', rule, [i, 0]);
    });
  },
};

/**
 * GELU (erf form), as torch.onnx writes F.gelu: Div(x, √2) | Mul(x, 1/√2) → Erf → Add 1 → Mul x → Mul 0.5
 * (the 0.5 may come first, on x). The tanh approximation is left alone: eager code spells it out too.
 */
export const geluPass: PlanPass = {
  name: 'gelu',
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (l.op !== 'Erf' || !open(s, i)) return;
      const pre = g.producerOf(i, 0);
      if (!opIs(g, pre, 'Div', 'Mul') || !open(s, pre) || g.soleConsumer(pre)?.layer !== i) return;
      const xk = scalarOperandOf(g, pre);
      if (xk !== 0) return;
      const add = g.soleConsumer(i);
      if (!add || !opIs(g, add.layer, 'Add') || !open(s, add.layer) || !isScalarConst(g, add.layer, 1 - add.input)) return;
      const members = [pre, i, add.layer];
      let cur = add.layer;
      let sawX = false;
      // Up to two Muls after the Add: one by x (or by 0.5·x), one by 0.5.
      for (let step = 0; step < 2; step++) {
        const use = g.soleConsumer(cur);
        if (!use || !opIs(g, use.layer, 'Mul') || !open(s, use.layer)) break;
        const other = 1 - use.input;
        if (isScalarConst(g, use.layer, other)) {
          members.push(use.layer);
        } else if (!sawX && g.sameTensor(use.layer, other, pre, 0)) {
          members.push(use.layer);
          sawX = true;
        } else if (!sawX) {
          const half = g.producerOf(use.layer, other);
          if (!opIs(g, half, 'Mul') || !open(s, half) || g.soleConsumer(half)?.layer !== use.layer) break;
          const hk = scalarOperandOf(g, half);
          if (hk === undefined || !g.sameTensor(half, hk, pre, 0)) break;
          members.push(half, use.layer);
          sawX = true;
        } else break;
        cur = use.layer;
      }
      if (!sawX) return;
      activationKernel(s, members, i, cur, 'Gelu', 'gelu', [pre, 0]);
    });
  },
};

/**
 * LayerNorm over the trailing dims written as reductions (torch.onnx before opset 17): ReduceMean(x) →
 * Sub → Pow 2 → ReduceMean → Add eps → Sqrt → Div, then optionally Mul γ and Add β. A normalisation over
 * another axis (channels-first code written by hand) is not F.layer_norm and is left alone.
 */
export const layerNormPass: PlanPass = {
  name: 'layernorm',
  run(s) {
    const g = s.graph;
    g.layers.forEach((l, i) => {
      if (l.op !== 'ReduceMean' || !open(s, i) || !trailingReduce(l.inputShapes[0], l.outputShapes[0])) return;
      const sub = g.soleConsumer(i);
      if (!sub || !opIs(g, sub.layer, 'Sub') || sub.input !== 1 || !open(s, sub.layer) || !g.sameTensor(sub.layer, 0, i, 0)) return;
      const dUses = g.consumers(sub.layer);
      const pow = dUses.find((u) => opIs(g, u.layer, 'Pow') && u.input === 0 && isScalarConst(g, u.layer, 1));
      const div = dUses.find((u) => opIs(g, u.layer, 'Div') && u.input === 0);
      if (dUses.length !== 2 || !pow || !div) return;
      const mean2 = g.soleConsumer(pow.layer);
      if (!mean2 || !opIs(g, mean2.layer, 'ReduceMean')) return;
      const eps = g.soleConsumer(mean2.layer);
      if (!eps || !opIs(g, eps.layer, 'Add') || !isScalarConst(g, eps.layer, 1 - eps.input)) return;
      const sqrt = g.soleConsumer(eps.layer);
      if (!sqrt || !opIs(g, sqrt.layer, 'Sqrt') || g.soleConsumer(sqrt.layer)?.layer !== div.layer || div.input !== 0) return;
      const members = [i, sub.layer, pow.layer, mean2.layer, eps.layer, sqrt.layer, div.layer];
      let last = div.layer;
      const scale = g.soleConsumer(last);
      if (scale && opIs(g, scale.layer, 'Mul') && isConstInput(g, scale.layer, 1 - scale.input)) {
        members.push(scale.layer);
        last = scale.layer;
        const shift = g.soleConsumer(last);
        if (shift && opIs(g, shift.layer, 'Add') && isConstInput(g, shift.layer, 1 - shift.input)) {
          members.push(shift.layer);
          last = shift.layer;
        }
      }
      if (!members.every((m) => open(s, m))) return;
      const elements = numel(l.inputShapes[0]);
      const normalized = elements / Math.max(numel(l.outputShapes[0]), 1);
      claim(s, {
        kind: 'LayerNorm', rule: 'layernorm', anchor: i, members,
        cost: fusedCost(g, members, { anchor: i, last, family: 'norm', op: 'LayerNormalization', macs: elements, attrs: { elements, normalized }, reads: [[i, 0]] }),
        accepts: () => 'contiguous',
      });
    });
  },
};

/** The reduced dims (size 1 in a keepdims output) are a non-empty suffix of the input dims. */
function trailingReduce(input: number[] | null | undefined, output: number[] | undefined): boolean {
  if (!input || !output || input.length !== output.length || input.length === 0) return false;
  let k = input.length - 1;
  while (k >= 0 && output[k] === 1 && input[k] !== 1) k--;
  if (k === input.length - 1) return false;
  for (let j = 0; j <= k; j++) if (output[j] !== input[j]) return false;
  return true;
}
