// Binds the graph inputs to concrete shapes: explicit --input shapes first, then declared dims, with the
// batch dimension (symbolic, or a baked-in number) bound by opts.batch.
import { EnergyDiffError, type Diagnostic } from '../common/index.js';
import type { InferOptions } from './types.js';
import type { ModelGraph, ValueInfo } from '../graph/index.js';
import { shapeProblem } from './finite.js';
import type { TensorVal } from './value.js';

export interface BoundInputs {
  values: Map<string, TensorVal>;
  batch: number;
  batchOverride: boolean;
}

export function bindInputs(graph: ModelGraph, opts: InferOptions, diagnostics: Diagnostic[], file?: string): BoundInputs {
  const initializerNames = new Set(graph.initializers.map((t) => t.name));
  const values = new Map<string, TensorVal>();
  const requested = opts.batch;
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1)) {
    throw new EnergyDiffError('E_BATCH', `batch must be a positive integer, got ${requested}`, file !== undefined ? { file } : {});
  }
  let declaredBatch: number | undefined;
  let override = false;
  for (const vi of graph.inputs) {
    if (initializerNames.has(vi.name)) continue; // IR < 4 lists initializers as inputs too
    const explicit = opts.inputShapes && Object.hasOwn(opts.inputShapes, vi.name) ? opts.inputShapes[vi.name] : undefined;
    if (explicit) {
      checkExplicit(vi.name, explicit, file);
      const axis = explicitBatchAxis(vi.shape, explicit, requested);
      if (axis !== undefined && typeof vi.shape?.[axis] === 'number') override = true;
      values.set(vi.name, axis !== undefined ? { shape: [...explicit], dtype: vi.elemType, batch: { axis, inner: 1 } } : { shape: [...explicit], dtype: vi.elemType });
      if (declaredBatch === undefined && explicit.length > 0) declaredBatch = explicit[axis ?? 0];
      continue;
    }
    // Sequences, optionals and maps are not tensors: they stay unknown and their consumers unsupported.
    if (vi.elemType === 0 && !vi.shape) continue;
    if (!vi.shape) throw missingShape(vi.name, 'declares no shape', file);
    const shape: number[] = [];
    let batched = false;
    vi.shape.forEach((d, axis) => {
      if (axis === 0 && requested !== undefined) {
        if (typeof d === 'number' && d !== requested) {
          override = true;
          diagnostics.push({ severity: 'info', code: 'I_BATCH_OVERRIDE', message: `input ${vi.name} declares batch ${d}; inferring at batch ${requested}` });
        }
        shape.push(requested);
        batched = requested !== 1;
        return;
      }
      if (typeof d === 'number' && d >= 0) {
        shape.push(d);
        if (axis === 0 && declaredBatch === undefined) declaredBatch = d;
        return;
      }
      if (axis === 0) {
        diagnostics.push({ severity: 'info', code: 'I_BATCH_DEFAULT', message: `input ${vi.name} has a symbolic batch dimension '${d ?? '?'}'; inferring at batch 1 (use --batch)` });
        shape.push(1);
        return;
      }
      // Some exporters write -1 for an unknown dim: it is unknown like a symbolic one, and said as it is.
      throw missingShape(vi.name, typeof d === 'number' ? `declares the dimension ${d} at axis ${axis} (unknown)` : `has a symbolic dimension '${d ?? '?'}' at axis ${axis}`, file);
    });
    checkSize(vi.name, shape, file);
    values.set(vi.name, batched ? { shape, dtype: vi.elemType, batch: { axis: 0, inner: 1 } } : { shape, dtype: vi.elemType });
  }
  const batch = requested ?? declaredBatch ?? 1;
  return { values, batch, batchOverride: override || (requested !== undefined && requested !== 1) };
}

function checkExplicit(name: string, shape: number[], file?: string): void {
  if (!shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new EnergyDiffError('E_INPUT_SHAPE', `input shape for ${name} must be non-negative integers, got ${shape.join('x')}`, {
      ...(file !== undefined ? { file } : {}), input: name,
    });
  }
  checkSize(name, shape, file);
}

/** An input of more than 2^53 elements (a batch of 10^15, say) is no tensor any device holds. */
function checkSize(name: string, shape: number[], file?: string): void {
  const problem = shapeProblem(shape);
  if (problem) throw new EnergyDiffError('E_INPUT_SHAPE', `input ${name}: ${problem}`, { ...(file !== undefined ? { file } : {}), input: name });
}

function missingShape(name: string, why: string, file?: string): EnergyDiffError {
  return new EnergyDiffError(
    'E_INPUT_SHAPE',
    `model input '${name}' ${why}; pass its shape, e.g. --input ${name}=1x3x224x224`,
    { ...(file !== undefined ? { file } : {}), input: name },
  );
}

/**
 * Which axis of an explicit input shape carries an overridden batch: the one axis where it differs from a
 * declared 1 (a sequence-first export [seq, 1, features] given as [seq, 8, features]); else axis 0 when it
 * equals the requested batch.
 */
function explicitBatchAxis(declared: ValueInfo['shape'], explicit: number[], requested: number | undefined): number | undefined {
  if (declared && declared.length === explicit.length) {
    const differing = explicit.flatMap((d, i) => (declared[i] === 1 && d !== 1 ? [i] : []));
    const others = explicit.every((d, i) => declared[i] === d || declared[i] === 1 || typeof declared[i] !== 'number');
    if (differing.length === 1 && others && (requested === undefined || explicit[differing[0] as number] === requested)) return differing[0];
  }
  return requested !== undefined && requested !== 1 && explicit[0] === requested ? 0 : undefined;
}
