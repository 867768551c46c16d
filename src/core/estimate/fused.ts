// Estimates on a profile measured in onnxruntime price the graph ORT runs (core/ort): each fused kernel's cost
// sits on its anchor layer, the layers fused into it show 0 with the anchor's name, and the layout reorders plus
// the per-call part of a run are a per-pass overhead. Inference only (ORT profiles measure no train step).
import { ortGraphEstimate, ortRuntime } from '../ort/index.js';
import type { HardwareProfile, LayerPrediction } from '../profile-types.js';
import type { DecodedModel, InferredModel } from '../types.js';

export interface FusedPrediction extends LayerPrediction {
  /** The anchor layer whose kernel computes this one. */
  fusedInto?: string;
  /** The kernel ORT runs for the layer's group ('none': constant-folded or eliminated). */
  kernel?: string;
}

export interface FusedPredictions {
  layers: Map<string, FusedPrediction | { unsupported: string }>;
  overhead: { energyJ: number; seconds: number };
  kernels: number;
}

/** Per-layer predictions of the fused graph, or undefined when the profile is not an onnxruntime one. */
export function fusedPredictions(inferred: InferredModel, profile: HardwareProfile, model: DecodedModel): FusedPredictions | undefined {
  if (!ortRuntime(profile)) return undefined;
  // Function bodies and control-flow subgraphs are outside the rules: such a model is priced layer by layer.
  if (inferred.layers.some((l) => l.scope !== undefined)) return undefined;
  const { plan, estimate } = ortGraphEstimate(model, inferred, profile);
  const layers: FusedPredictions['layers'] = new Map();
  for (const r of plan.removed) layers.set(r.node, { energyJ: 0, seconds: 0, kernel: 'none' });
  for (const g of estimate.groups) {
    layers.set(g.group.anchor, { energyJ: g.energyJ, seconds: g.seconds, kernel: g.group.kernel });
    for (const m of g.group.members.slice(1)) layers.set(m, { energyJ: 0, seconds: 0, fusedInto: g.group.anchor, kernel: g.group.kernel });
  }
  for (const g of estimate.unpriced) {
    for (const m of g.members) layers.set(m, { unsupported: `profile ${profile.id} has no constants for the ${g.family} kernel ${g.kernel} (anchor ${g.anchor})` });
  }
  const reorders = estimate.reorders.reduce((a, r) => ({ energyJ: a.energyJ + r.energyJ, seconds: a.seconds + r.seconds }), { energyJ: 0, seconds: 0 });
  return { layers, overhead: { energyJ: reorders.energyJ + estimate.runJ, seconds: reorders.seconds + estimate.runSeconds }, kernels: estimate.kernels };
}
