// Small helpers for pattern rules: which nodes are still open, constant operands, and the cost of a kernel
// made of several nodes.
import type { LayerCost, OpFamily } from '../../infer/index.js';
import type { PlanGraph } from '../graph.js';
import type { KernelDraft, PlanState } from '../types.js';

/** Sized by inference and not yet placed by an earlier pass. */
export function open(s: PlanState, i: number | undefined): i is number {
  return i !== undefined && s.placed[i] === undefined && s.graph.layers[i]?.status === 'estimated';
}

export function numel(shape: readonly number[] | null | undefined): number {
  return shape ? shape.reduce((a, b) => a * b, 1) : 0;
}

/** Input k of layer i is a weight or folded constant. */
export function isConstInput(g: PlanGraph, i: number, k: number): boolean {
  const kind = g.inputKind(i, k);
  return kind === 'constant' || kind === 'weight';
}

/** Input k of layer i is a one-element constant (a scale, an epsilon, 1, 0.5 ...). */
export function isScalarConst(g: PlanGraph, i: number, k: number): boolean {
  return isConstInput(g, i, k) && numel(g.layers[i]?.inputShapes[k]) === 1;
}

/** The index (0 or 1) of the one activation input of a binary node whose other input is a scalar constant. */
export function scalarOperandOf(g: PlanGraph, i: number): number | undefined {
  if (isScalarConst(g, i, 1) && g.inputKind(i, 0) === 'activation') return 0;
  if (isScalarConst(g, i, 0) && g.inputKind(i, 1) === 'activation') return 1;
  return undefined;
}

export function opIs(g: PlanGraph, i: number | undefined, ...ops: string[]): i is number {
  return i !== undefined && ops.includes(g.layers[i]?.op ?? '');
}

/** Bytes of input k of layer i as it is read. */
export function inputBytes(g: PlanGraph, i: number, k: number): number {
  return numel(g.layers[i]?.inputShapes[k]) * g.inputElementBytes(i, k);
}

/** Records a kernel over `members` unless one of them is already placed. */
export function claim(s: PlanState, draft: KernelDraft): boolean {
  if (draft.members.some((m) => !open(s, m))) return false;
  const id = s.drafts.push({ ...draft, members: [...draft.members].sort((a, b) => a - b) }) - 1;
  for (const m of draft.members) s.placed[m] = { kind: 'draft', draft: id };
  return true;
}

export interface FusedCostInput {
  /** Node whose name and output the kernel reports. */
  anchor: number;
  /** Node whose output is the kernel's output. */
  last: number;
  family: OpFamily;
  op: string;
  macs: number;
  attrs: Record<string, number>;
  /** The activation inputs the kernel reads from outside, as [layer, input]. */
  reads: [number, number][];
}

/** One kernel's cost from its members: weights summed, activations read from outside, the last output written. */
export function fusedCost(g: PlanGraph, members: number[], c: FusedCostInput): LayerCost {
  const anchor = g.layers[c.anchor]!;
  const last = g.layers[c.last]!;
  let params = 0;
  let weightBytes = 0;
  for (const m of members) {
    params += g.layers[m]!.params;
    weightBytes += g.layers[m]!.weightBytes;
  }
  const cost: LayerCost = {
    name: anchor.name, op: c.op, domain: anchor.domain, family: c.family,
    inputShapes: c.reads.map(([i, k]) => g.layers[i]!.inputShapes[k] ?? null),
    outputShapes: last.outputShapes.slice(0, 1),
    macs: c.macs, params, weightBytes,
    activationBytesIn: c.reads.reduce((a, [i, k]) => a + inputBytes(g, i, k), 0),
    activationBytesOut: last.activationBytesOut,
    attrs: c.attrs, status: 'estimated',
  };
  if (anchor.scope) cost.scope = anchor.scope;
  return cost;
}
