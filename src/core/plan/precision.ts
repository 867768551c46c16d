// The precision each planned kernel computes at, from the element types around it: a Conv/MatMul/Gemm
// runs at the type of the activation it reads (an fp16 MatMul accumulating in fp32 is still an fp16
// tensor-core kernel; a QLinearConv reading uint8 is an int8 kernel), every other kernel at the type it
// writes (a Cast island's ops at the island's type). Rules that know better (qdq) set it themselves.
import { precisionOf } from '../graph/index.js';
import type { LayerCost, OpFamily } from '../infer/index.js';
import type { PlanGraph } from './graph.js';
import type { PlannedKernel } from './types.js';

/** Families whose kernels run on the compute units a precision changes (tensor cores, VNNI). */
const COMPUTE_FAMILIES: ReadonlySet<OpFamily> = new Set(['conv', 'gemm', 'matmul', 'rnn']);

/** The precision of node i's kernel; 'fp32' when the types are not known. */
export function nodePrecision(g: PlanGraph, i: number): string {
  const l = g.layers[i];
  if (!l?.io) return 'fp32';
  if (COMPUTE_FAMILIES.has(l.family)) {
    const k = l.io.inputKinds.indexOf('activation');
    const read = precisionOf(k >= 0 ? g.inputDtype(i, k) : 0);
    if (read) return read;
  }
  return precisionOf(l.io.outputDtypes[0] ?? 0) ?? 'fp32';
}

/** The kernels with their cost's precision set (a copy of the cost: kernels may share it with the layer). */
export function withPrecision(g: PlanGraph, kernels: PlannedKernel[]): PlannedKernel[] {
  return kernels.map((k) => (k.cost.precision ? k : { ...k, cost: costAt(k.cost, nodePrecision(g, k.anchor)) }));
}

/**
 * A copy of `c` with its precision: a literal of every field, not a spread (V8 gave each spread copy of a
 * cost its own hidden class: 200 bytes more per kernel and slower property reads after).
 */
function costAt(c: LayerCost, precision: string): LayerCost {
  const out: LayerCost = {
    name: c.name, op: c.op, domain: c.domain, family: c.family, inputShapes: c.inputShapes, outputShapes: c.outputShapes,
    macs: c.macs, params: c.params, weightBytes: c.weightBytes, activationBytesIn: c.activationBytesIn,
    activationBytesOut: c.activationBytesOut, attrs: c.attrs, status: c.status,
  };
  if (c.scope !== undefined) out.scope = c.scope;
  if (c.io !== undefined) out.io = c.io;
  if (c.reason !== undefined) out.reason = c.reason;
  out.precision = precision;
  return out;
}
