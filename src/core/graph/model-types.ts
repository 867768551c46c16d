// The decoded model every reader produces (core/onnx from ModelProto bytes, core/layers-json from a layers
// file) and inference consumes. Payloads are never loaded.

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
  /** The external-data file, relative to the model's folder, as the model names it (external tensors only). */
  location?: string;
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

