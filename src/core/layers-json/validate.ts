// Structural checks of a parsed layers file: fields, types, unique names, references that resolve.
import {
  DEFAULT_OPSET, LAYERS_SCHEMA, SpecReader, kind, propPath,
  type AttrJson, type LayersSpec, type SpecLayer, type SpecTensor, type SpecWeight,
} from './spec.js';
import { bare } from '../common/index.js';

const TOP_KEYS = ['schema', 'name', 'producer', 'opset', 'inputs', 'outputs', 'layers', 'comment'];
const INPUT_KEYS = ['name', 'shape', 'dtype'];
const LAYER_KEYS = ['name', 'op', 'domain', 'inputs', 'outputs', 'attrs', 'weights', 'constants', 'inputShapes', 'outputShapes', 'scope', 'comment'];
const WEIGHT_KEYS = ['shape', 'dtype', 'tensor'];

export function readSpec(value: unknown, file: string): LayersSpec {
  const r: SpecReader = new SpecReader(file);
  const top = r.object(value, '$');
  if (top.schema === undefined) r.fail('$.schema', `missing "schema": "${LAYERS_SCHEMA}"`);
  if (top.schema !== LAYERS_SCHEMA) r.fail('$.schema', `unsupported schema ${kind(top.schema)}; this build reads "${LAYERS_SCHEMA}"`);
  r.keys(top, '$', TOP_KEYS);
  const producer = top.producer === undefined ? undefined : r.object(top.producer, '$.producer');
  if (producer) r.keys(producer, '$.producer', ['name', 'version']);
  let opset = DEFAULT_OPSET;
  if (top.opset !== undefined) {
    const v = top.opset;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) r.fail('$.opset', `expected a positive integer, got ${kind(v)}`);
    opset = v;
  }
  const inputs = readInputs(r, top.inputs);
  if (top.layers === undefined) r.fail('$.layers', 'missing "layers"');
  const layers = r.array(top.layers, '$.layers').map((l, i) => readLayer(r, l, i));
  if (layers.length === 0) r.fail('$.layers', 'a model needs at least one layer');
  const spec: LayersSpec = {
    name: top.name === undefined ? '' : r.string(top.name, '$.name'),
    producer: {
      name: producer?.name === undefined ? '' : r.string(producer.name, '$.producer.name'),
      version: producer?.version === undefined ? '' : r.string(producer.version, '$.producer.version'),
    },
    opset,
    inputs,
    layers,
  };
  if (top.outputs !== undefined) spec.outputs = r.strings(top.outputs, '$.outputs');
  return spec;
}

function readInputs(r: SpecReader, v: unknown): SpecTensor[] {
  if (v === undefined) r.fail('$.inputs', 'missing "inputs" (the model inputs with their shapes)');
  const list = r.array(v, '$.inputs');
  if (list.length === 0) r.fail('$.inputs', 'a model needs at least one input');
  const seen = new Set<string>();
  return list.map((item, i) => {
    const path = `$.inputs[${i}]`;
    const o = r.object(item, path);
    r.keys(o, path, INPUT_KEYS);
    const name = r.string(o.name, `${path}.name`);
    if (seen.has(name)) r.fail(`${path}.name`, `duplicate input name '${name}'`);
    seen.add(name);
    if (o.shape === undefined) r.fail(`${path}.shape`, `missing "shape" of input '${name}'`);
    return { name, shape: r.shape(o.shape, `${path}.shape`), dataType: o.dtype === undefined ? 1 : r.dtype(o.dtype, `${path}.dtype`) };
  });
}

function readLayer(r: SpecReader, v: unknown, index: number): SpecLayer {
  const path = `$.layers[${index}]`;
  const o = r.object(v, path);
  r.keys(o, path, LAYER_KEYS);
  if (o.name === undefined) r.fail(`${path}.name`, 'missing "name"');
  if (o.op === undefined) r.fail(`${path}.op`, 'missing "op"');
  const layer: SpecLayer = {
    index,
    name: r.string(o.name, `${path}.name`),
    op: opName(r, o.op, `${path}.op`),
    domain: o.domain === undefined ? '' : typeof o.domain === 'string' ? o.domain : r.fail(`${path}.domain`, `expected a string, got ${kind(o.domain)}`),
    attrs: o.attrs === undefined ? {} : readAttrs(r, o.attrs, `${path}.attrs`),
    weights: o.weights === undefined ? [] : readWeights(r, o.weights, `${path}.weights`),
    constants: o.constants === undefined ? [] : readConstants(r, o.constants, `${path}.constants`),
  };
  if (o.inputs !== undefined) layer.inputs = r.strings(o.inputs, `${path}.inputs`);
  if (o.outputs !== undefined) {
    layer.outputs = r.strings(o.outputs, `${path}.outputs`);
    if (layer.outputs.length === 0) r.fail(`${path}.outputs`, 'a layer needs at least one output');
  }
  if (o.inputShapes !== undefined) layer.inputShapes = r.array(o.inputShapes, `${path}.inputShapes`).map((s, k) => r.shape(s, `${path}.inputShapes[${k}]`));
  if (o.outputShapes !== undefined) layer.outputShapes = r.array(o.outputShapes, `${path}.outputShapes`).map((s, k) => r.shape(s, `${path}.outputShapes[${k}]`));
  if (o.scope !== undefined) layer.scope = r.string(o.scope, `${path}.scope`);
  return layer;
}

/** Names JavaScript objects answer to by themselves: no operator or module is called that. */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An operator or module name: an identifier (ONNX op_type, PyTorch class name), never an object member name. */
function opName(r: SpecReader, v: unknown, path: string): string {
  const op = r.string(v, path);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(op)) r.fail(path, `${kind(op)} is not an operator name (letters, digits and '_', e.g. "Conv2d" or "Relu")`);
  if (OBJECT_MEMBERS.has(op)) r.fail(path, `${kind(op)} is not an operator name: no ONNX operator or PyTorch module is called that`);
  return op;
}

function readAttrs(r: SpecReader, v: unknown, path: string): Record<string, AttrJson> {
  const o = r.object(v, path);
  const out = bare<AttrJson>();
  for (const [k, a] of Object.entries(o)) {
    const p = `${path}${propPath(k)}`;
    if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') {
      if (typeof a === 'number' && !Number.isFinite(a)) r.fail(p, 'expected a finite number');
      out[k] = a;
    } else if (Array.isArray(a) && a.every((x) => typeof x === 'number')) {
      out[k] = a as number[];
    } else if (Array.isArray(a) && a.every((x) => typeof x === 'string')) {
      out[k] = a as string[];
    } else {
      r.fail(p, `an attribute is a number, string, boolean, or an array of numbers or of strings; got ${kind(a)}`);
    }
  }
  return out;
}

function readWeights(r: SpecReader, v: unknown, path: string): SpecWeight[] {
  const o = r.object(v, path);
  return Object.entries(o).map(([key, w]) => {
    const p = `${path}${propPath(key)}`;
    if (Array.isArray(w)) return { key, dims: r.dims(w, p), dataType: 1 };
    const wo = r.object(w, p);
    r.keys(wo, p, WEIGHT_KEYS);
    if (wo.shape === undefined) r.fail(`${p}.shape`, 'missing "shape"');
    const weight: SpecWeight = { key, dims: r.dims(wo.shape, `${p}.shape`), dataType: wo.dtype === undefined ? 1 : r.dtype(wo.dtype, `${p}.dtype`) };
    if (wo.tensor !== undefined) weight.tensor = r.string(wo.tensor, `${p}.tensor`);
    return weight;
  });
}

function readConstants(r: SpecReader, v: unknown, path: string): SpecLayer['constants'] {
  const o = r.object(v, path);
  return Object.entries(o).map(([key, c]) => {
    const p = `${path}${propPath(key)}`;
    if (typeof c === 'number' && Number.isInteger(c)) return { key, values: [c], scalar: true };
    if (!Array.isArray(c)) r.fail(p, `expected an integer or an array of integers, got ${kind(c)}`);
    const values = c.map((x, i) => {
      if (typeof x !== 'number' || !Number.isInteger(x)) r.fail(`${p}[${i}]`, `expected an integer, got ${kind(x)}`);
      return x;
    });
    return { key, values, scalar: false };
  });
}
