// Prices of the graph a runtime runs, computed outside the estimator (core/ort for onnxruntime profiles) and
// handed to estimateEnergy: a fused kernel's cost sits on its anchor layer, the layers fused into it cost 0 and
// name the anchor, and what the runtime pays per pass (layout reorders, the per-call host side) is an overhead.
import type { LayerPrediction } from './profile-types.js';

export interface RuntimePrice extends LayerPrediction {
  /** The anchor layer whose kernel computes this one. */
  fusedInto?: string;
  /** The kernel the runtime runs for the layer's group ('none': constant-folded or eliminated). */
  kernel?: string;
}

export interface RuntimePrices {
  /** By layer name: its price, or why the runtime's kernel for it has no price on the profile. */
  layers: Map<string, RuntimePrice | { unsupported: string }>;
  overhead: { energyJ: number; seconds: number };
  kernels: number;
}
