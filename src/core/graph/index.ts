// The decoded model every reader produces and inference walks: its types, dtypes, topological order.
export type { AttributeValue, DecodedModel, Dim, ModelFunction, ModelGraph, ModelNode, TensorMeta, ValueInfo } from './model-types.js';
export { fileLayersOf, recordFileLayers } from './file-layers.js';
export { DT, elementBytes, isFloatType } from './dtype.js';
export { topoSort } from './topo.js';
