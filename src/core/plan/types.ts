// The kernel plan between inference and estimation: which kernels a runtime launches for an inferred graph.
// A plan is f(inferred graph, rule set, mode); each kernel carries its member nodes and the cost the
// predictors price (op class as the layer family, MACs, bytes, element counts, attrs).
import type { LayerCost } from '../infer/index.js';
import type { PlanGraph } from './graph.js';

/** The pass a plan is for: estimate's Mode (core/estimate imports the plan, so the plan names it itself). */
export type Mode = 'inference' | 'train-step';

export interface PlannedKernel {
  /** 1-based position in launch order (shown as k1, k2, ...). */
  id: number;
  /** What runs: the node's op for a one-node kernel, else 'Linear', 'Gelu', 'Silu', 'LayerNorm', 'Attention', 'Copy' ... */
  kind: string;
  /** The rule that made it. */
  rule: string;
  /** Index (into InferredModel.layers) of the node the kernel's energy is reported on. */
  anchor: number;
  /** Indices of the nodes it covers, the anchor included, in graph order. */
  members: number[];
  /** What the predictors price: family = op class, MACs, weight and activation bytes, attrs (elements, tiles ...). */
  cost: LayerCost;
}

/** How one node of the inferred graph is run. */
export type Placement =
  /** Part of one or more kernels (a node can anchor a forced copy and its own kernel). */
  | { kind: 'kernel'; kernels: number[] }
  /** Launches nothing; `reason` says which rule decided (view, shape arithmetic, identity ...). */
  | { kind: 'free'; reason: string }
  /** Could not be sized by inference: not priced, listed in coverage. */
  | { kind: 'unsupported' };

export interface KernelPlan {
  /** Rule set id, e.g. 'eager-pytorch@1'. */
  ruleSet: string;
  mode: Mode;
  kernels: PlannedKernel[];
  /** One entry per InferredModel.layers entry. */
  placements: Placement[];
}

/** A kernel some pass has decided on, before the layout pass orders and finalises it. */
export interface KernelDraft {
  kind: string;
  rule: string;
  anchor: number;
  members: number[];
  cost: LayerCost;
  /** Tensor layout this kernel needs on an external input (default: what its member node needs). */
  accepts?: (member: number, input: number) => InputNeed;
  /** Memory order of the kernel's output (default contiguous): a permutation, outermost first. */
  outputOrder?: (shape: number[]) => number[] | undefined;
  /** Kernels the runtime launches right after this one for the same nodes (a convolution's bias add). */
  followUps?: { kind: string; rule: string; cost: LayerCost }[];
}

/**
 * What a kernel needs of an input's memory layout: any strides; a unit stride in one of the last two dims
 * ('matrix': fused attention reads strided batch and head dims); that, with the leading dims foldable into
 * one batch ('gemm-operand': bmm); foldable to 2-D rows ('linear-input': a Linear over all leading dims);
 * or dense row-major (cuDNN, norms, softmax).
 */
export type InputNeed = 'any' | 'matrix' | 'gemm-operand' | 'linear-input' | 'contiguous';

/** Where passes record their decisions; one instance per plan. */
export interface PlanState {
  graph: PlanGraph;
  mode: Mode;
  /** Per layer: undefined until a pass places it; `draft` points into `drafts`. */
  placed: (undefined | { kind: 'free'; reason: string } | { kind: 'unsupported' } | { kind: 'draft'; draft: number })[];
  drafts: KernelDraft[];
  /** Filled by the final (layout) pass. */
  kernels: PlannedKernel[];
  /** Per layer, the kernels it anchors or belongs to (filled with `kernels`). */
  kernelsOf: number[][];
}

/** One step of a rule set: places some of the still unplaced nodes. */
export interface PlanPass {
  name: string;
  run(state: PlanState): void;
}

/** An ordered list of passes; a runtime- or precision-specific set puts its own passes before shared ones. */
export interface RuleSet {
  id: string;
  /** One line for `inspect` and the docs. */
  description: string;
  passes: readonly PlanPass[];
}
