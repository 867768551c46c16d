// The one-node ONNX model of a benchmark plan entry, for runtimes that run ONNX (`calibrate bench --runtime
// onnxruntime`). The node is the one the fit rebuilds the config as (measurements/layer-configs.ts), so the model
// measured and the layer fitted are the same operator, shapes and attributes; weights are written in full
// (seeded values) so the runtime computes on real data. Two departures, both to run what a real graph runs:
// Clip gets its 0..6 bounds (PyTorch's ReLU6), and GELU is the com.microsoft Gelu kernel that onnxruntime fuses
// an exported Erf-GELU into (opset 17, which onnx 1.12's checker knows, has no Gelu of its own).
import { type AttrSpec, type ModelSpec, type NodeSpec, type TensorSpec } from '../../onnx-write/index.js';
import type { AttributeValue, DecodedModel } from '../../graph/index.js';
import { layerOfConfig, modelOfConfig } from '../measurements/index.js';
import { seededRandom } from '../fit/index.js';

export const BENCH_MODEL_OPSET = 17;
const MS_DOMAIN = 'com.microsoft';

/** One graph input the runner feeds: float32 data, or int64 indices below `indexBound`. */
export interface BenchFeed {
  name: string;
  dims: number[];
  elemType: 'float32' | 'int64';
  indexBound?: number;
}

export interface BenchModel {
  spec: ModelSpec;
  feeds: BenchFeed[];
  /** The node's op type (and domain) as written. */
  opType: string;
  domain: string;
  outputDims: number[];
}

const FLOAT = 1;
const INT64 = 7;

function attrSpec(name: string, a: AttributeValue): AttrSpec {
  if (a.type === 'int') return { name, type: 'int', value: a.value };
  if (a.type === 'ints') return { name, type: 'ints', value: a.value };
  if (a.type === 'float') return { name, type: 'float', value: a.value };
  throw new Error(`bench model: attribute ${name} of type ${a.type} is not written`);
}

/** Seeded values in [-1, 1) (variances in [0.5, 1.5): a BatchNorm divides by them). */
function values(n: number, seed: number, positive: boolean): Float32Array {
  const r = seededRandom(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = positive ? 0.5 + r() : 2 * r() - 1;
  return out;
}

function floatTensor(name: string, dims: number[], data: Float32Array): TensorSpec {
  return { name, dataType: FLOAT, dims, raw: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** The one-node model of `op` with `config` (a BENCH_OPS module), or why there is none. */
export function benchModel(op: string, config: Record<string, number>): BenchModel | string {
  const decoded: DecodedModel | null = modelOfConfig(op, config);
  const layer = layerOfConfig(op, config);
  if (!decoded || !layer) return `no one-node model for module '${op}'`;
  const node = decoded.graph.nodes[0]!;
  const outputDims = layer.outputShapes[0];
  if (!outputDims) return `${op}: the node's output shape is unknown`;
  const initializers: TensorSpec[] = decoded.graph.initializers.map((t, i) =>
    floatTensor(t.name, t.dims, values(t.dims.reduce((a, b) => a * b, 1), 7919 * (i + 1), node.opType === 'BatchNormalization' && t.name === 'v')));
  const spec: NodeSpec = {
    name: node.name, opType: node.opType, inputs: [...node.inputs], outputs: ['y'],
    attributes: Object.entries(node.attributes).map(([k, a]) => attrSpec(k, a)),
  };
  let domain = '';
  if (op === 'Clip') {
    spec.inputs.push('lo', 'hi');
    initializers.push(floatTensor('lo', [], Float32Array.of(0)), floatTensor('hi', [], Float32Array.of(6)));
  } else if (op === 'GELU') {
    domain = MS_DOMAIN;
    spec.domain = MS_DOMAIN;
  }
  const feeds: BenchFeed[] = decoded.graph.inputs.map((v) => ({ name: v.name, dims: v.shape as number[], elemType: 'float32' }));
  // Embedding: the table is a weight, the ids are the fed input (decoded as a float input by the config builder).
  if (op === 'Embedding') {
    feeds.splice(0, feeds.length, { name: 'ids', dims: [config.batch!, config.tokens!], elemType: 'int64', indexBound: config.vocab! });
  }
  const opsets = [{ domain: '', version: BENCH_MODEL_OPSET }, ...(domain ? [{ domain, version: 1 }] : [])];
  return {
    spec: {
      irVersion: 8,
      opsets,
      producerName: 'energy-diff calibrate bench',
      producerVersion: '1',
      graph: {
        name: `${op}`,
        nodes: [spec],
        inputs: feeds.map((f) => ({ name: f.name, elemType: f.elemType === 'int64' ? INT64 : FLOAT, shape: f.dims })),
        outputs: [{ name: 'y', elemType: FLOAT, shape: outputDims }],
        initializers,
      },
    },
    feeds,
    opType: node.opType,
    domain,
    outputDims,
  };
}

/** Feed values for one input: seeded floats, or seeded indices spread over the table. */
export function feedValues(f: BenchFeed, seed = 1): Float32Array | BigInt64Array {
  const n = f.dims.reduce((a, b) => a * b, 1);
  if (f.elemType === 'int64') {
    const r = seededRandom(seed);
    const out = new BigInt64Array(n);
    for (let i = 0; i < n; i++) out[i] = BigInt(Math.floor(r() * (f.indexBound ?? 1)));
    return out;
  }
  return values(n, seed, false);
}
