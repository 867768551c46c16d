// The `energy-diff/diff@1` JSON contract: base vs head estimates per model and profile, with
// layer-level changes, repository totals and budget findings. Documented in docs/comment.md.
import type { HardwareProfileSummary, Mode, WorkloadEstimate } from '../estimate/index.js';

export type ModelStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'renamed';
export type Verdict = 'pass' | 'warn' | 'fail';

/** The facts of one EstimateReport that the diff keeps (the per-layer list lives in `layers`). */
export interface ReportSummary {
  energyJ: number;
  energyJLow: number;
  energyJHigh: number;
  macs: number;
  params: number;
  /** Stored bytes of the weights, when the estimate reports them. */
  weightBytes?: number;
  seconds?: number;
  batch: number;
  mode: Mode;
  profileVersion?: string;
  coverage: CoverageSummary;
  /** The side's workload roll-ups (training run, serving, conversions), when a workload was declared. */
  workload?: WorkloadEstimate;
  /** Precisions priced without measurements on the profile's device, one label each ("fp16 roofs from the datasheet ..."). */
  precisionNotes?: string[];
}

export interface CoverageSummary {
  nodes: number;
  estimated: number;
  /** Unsupported operators counted by type, most frequent first, then by name. */
  unsupported: { op: string; count: number }[];
  /** Conv/MatMul/Gemm-class nodes in the graph and how many were priced. */
  heavy?: { nodes: number; estimated: number };
}

export interface LayerSide {
  name: string;
  op: string;
  energyJ: number;
  macs: number;
  outputShapes: number[][];
  /** 'unsupported': the estimator could not price the layer; its energyJ is 0, not a measurement. */
  status: 'estimated' | 'unsupported';
  /** Operator family, when the estimate reports it (element-wise families count elements, not MACs). */
  family?: string;
}

export type LayerChangeKind = 'added' | 'removed' | 'changed';

/** One layer that differs; `base`/`head` are null for added/removed layers. */
export interface LayerDelta {
  kind: LayerChangeKind;
  /** Head name (base name for removed layers). */
  name: string;
  /** Base name when the pair was matched by operator + shape under a different name. */
  oldName?: string;
  op: string;
  base: LayerSide | null;
  head: LayerSide | null;
  deltaJ: number;
  deltaMacs: number;
}

export interface LayerDiff {
  added: LayerDelta[];
  removed: LayerDelta[];
  changed: LayerDelta[];
  /** Largest |deltaJ| first (ties by name): the layers that explain the change. */
  top: LayerDelta[];
  /** Paired layers with identical cost, including renamed ones. */
  unchangedCount: number;
  /** Pairs matched by operator + shape signature under different names (exporter renumbering). */
  renamedCount: number;
}

/** One workload roll-up (J per training run, or J per month of serving) on both sides. */
export interface WorkloadChange {
  /** null when that side declared no such workload (or the model is absent there). */
  baseJ: number | null;
  headJ: number | null;
  deltaJ: number;
  deltaPct: number | null;
  /** Band of the change, low − low … high − high as for per-inference energy. */
  deltaLowJ: number;
  deltaHighJ: number;
  /** Train steps of the head's run (training runs only). */
  steps?: number;
}

/** A conversion of a workload change (kWh, gCO2e, cost): head value and change. */
export interface ConvertedChange {
  base: number | null;
  head: number | null;
  delta: number;
}

export interface WorkloadConversions {
  kWh: ConvertedChange;
  /** Only when a grid intensity was given. */
  gCO2e?: ConvertedChange;
  /** Only when a price per kWh was given (the user's currency). */
  cost?: ConvertedChange;
}

/** Workload roll-ups of one model × profile; present only when either side declared a workload. */
export interface WorkloadDiff {
  trainingRun?: WorkloadChange & { converted: WorkloadConversions };
  /** Per month of serving. */
  serving?: WorkloadChange & { converted: WorkloadConversions };
}

export interface ProfileResult {
  profile: string;
  base: ReportSummary | null;
  head: ReportSummary | null;
  deltaJ: number;
  /** null when there is no base energy to compare against (added model, or a zero base). */
  deltaPct: number | null;
  deltaLowJ: number;
  deltaHighJ: number;
  deltaMacs: number;
  layers: LayerDiff;
  workload?: WorkloadDiff;
}

export interface ModelDiff {
  path: string;
  oldPath?: string;
  status: ModelStatus;
  results: ProfileResult[];
}

/**
 * A repository total: the models on one profile estimated in the same mode at the same batch (J per inference
 * at batch 1 is never added to J per train step at batch 32). A model whose base and head differ in mode or
 * batch counts where its head is (its base, when removed).
 */
export interface TotalDiff {
  profile: string;
  mode: Mode;
  batch: number;
  baseJ: number;
  headJ: number;
  deltaJ: number;
  deltaPct: number | null;
  deltaLowJ: number;
  deltaHighJ: number;
  headLowJ: number;
  headHighJ: number;
  baseLowJ: number;
  baseHighJ: number;
  /** Models summed (a report on this profile, in this mode and batch, on either side). */
  models: number;
}

/** A profile as the diff names it: the estimate's summary, with name and version optional (estimate JSON files
 * from older versions may lack them) and no device kind. */
export type ProfileInfo = Omit<HardwareProfileSummary, 'name' | 'version' | 'kind'> & Partial<Pick<HardwareProfileSummary, 'name' | 'version'>>;

/** One budget check that did not pass, or passed only because the violation already existed on the base. */
export interface BudgetFinding {
  level: 'warn' | 'fail';
  /** The limit that was crossed: a fail limit crossed only at the estimate under fail-on low is a warning. */
  limitLevel: 'warn' | 'fail';
  /** absolute: J per inference or step; relative: % increase; run: J per training run (maxRunJ). */
  kind: 'absolute' | 'relative' | 'run';
  /** Model path, or '*' for the repository total. */
  model: string;
  profile: string;
  /** For a repository total: the mode and batch of the models it sums. */
  mode?: Mode;
  batch?: number;
  /** J for absolute and run budgets, % for relative budgets. */
  limit: number;
  value: number;
  /** 'low' when the value compared is the low end of the band (fail-on: low). */
  basis: 'estimate' | 'low';
  /** Already over the same limit on the base: reported, never fails the pull request. */
  preExisting: boolean;
  message: string;
}

export interface ReportDiff {
  schema: 'energy-diff/diff@1';
  base: { sha?: string };
  head: { sha?: string };
  profiles: ProfileInfo[];
  models: ModelDiff[];
  totals: TotalDiff[];
  budgets: BudgetFinding[];
  verdict: Verdict;
}
