// Runs a rule set's passes over an inferred graph and collects the plan: kernels in launch order, and for
// every node the kernels it belongs to or why it launches none.
import type { Mode } from './types.js';
import type { InferredModel, LayerCost } from '../infer/index.js';
import { PlanGraph } from './graph.js';
import type { KernelPlan, Placement, PlanState, RuleSet } from './types.js';

export function buildKernelPlan(layers: readonly LayerCost[], ruleSet: RuleSet, mode: Mode): KernelPlan {
  const graph = new PlanGraph(layers);
  const state: PlanState = {
    graph, mode, placed: new Array(layers.length).fill(undefined), drafts: [], kernels: [],
    kernelsOf: layers.map(() => []),
  };
  for (const pass of ruleSet.passes) pass.run(state);
  const placements: Placement[] = layers.map((_, i) => {
    const kernels = state.kernelsOf[i]!;
    if (kernels.length > 0) return { kind: 'kernel', kernels };
    const p = state.placed[i];
    if (p?.kind === 'free') return { kind: 'free', reason: p.reason };
    if (p?.kind === 'unsupported') return { kind: 'unsupported' };
    // A rule set whose last pass does not emit drafts leaves nodes unplaced: a bug in the rule set.
    throw new Error(`rule set ${ruleSet.id} left layer ${layers[i]?.name ?? i} unplaced`);
  });
  return { ruleSet: ruleSet.id, mode, kernels: state.kernels, placements };
}

/** The plan of an inferred model. */
export function planModel(inferred: InferredModel, ruleSet: RuleSet, mode: Mode): KernelPlan {
  return buildKernelPlan(inferred.layers, ruleSet, mode);
}
