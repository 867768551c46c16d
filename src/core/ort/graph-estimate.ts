// The time and energy of the graph onnxruntime runs, from a kernel plan (fusion.ts) and a roofline-v1 profile
// measured in onnxruntime (its `runtime` block): each kernel group is priced once, as its anchor's class with the
// FLOPs of all its members and the bytes that cross the group's boundary (a fused kernel never writes the
// tensors inside it); each layout reorder as a copy; every kernel pays the runtime's per-kernel dispatch, and the
// run its per-call part. Summing the isolated single-op costs instead would charge every BatchNorm, activation
// and residual Add of a CNN as its own pass over memory.
import { atPrecision, classParams, layerClass, layerEnergy, layerFeatures, measuredAt, type DeviceFacts, type LayerFeatures, type RooflinePredictor } from '../estimate/index.js';
import type { LayerCost } from '../infer/index.js';
import { convPaddingFactor, numel, type FusionNode, type KernelGroup, type KernelPlan, type Reorder } from './fusion.js';

export interface PricedGroup {
  group: KernelGroup;
  seconds: number;
  energyJ: number;
}

export interface FusedGraphEstimate {
  groups: PricedGroup[];
  /** Groups whose kernel the profile has no constants for (their anchor's class is unmeasured). */
  unpriced: KernelGroup[];
  reorders: { reorder: Reorder; seconds: number; energyJ: number }[];
  /** Kernels ORT runs per call (groups, metadata kernels, reorders). */
  kernels: number;
  /** Per-call part of the run, s and J. */
  runSeconds: number;
  runJ: number;
  seconds: number;
  energyJ: number;
}

/** Bytes per element of a layer's activations (its output bytes over its output elements), 4 when unknown. */
function elementBytes(l: LayerCost): number {
  const n = l.outputShapes.reduce((a, s) => a + numel(s), 0);
  return n > 0 && l.activationBytesOut > 0 ? l.activationBytesOut / n : 4;
}

/** Activation bytes crossing a group's boundary: inputs from outside, outputs read outside (or graph outputs). */
function boundaryBytes(members: FusionNode[], layers: Map<string, LayerCost>, readers: Map<string, number>, graphOutputs: Set<string>, bytesPerElement?: number): number {
  const produced = new Set(members.flatMap((m) => m.outputs));
  const inside = new Map<string, number>();
  for (const m of members) for (const t of m.inputs) if (produced.has(t)) inside.set(t, (inside.get(t) ?? 0) + 1);
  const seen = new Set<string>();
  let bytes = 0;
  for (const m of members) {
    const e = bytesPerElement ?? elementBytes(layers.get(m.name)!);
    m.inputs.forEach((t, k) => {
      if (!t || m.constant[k] || produced.has(t) || seen.has(t)) return;
      seen.add(t);
      bytes += numel(m.inputShapes[k]) * e;
    });
    m.outputs.forEach((t, k) => {
      if (!t || seen.has(t)) return;
      // Written out when something outside the group reads it.
      if (graphOutputs.has(t) || (readers.get(t) ?? 0) > (inside.get(t) ?? 0)) {
        seen.add(t);
        bytes += numel(m.outputShapes[k]) * e;
      }
    });
  }
  return bytes;
}

/**
 * The features of a kernel group: its anchor's, with the members' FLOPs and weights and the boundary's bytes.
 * A convolution's fast path is its NCHWc kernel (as in the profile's records). With `coldWeights`, the weights
 * are read from memory whatever their size: a model whose weights exceed the core's own caches streams them
 * from memory on every pass, where a one-layer benchmark kept them cached between calls.
 */
export function groupFeatures(group: KernelGroup, nodes: Map<string, FusionNode>, layers: Map<string, LayerCost>, readers: Map<string, number>, graphOutputs: Set<string>, nchwcBlock: number, coldWeights = false): LayerFeatures | null | 'free' {
  const anchor = layers.get(group.anchor)!;
  const cls = layerClass({ ...anchor, family: group.family });
  if (cls === null || cls === 'free') return cls;
  const f = layerFeatures({ ...anchor, family: group.family }, cls);
  const members = group.members.map((m) => nodes.get(m)!);
  const ls = group.members.map((m) => layers.get(m)!);
  const weights = ls.reduce((a, l) => a + l.weightBytes, 0);
  // A QDQ integer kernel reads and writes the 8-bit tensors at its boundary (its Q/DQ members' float sides stay inside).
  const int8 = group.precision === 'int8';
  const out: LayerFeatures = group.members.length === 1 ? f : {
    ...f,
    flops: ls.reduce((a, l) => a + (l.family === 'shape' || (int8 && (l.op === 'QuantizeLinear' || l.op === 'DequantizeLinear')) ? 0 : 2 * l.macs), 0),
    bytes: weights + boundaryBytes(members, layers, readers, graphOutputs, int8 ? 1 : undefined),
  };
  if (cls === 'conv' || cls === 'conv-dw') {
    out.aligned = group.layout === 'nchwc';
    out.flops *= convPaddingFactor(anchor.attrs, nchwcBlock, out.aligned);
  }
  if (coldWeights && weights > 0) {
    out.bytes = Math.max(0, out.bytes - weights);
    out.coldBytes = weights;
  }
  return out;
}

export function estimateFusedGraph(plan: KernelPlan, nodes: FusionNode[], layers: LayerCost[], p: RooflinePredictor, device: DeviceFacts, graphOutputs: readonly string[]): FusedGraphEstimate {
  const runtime = p.runtime;
  const perKernelS = runtime?.perKernelS ?? 0;
  const byNode = new Map(nodes.map((n) => [n.name, n]));
  const byLayer = new Map(layers.map((l) => [l.name, l]));
  const readers = new Map<string, number>();
  for (const n of nodes) for (const t of n.inputs) if (t) readers.set(t, (readers.get(t) ?? 0) + 1);
  const outputs = new Set(graphOutputs);
  // One thread's own caches: its core's share of L2 (L1 where no L2 is known).
  const privateCache = (device.l2Bytes ?? device.l1Bytes ?? 0) / Math.max(1, device.cores ?? 1);
  const coldWeights = layers.reduce((a, l) => a + l.weightBytes, 0) > privateCache;
  const dispatch = (kernels: number) => ({ seconds: perKernelS * kernels, energyJ: device.idlePowerW * perKernelS * kernels });
  const groups: PricedGroup[] = [];
  const unpriced: KernelGroup[] = [];
  let kernels = 0;
  for (const group of plan.groups) {
    kernels += group.kernels;
    const f = group.metadataOnly ? 'free' : groupFeatures(group, byNode, byLayer, readers, outputs, runtime?.nchwcBlock ?? 0, coldWeights);
    if (f === 'free') {
      groups.push({ group, ...dispatch(group.kernels) });
      continue;
    }
    const fitted = f ? classParams(p, f.cls, 'inference') : undefined;
    // The precision the kernel computes at: the rule's (QDQ: int8), else its anchor layer's.
    const precision = group.precision ?? byLayer.get(group.anchor)?.precision;
    const c = f && fitted ? atPrecision(fitted, device, f.cls, precision, measuredAt(p, f.cls, 'inference', precision)) : undefined;
    if (!f || !c) {
      unpriced.push(group);
      continue;
    }
    const e = layerEnergy(f, c, device, p.cacheBytes);
    const d = dispatch(group.kernels);
    groups.push({ group, seconds: group.kernels * e.seconds + d.seconds, energyJ: group.kernels * e.energyJ + d.energyJ });
  }
  const copy = classParams(p, 'data-movement', 'inference');
  const reorders = plan.reorders.map((reorder) => {
    kernels++;
    const d = dispatch(1);
    if (!copy) return { reorder, ...d };
    // A reorder reads and writes the tensor once (float32 NCHWc).
    const e = layerEnergy({ cls: 'data-movement', flops: 2 * reorder.elements, bytes: 8 * reorder.elements, aligned: true, narrowInput: false, tiles: 0 }, copy, device, p.cacheBytes);
    return { reorder, seconds: e.seconds + d.seconds, energyJ: e.energyJ + d.energyJ };
  });
  const runSeconds = p.composition.inference.passOverheadS;
  const runJ = device.idlePowerW * runSeconds;
  const sum = (xs: { seconds: number; energyJ: number }[]) => xs.reduce((a, x) => ({ seconds: a.seconds + x.seconds, energyJ: a.energyJ + x.energyJ }), { seconds: 0, energyJ: 0 });
  const g = sum(groups);
  const r = sum(reorders);
  return { groups, unpriced, reorders, kernels, runSeconds, runJ, seconds: g.seconds + r.seconds + runSeconds, energyJ: g.energyJ + r.energyJ + runJ };
}
