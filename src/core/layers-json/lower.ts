// The interface between the layers-file builder and the lowering of one PyTorch module to ONNX nodes.
import type { ModelNode } from '../graph/index.js';
import { toAttributes } from './attrs.js';
import type { AttrJson, SpecDim, SpecLayer } from './spec.js';

export interface LowerCtx {
  layer: SpecLayer;
  /** Activation tensors the layer reads, and the tensors it writes. */
  inputs: string[];
  outputs: string[];
  /** Initializer name of the first present weight among `keys` ('' when absent). `transpose` reverses a 2-D
   *  weight's dims; `part` takes one of `count` equal blocks of rows (a packed weight). */
  weight(keys: string[], opts?: { transpose?: boolean; part?: { index: number; count: number } }): string;
  hasWeight(keys: string[]): boolean;
  /** True when the first present weight among `keys` is a tied tensor (shared with another layer). */
  isTied(keys: string[]): boolean;
  /** Declared shape of activation input i or output i, when the file states it (inputShapes, outputShapes, or its producer). */
  inShape(i: number): SpecDim[] | undefined;
  outShape(i: number): SpecDim[] | undefined;
  /** One initializer of `dims` holding the weights under `keys` together (an RNN layer's W for both
   *  directions); their element counts must add up to it. */
  merged(keys: string[], dims: number[], suffix: string): string;
  /** An int64 constant initializer owned by this layer. */
  constant(key: string, values: number[]): string;
}

/** undefined: the alias cannot be lowered with what the file states; the layer passes through under its own op. */
export type Lowering = (c: LowerCtx) => ModelNode[] | undefined;

export function node(c: LowerCtx, opType: string, inputs: string[], attrs: Record<string, AttrJson> = {}, extra: Partial<ModelNode> = {}): ModelNode {
  const trimmed = [...inputs];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return { name: c.layer.name, opType, domain: '', inputs: trimmed, outputs: [...c.outputs], attributes: toAttributes(attrs), ...extra };
}

export const a = (c: LowerCtx, k: string): AttrJson | undefined => c.layer.attrs[k];
