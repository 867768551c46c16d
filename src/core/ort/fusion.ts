// The kernels onnxruntime's CPU execution provider runs for an ONNX graph (graph optimization level "all"),
// as a pure rule set: nodes in, kernel groups out (each group one kernel, with the nodes it covers), plus the
// layout reorders the NCHWc transformer inserts and the nodes that run no kernel at all. The rules are the ones
// observed in ORT's saved optimized graphs of real exports (test/ort/fusion-vs-ort.test.ts pins them against
// ORT 1.30 on torchvision CNNs and transformer encoders) and named after ORT's own transformers:
//   qdq          DequantizeLinear on every activation input + op [+ Relu/Clip] + QuantizeLinear → one 8-bit integer
//                kernel (QDQSelectorActionTransformer: QLinearConv, QGemm, QLinearMatMul, QLinearAdd ...), NCHW,
//                priced at int8 (not pinned against ORT's saved graphs yet: bench/accuracy-ort-int8.ts times it)
//   eliminated   Identity, Dropout (EliminateIdentity, EliminateDropout); constant-only nodes (ConstantFolding)
//   conv         Conv [+ BatchNormalization | Add/Mul by a constant] [+ Add of another tensor] [+ activation]
//                (ConvBNFusion, ConvAddFusion, ConvMulFusion, NchwcConvSumFusion / ConvAddActivationFusion,
//                ConvActivationFusion): one FusedConv / NchwcConv kernel
//   gemm         Gemm [+ activation] (GemmActivationFusion); 2-D MatMul + bias Add → Gemm (MatMulAddFusion)
//   matmul       MatMul [+ Transpose of an operand, last two axes or the batch axis] [+ scale by a constant
//                scalar] (MatmulTransposeFusion, MatMulScaleFusion): one FusedMatMul
//   gelu         x·½(1 + erf(x/√2)) → Gelu, with a bias Add before it → BiasGelu (GeluFusion, BiasGeluFusion)
//   quick-gelu   x·sigmoid(x) → QuickGelu (QuickGeluFusion)
//   layer-norm   ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div [, Mul, Add] → LayerNormalization
//                (LayerNormFusion)
//   nchwc        on x86 (block 8 with AVX2, 16 with AVX-512) convolutions and pools with aligned channels run
//                in the blocked NCHWc layout, with elementwise ops, Concat and BatchNorm between them; a
//                ReorderInput / ReorderOutput kernel converts each tensor that crosses the layout boundary
// Not fused by ORT on the CPU here (so not by these rules): 3-D MatMul + bias Add, Add + LayerNormalization
// (SkipLayerNorm), Gemm + GELU, the attention subgraph of torch.nn.MultiheadAttention or BERT-style exports.
import type { AttributeValue } from '../graph/index.js';
import type { OpFamily } from '../infer/index.js';

/** Rule-set id recorded in bench records and profiles: estimates apply the rules a profile was measured with. */
export const ORT_FUSION_RULES = 'onnxruntime-cpu@1';

/** One node of the inferred graph, with what the rules need about its neighbourhood. */
export interface FusionNode {
  /** Unique name (the inferred layer's name). */
  name: string;
  op: string;
  domain: string;
  /** Tensor names; '' for an absent optional input. */
  inputs: string[];
  outputs: string[];
  /** Per input: known when the session is created (initializer, Constant, or computed from those only). */
  constant: boolean[];
  /** ORT's constant folding computes the node once when the session is created (constant inputs, or the shape of a static tensor). */
  folded: boolean;
  inputShapes: (readonly number[] | null)[];
  outputShapes: readonly (readonly number[])[];
  family: OpFamily;
  attributes: Record<string, AttributeValue>;
  /** Activation bytes the node writes (0 for shape arithmetic the inference folded). */
  outputBytes: number;
}

export interface KernelGroup {
  /** The kernel ORT runs, as its profiler names the op: Conv (NCHWc), FusedConv, FusedGemm, BiasGelu, ... */
  kernel: string;
  /** The node whose shapes and cost class price the kernel. */
  anchor: string;
  /** Every node the kernel covers, anchor first. */
  members: string[];
  /** Family of the fused kernel (a decomposed LayerNorm is 'norm' whatever its anchor op). */
  family: OpFamily;
  rule: string;
  layout: 'nchw' | 'nchwc';
  /** A kernel that moves no data the cost model sees (Reshape, Shape, shape arithmetic): only its dispatch counts. */
  metadataOnly: boolean;
  /** Kernels ORT runs for the group: 1, or 2 where it expands an op without a kernel of its own (HardSwish). */
  kernels: number;
  /** Precision the kernel computes at, where a rule knows it (a QDQ-fused integer kernel: int8); absent: the anchor's. */
  precision?: string;
}

export interface Reorder {
  kernel: 'ReorderInput' | 'ReorderOutput';
  tensor: string;
  elements: number;
}

export interface KernelPlan {
  rules: string;
  groups: KernelGroup[];
  reorders: Reorder[];
  /** Nodes ORT runs no kernel for, with why. */
  removed: { node: string; reason: string }[];
}

export interface PlanOptions {
  /** Graph outputs (their producers' outputs cannot be fused away). */
  graphOutputs: readonly string[];
  /** NCHWc block in channels: 8 (AVX2), 16 (AVX-512); 0 where ORT has no NCHWc kernels (other CPUs, CUDA). */
  nchwcBlock: number;
}

const CONV_ACTIVATIONS = new Set(['Relu', 'Sigmoid', 'Tanh', 'LeakyRelu', 'Clip', 'HardSigmoid', 'HardSwish']);
const SUM_ACTIVATIONS = new Set(['Relu', 'Sigmoid', 'Tanh', 'LeakyRelu', 'Clip', 'HardSigmoid']);
const GEMM_ACTIVATIONS = new Set(['Relu', 'Sigmoid', 'Tanh', 'LeakyRelu', 'Elu', 'HardSigmoid', 'Selu', 'Softplus', 'Softsign']);
const ELIMINATED = new Set(['Identity', 'Dropout']);

export const numel = (s: readonly number[] | null | undefined): number => (s ? s.reduce((a, b) => a * b, 1) : 0);

function ints(n: FusionNode, name: string): number[] | undefined {
  const a = n.attributes[name];
  if (a?.type === 'ints') return a.value;
  if (a?.type === 'int') return [a.value];
  return undefined;
}

/** The Transpose perms MatmulTransposeFusion takes into a FusedMatMul: last two axes, batch axis, or both. */
export function fusableTransposePerm(perm: readonly number[]): boolean {
  const r = perm.length;
  if (r < 2) return false;
  const id = Array.from({ length: r }, (_, i) => i);
  const swapLast = [...id.slice(0, r - 2), r - 1, r - 2];
  if (r === 2) return perm[0] === 1 && perm[1] === 0;
  const batch = [...id.slice(1, r - 1), 0, r - 1];
  const batchSwap = [...id.slice(1, r - 1), r - 1, 0];
  return [swapLast, batch, batchSwap].some((p) => p.every((v, i) => perm[i] === v));
}

class Graph {
  readonly byName = new Map<string, FusionNode>();
  readonly producer = new Map<string, FusionNode>();
  readonly consumers = new Map<string, FusionNode[]>();
  readonly outputs: Set<string>;
  /** Output of an eliminated (or duplicate) node → the tensor it stands for. */
  readonly alias: Map<string, string>;

  constructor(readonly nodes: FusionNode[], graphOutputs: readonly string[], alias: Map<string, string>) {
    this.alias = alias;
    this.outputs = new Set(graphOutputs.map((t) => this.resolve(t)));
    for (const n of nodes) {
      this.byName.set(n.name, n);
      if (ELIMINATED.has(n.op)) continue;
      n.outputs.forEach((t) => t && this.producer.set(t, n));
      n.inputs.forEach((t) => {
        if (!t) return;
        const r = this.resolve(t);
        this.consumers.set(r, [...(this.consumers.get(r) ?? []), n]);
      });
    }
  }

  resolve(t: string): string {
    let x = t;
    for (let guard = 0; this.alias.has(x) && guard < 1000; guard++) x = this.alias.get(x)!;
    return x;
  }

  input(n: FusionNode, k: number): string {
    return this.resolve(n.inputs[k] ?? '');
  }

  /** The one node reading `t`, when nothing else (no other node, no graph output) does. */
  sole(t: string): FusionNode | undefined {
    if (this.outputs.has(t)) return undefined;
    const cs = this.consumers.get(t) ?? [];
    return cs.length === 1 ? cs[0] : undefined;
  }

  /** Every reader of `t` is in `within` (and `t` is no graph output). */
  onlyReadBy(t: string, within: Set<FusionNode>): boolean {
    return !this.outputs.has(t) && (this.consumers.get(t) ?? []).every((c) => within.has(c));
  }

  from(n: FusionNode, k: number): FusionNode | undefined {
    return this.producer.get(this.input(n, k));
  }
}

/** A constant input that is a scalar (or a single element). */
function scalarConst(n: FusionNode, k: number): boolean {
  return n.constant[k] === true && numel(n.inputShapes[k]) === 1;
}

/** Two non-constant 4-D inputs of one shape (no broadcast). */
function sameShape4d(n: FusionNode): boolean {
  const [a, b] = n.inputShapes;
  return n.inputs.length === 2 && !n.constant[0] && !n.constant[1] && a?.length === 4 && b?.length === 4 && a.every((d, i) => d === b[i]);
}

/** The other (non-constant) input of a binary node whose input `k` is constant, or -1. */
function constOperand(n: FusionNode): number {
  if (n.inputs.length !== 2) return -1;
  if (n.constant[1] && !n.constant[0]) return 1;
  if (n.constant[0] && !n.constant[1]) return 0;
  return -1;
}

/** Attributes as a comparable key, or undefined where they hold a graph or tensor (never merged). */
function attributesKey(n: FusionNode): string | undefined {
  const entries = Object.entries(n.attributes).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.some(([, a]) => a.type === 'graph' || a.type === 'graphs' || a.type === 'tensor' || a.type === 'tensors' || a.type === 'sparse_tensor')) return undefined;
  return JSON.stringify(entries);
}

export function ortKernelPlan(nodes: readonly FusionNode[], o: PlanOptions): KernelPlan {
  const removed: KernelPlan['removed'] = [];
  const live: FusionNode[] = [];
  const alias = new Map<string, string>();
  const resolve = (t: string): string => {
    let x = t;
    for (let guard = 0; alias.has(x) && guard < 1000; guard++) x = alias.get(x)!;
    return x;
  };
  // Identical nodes on identical inputs run once (CommonSubexpressionElimination).
  const seen = new Map<string, FusionNode>();
  for (const n of nodes) {
    if (ELIMINATED.has(n.op)) {
      removed.push({ node: n.name, reason: `eliminated (${n.op})` });
      if (n.inputs[0] && n.outputs[0]) alias.set(n.outputs[0], n.inputs[0]);
      continue;
    }
    if (n.folded) {
      removed.push({ node: n.name, reason: 'constant-folded' });
      continue;
    }
    const attrs = attributesKey(n);
    const key = attrs === undefined ? undefined : `${n.domain}:${n.op}|${attrs}|${n.inputs.map(resolve).join(',')}`;
    const first = key === undefined ? undefined : seen.get(key);
    if (first && first.outputs.length === n.outputs.length && !n.outputs.some((t) => o.graphOutputs.includes(t))) {
      removed.push({ node: n.name, reason: `common subexpression of ${first.name}` });
      n.outputs.forEach((t, k) => t && first.outputs[k] && alias.set(t, first.outputs[k]!));
      continue;
    }
    if (key !== undefined) seen.set(key, n);
    live.push(n);
  }
  const g = new Graph([...live, ...nodes.filter((n) => ELIMINATED.has(n.op))], o.graphOutputs, alias);
  const claimed = new Set<FusionNode>();
  const groups: KernelGroup[] = [];
  const order = new Map(live.map((n, i) => [n, i]));
  const add = (kernel: string, rule: string, members: FusionNode[], family = members[0]!.family): void => {
    members.forEach((m) => claimed.add(m));
    groups.push({ kernel, anchor: members[0]!.name, members: members.map((m) => m.name), family, rule, layout: 'nchw', metadataOnly: false, kernels: 1 });
  };
  const free = (n: FusionNode | undefined): n is FusionNode => n !== undefined && !claimed.has(n) && order.has(n);

  // QDQ node units first (ORT's QDQ transformers): DequantizeLinear on every activation input, the op, and the
  // QuantizeLinear of its output run as one integer kernel.
  for (const n of live) {
    if (!free(n) || n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear') continue;
    const before = groups.length;
    qdqGroup(g, n, free, add);
    if (groups.length > before) groups.at(-1)!.precision = 'int8';
  }
  // Multi-node patterns first (ORT's level-2 fusions run before the anchors below would take their nodes).
  for (const n of live) if (free(n) && n.op === 'Erf') geluPattern(g, n, free, add);
  for (const n of live) if (free(n) && (n.op === 'Gelu')) biasGelu(g, n, [n], 'Gelu', free, add);
  for (const n of live) if (free(n) && n.op === 'Sigmoid') quickGelu(g, n, free, add);
  for (const n of live) if (free(n) && n.op === 'ReduceMean') layerNormPattern(g, n, free, add);
  for (const n of live) {
    if (!free(n)) continue;
    if (n.op === 'Conv') convGroup(g, n, free, add);
    else if (n.op === 'Gemm') gemmGroup(g, [n], 'gemm', free, add);
    else if (n.op === 'MatMul') matmulGroup(g, n, free, add);
  }
  // A zero Pad in front of a Conv or pool becomes that node's own padding (PadFusion).
  for (const n of live) {
    const into = n.op === 'Pad' && free(n) ? padTarget(g, n) : undefined;
    const grp = into && groups.find((x) => x.members.includes(into.name));
    if (grp) {
      grp.members.push(n.name);
      grp.rule += '+pad';
      claimed.add(n);
    } else if (into && free(into)) {
      add(into.op, 'single+pad', [into, n]);
    }
  }
  for (const n of live) {
    if (!free(n)) continue;
    add(n.op, 'single', [n]);
    // HardSwish has no CPU kernel: ORT runs its function body, HardSigmoid then Mul.
    if (n.op === 'HardSwish') Object.assign(groups.at(-1)!, { kernel: 'HardSigmoid+Mul', rule: 'hard-swish-expanded', kernels: 2 });
  }
  groups.sort((a, b) => order.get(g.byName.get(a.anchor)!)! - order.get(g.byName.get(b.anchor)!)!);
  for (const grp of groups) {
    const ms = grp.members.map((m) => g.byName.get(m)!);
    // Reshape and friends, and the shape arithmetic of a dynamic-shape export: kernels that move no tensor data.
    grp.metadataOnly = ms.every((m) => m.family === 'shape' || m.family === 'control' || m.outputBytes === 0);
  }
  if (o.nchwcBlock <= 0) return { rules: ORT_FUSION_RULES, groups, reorders: [], removed };
  // Layouts flow along tensors: a group is placed once every member's inputs are (its last member's turn).
  const last = (x: KernelGroup): number => Math.max(...x.members.map((m) => order.get(g.byName.get(m)!)!));
  const { reorders, merged } = nchwcLayout(g, [...groups].sort((a, b) => last(a) - last(b)), o.nchwcBlock);
  return { rules: ORT_FUSION_RULES, groups: groups.filter((x) => !merged.has(x)), reorders, removed };
}

/** The Conv / MaxPool / AveragePool a constant zero Pad of the spatial axes folds into, or undefined. */
function padTarget(g: Graph, pad: FusionNode): FusionNode | undefined {
  const mode = pad.attributes.mode;
  if (mode && !(mode.type === 'string' && mode.value === 'constant')) return undefined;
  if (pad.inputs.slice(1).some((t, k) => t !== '' && !pad.constant[k + 1])) return undefined;
  const c = g.sole(pad.outputs[0]!);
  if (!c || !['Conv', 'MaxPool', 'AveragePool'].includes(c.op) || c.outputs.filter(Boolean).length > 1 || !c.attributes.pads) return undefined;
  const autoPad = c.attributes.auto_pad;
  if (autoPad && !(autoPad.type === 'string' && autoPad.value === 'NOTSET')) return undefined;
  const [x, y] = [pad.inputShapes[0], pad.outputShapes[0]];
  // Only the spatial axes grow.
  if (!x || !y || x.length !== y.length || x[0] !== y[0] || x[1] !== y[1]) return undefined;
  return c;
}

type Free = (n: FusionNode | undefined) => n is FusionNode;
type Add = (kernel: string, rule: string, members: FusionNode[], family?: OpFamily) => void;

/** Integer kernels ORT runs for a QDQ node unit, by the float op; other ops run as the op on uint8 tensors. */
const QDQ_KERNELS: Record<string, string> = {
  Conv: 'QLinearConv', MatMul: 'QLinearMatMul', Gemm: 'QGemm', Add: 'QLinearAdd', Mul: 'QLinearMul',
  GlobalAveragePool: 'QLinearGlobalAveragePool', AveragePool: 'QLinearAveragePool', Concat: 'QLinearConcat', Sigmoid: 'QLinearSigmoid',
  LeakyRelu: 'QLinearLeakyRelu', Softmax: 'QLinearSoftmax',
};

/**
 * A QDQ node unit: every activation input from a DequantizeLinear read by this node only (ORT duplicates shared
 * ones, EnsureUniqueDQForNodeUnit; here a shared DQ leaves the node in float), one output into a QuantizeLinear,
 * with a Relu/Clip between them folded into the output clamp. An 8-bit integer kernel whatever the op.
 */
function qdqGroup(g: Graph, n: FusionNode, free: Free, add: Add): void {
  if (n.outputs.filter(Boolean).length !== 1 || n.family === 'control') return;
  const dqs: FusionNode[] = [];
  for (let k = 0; k < n.inputs.length; k++) {
    if (!n.inputs[k] || n.constant[k]) continue;
    const dq = g.from(n, k);
    if (!free(dq) || dq.op !== 'DequantizeLinear' || dq.constant[0] || g.sole(dq.outputs[0]!) !== n) return;
    if (!dqs.includes(dq)) dqs.push(dq);
  }
  if (dqs.length === 0) return;
  let use = g.sole(n.outputs[0]!);
  const act: FusionNode[] = [];
  if (free(use) && (use.op === 'Relu' || use.op === 'Clip')) {
    act.push(use);
    use = g.sole(use.outputs[0]!);
  }
  if (!free(use) || use.op !== 'QuantizeLinear') return;
  add(Object.hasOwn(QDQ_KERNELS, n.op) ? QDQ_KERNELS[n.op]! : n.op, 'qdq', [n, ...dqs, ...act, use]);
}

function convGroup(g: Graph, conv: FusionNode, free: Free, add: Add): void {
  const members = [conv];
  const parts = ['conv'];
  let t = conv.outputs[0]!;
  // Constant per-channel BatchNorm / Add / Mul fold into the weights and bias.
  for (;;) {
    const c = g.sole(t);
    if (!free(c)) break;
    const foldsBn = c.op === 'BatchNormalization' && c.inputs.slice(1).every((_, k) => c.constant[k + 1]) && c.outputs.filter(Boolean).length === 1;
    const foldsAffine = (c.op === 'Add' || c.op === 'Mul') && constOperand(c) >= 0;
    if (!foldsBn && !foldsAffine) break;
    members.push(c);
    parts.push(c.op === 'BatchNormalization' ? 'batchnorm' : `${c.op.toLowerCase()}-const`);
    t = c.outputs[0]!;
  }
  // A residual Add of another tensor of the same shape accumulates into the output buffer of a conv with a bias
  // (ConvAddActivationFusion; the NCHWc pass does the same for convolutions it rewrote).
  const sum = g.sole(t);
  let withSum = false;
  if (free(sum) && sum.op === 'Add' && conv.inputs[2] && sameShape4d(sum)) {
    members.push(sum);
    parts.push('add');
    t = sum.outputs[0]!;
    withSum = true;
  }
  const act = g.sole(t);
  let fused = withSum;
  if (free(act) && (withSum ? SUM_ACTIVATIONS : CONV_ACTIVATIONS).has(act.op)) {
    members.push(act);
    parts.push(act.op.toLowerCase());
    fused = true;
  }
  // The NCHWc pass renames it NchwcConv where the layout applies.
  add(fused ? 'FusedConv' : 'Conv', parts.join('+'), members);
}

function gemmGroup(g: Graph, members: FusionNode[], rule: string, free: Free, add: Add): void {
  const act = g.sole(members.at(-1)!.outputs[0]!);
  if (free(act) && GEMM_ACTIVATIONS.has(act.op)) add('FusedGemm', `${rule}+${act.op.toLowerCase()}`, [...members, act], 'gemm');
  else add('Gemm', rule, members, 'gemm');
}

function matmulGroup(g: Graph, mm: FusionNode, free: Free, add: Add): void {
  // 2-D activation x constant weight + constant bias: a Gemm.
  const bias = g.sole(mm.outputs[0]!);
  if (mm.inputShapes[0]?.length === 2 && mm.constant[1] && free(bias) && bias.op === 'Add' && constOperand(bias) >= 0) {
    gemmGroup(g, [mm, bias], 'matmul+bias', free, add);
    return;
  }
  const members = [mm];
  const parts = ['matmul'];
  for (const k of [0, 1]) {
    if (mm.constant[k]) continue;
    let t = g.input(mm, k);
    let p = g.producer.get(t);
    let reader: FusionNode = mm;
    // A scale by a constant scalar on the operand becomes alpha (x / c or x * c; not c / x).
    if (free(p) && (p.op === 'Mul' || p.op === 'Div') && g.sole(t) === mm && constOperand(p) >= 0 && scalarConst(p, constOperand(p)) &&
      (p.op === 'Mul' || constOperand(p) === 1)) {
      members.push(p);
      parts.push('scale');
      reader = p;
      t = g.input(p, 1 - constOperand(p));
      p = g.producer.get(t);
    }
    const perm = p?.op === 'Transpose' ? ints(p, 'perm') : undefined;
    if (free(p) && perm && fusableTransposePerm(perm) && g.sole(t) === reader) {
      members.push(p);
      parts.push('transpose');
    }
  }
  const out = g.sole(mm.outputs[0]!);
  if (free(out) && (out.op === 'Mul' || out.op === 'Div') && constOperand(out) >= 0 && scalarConst(out, constOperand(out)) && (out.op === 'Mul' || constOperand(out) === 1)) {
    members.push(out);
    parts.push('scale');
  }
  add(members.length > 1 ? 'FusedMatMul' : 'MatMul', parts.join('+'), members);
}

/** x·½(1 + erf(x/√2)) in the orders exporters write it, anchored at the Erf. */
function geluPattern(g: Graph, erf: FusionNode, free: Free, add: Add): void {
  const div = g.from(erf, 0);
  if (!free(div) || !((div.op === 'Div' && constOperand(div) === 1) || (div.op === 'Mul' && constOperand(div) >= 0)) || g.sole(g.input(erf, 0)) !== erf) return;
  const x = g.input(div, 1 - constOperand(div));
  const plus = g.sole(erf.outputs[0]!);
  if (!free(plus) || plus.op !== 'Add' || constOperand(plus) < 0) return;
  const mul = g.sole(plus.outputs[0]!);
  if (!free(mul) || mul.op !== 'Mul') return;
  const other = g.input(mul, g.input(mul, 0) === plus.outputs[0] ? 1 : 0);
  const members = [erf, div, plus, mul];
  let half: FusionNode | undefined;
  if (other !== x) {
    // (x·½)·(1 + erf): the half is applied to x first.
    half = g.producer.get(other);
    if (!free(half) || half.op !== 'Mul' || constOperand(half) < 0 || g.input(half, 1 - constOperand(half)) !== x || g.sole(other) !== mul) return;
    members.push(half);
  } else {
    const last = g.sole(mul.outputs[0]!);
    if (free(last) && last.op === 'Mul' && constOperand(last) >= 0) members.push(last);
  }
  biasGelu(g, erf, members, 'Gelu', free, add, x);
}

/** A bias Add read only by the GELU becomes part of it: BiasGelu. */
function biasGelu(g: Graph, anchor: FusionNode, members: FusionNode[], kernel: string, free: Free, add: Add, x = g.input(anchor, 0)): void {
  const b = g.producer.get(x);
  const within = new Set(members);
  if (free(b) && b.op === 'Add' && constOperand(b) >= 0 && numel(b.inputShapes[constOperand(b)]) === (b.outputShapes[0]?.at(-1) ?? -1) && g.onlyReadBy(x, within)) {
    add(`Bias${kernel}`, 'bias+gelu', [anchor, ...members.slice(1), b], 'activation');
  } else add(kernel, 'gelu', members, 'activation');
}

function quickGelu(g: Graph, sig: FusionNode, free: Free, add: Add): void {
  const mul = g.sole(sig.outputs[0]!);
  const x = g.input(sig, 0);
  if (!free(mul) || mul.op !== 'Mul' || mul.inputs.length !== 2) return;
  const other = g.input(mul, g.input(mul, 0) === sig.outputs[0] ? 1 : 0);
  if (other === x) add('QuickGelu', 'quick-gelu', [sig, mul], 'activation');
}

/** The LayerNorm an opset < 17 export writes out, anchored at its first ReduceMean. */
function layerNormPattern(g: Graph, mean: FusionNode, free: Free, add: Add): void {
  const x = g.input(mean, 0);
  const sub = (g.consumers.get(mean.outputs[0]!) ?? [])[0];
  if (!free(sub) || sub.op !== 'Sub' || g.input(sub, 0) !== x || g.sole(mean.outputs[0]!) !== sub) return;
  const cs = g.consumers.get(sub.outputs[0]!) ?? [];
  const pow = cs.find((c) => c.op === 'Pow' || c.op === 'Mul');
  const div = cs.find((c) => c.op === 'Div');
  if (!free(pow) || !free(div) || cs.length !== 2) return;
  const mean2 = g.sole(pow.outputs[0]!);
  if (!free(mean2) || mean2.op !== 'ReduceMean') return;
  const eps = g.sole(mean2.outputs[0]!);
  if (!free(eps) || eps.op !== 'Add' || constOperand(eps) < 0) return;
  const sqrt = g.sole(eps.outputs[0]!);
  if (!free(sqrt) || sqrt.op !== 'Sqrt' || g.sole(sqrt.outputs[0]!) !== div) return;
  const members = [mean, sub, pow, mean2, eps, sqrt, div];
  let t = div.outputs[0]!;
  for (const op of ['Mul', 'Add']) {
    const c = g.sole(t);
    if (!free(c) || c.op !== op || constOperand(c) < 0) break;
    members.push(c);
    t = c.outputs[0]!;
  }
  add('LayerNormalization', 'layer-norm', members, 'norm');
}

/** Channel counts ORT's ReorderInput handles: multiples of 4 (NCHWc tensors pad channels up to the block). */
const CHANNEL_ALIGNMENT = 4;

/** Whether ORT's NchwcTransformer rewrites this Conv: static 4-D float weights, and its channel rules. */
function nchwcConv(conv: FusionNode, block: number): { ok: boolean; readsNchw: boolean } {
  const w = conv.inputShapes[1];
  const x = conv.inputShapes[0];
  if (!conv.constant[1] || w?.length !== 4 || x?.length !== 4 || (conv.inputs[2] && !conv.constant[2])) return { ok: false, readsNchw: false };
  const [outC, inPerGroup] = [w[0]!, w[1]!];
  const groups = ints(conv, 'group')?.[0] ?? 1;
  if (groups > 1) {
    if (outC % CHANNEL_ALIGNMENT !== 0) return { ok: false, readsNchw: false };
    const depthwise = inPerGroup === 1 && outC === groups;
    return { ok: depthwise || (inPerGroup % block === 0 && outC % groups === 0 && (outC / groups) % block === 0), readsNchw: false };
  }
  // Output channels are padded up to the block; fewer input channels than a block are read as NCHW.
  if (inPerGroup < block) return { ok: true, readsNchw: true };
  return { ok: inPerGroup % CHANNEL_ALIGNMENT === 0, readsNchw: false };
}

/** Activations an NCHWc convolution (or a BatchNorm it became) takes on after the fact (TransformActivation). */
const NCHWC_LATE_ACTIVATIONS = new Set(['Relu', 'Sigmoid', 'Tanh']);
/** Elementwise activations that run on NCHWc tensors as they are. */
const NCHWC_ELEMENTWISE = new Set(['Relu', 'Sigmoid', 'Tanh']);

/**
 * Layout of every group and the reorders between them, after ORT's NchwcTransformer: convolutions and max/average
 * pools with the right channels move to NCHWc; Add/Sum/Mul, Concat, Relu/Sigmoid/Tanh, BatchNorm and global pools
 * follow when all their inputs are NCHWc; a residual Add and a late activation fuse into the NCHWc convolution
 * that produced their input (single use, no activation yet). Tensors crossing the boundary get one reorder each.
 */
function nchwcLayout(g: Graph, groups: KernelGroup[], block: number): { reorders: Reorder[]; merged: Set<KernelGroup> } {
  const layoutOf = new Map<string, 'nchw' | 'nchwc'>();
  const producerGroup = new Map<string, KernelGroup>();
  const reorders: Reorder[] = [];
  const seen = new Set<string>();
  const merged = new Set<KernelGroup>();
  // NCHWc convolutions (BatchNorm-as-conv included) still free to take a Sum / an activation.
  const open = new Map<KernelGroup, { sum: boolean; act: boolean }>();
  const reorder = (kernel: Reorder['kernel'], tensor: string, elements: number): void => {
    const key = `${kernel}:${tensor}`;
    if (seen.has(key) || elements === 0) return;
    seen.add(key);
    reorders.push({ kernel, tensor, elements });
  };
  const aligned = (c: number | undefined): boolean => c !== undefined && c > 0 && c % block === 0;
  const nchwcIn = (t: string) => layoutOf.get(t) === 'nchwc';
  /** Merges `grp` into the NCHWc conv group that produced `t`, when that conv's output has no other reader. */
  const fuseInto = (grp: KernelGroup, t: string, what: 'sum' | 'act'): KernelGroup | undefined => {
    const conv = producerGroup.get(t);
    const state = conv && open.get(conv);
    if (!conv || !state || state.act || (what === 'sum' && state.sum) || (g.consumers.get(t) ?? []).length !== 1 || g.outputs.has(t)) return undefined;
    conv.members.push(...grp.members);
    conv.rule += `+${what === 'sum' ? 'add' : g.byName.get(grp.anchor)!.op.toLowerCase()}`;
    state[what] = true;
    merged.add(grp);
    return conv;
  };
  /** The outputs of `n` now come from `grp` in `layout`. */
  const produced = (n: FusionNode, grp: KernelGroup, layout: 'nchw' | 'nchwc'): void => {
    n.outputs.forEach((t) => {
      if (!t) return;
      layoutOf.set(t, layout);
      producerGroup.set(t, grp);
    });
  };
  for (const grp of groups) {
    const ms = grp.members.map((m) => g.byName.get(m)!);
    const a = ms[0]!;
    // One node, or one node and the Pad it absorbed.
    const single = ms.filter((m) => m.op !== 'Pad').length === 1;
    const inside = new Set(grp.members);
    const ext: { t: string; shape: readonly number[] | null }[] = [];
    for (const m of ms) {
      m.inputs.forEach((raw, k) => {
        const t = g.resolve(raw);
        if (!t || m.constant[k]) return;
        const p = g.producer.get(t);
        if (p && inside.has(p.name)) return;
        ext.push({ t, shape: m.inputShapes[k] ?? null });
      });
    }
    const x = a.inputShapes[0];
    // Every tensor input is NCHWc (ORT rewrites these ops only then; a constant operand keeps them NCHW).
    const allNchwc = ext.length > 0 && ext.every((e) => nchwcIn(e.t));
    const anyConst = ms.some((m) => m.constant.some(Boolean));
    let layout: 'nchw' | 'nchwc' = 'nchw';
    let readsNchw: string | undefined;
    let kernel = grp.kernel;
    if (grp.precision !== undefined) {
      // Integer kernels (QDQ units) have no NCHWc form: NCHW, with reorders from NCHWc neighbours.
    } else if (a.op === 'Conv') {
      const c = nchwcConv(a, block);
      if (c.ok) {
        layout = 'nchwc';
        kernel = 'NchwcConv';
        if (c.readsNchw) readsNchw = g.input(a, 0);
        const acts = ms.filter((m) => CONV_ACTIVATIONS.has(m.op)).length > 0;
        open.set(grp, { sum: ms.some((m) => m.op === 'Add' || m.op === 'Sum'), act: acts });
      }
    } else if (single && (a.op === 'MaxPool' || a.op === 'AveragePool') && x?.length === 4 && a.outputs.filter(Boolean).length === 1 &&
      (x[1]! < block || x[1]! % CHANNEL_ALIGNMENT === 0)) {
      layout = 'nchwc';
      kernel = `Nchwc${a.op}`;
      if (x[1]! < block) readsNchw = g.input(a, 0);
    } else if (single && (a.op === 'GlobalAveragePool' || a.op === 'GlobalMaxPool') && allNchwc && aligned(x?.[1])) {
      layout = 'nchwc';
      kernel = `Nchwc${a.op}`;
    } else if (single && a.op === 'BatchNormalization' && allNchwc && a.inputs.slice(1).every((_, k) => a.constant[k + 1]) && a.outputs.filter(Boolean).length === 1) {
      layout = 'nchwc';
      kernel = 'NchwcConv';
      open.set(grp, { sum: false, act: false });
    } else if (single && (a.op === 'Add' || a.op === 'Sum' || a.op === 'Mul') && allNchwc && !anyConst && ext.length >= 2 &&
      ext.every((e) => e.shape?.length === 4 && e.shape.every((d, i) => d === ext[0]!.shape![i]))) {
      layout = 'nchwc';
      const conv = a.op !== 'Mul' && ext.length === 2 ? (fuseInto(grp, ext[0]!.t, 'sum') ?? fuseInto(grp, ext[1]!.t, 'sum')) : undefined;
      if (conv) {
        produced(a, conv, 'nchwc');
        continue;
      }
    } else if (single && a.op === 'Concat' && x?.length === 4 && (ints(a, 'axis')?.[0] ?? 0) === 1 && allNchwc && ext.every((e) => aligned(e.shape?.[1]))) {
      layout = 'nchwc';
    } else if ((single && NCHWC_ELEMENTWISE.has(a.op) || grp.kernel === 'QuickGelu') && allNchwc) {
      // QuickGelu: its Sigmoid and Mul were both NCHWc-rewritten before the fusion (ORT's own graphs show no
      // reorders around it).
      layout = 'nchwc';
      const conv = NCHWC_LATE_ACTIVATIONS.has(a.op) ? fuseInto(grp, ext[0]!.t, 'act') : undefined;
      if (conv) {
        produced(a, conv, 'nchwc');
        continue;
      }
    } else if (single && a.op === 'Transpose' && allNchwc && (ints(a, 'perm') ?? []).join(',') === '0,2,3,1') {
      // NCHW -> NHWC of an NCHWc tensor: a ReorderOutput writing channels-last does it.
      grp.kernel = 'ReorderOutput';
      produced(a, grp, 'nchw');
      continue;
    }
    grp.layout = layout;
    grp.kernel = kernel;
    for (const e of ext) {
      const isNchwc = nchwcIn(e.t);
      // A stem conv or pool with fewer channels than a block reads NCHW, so an NCHWc input goes back first.
      if (layout === 'nchwc' && !isNchwc && e.t !== readsNchw) reorder('ReorderInput', e.t, numel(e.shape));
      if ((layout === 'nchw' || e.t === readsNchw) && isNchwc) reorder('ReorderOutput', e.t, numel(e.shape));
    }
    for (const m of ms) produced(m, grp, layout);
  }
  // An NCHWc tensor read as NCHW by a graph output (or by a node the passes above kept in NCHW) needs its reorder.
  for (const [t, layout] of layoutOf) {
    if (layout === 'nchwc' && g.outputs.has(t)) {
      const p = g.producer.get(t);
      reorder('ReorderOutput', t, numel(p?.outputShapes[p.outputs.indexOf(t)]));
    }
  }
  return { reorders, merged };
}

/**
 * Work a CPU convolution kernel really does over the FLOPs the graph asks for: its vector kernels compute output
 * channels in blocks (NCHWc: `block` channels, also for the NCHW path's GEMM micro-kernel), and an NCHWc kernel
 * reads its input channels padded to the block. A 3-channel output still costs a block's worth of lanes.
 */
export function convPaddingFactor(attrs: Record<string, number>, block: number, nchwc: boolean): number {
  const b = block > 0 ? block : 8;
  const pad = (c: number): number => Math.ceil(c / b) * b;
  const groups = attrs.groups ?? 1;
  const outC = (attrs.outChannels ?? 0) / groups;
  const inC = (attrs.inChannels ?? 0) / groups;
  if (!(outC > 0) || !(inC > 0)) return 1;
  const depthwise = groups > 1 && outC === 1 && inC === 1;
  // Depthwise: one channel per group, blocks of channels across groups.
  if (depthwise) return pad(groups) / groups;
  return (pad(outC) / outC) * (nchwc && inC >= b ? pad(inC) / inC : 1);
}
