// Public entry of the onnxruntime view of a model: the kernels ORT runs (fusion rules), their price on a profile
// measured in ORT, and the reader of ORT's own profiler output.
import type { RooflinePredictor } from '../estimate/predictors/roofline.js';
import type { HardwareProfile } from '../profile-types.js';
import type { DecodedModel, InferredModel } from '../types.js';
import { ortKernelPlan, type KernelPlan } from './fusion.js';
import { estimateFusedGraph, type FusedGraphEstimate } from './graph-estimate.js';
import { fusionNodes } from './graph-nodes.js';

export { ORT_FUSION_RULES, fusableTransposePerm, ortKernelPlan, type FusionNode, type KernelGroup, type KernelPlan, type PlanOptions, type Reorder } from './fusion.js';
export { fusionNodes, staticInputs } from './graph-nodes.js';
export { estimateFusedGraph, groupFeatures, type FusedGraphEstimate, type PricedGroup } from './graph-estimate.js';
export { parseOrtProfile, summarizeProfile, type KernelSummary, type OrtKernelTime, type OrtProfile, type OrtRun } from './profile.js';

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
