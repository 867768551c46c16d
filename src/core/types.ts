// Shared contracts between the pure core modules. Every unit is in the name:
// macs (multiply-accumulates), bytes, energyJ (joules), seconds, powerW (watts).

/** An error that names the place where input went wrong. Entry points print `message` and exit non-zero. */
export class EnergyDiffError extends Error {
  constructor(
    /** Stable machine-readable code, e.g. E_ONNX_TRUNCATED, E_PROFILE_FIELD, E_LAYERS_JSON. */
    readonly code: string,
    message: string,
    /** Where: a file path plus byte offset, JSON path, node name or layer. */
    readonly place: { file?: string; byteOffset?: number; jsonPath?: string; node?: string; input?: string } = {},
  ) {
    super(message);
    this.name = 'EnergyDiffError';
  }
}

export interface Diagnostic {
  severity: 'info' | 'warning' | 'error';
  code: string;
  message: string;
  node?: string;
  op?: string;
}

// ---------------------------------------------------------------- decoded model (ONNX or layers.json)

/** A dimension: a fixed size, a symbolic name (dim_param), or unknown. */
export type Dim = number | string | null;

export interface ValueInfo {
  name: string;
  /** ONNX TensorProto.DataType code (1 = float32, 7 = int64, ...); 0 when not a tensor or unknown. */
  elemType: number;
  /** undefined when the shape is not declared at all (rank unknown). */
  shape?: Dim[];
}

/** Tensor metadata. Payloads are never loaded, except small integer/float tensors needed to fold shape arithmetic. */
export interface TensorMeta {
  name: string;
  dataType: number;
  dims: number[];
  /** Payload size in bytes as stored (raw_data length, typed data, or external length when known). */
  byteLength: number;
  /** True when the payload lives in an external-data file (which may be absent). */
  external: boolean;
  /** Decoded values for small tensors (at most 4096 elements) of numeric type; int64 decoded as number. */
  values?: number[];
}

export type AttributeValue =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number }
  | { type: 'string'; value: string }
  | { type: 'tensor'; value: TensorMeta }
  | { type: 'graph'; value: ModelGraph }
  | { type: 'floats'; value: number[] }
  | { type: 'ints'; value: number[] }
  | { type: 'strings'; value: string[] }
  | { type: 'tensors'; value: TensorMeta[] }
  | { type: 'graphs'; value: ModelGraph[] }
  | { type: 'sparse_tensor'; value: TensorMeta }
  | { type: 'type_proto'; value: unknown };

export interface ModelNode {
  name: string;
  opType: string;
  /** '' or 'ai.onnx' for the default domain. */
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, AttributeValue>;
}

export interface ModelGraph {
  name: string;
  nodes: ModelNode[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  valueInfo: ValueInfo[];
  initializers: TensorMeta[];
}

export interface ModelFunction {
  name: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributeNames: string[];
  nodes: ModelNode[];
}

/** What every model reader produces: the decoded ONNX ModelProto, or a layers.json converted into the same shape. */
export interface DecodedModel {
  format: 'onnx' | 'layers-json';
  irVersion: number;
  opsetImport: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  graph: ModelGraph;
  functions: ModelFunction[];
}

// ---------------------------------------------------------------- inferred layers

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
  /** Precision the kernel computes at ('fp32', 'fp16', 'bf16', 'int8' ...), set by core/plan; absent: fp32. */
  precision?: string;
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
