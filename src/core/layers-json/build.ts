// A validated layers file → the DecodedModel an ONNX file would give: one node per layer (or the few nodes
// torch.onnx.export emits for a PyTorch module), weight initializers carrying dims only, declared shapes as value_info.
import { DT, elementBytes, type DecodedModel, type ModelGraph, type ModelNode, type TensorMeta, type ValueInfo, recordFileLayers } from '../graph/index.js';
import { ALIASES } from './aliases.js';
import { toAttributes } from './attrs.js';
import type { LowerCtx } from './lower.js';
import { SpecReader, propPath, type LayersSpec, type SpecDim, type SpecLayer } from './spec.js';
import { own } from '../common/index.js';

export function buildModel(spec: LayersSpec, file: string): DecodedModel {
  const r: SpecReader = new SpecReader(file);
  const shapes = new Map<string, SpecDim[]>();
  const producedBy = new Map<string, string>();
  for (const [i, input] of spec.inputs.entries()) {
    producedBy.set(input.name, `$.inputs[${i}]`);
    shapes.set(input.name, input.shape);
  }
  const outputsOf = resolveOutputs(r, spec, producedBy, shapes);
  const inputsOf = resolveInputs(r, spec, outputsOf, producedBy);
  const initializers = new Map<string, { meta: TensorMeta; path: string }>();
  const nodes: ModelNode[] = [];
  spec.layers.forEach((layer, i) => {
    nodes.push(...lowerLayer(r, layer, inputsOf[i] ?? [], outputsOf[i] ?? [], shapes, producedBy, initializers));
  });
  const valueInfo: ValueInfo[] = [];
  spec.layers.forEach((layer, i) => {
    layer.outputShapes?.forEach((shape, k) => {
      const name = outputsOf[i]?.[k];
      if (name !== undefined) valueInfo.push({ name, elemType: 0, shape: [...shape] });
    });
  });
  const finalOutputs = spec.outputs ?? outputsOf[outputsOf.length - 1] ?? [];
  spec.outputs?.forEach((o, k) => {
    if (!producedBy.has(o)) r.fail(`$.outputs[${k}]`, `no layer writes a tensor named '${o}'`);
  });
  const graph: ModelGraph = {
    name: spec.name,
    nodes,
    inputs: spec.inputs.map((t) => ({ name: t.name, elemType: t.dataType, shape: [...t.shape] })),
    outputs: finalOutputs.map((name) => ({ name, elemType: 0, ...(shapes.has(name) ? { shape: [...(shapes.get(name) ?? [])] } : {}) })),
    valueInfo,
    initializers: [...initializers.values()].map((e) => e.meta),
  };
  recordFileLayers(graph, new Map(spec.layers.flatMap((layer, i) => (outputsOf[i] ?? []).map((o) => [o, layer.name] as [string, string]))));
  return {
    format: 'layers-json',
    irVersion: 8,
    opsetImport: [{ domain: '', version: spec.opset }],
    producerName: spec.producer.name,
    producerVersion: spec.producer.version,
    graph,
    functions: [],
  };
}

/** Outputs default to the layer's name; every tensor name is written once. Declared output shapes are recorded. */
function resolveOutputs(r: SpecReader, spec: LayersSpec, producedBy: Map<string, string>, shapes: Map<string, SpecDim[]>): string[][] {
  const names = new Map<string, number>();
  return spec.layers.map((layer, i) => {
    const path = `$.layers[${i}]`;
    const first = names.get(layer.name);
    if (first !== undefined) r.fail(`${path}.name`, `duplicate layer name '${layer.name}' (also $.layers[${first}])`);
    names.set(layer.name, i);
    const outputs = layer.outputs ?? [layer.name];
    outputs.forEach((o, k) => {
      const other = producedBy.get(o);
      if (other !== undefined) r.fail(layer.outputs ? `${path}.outputs[${k}]` : `${path}.name`, `tensor '${o}' is already written by ${other}`);
      producedBy.set(o, path);
    });
    if (layer.outputShapes) {
      if (layer.outputShapes.length !== outputs.length) {
        r.fail(`${path}.outputShapes`, `${layer.outputShapes.length} shapes for ${outputs.length} outputs (${outputs.join(', ')})`);
      }
      layer.outputShapes.forEach((s, k) => shapes.set(outputs[k] as string, s));
    }
    return outputs;
  });
}

/** Inputs default to the previous layer's first output (the first model input for the first layer). */
function resolveInputs(r: SpecReader, spec: LayersSpec, outputsOf: string[][], producedBy: Map<string, string>): string[][] {
  return spec.layers.map((layer, i) => {
    const path = `$.layers[${i}]`;
    const prev = i === 0 ? spec.inputs[0]?.name : outputsOf[i - 1]?.[0];
    const inputs = layer.inputs ?? (prev !== undefined ? [prev] : []);
    layer.inputs?.forEach((name, k) => {
      if (!producedBy.has(name)) r.fail(`${path}.inputs[${k}]`, `unknown tensor '${name}': not a model input nor any layer's output`);
    });
    if (layer.inputShapes && layer.inputShapes.length !== inputs.length) {
      r.fail(`${path}.inputShapes`, `${layer.inputShapes.length} shapes for ${inputs.length} inputs (${inputs.join(', ')})`);
    }
    return inputs;
  });
}

function lowerLayer(
  r: SpecReader, layer: SpecLayer, inputs: string[], outputs: string[], shapes: Map<string, SpecDim[]>, tensors: Map<string, string>,
  initializers: Map<string, { meta: TensorMeta; path: string }>,
): ModelNode[] {
  const path = `$.layers[${layer.index}]`;
  const used = new Set<string>();
  const asked: string[] = [];
  const addInitializer = (meta: TensorMeta, at: string): string => {
    const writer = tensors.get(meta.name);
    if (writer !== undefined) r.fail(at, `tensor name '${meta.name}' is also an activation written by ${writer}`);
    const seen = initializers.get(meta.name);
    if (!seen) initializers.set(meta.name, { meta, path: at });
    else if (seen.meta.dims.join(',') !== meta.dims.join(',') || seen.meta.dataType !== meta.dataType) {
      r.fail(at, `tensor '${meta.name}' is declared with dims [${meta.dims.join(', ')}] here and [${seen.meta.dims.join(', ')}] at ${seen.path}`);
    }
    return meta.name;
  };
  const weightMeta = (key: string, transpose: boolean, part?: { index: number; count: number }): string => {
    const w = layer.weights.find((x) => x.key === key);
    if (!w) return '';
    used.add(key);
    let dims = [...w.dims];
    let name = w.tensor ?? `${layer.name}.${key}`;
    // One of `count` equal row blocks of a packed weight (attention's in_proj_weight [3E, E]): the parts
    // together hold exactly the weight's parameters.
    if (part) {
      if ((dims[0] ?? 0) % part.count !== 0) r.fail(`${path}.weights${propPath(key)}`, `dim 0 of [${dims.join(', ')}] does not split into ${part.count} equal parts`);
      dims = [(dims[0] ?? 0) / part.count, ...dims.slice(1)];
      name = `${name}[${part.index}]`;
    }
    if (transpose && dims.length === 2) dims.reverse();
    return addInitializer({ name, dataType: w.dataType, dims, byteLength: count(dims) * elementBytes(w.dataType), external: false }, `${path}.weights${propPath(key)}`);
  };
  const constant = (key: string, values: number[], scalar = false): string =>
    addInitializer({ name: `${layer.name}.${key}`, dataType: DT.INT64, dims: scalar ? [] : [values.length], byteLength: 8 * values.length, external: false, values: [...values] }, `${path}.constants${propPath(key)}`);
  const ctx: LowerCtx = {
    layer, inputs, outputs,
    weight: (keys, opts) => {
      asked.push(...keys.filter((k) => !asked.includes(k)));
      const key = keys.find((k) => layer.weights.some((w) => w.key === k));
      return key === undefined ? '' : weightMeta(key, opts?.transpose === true, opts?.part);
    },
    hasWeight: (keys) => layer.weights.some((w) => keys.includes(w.key)),
    merged: (keys, dims, suffix) => {
      const parts = keys.map((k) => layer.weights.find((w) => w.key === k));
      const at = `${path}.weights${propPath(keys[0] ?? '')}`;
      const first = parts[0];
      if (!first || parts.some((w) => w === undefined)) return '';
      const total = parts.reduce((s, w) => s + count(w?.dims ?? []), 0);
      if (total !== count(dims)) r.fail(at, `${keys.join(' + ')} hold ${total} elements, expected ${count(dims)} for [${dims.join(', ')}]`);
      keys.forEach((k) => used.add(k));
      asked.push(...keys.filter((k) => !asked.includes(k)));
      return addInitializer({ name: `${layer.name}.${suffix}`, dataType: first.dataType, dims, byteLength: count(dims) * elementBytes(first.dataType), external: false }, at);
    },
    isTied: (keys) => layer.weights.find((w) => keys.includes(w.key))?.tensor !== undefined,
    inShape: (i) => layer.inputShapes?.[i] ?? shapes.get(inputs[i] ?? ''),
    outShape: (i) => layer.outputShapes?.[i],
    constant,
  };
  const alias = layer.domain === '' ? own(ALIASES, layer.op) : undefined;
  const lowered = alias?.(ctx);
  if (lowered) {
    if (layer.constants.length > 0) r.fail(`${path}.constants`, `constants are for ONNX operators; ${layer.op} derives its own`);
    for (const w of layer.weights) {
      if (!used.has(w.key)) r.fail(`${path}.weights${propPath(w.key)}`, `${layer.op} takes no weight '${w.key}' (it takes: ${asked.join(', ') || 'none'})`);
    }
    return lowered;
  }
  // An ONNX operator (or an unknown one, passed through for inference to report): activations, then
  // constants, then weights, in the order listed. Gather reads its table first (an embedding lookup).
  const consts = layer.constants.map((c) => constant(c.key, c.values, c.scalar));
  const weights = layer.weights.map((w) => weightMeta(w.key, false));
  const ordered = layer.op === 'Gather' && weights.length > 0 ? [...weights, ...inputs, ...consts] : [...inputs, ...consts, ...weights];
  return [{ name: layer.name, opType: layer.op, domain: layer.domain, inputs: ordered, outputs: [...outputs], attributes: toAttributes(layer.attrs) }];
}

function count(dims: number[]): number {
  return dims.reduce((p, d) => p * d, 1);
}
