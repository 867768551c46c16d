// A deep transformer encoder with INLINE weights (~1.5 GB), streamed to disk by the test writer so that
// generating it never holds the weights in memory. Shaped like a PyTorch export: token embedding, per layer
// Q/K/V/O projections with head reshapes and transposes, softmax attention, LayerNormalization, an erf-GELU
// MLP, residual adds; the LM head reuses the embedding through a Transpose (tied weights). Opset 17.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { graphPb, modelPb, nodePb, Pb, tensorPb, type LazyBytes, type ModelSpec, type NodeSpec, type TensorSpec } from '../src/core/onnx-write/index.js';

export interface TransformerShape {
  layers: number;
  dModel: number;
  heads: number;
  ffn: number;
  vocab: number;
  seq: number;
}

/** 27 layers of d=1024, ffn=4096 plus a 32000-token embedding: 1.49 GB of float32 weights. */
export const LARGE: TransformerShape = { layers: 27, dModel: 1024, heads: 16, ffn: 4096, vocab: 32000, seq: 512 };
const GENERATOR_VERSION = 1;

const MIB = 1 << 20;
/** Weight bytes: one pseudo-random 1 MiB block repeated (content is irrelevant to parsing, but not all zeros). */
let block: Uint8Array | undefined;
function payload(bytes: number): LazyBytes {
  const b = (block ??= patternBlock());
  return { length: bytes, *chunks() { for (let left = bytes; left > 0; left -= MIB) yield left >= MIB ? b : b.subarray(0, left); } };
}

function patternBlock(): Uint8Array {
  const out = new Uint8Array(MIB);
  let s = 12345;
  for (let i = 0; i < MIB; i += 4) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i + 1] = s >>> 24; // small-magnitude float32 values
    out[i + 2] = (s >>> 16) & 0x7f;
    out[i + 3] = 0x3c;
  }
  return out;
}

const weight = (name: string, dims: number[]): TensorSpec => ({ name, dataType: 1, dims, raw: payload(dims.reduce((a, b) => a * b, 1) * 4) });
const i64 = (name: string, values: number[]): TensorSpec => ({ name, dataType: 7, dims: [values.length], int64Data: values });
const f32 = (name: string, value: number): TensorSpec => ({ name, dataType: 1, dims: [], floatData: [value] });

/** The graph in pieces, layer by layer, so a graph of 10^6 nodes can be streamed without holding it. */
interface GraphPiece {
  nodes: NodeSpec[];
  initializers: TensorSpec[];
}

function* transformerPieces(t: TransformerShape): Generator<GraphPiece> {
  const d = t.dModel;
  const hd = d / t.heads;
  let piece: GraphPiece = { nodes: [], initializers: [] };
  piece.initializers.push(
    weight('embed.weight', [t.vocab, d]),
    i64('heads_shape', [0, 0, t.heads, hd]),
    i64('model_shape', [0, 0, d]),
    f32('scale', Math.sqrt(hd)),
    f32('sqrt2', Math.SQRT2),
    f32('one', 1),
    f32('half', 0.5),
  );
  const node = (opType: string, name: string, inputs: string[], attributes: NodeSpec['attributes'] = []): string => {
    piece.nodes.push({ opType, name, inputs, outputs: [`${name}_out`], attributes });
    return `${name}_out`;
  };
  const linear = (p: string, x: string, din: number, dout: number): string => {
    piece.initializers.push(weight(`${p}.weight`, [din, dout]), weight(`${p}.bias`, [dout]));
    return node('Add', `${p}/add`, [node('MatMul', `${p}/matmul`, [x, `${p}.weight`]), `${p}.bias`]);
  };
  const layerNorm = (p: string, x: string): string => {
    piece.initializers.push(weight(`${p}.weight`, [d]), weight(`${p}.bias`, [d]));
    return node('LayerNormalization', p, [x, `${p}.weight`, `${p}.bias`], [{ name: 'axis', type: 'int', value: -1 }, { name: 'epsilon', type: 'float', value: 1e-5 }]);
  };
  const perm = (v: number[]): NodeSpec['attributes'] => [{ name: 'perm', type: 'ints', value: v }];
  let x = node('Gather', 'embed', ['embed.weight', 'input_ids']);
  for (let l = 0; l < t.layers; l++) {
    const p = `layers.${l}`;
    const heads = (name: string, ordering: number[]): string =>
      node('Transpose', `${p}/attn/${name}_t`, [node('Reshape', `${p}/attn/${name}_r`, [linear(`${p}.attn.${name}`, x, d, d), 'heads_shape'])], perm(ordering));
    const q = heads('q', [0, 2, 1, 3]);
    const k = heads('k', [0, 2, 3, 1]);
    const v = heads('v', [0, 2, 1, 3]);
    const scores = node('Div', `${p}/attn/scale`, [node('MatMul', `${p}/attn/qk`, [q, k]), 'scale']);
    const probs = node('Softmax', `${p}/attn/softmax`, [scores], [{ name: 'axis', type: 'int', value: -1 }]);
    const ctx = node('Transpose', `${p}/attn/ctx_t`, [node('MatMul', `${p}/attn/pv`, [probs, v])], perm([0, 2, 1, 3]));
    const merged = node('Reshape', `${p}/attn/merge`, [ctx, 'model_shape']);
    x = layerNorm(`${p}.norm1`, node('Add', `${p}/res1`, [x, linear(`${p}.attn.o`, merged, d, d)]));
    const h = linear(`${p}.mlp.fc1`, x, d, t.ffn);
    const erf = node('Erf', `${p}/mlp/erf`, [node('Div', `${p}/mlp/div`, [h, 'sqrt2'])]);
    const gelu = node('Mul', `${p}/mlp/gelu`, [node('Mul', `${p}/mlp/mul`, [h, node('Add', `${p}/mlp/add1`, [erf, 'one'])]), 'half']);
    x = layerNorm(`${p}.norm2`, node('Add', `${p}/res2`, [x, linear(`${p}.mlp.fc2`, gelu, t.ffn, d)]));
    yield piece;
    piece = { nodes: [], initializers: [] };
  }
  piece.nodes.push({ opType: 'MatMul', name: 'lm_head', inputs: [x, node('Transpose', 'embed_t', ['embed.weight'], perm([1, 0]))], outputs: ['logits'], attributes: [] });
  yield piece;
}

const HEADER = { irVersion: 8, opsets: [{ domain: '', version: 17 }], producerName: 'energy-diff bench/gen-large-model', producerVersion: String(GENERATOR_VERSION) };

function graphTail(t: TransformerShape): Pick<ModelSpec['graph'], 'name' | 'inputs' | 'outputs'> {
  return {
    name: 'deep_transformer',
    inputs: [{ name: 'input_ids', elemType: 7, shape: ['batch', t.seq] }],
    outputs: [{ name: 'logits', elemType: 1, shape: ['batch', t.seq, t.vocab] }],
  };
}

export function transformerSpec(t: TransformerShape): ModelSpec {
  const nodes: NodeSpec[] = [];
  const initializers: TensorSpec[] = [];
  for (const piece of transformerPieces(t)) {
    nodes.push(...piece.nodes);
    initializers.push(...piece.initializers);
  }
  return { ...HEADER, graph: { ...graphTail(t), nodes, initializers } };
}

/** The graph's fields piece by piece (each layer's nodes and initializers, then name, inputs and outputs). */
function* graphFieldParts(t: TransformerShape): Generator<Pb> {
  for (const piece of transformerPieces(t)) {
    const pb = new Pb();
    for (const n of piece.nodes) pb.message(1, nodePb(n));
    for (const init of piece.initializers) pb.message(5, tensorPb(init));
    yield pb;
  }
  yield graphPb({ ...graphTail(t), nodes: [], initializers: [] });
}

/**
 * Streams a model whose graph is too large to build in memory: one pass to size the graph message, a second
 * to write it, layer by layer.
 */
function streamedSize(t: TransformerShape): { graphSize: number; size: number } {
  let graphSize = 0;
  for (const part of graphFieldParts(t)) graphSize += part.size;
  return { graphSize, size: modelHead(graphSize).size + graphSize + modelOpsets().size };
}

function modelHead(graphSize: number): Pb {
  return new Pb().varint(1, HEADER.irVersion).string(2, HEADER.producerName).string(3, HEADER.producerVersion).tag(7, 2).raw(varint(graphSize));
}

function modelOpsets(): Pb {
  const pb = new Pb();
  for (const o of HEADER.opsets) pb.message(8, new Pb().string(1, o.domain).varint(2, o.version));
  return pb;
}

function writeStreamed(sink: (chunk: Uint8Array) => void, t: TransformerShape, graphSize: number): number {
  let written = modelHead(graphSize).writeTo(sink);
  for (const part of graphFieldParts(t)) written += part.writeTo(sink);
  return written + modelOpsets().writeTo(sink);
}

function varint(n: number): Uint8Array {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

/** Writes the model once into `dir` (reused while the generator and shape are unchanged); returns its path. */
export function ensureLargeModel(dir: string, t: TransformerShape = LARGE): string {
  const path = join(dir, `transformer-v${GENERATOR_VERSION}-l${t.layers}-d${t.dModel}-f${t.ffn}-v${t.vocab}.onnx`);
  // Up to a few thousand layers the model is built in memory; beyond, streamed layer by layer (the same graph,
  // with nodes and initializers interleaved per layer).
  const inMemory = t.layers <= 2000 ? modelPb(transformerSpec(t)) : undefined;
  const streamed = inMemory ? undefined : streamedSize(t);
  const size = inMemory?.size ?? streamed!.size;
  if (existsSync(path) && statSync(path).size === size) return path;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    const sink = (chunk: Uint8Array): void => {
      writeSync(fd, chunk);
    };
    if (inMemory) inMemory.writeTo(sink);
    else writeStreamed(sink, t, streamed!.graphSize);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return path;
}

/** Nodes per encoder layer of transformerSpec (Q/K/V/O projections, attention, two norms, the GELU MLP). */
export const NODES_PER_LAYER = 33;

/**
 * A graph of about `nodes` nodes (3 outside the layers): the same encoder with tiny dimensions (d=8, 2 heads,
 * FFN 16), so the file stays small (~100 bytes of weights per node) while the graph has every op kind of a
 * real export. For the scale targets (10^6 nodes).
 */
export function ensureNodesModel(dir: string, nodes: number): string {
  return ensureLargeModel(dir, { layers: Math.max(1, Math.round((nodes - 3) / NODES_PER_LAYER)), dModel: 8, heads: 2, ffn: 16, vocab: 64, seq: 4 });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const out = process.argv[2] ?? 'node_modules/.cache/energy-diff/bench';
  // `gen-large-model.ts DIR NODES` writes the tiny-dimension graph of about NODES nodes instead.
  const path = process.argv[3] ? ensureNodesModel(out, Number(process.argv[3])) : ensureLargeModel(out);
  console.log(`${path}: ${(statSync(path).size / 1e9).toFixed(2)} GB`);
}
