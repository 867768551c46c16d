// Nodes that launch nothing whatever the runtime: unsized nodes (not priced), folded constants and shape
// arithmetic (Python integers in eager PyTorch, host-side in every runtime), weight preprocessing (done once
// at load), and control-flow containers (their bodies' layers are priced instead).
import { isFloatType } from '../../graph/index.js';
import type { PlanPass, PlanState } from '../types.js';

export const unsupportedPass: PlanPass = {
  name: 'unsupported',
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (l.status !== 'estimated') s.placed[i] = { kind: 'unsupported' };
    });
  },
};

/** Inputs that are shape operands (targets, axes, starts, pads, sizes ...), read on the host, not by a kernel. */
const SHAPE_SLOTS: Record<string, readonly number[]> = {
  Reshape: [1], Expand: [1], Tile: [1], Slice: [1, 2, 3, 4], ConstantOfShape: [0], Range: [0, 1, 2],
  Unsqueeze: [1], Squeeze: [1], Pad: [1, 2, 3], Resize: [1, 2, 3], Upsample: [1], TopK: [1], Split: [1], OneHot: [1],
  ReduceMean: [1], ReduceSum: [1], ReduceMax: [1], ReduceMin: [1], ReduceProd: [1], ReduceL1: [1], ReduceL2: [1],
  ReduceLogSum: [1], ReduceLogSumExp: [1], ReduceSumSquare: [1], CenterCropPad: [1], Trilu: [1],
};

/** Shape arithmetic never reaches these sizes (a shape tensor has one entry per dim). */
const MAX_SHAPE_ELEMENTS = 64;

function numel(shape: readonly number[] | undefined): number {
  return shape ? shape.reduce((a, b) => a * b, 1) : Infinity;
}

function isShapeSlot(op: string, input: number): boolean {
  return SHAPE_SLOTS[op]?.includes(input) ?? false;
}

/**
 * Folded constants, Shape/Size, weight preprocessing, and small integer tensors whose every consumer is
 * shape arithmetic too or reads them as a shape operand. Walked backwards so consumers are decided first.
 */
export const shapeArithmeticPass: PlanPass = {
  name: 'shape-arithmetic',
  run(s: PlanState) {
    const { graph } = s;
    const free = new Array<boolean>(graph.layers.length).fill(false);
    for (let i = graph.layers.length - 1; i >= 0; i--) {
      const l = graph.layers[i]!;
      if (s.placed[i] || !l.io) continue;
      const outs = l.io.outputs.map((t, k) => ({ t, k })).filter((o) => o.t !== '');
      const kinds = outs.map((o) => l.io!.outputKinds[o.k]);
      let reason: string | undefined;
      if (l.attrs.weightPrep === 1 || (outs.length > 0 && kinds.every((k) => k === 'weight'))) reason = 'weight preprocessing (folded at load)';
      else if (l.op === 'Constant') reason = 'constant';
      else if (l.op === 'Shape' || l.op === 'Size') reason = 'shape arithmetic (tensor metadata)';
      else if (outs.length > 0 && kinds.every((k) => k === 'constant' || k === 'weight')) {
        reason = outs.every((o) => !isFloatType(l.io!.outputDtypes[o.k] ?? 0)) ? 'shape arithmetic (folded)' : 'constant (folded)';
      } else if (outs.length > 0 && outs.every((o) => isShapeTensor(l.io!.outputDtypes[o.k] ?? 0, l.outputShapes[o.k]))) {
        const uses = graph.allConsumers(i);
        if (uses.length > 0 && uses.every((u) => free[u.layer] || isShapeSlot(graph.layers[u.layer]!.op, u.input))) {
          reason = 'shape arithmetic (integers on the host)';
        }
      }
      if (reason) {
        free[i] = true;
        s.placed[i] = { kind: 'free', reason };
      }
    }
  },
};

function isShapeTensor(dtype: number, shape: number[] | undefined): boolean {
  return dtype !== 0 && !isFloatType(dtype) && numel(shape) <= MAX_SHAPE_ELEMENTS && (shape?.length ?? 0) <= 1;
}

export const controlPass: PlanPass = {
  name: 'control-flow',
  run(s) {
    s.graph.layers.forEach((l, i) => {
      if (!s.placed[i] && l.family === 'control') s.placed[i] = { kind: 'free', reason: 'control flow (its body is priced)' };
    });
  },
};
