// The last pass of a rule set: walks the graph in order, tracks each tensor's strides, and decides what is
// a view (Reshape, Flatten, Squeeze, Unsqueeze, Transpose, Expand, Slice, Split, a Gather of one index:
// no kernel) and where a copy is forced (a reshape strides cannot express; a strided input to a kernel
// that needs dense rows: cuDNN convolutions and pools, norms, softmax; a matrix operand cuBLAS cannot read).
// Every other sized node is one kernel; kernels drafted by earlier passes are emitted at their last member.
import { elementBytes } from '../../graph/index.js';
import type { LayerCost } from '../../infer/index.js';
import type { PlanGraph } from '../graph.js';
import {
  contiguousStrides, denseOrder, expandStrides, isContiguous, isMatrixOperand, permuteStrides, stridesInOrder, viewStrides,
  type Strides,
} from '../strides.js';
import type { InputNeed, KernelDraft, PlanPass, PlanState } from '../types.js';
import { numel } from './match.js';

const RESHAPES = new Set(['Reshape', 'Flatten', 'Squeeze', 'Unsqueeze']);
const PASS_THROUGH = new Set(['Identity', 'Dropout', 'Cast', 'CastLike']);

/** What a single node needs of input k's layout when it runs as its own kernel. */
function nodeNeed(l: LayerCost, k: number): InputNeed {
  switch (l.family) {
    case 'conv':
    case 'pool':
    case 'global-pool':
    case 'norm':
    case 'softmax':
    case 'rnn':
      return k === 0 ? 'contiguous' : 'any';
    case 'gemm':
      if (l.op === 'Gemm') return 'gemm-operand';
      return (l.inputShapes[k]?.length ?? 0) > 2 ? 'linear-input' : 'gemm-operand';
    case 'matmul':
      return 'gemm-operand';
    default:
      return l.op === 'Resize' || l.op === 'Upsample' ? (k === 0 ? 'contiguous' : 'any') : 'any';
  }
}

function satisfies(need: InputNeed, shape: readonly number[], strides: Strides): boolean {
  switch (need) {
    case 'any':
      return true;
    case 'contiguous':
      return isContiguous(shape, strides);
    case 'matrix':
      return isMatrixOperand(shape, strides);
    case 'linear-input': {
      const last = shape[shape.length - 1] ?? 1;
      const rows = [numel(shape) / Math.max(last, 1), last];
      const v = viewStrides(shape, strides, rows);
      return v !== undefined && isMatrixOperand(rows, v);
    }
    case 'gemm-operand': {
      if (shape.length <= 2) return isMatrixOperand(shape, strides);
      const lead = numel(shape.slice(0, -2));
      const folded = [lead, shape[shape.length - 2] as number, shape[shape.length - 1] as number];
      const v = viewStrides(shape, strides, folded);
      return v !== undefined && isMatrixOperand(folded, v);
    }
  }
}

function copyCost(l: LayerCost, shape: number[], elementSize: number): LayerCost {
  const n = numel(shape);
  const c: LayerCost = {
    name: l.name, op: 'Copy', domain: '', family: 'data-movement', inputShapes: [shape], outputShapes: [shape], macs: n, params: 0,
    weightBytes: 0, activationBytesIn: n * elementSize, activationBytesOut: n * elementSize, attrs: { elements: n }, status: 'estimated',
  };
  if (l.scope) c.scope = l.scope;
  return c;
}

export const layoutPass: PlanPass = {
  name: 'views-and-copies',
  run(s: PlanState) {
    const g = s.graph;
    /** Strides of non-contiguous tensors, by producing layer and output. */
    const layouts = new Map<string, Strides>();
    const at = (i: number, k: number): string => `${i}:${k}`;
    const inputLayout = (i: number, k: number): { shape: number[]; strides: Strides } | undefined => {
      const shape = g.layers[i]?.inputShapes[k];
      if (!shape) return undefined;
      const p = g.producerOf(i, k);
      const o = g.producerOutput(i, k);
      const strides = p !== undefined && o !== undefined ? layouts.get(at(p, o)) : undefined;
      return { shape, strides: strides ?? contiguousStrides(shape) };
    };
    const setLayout = (i: number, k: number, shape: number[] | undefined, strides: Strides | undefined): void => {
      if (shape && strides && !isContiguous(shape, strides)) layouts.set(at(i, k), strides);
    };
    const emit = (d: KernelDraft): void => {
      for (const k of [d, ...(d.followUps ?? [])]) {
        const id = s.kernels.length + 1;
        s.kernels.push({ id, kind: k.kind, rule: k.rule, anchor: d.anchor, members: d.members, cost: k.cost });
        for (const m of d.members) s.kernelsOf[m]!.push(id);
      }
    };
    const copy = (i: number, shape: number[], rule: string, elementSize: number): void => {
      emit({ kind: 'Copy', rule, anchor: i, members: [i], cost: copyCost(g.layers[i]!, shape, elementSize) });
    };
    /** Copies for the external inputs a kernel cannot read as they are laid out. */
    const forceLayouts = (d: KernelDraft): void => {
      const inside = new Set(d.members);
      for (const m of d.members) {
        const l = g.layers[m]!;
        l.io?.inputs.forEach((t, k) => {
          if (t === '' || g.inputKind(m, k) !== 'activation') return;
          const p = g.producerOf(m, k);
          if (p !== undefined && inside.has(p)) return;
          const lay = inputLayout(m, k);
          const need = d.accepts ? d.accepts(m, k) : nodeNeed(l, k);
          if (lay && !satisfies(need, lay.shape, lay.strides)) copy(m, lay.shape, 'copy: strided input made contiguous', g.inputElementBytes(m, k));
        });
      }
    };
    const lastMember = s.drafts.map((d) => Math.max(...d.members));
    const n = g.layers.length;
    for (let i = 0; i < n; i++) {
      const l = g.layers[i]!;
      const p = s.placed[i];
      if (p?.kind === 'unsupported') continue;
      if (p?.kind === 'free') {
        if (PASS_THROUGH.has(l.op)) passThrough(g, i, inputLayout, setLayout);
        continue;
      }
      if (p?.kind === 'draft') {
        if (lastMember[p.draft] !== i) continue;
        const d = s.drafts[p.draft]!;
        forceLayouts(d);
        emit(d);
        const shape = l.outputShapes[0];
        const order = shape ? d.outputOrder?.(shape) : undefined;
        if (shape && order) setLayout(i, 0, shape, stridesInOrder(shape, order));
        continue;
      }
      const view = viewOf(g, i, inputLayout);
      if (view === 'copy') {
        const shape = l.outputShapes[0] ?? [];
        copy(i, shape, `copy: ${l.op} of a strided tensor`, elementBytes(l.io?.outputDtypes[0] ?? 1));
        continue;
      }
      if (view) {
        s.placed[i] = { kind: 'free', reason: view.reason };
        view.outputs.forEach((st, k) => setLayout(i, k, l.outputShapes[k], st));
        continue;
      }
      if (l.family === 'shape' || l.family === 'control') {
        s.placed[i] = { kind: 'free', reason: l.family === 'shape' ? 'no kernel (metadata only)' : 'control flow (its body is priced)' };
        if (PASS_THROUGH.has(l.op)) passThrough(g, i, inputLayout, setLayout);
        continue;
      }
      const d: KernelDraft = { kind: l.op, rule: 'node', anchor: i, members: [i], cost: l };
      forceLayouts(d);
      emit(d);
      // Element-wise kernels keep a dense permuted input's memory order (TensorIterator); others write rows.
      if (l.family === 'activation' || l.family === 'elementwise') {
        const lay = inputLayout(i, firstActivation(g, i));
        const shape = l.outputShapes[0];
        const order = lay && shape && sameShape(lay.shape, shape) ? denseOrder(lay.shape, lay.strides) : undefined;
        if (order && shape) setLayout(i, 0, shape, stridesInOrder(shape, order));
      }
    }
  },
};

function firstActivation(g: PlanGraph, i: number): number {
  const kinds = g.layers[i]?.io?.inputKinds ?? [];
  const k = kinds.indexOf('activation');
  return k < 0 ? 0 : k;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

type InputLayout = (i: number, k: number) => { shape: number[]; strides: Strides } | undefined;
type SetLayout = (i: number, k: number, shape: number[] | undefined, strides: Strides | undefined) => void;

function passThrough(g: PlanGraph, i: number, inputLayout: InputLayout, setLayout: SetLayout): void {
  const lay = inputLayout(i, 0);
  if (lay) setLayout(i, 0, g.layers[i]!.outputShapes[0], lay.strides);
}

/** The output strides of a view node, 'copy' when it must materialise, undefined when it is not a view. */
function viewOf(g: PlanGraph, i: number, inputLayout: InputLayout): { reason: string; outputs: (Strides | undefined)[] } | 'copy' | undefined {
  const l = g.layers[i]!;
  // A view of a weight (a class token expanded over the batch) is still free; folded constants were placed earlier.
  if (g.inputKind(i, 0) !== 'activation' && g.inputKind(i, 0) !== 'weight') return undefined;
  const lay = inputLayout(i, 0);
  const out = l.outputShapes[0];
  if (!lay || !out) return undefined;
  if (RESHAPES.has(l.op)) {
    const v = viewStrides(lay.shape, lay.strides, out);
    return v ? { reason: 'view (reshape)', outputs: [v] } : 'copy';
  }
  if (l.op === 'Transpose') {
    const perm = lay.shape.map((_, d) => l.attrs[`perm${d}`]);
    if (perm.some((p) => p === undefined)) return undefined;
    return { reason: 'view (transpose)', outputs: [permuteStrides(lay.strides, perm as number[])] };
  }
  if (l.op === 'Expand') return { reason: 'view (expand)', outputs: [expandStrides(lay.shape, lay.strides, out)] };
  if (l.op === 'Slice' && !l.attrs.reversed) return { reason: 'view (slice)', outputs: [lay.strides] };
  if (l.op === 'Split') return { reason: 'view (split)', outputs: l.outputShapes.map(() => lay.strides) };
  if (l.op === 'Identity' || (l.op === 'Cast' && l.io?.outputDtypes[0] === inputDtype(g, i))) return { reason: 'identity', outputs: [lay.strides] };
  if (l.op === 'Gather' && l.family === 'data-movement' && numel(l.inputShapes[1]) === 1 && (l.inputShapes[1]?.length ?? 1) === 0) {
    const axis = l.attrs.axis ?? 0;
    return { reason: 'view (select)', outputs: [lay.strides.filter((_, d) => d !== axis)] };
  }
  return undefined;
}

function inputDtype(g: PlanGraph, i: number): number | undefined {
  const p = g.producerOf(i, 0);
  const o = g.producerOutput(i, 0);
  return p !== undefined && o !== undefined ? g.layers[p]?.io?.outputDtypes[o] : undefined;
}
