// For graphs built from a layers file: which file layer wrote each tensor (a PyTorch alias may lower to several
// nodes, and diagnostics should name the layer the file names). Kept beside the graph, not in it, so the
// decoded-model shape stays the one ONNX has.
import type { ModelGraph } from './model-types.js';

const FILE_LAYERS = new WeakMap<ModelGraph, Map<string, string>>();

export function recordFileLayers(graph: ModelGraph, writers: Map<string, string>): void {
  FILE_LAYERS.set(graph, writers);
}

/** Tensor name → the file layer that wrote it; undefined for graphs not built from a layers file. */
export function fileLayersOf(graph: ModelGraph): Map<string, string> | undefined {
  return FILE_LAYERS.get(graph);
}
