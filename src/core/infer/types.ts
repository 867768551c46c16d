// What inference produces: per-layer shapes and costs, and coverage. Every unit is in the name:
// macs (multiply-accumulates), bytes.
import type { Diagnostic } from '../common/index.js';

/** Coarse operator family: the unit that hardware-profile predictors are fitted per. */
export type OpFamily =
  | 'conv' // Conv, ConvTranspose (depthwise included; see attrs.groups)
  | 'gemm' // Gemm, MatMul with a weight operand (Linear)
  | 'matmul' // MatMul/Einsum of two activations (attention), batched
  | 'pool' // MaxPool, AveragePool, LpPool
  | 'global-pool' // GlobalAveragePool, GlobalMaxPool, ReduceMean over spatial dims
  | 'norm' // BatchNormalization, LayerNormalization, InstanceNormalization, GroupNormalization
  | 'softmax' // Softmax, LogSoftmax
  | 'activation' // unary element-wise math: Relu, Sigmoid, Gelu, Erf, Clip, ...
  | 'elementwise' // binary/ternary broadcasting math: Add, Mul, Where, ...
  | 'reduce' // Reduce*, ArgMax, ...
  | 'data-movement' // Transpose, Concat, Split, Slice, Gather, Pad, Resize, Tile, Expand (materialising copies)
  | 'embedding' // Gather on a weight table
  | 'rnn' // LSTM, GRU, RNN
  | 'shape' // Reshape, Flatten, Squeeze, Shape, Cast of shapes, Identity, Dropout(eval): metadata only, no kernel
  | 'control' // If, Loop, Scan (their bodies are inferred separately)
  | 'unsupported';

export interface LayerCost {
  /** Node name, or a synthesised `op_index` when the node is unnamed. Unique within a graph. */
  name: string;
  op: string;
  domain: string;
  family: OpFamily;
  inputShapes: (number[] | null)[];
  outputShapes: number[][];
  /** Multiply-accumulates; FLOPs = 2 x macs. Element-wise ops count one per output element (documented per op). */
  macs: number;
  /** Trainable parameters held by this layer (initializers it consumes that are weights, not shape constants). */
  params: number;
  weightBytes: number;
  /** Bytes of activations read (non-initializer inputs) and written (outputs). */
  activationBytesIn: number;
  activationBytesOut: number;
  /** Op-specific facts the predictors may use: kernel, stride, groups, batch, channels, spatial, m/k/n ... */
  attrs: Record<string, number>;
  /** 'estimated' when shapes and costs were inferred; 'unsupported' when they could not be (never silently zero). */
  status: 'estimated' | 'unsupported';
  /** Why it is unsupported. */
  reason?: string;
  /** Path of the enclosing control-flow node for layers inside If/Loop/Scan bodies. */
  scope?: string;
  /** How the node is wired into its graph (tensor names are local to `scope`), for graph passes such as core/plan. */
  io?: LayerIo;
}

/** What a tensor is at run time: data, a weight (an initializer or derived from one), a folded constant, or not known. */
export type TensorKind = 'activation' | 'weight' | 'constant' | 'unknown';

export interface LayerIo {
  /** The node's input and output tensor names ('' for an omitted optional one). */
  inputs: string[];
  outputs: string[];
  inputKinds: TensorKind[];
  outputKinds: TensorKind[];
  /** ONNX element type of each output (0 when unknown). */
  outputDtypes: number[];
}

export interface Coverage {
  nodes: number;
  estimated: number;
  unsupported: { op: string; node: string; reason: string }[];
  /** The compute-heavy nodes (Conv, MatMul, Gemm and kin) in the graph and how many were priced (estimates only). */
  heavy?: { nodes: number; estimated: number };
}

export interface InferredModel {
  layers: LayerCost[];
  coverage: Coverage;
  diagnostics: Diagnostic[];
  /** The batch size the graph was inferred at. */
  batch: number;
  totals: { macs: number; params: number; weightBytes: number; activationBytes: number };
}

export interface InferOptions {
  /** Binds the batch dimension (symbolic or baked-in 1) to this size. */
  batch?: number;
  /** Explicit input shapes by input name, e.g. { input: [1, 3, 224, 224] }. */
  inputShapes?: Record<string, number[]>;
}
