// The ONNX writer: plain model specs to ModelProto bytes (model.ts, on the protobuf layer pb.ts), and the
// one-node models of the layer benchmark's plan entries (core/calibrate/bench-plan/model.ts).
export { Pb, concat, varintBytes, type LazyBytes } from './pb.js';
export {
  f32Raw, graphPb, i64Raw, modelBytes, modelPb, nodePb, tensorPb,
  type AttrSpec, type FunctionSpec, type GraphSpec, type ModelSpec, type NodeSpec, type SparseSpec, type TensorSpec, type ValueInfoSpec,
} from './model.js';
