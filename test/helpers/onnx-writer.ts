// The ONNX writer lives in src/core/onnx-write; tests import it from here.
export * from '../../src/core/onnx-write/model.js';
export { Pb, fdSink, type LazyBytes } from './pb.js';
