// Sizing a node from the graph's declared shapes (value_info) when its own rule cannot: exporters that
// write every initializer to an external-data file leave even a 4-element Reshape target unreadable when
// that file is absent (weights in Git LFS, not committed), yet they declare the shape of every intermediate.
// The declared shape stands in for the output; a batch baked in at export is rebound like a Reshape target.
import { reshapeWithBatch } from './batch.js';
import type { OpCtx, OpResult } from './context.js';
import type { Dim, ModelGraph } from '../graph/index.js';
import type { OpFamily } from './types.js';
import { numel, type BatchPos, type TensorVal } from './value.js';

/** Ops whose output shape comes from constant inputs, and how they are costed when sized from declarations. */
const DECLARED_FAMILY: Readonly<Record<string, OpFamily>> = {
  Reshape: 'shape', Flatten: 'shape', Squeeze: 'shape', Unsqueeze: 'shape',
  Expand: 'data-movement', Tile: 'data-movement', Slice: 'data-movement', Gather: 'data-movement', Concat: 'data-movement',
  Pad: 'data-movement', Split: 'data-movement', ConstantOfShape: 'data-movement', Range: 'data-movement',
  Resize: 'data-movement', Upsample: 'data-movement', TopK: 'reduce', OneHot: 'data-movement',
  ReduceMean: 'reduce', ReduceSum: 'reduce', ReduceMax: 'reduce', ReduceMin: 'reduce', ReduceProd: 'reduce',
  ReduceL1: 'reduce', ReduceL2: 'reduce', ReduceSumSquare: 'reduce', ReduceLogSumExp: 'reduce',
};

export interface DeclaredShapes {
  /** Declared shape and element type by tensor name (value_info and graph outputs). */
  shapes: ReadonlyMap<string, { shape: Dim[]; elemType: number }>;
  /** dim_params naming the batch (a graph input's axis 0): bound to the inference batch. */
  batchSymbols: ReadonlySet<string>;
}

export function declaredShapes(graph: ModelGraph): DeclaredShapes {
  const shapes = new Map<string, { shape: Dim[]; elemType: number }>();
  for (const vi of [...graph.valueInfo, ...graph.outputs]) if (vi.shape) shapes.set(vi.name, { shape: vi.shape, elemType: vi.elemType });
  const batchSymbols = new Set<string>();
  for (const vi of graph.inputs) if (typeof vi.shape?.[0] === 'string') batchSymbols.add(vi.shape[0]);
  return { shapes, batchSymbols };
}

/** The batch-bound shape of a declared output, or undefined when a dim stays unknown. */
function bind(ctx: OpCtx, d: DeclaredShapes, dims: Dim[], data: TensorVal | undefined): { shape: number[]; batch?: BatchPos } | undefined {
  let symbolicBatch: number | undefined;
  const shape: number[] = [];
  for (const [axis, dim] of dims.entries()) {
    if (typeof dim === 'number' && dim >= 0) shape.push(dim);
    else if (typeof dim === 'string' && d.batchSymbols.has(dim)) {
      shape.push(ctx.batch);
      symbolicBatch ??= axis;
    } else return undefined;
  }
  if (symbolicBatch !== undefined) return { shape, batch: { axis: symbolicBatch, inner: 1 } };
  // Exported at batch 1, inferred at N: rebind where the data input carries the batch.
  if (!ctx.batchOverride || ctx.batch === 1 || !data?.batch || !data.shape) return { shape };
  const n = ctx.batch;
  if (numel(data.shape) === numel(shape) * n) {
    try {
      return reshapeWithBatch(ctx, data, data.shape, shape, false);
    } catch {
      return { shape };
    }
  }
  const a = data.batch.axis;
  if (data.shape.length === shape.length && shape[a] === 1 && data.shape[a] === n) {
    return { shape: shape.map((v, i) => (i === a ? n : v)), batch: { ...data.batch } };
  }
  return { shape };
}

/** The node sized from its outputs' declared shapes, or undefined when an output is not declared (or not an op this applies to). */
export function declaredResult(ctx: OpCtx, d: DeclaredShapes): OpResult | undefined {
  const family = DECLARED_FAMILY[ctx.node.opType];
  if (!family || ctx.node.domain !== '' && ctx.node.domain !== 'ai.onnx') return undefined;
  const data = ctx.inputs[0];
  const outputs: TensorVal[] = [];
  for (const name of ctx.node.outputs) {
    if (name === '') {
      outputs.push({ shape: null, dtype: 0 });
      continue;
    }
    const decl = d.shapes.get(name);
    const bound = decl ? bind(ctx, d, decl.shape, data) : undefined;
    if (!decl || !bound) return undefined;
    const v: TensorVal = { shape: bound.shape, dtype: decl.elemType || (data?.dtype ?? 0) };
    if (bound.batch) v.batch = bound.batch;
    outputs.push(v);
  }
  const readElements = data?.shape ? numel(data.shape) : 0;
  return { outputs, family, macs: family === 'reduce' ? readElements : 0, attrs: { elements: readElements, declared: 1 } };
}
