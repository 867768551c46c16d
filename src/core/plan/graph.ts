// Wiring of an inferred graph for plan passes: which layer produces and which layers consume each tensor.
// Tensor names are local to a layer's scope (If/Loop bodies, function bodies), so they are keyed by both.
// The wiring is resolved once into flat integer arrays (no per-tensor maps, lists or objects kept: at 10^6
// nodes those were a large part of the plan's memory and time).
import { elementBytes } from '../graph/index.js';
import type { LayerCost, TensorKind } from '../infer/index.js';

export interface Use {
  layer: number;
  input: number;
}

export class PlanGraph {
  /** Layer i's inputs are slots inStart[i] .. inStart[i+1]-1; its outputs outStart[i] .. outStart[i+1]-1. */
  private readonly inStart: Int32Array;
  private readonly outStart: Int32Array;
  /** Per input slot: the producing layer and its output (-1: none: graph input, initializer, outer scope). */
  private readonly inProducer: Int32Array;
  private readonly inProducerOutput: Int32Array;
  /** Per output slot: the id of its tensor (-1 for an omitted output); uses of tensor t are useStart[t] .. useStart[t+1]-1. */
  private readonly outTensor: Int32Array;
  private readonly useStart: Int32Array;
  private readonly useLayer: Int32Array;
  private readonly useInput: Int32Array;

  constructor(readonly layers: readonly LayerCost[]) {
    const n = layers.length;
    this.inStart = new Int32Array(n + 1);
    this.outStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const io = layers[i]!.io;
      this.inStart[i + 1] = this.inStart[i]! + (io ? io.inputs.length : 0);
      this.outStart[i + 1] = this.outStart[i]! + (io ? io.outputs.length : 0);
    }
    // Tensors that some layer produces, by scoped name; the last producer of a name is its producer.
    const tensorIds = new Map<string, number>();
    const producerLayer: number[] = [];
    const producerOutput: number[] = [];
    this.outTensor = new Int32Array(this.outStart[n]!).fill(-1);
    for (let i = 0; i < n; i++) {
      const l = layers[i]!;
      const outputs = l.io?.outputs;
      if (!outputs) continue;
      for (let k = 0; k < outputs.length; k++) {
        const t = outputs[k]!;
        if (t === '') continue;
        const name = key(l, t);
        let id = tensorIds.get(name);
        if (id === undefined) {
          id = producerLayer.length;
          tensorIds.set(name, id);
        }
        producerLayer[id] = i;
        producerOutput[id] = k;
        this.outTensor[this.outStart[i]! + k] = id;
      }
    }
    const tensors = producerLayer.length;
    this.inProducer = new Int32Array(this.inStart[n]!).fill(-1);
    this.inProducerOutput = new Int32Array(this.inStart[n]!).fill(-1);
    const inTensor = new Int32Array(this.inStart[n]!).fill(-1);
    const useCount = new Int32Array(tensors + 1);
    for (let i = 0; i < n; i++) {
      const l = layers[i]!;
      const inputs = l.io?.inputs;
      if (!inputs) continue;
      for (let k = 0; k < inputs.length; k++) {
        const t = inputs[k]!;
        if (t === '') continue;
        const id = tensorIds.get(key(l, t));
        if (id === undefined) continue;
        const slot = this.inStart[i]! + k;
        inTensor[slot] = id;
        this.inProducer[slot] = producerLayer[id]!;
        this.inProducerOutput[slot] = producerOutput[id]!;
        useCount[id + 1]!++;
      }
    }
    for (let t = 0; t < tensors; t++) useCount[t + 1]! += useCount[t]!;
    this.useStart = useCount;
    const fill = useCount.slice(0, tensors);
    this.useLayer = new Int32Array(useCount[tensors]!);
    this.useInput = new Int32Array(useCount[tensors]!);
    // In layer order, inputs in order: each tensor's uses in the order the graph lists them.
    for (let i = 0; i < n; i++) {
      for (let slot = this.inStart[i]!; slot < this.inStart[i + 1]!; slot++) {
        const id = inTensor[slot]!;
        if (id < 0) continue;
        const at = fill[id]!++;
        this.useLayer[at] = i;
        this.useInput[at] = slot - this.inStart[i]!;
      }
    }
  }

  /** Name of input k of layer i ('' when omitted or unknown). */
  input(i: number, k: number): string {
    return this.layers[i]?.io?.inputs[k] ?? '';
  }

  output(i: number, k = 0): string {
    return this.layers[i]?.io?.outputs[k] ?? '';
  }

  inputKind(i: number, k: number): TensorKind {
    return this.layers[i]?.io?.inputKinds[k] ?? 'unknown';
  }

  /** Input slot of input k of layer i, or -1 when the layer has no such input. */
  private inSlot(i: number, k: number): number {
    if (!(i >= 0 && i < this.layers.length) || !(k >= 0) || !Number.isInteger(k)) return -1;
    const slot = this.inStart[i]! + k;
    return slot < this.inStart[i + 1]! ? slot : -1;
  }

  /** The layer producing input k of layer i, or undefined (graph input, initializer, outer scope). */
  producerOf(i: number, k: number): number | undefined {
    const slot = this.inSlot(i, k);
    const p = slot < 0 ? -1 : this.inProducer[slot]!;
    return p < 0 ? undefined : p;
  }

  /** Which output of its producer input k of layer i is. */
  producerOutput(i: number, k: number): number | undefined {
    const slot = this.inSlot(i, k);
    const o = slot < 0 ? -1 : this.inProducerOutput[slot]!;
    return o < 0 ? undefined : o;
  }

  /** Layers (and input slots) reading output k of layer i. */
  consumers(i: number, k = 0): Use[] {
    if (!(i >= 0 && i < this.layers.length) || !(k >= 0) || !Number.isInteger(k)) return [];
    const slot = this.outStart[i]! + k;
    const t = slot < this.outStart[i + 1]! ? this.outTensor[slot]! : -1;
    if (t < 0) return [];
    const out: Use[] = [];
    for (let u = this.useStart[t]!; u < this.useStart[t + 1]!; u++) out.push({ layer: this.useLayer[u]!, input: this.useInput[u]! });
    return out;
  }

  /** Every consumer of every output of layer i. */
  allConsumers(i: number): Use[] {
    const n = this.layers[i]?.io?.outputs.length ?? 0;
    const out: Use[] = [];
    for (let k = 0; k < n; k++) out.push(...this.consumers(i, k));
    return out;
  }

  /** The only consumer of output k of layer i, or undefined when there are none or several. */
  soleConsumer(i: number, k = 0): Use | undefined {
    const c = this.consumers(i, k);
    return c.length === 1 ? c[0] : undefined;
  }

  /** True when input k of layer i is the same tensor as input m of layer j. */
  sameTensor(i: number, k: number, j: number, m: number): boolean {
    const a = this.input(i, k);
    return a !== '' && a === this.input(j, m) && this.layers[i]?.scope === this.layers[j]?.scope;
  }

  /** ONNX element type of input k of layer i, from its producer; 0 when not known (graph input, initializer). */
  inputDtype(i: number, k: number): number {
    const p = this.producerOf(i, k);
    const o = this.producerOutput(i, k);
    return p !== undefined && o !== undefined ? (this.layers[p]?.io?.outputDtypes[o] ?? 0) : 0;
  }

  /** Bytes per element of input k of layer i (from its producer; 4 when not known). */
  inputElementBytes(i: number, k: number): number {
    const dtype = this.inputDtype(i, k);
    return dtype > 0 ? elementBytes(dtype) || 4 : 4;
  }
}

function key(layer: LayerCost, tensor: string): string {
  return layer.scope ? `${layer.scope}\u0000${tensor}` : tensor;
}
