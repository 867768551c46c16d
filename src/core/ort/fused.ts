// Estimates on a profile measured in onnxruntime price the graph ORT runs: each fused kernel's cost sits on its
// anchor layer, the layers fused into it show 0 with the anchor's name, and the layout reorders plus the per-call
// part of a run are a per-pass overhead. Inference only (ORT profiles measure no train step). The estimator
// takes these prices as given (core/estimate/runtime-prices.ts), so it needs to know nothing of ORT.
import { estimateEnergy, type EstimateOptions, type EstimateReport, type HardwareProfile, type RooflinePredictor, type RuntimePrices } from '../estimate/index.js';
import type { DecodedModel } from '../graph/index.js';
import type { InferredModel } from '../infer/index.js';
import { ortKernelPlan, type KernelPlan } from './fusion.js';
import { estimateFusedGraph, type FusedGraphEstimate } from './graph-estimate.js';
import { fusionNodes } from './graph-nodes.js';

/** The runtime block of a roofline profile measured in onnxruntime, or undefined (eager PyTorch profiles). */
export function ortRuntime(profile: HardwareProfile): RooflinePredictor['runtime'] {
  const p = profile.predictor as unknown as RooflinePredictor;
  return p.kind === 'roofline-v1' && p.runtime?.name === 'onnxruntime' ? p.runtime : undefined;
}

/** The kernel plan of a model for a profile's runtime (its NCHWc block) and the fused graph's estimate. */
export function ortGraphEstimate(model: DecodedModel, inferred: InferredModel, profile: HardwareProfile): { plan: KernelPlan; estimate: FusedGraphEstimate } {
  const p = profile.predictor as unknown as RooflinePredictor;
  const nodes = fusionNodes(model, inferred);
  const graphOutputs = model.graph.outputs.map((o) => o.name);
  const plan = ortKernelPlan(nodes, { graphOutputs, nchwcBlock: p.runtime?.nchwcBlock ?? 0 });
  return { plan, estimate: estimateFusedGraph(plan, nodes, inferred.layers.filter((l) => l.scope === undefined), p, profile.device, graphOutputs) };
}

/** Per-layer prices of the fused graph, or undefined when the profile is not an onnxruntime one. */
export function fusedPrices(inferred: InferredModel, profile: HardwareProfile, model: DecodedModel): RuntimePrices | undefined {
  if (!ortRuntime(profile)) return undefined;
  // Function bodies and control-flow subgraphs are outside the rules: such a model is priced layer by layer.
  if (inferred.layers.some((l) => l.scope !== undefined)) return undefined;
  const { plan, estimate } = ortGraphEstimate(model, inferred, profile);
  const layers: RuntimePrices['layers'] = new Map();
  for (const r of plan.removed) layers.set(r.node, { energyJ: 0, seconds: 0, kernel: 'none' });
  for (const g of estimate.groups) {
    layers.set(g.group.anchor, { energyJ: g.energyJ, seconds: g.seconds, kernel: g.group.kernel });
    for (const m of g.group.members.slice(1)) layers.set(m, { energyJ: 0, seconds: 0, fusedInto: g.group.anchor, kernel: g.group.kernel });
  }
  for (const g of estimate.unpriced) {
    for (const m of g.members) layers.set(m, { unsupported: `profile ${profile.id} has no constants for the ${g.family} kernel ${g.kernel} (anchor ${g.anchor})` });
  }
  const reorders = estimate.reorders.reduce((a, r) => ({ energyJ: a.energyJ + r.energyJ, seconds: a.seconds + r.seconds }), { energyJ: 0, seconds: 0 });
  return { layers, overhead: { energyJ: reorders.energyJ + estimate.runJ, seconds: reorders.seconds + estimate.runSeconds }, kernels: estimate.kernels };
}

/**
 * estimateEnergy for any profile: an onnxruntime profile in inference mode prices the fused graph ORT runs,
 * every other profile (and mode) its layers one by one. What the CLI, the action and the benches call.
 */
export function estimateOnRuntime(inferred: InferredModel, profile: HardwareProfile, opts: Omit<EstimateOptions, 'runtime'>, model: DecodedModel): EstimateReport {
  const runtime = opts.mode === 'inference' ? fusedPrices(inferred, profile, model) : undefined;
  return estimateEnergy(inferred, profile, runtime ? { ...opts, runtime } : opts);
}
