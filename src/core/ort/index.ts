// Public entry of the onnxruntime view of a model: the kernels ORT runs (fusion rules, a plan of their own:
// see fusion.ts), their price on a profile measured in ORT, and the reader of ORT's own profiler output.
export { ORT_FUSION_RULES, convPaddingFactor, fusableTransposePerm, ortKernelPlan, type FusionNode, type KernelGroup, type KernelPlan, type PlanOptions, type Reorder } from './fusion.js';
export { fusionNodes, staticInputs } from './graph-nodes.js';
export { estimateFusedGraph, groupFeatures, type FusedGraphEstimate, type PricedGroup } from './graph-estimate.js';
export { parseOrtProfile, summarizeProfile, type KernelSummary, type OrtKernelTime, type OrtProfile, type OrtRun } from './profile.js';
export { estimateOnRuntime, fusedPrices, ortGraphEstimate, ortRuntime } from './fused.js';
