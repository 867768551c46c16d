// Wiring of an inferred graph for plan passes: which layer produces and which layers consume each tensor.
// Tensor names are local to a layer's scope (If/Loop bodies, function bodies), so they are keyed by both.
import { elementBytes } from '../graph/index.js';
import type { LayerCost, TensorKind } from '../infer/index.js';

export interface Use {
  layer: number;
  input: number;
}

export class PlanGraph {
  private readonly producers = new Map<string, { layer: number; output: number }>();
  private readonly uses = new Map<string, Use[]>();

  constructor(readonly layers: readonly LayerCost[]) {
    layers.forEach((l, i) => {
      const io = l.io;
      if (!io) return;
      io.outputs.forEach((t, k) => {
        if (t !== '') this.producers.set(key(l, t), { layer: i, output: k });
      });
      io.inputs.forEach((t, k) => {
        if (t === '') return;
        const list = this.uses.get(key(l, t));
        if (list) list.push({ layer: i, input: k });
        else this.uses.set(key(l, t), [{ layer: i, input: k }]);
      });
    });
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

  /** The layer producing input k of layer i, or undefined (graph input, initializer, outer scope). */
  producerOf(i: number, k: number): number | undefined {
    const t = this.input(i, k);
    const layer = this.layers[i];
    return t === '' || !layer ? undefined : this.producers.get(key(layer, t))?.layer;
  }

  /** Which output of its producer input k of layer i is. */
  producerOutput(i: number, k: number): number | undefined {
    const t = this.input(i, k);
    const layer = this.layers[i];
    return t === '' || !layer ? undefined : this.producers.get(key(layer, t))?.output;
  }

  /** Layers (and input slots) reading output k of layer i. */
  consumers(i: number, k = 0): Use[] {
    const layer = this.layers[i];
    const t = this.output(i, k);
    return t === '' || !layer ? [] : (this.uses.get(key(layer, t)) ?? []);
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

  /** Bytes per element of input k of layer i (from its producer; 4 when not known). */
  inputElementBytes(i: number, k: number): number {
    const p = this.producerOf(i, k);
    const o = this.producerOutput(i, k);
    const dtype = p !== undefined && o !== undefined ? (this.layers[p]?.io?.outputDtypes[o] ?? 0) : 0;
    return dtype > 0 ? elementBytes(dtype) || 4 : 4;
  }
}

function key(layer: LayerCost, tensor: string): string {
  return layer.scope ? `${layer.scope}\u0000${tensor}` : tensor;
}
