// Public entry of the kernel plan: which kernels a runtime launches for an inferred graph (core/infer) and
// what each costs, for the estimator (core/estimate) and `inspect`.
export { buildKernelPlan, planModel } from './build.js';
export { EAGER_PYTORCH, EAGER_PYTORCH_CPU, eagerRuleSet, SHARED_PASSES } from './eager-pytorch.js';
export { PlanGraph } from './graph.js';
export { planCells, planJson, planSummary, type PlanJson } from './format.js';
export { layoutPass } from './rules/layout.js';
export type { InputNeed, KernelDraft, KernelPlan, Placement, PlanPass, PlannedKernel, PlanState, RuleSet } from './types.js';
