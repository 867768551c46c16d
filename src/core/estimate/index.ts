// estimateEnergy: an inferred model and a hardware profile in, the energy-diff/estimate@1 report out.
// The profile's predictor kind predicts each layer; layers it cannot predict (and layers inference could
// not size) are listed in coverage with their energy excluded from the totals, and a diagnostic says so.
import type { HardwareProfile } from './profile-types.js';
import type { EstimateReport, LayerEstimate, Mode } from './estimate-types.js';
import type { RuntimePrices } from './runtime-prices.js';
import type { Coverage, InferredModel } from '../infer/index.js';
import type { Diagnostic } from '../common/index.js';
import { predictorKind } from './predictors/registry.js';
import { overheadSeconds, ROOFLINE_V1 } from './predictors/roofline.js';
import { checkRooflinePredictor } from './predictors/roofline-check.js';

export { validateProfile, PROFILE_SCHEMA } from './profile.js';
export { PREDICTOR_KINDS, predictorKind } from './predictors/registry.js';
export { ROOFLINE_V1 } from './predictors/roofline.js';
export { GETZNER_V1 } from './predictors/getzner.js';
export type { EstimateReport, HardwareProfileSummary, LayerEstimate, Mode, Serving, TrainingRun, WorkloadEstimate } from './estimate-types.js';
export type { DeviceFacts, FitStats, HardwareProfile } from './profile-types.js';
export { profileSummary } from './profile.js';
export { J_PER_KWH, estimateWorkload, profileRunOverheadJ } from './workload.js';
export { CPU_IDLE_FRACTION, SPEC_DEVICES, cpuPeakFp32, specDevice, type SpecDevice } from './spec-devices.js';
export { ROOFLINE_CLASSES, layerClass, layerEnergy, layerFeatures, layerTime } from './roofline-model.js';
export type { LayerFeatures, RooflineClass, RooflineClassParams } from './roofline-model.js';
export { classParams, optimizerEnergy, passLayer } from './predictors/roofline.js';
export type { Composition, RooflinePredictor, RuntimeInfo } from './predictors/roofline.js';
export type { RuntimePrice, RuntimePrices } from './runtime-prices.js';

export interface EstimateOptions {
  mode: Mode;
  modelPath: string;
  format: 'onnx' | 'layers-json';
  /**
   * Per-layer prices of the graph a runtime actually runs, in place of the profile's per-layer predictor (a
   * profile measured in onnxruntime: core/ort prices its fused kernels, `estimateOnRuntime`). Absent: one kernel per layer.
   */
  runtime?: RuntimePrices;
}

export function estimateEnergy(inferred: InferredModel, profile: HardwareProfile, opts: EstimateOptions): EstimateReport {
  const kind = predictorKind(profile.predictor.kind, profile.id);
  if (kind.kind === ROOFLINE_V1) checkRooflinePredictor(profile.predictor, `hardware profile ${profile.id}`, profile.device);
  const layers: LayerEstimate[] = [];
  const unsupported: Coverage['unsupported'] = [...inferred.coverage.unsupported];
  let energyJ = 0;
  let seconds = 0;
  let timed = true;
  const runtime = opts.runtime;
  for (const layer of inferred.layers) {
    const base = { name: layer.name, op: layer.op, outputShapes: layer.outputShapes, macs: layer.macs, params: layer.params };
    if (layer.status !== 'estimated') {
      layers.push({ ...base, energyJ: 0, status: 'unsupported' });
      continue;
    }
    const f = runtime?.layers.get(layer.name);
    const p = runtime ? (f && !('unsupported' in f) ? f : null) : kind.predictLayer(profile.predictor, profile.device, layer, opts.mode);
    // A prediction that is not a finite, non-negative number (a layer far outside what the profile was fitted
    // on) is not priced: the layer is listed as not covered rather than adding NaN or Infinity to the totals.
    const unusable = p && !(isCount(p.energyJ) && (p.seconds === undefined || isCount(p.seconds)));
    if (!p || unusable) {
      layers.push({ ...base, energyJ: 0, status: 'unsupported' });
      const reason = p
        ? `profile ${profile.id} (${kind.kind}) predicts ${p.energyJ} J / ${p.seconds ?? '?'} s for this layer, not a finite non-negative number`
        : f && 'unsupported' in f ? f.unsupported : `profile ${profile.id} (${kind.kind}) has no ${opts.mode} predictor for ${layer.family} layers`;
      unsupported.push({ op: layer.op, node: layer.name, reason });
      continue;
    }
    const est: LayerEstimate = { ...base, energyJ: p.energyJ, status: 'estimated' };
    if (f && 'fusedInto' in f && f.fusedInto) est.fusedInto = f.fusedInto;
    if (p.seconds !== undefined) {
      est.seconds = p.seconds;
      seconds += p.seconds;
    } else timed = false;
    layers.push(est);
    energyJ += p.energyJ;
  }
  const estimatedLayers = layers.filter((l) => l.status === 'estimated');
  const overheadJ = runtime ? runtime.overhead.energyJ : (kind.predictOverheadJ?.(profile.predictor, profile.device, inferred.layers.filter((l) => l.status === 'estimated'), opts.mode) ?? 0);
  energyJ += overheadJ;
  if (runtime) seconds += runtime.overhead.seconds;
  else if (kind.kind === ROOFLINE_V1) seconds += overheadSeconds(profile.predictor, profile.device, inferred.layers.filter((l) => l.status === 'estimated'), opts.mode);

  const diagnostics: Diagnostic[] = [...inferred.diagnostics, ...coverageDiagnostics(inferred, unsupported, profile, opts.mode)];
  const totals: EstimateReport['totals'] = {
    macs: inferred.totals.macs,
    flops: 2 * inferred.totals.macs,
    params: inferred.totals.params,
    energyJ,
    energyJLow: energyJ * profile.uncertainty.low,
    energyJHigh: energyJ * profile.uncertainty.high,
  };
  if (timed && estimatedLayers.length > 0) totals.seconds = seconds;
  const report: EstimateReport = {
    schema: 'energy-diff/estimate@1',
    model: { path: opts.modelPath, format: opts.format },
    profile: profileSummary(profile),
    batch: inferred.batch,
    mode: opts.mode,
    totals,
    layers,
    coverage: { nodes: inferred.coverage.nodes, estimated: estimatedLayers.length, unsupported },
    diagnostics,
  };
  return report;
}

function isCount(x: number): boolean {
  return Number.isFinite(x) && x >= 0;
}

function profileSummary(profile: HardwareProfile): EstimateReport['profile'] {
  const s: EstimateReport['profile'] = { id: profile.id, calibrated: profile.calibrated, version: profile.version };
  if (profile.fitDate !== undefined) s.fitDate = profile.fitDate;
  return s;
}

function coverageDiagnostics(inferred: InferredModel, unsupported: Coverage['unsupported'], profile: HardwareProfile, mode: Mode): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fromProfile = unsupported.length - inferred.coverage.unsupported.length;
  if (unsupported.length > 0) {
    const ops = [...new Set(unsupported.map((u) => u.op))].sort().join(', ');
    out.push({
      severity: 'warning',
      code: 'W_NOT_ESTIMATED',
      message: `${unsupported.length} of ${inferred.coverage.nodes} layers not estimated (${ops}); their energy is excluded from the totals` +
        (fromProfile > 0 ? ` (${fromProfile} lack a ${mode} predictor in profile ${profile.id})` : ''),
    });
  }
  const convs = inferred.layers.filter((l) => l.family === 'conv').length;
  if (mode === 'train-step' && convs > 0 && !inferred.layers.some((l) => l.family === 'norm')) {
    out.push({
      severity: 'info',
      code: 'I_TRAIN_EXPORT',
      message: `train step of a graph with ${convs} convolutions and no normalization layers: if the model has BatchNorm, an eval-mode ` +
        'export folded it into the convolutions, but a train step runs it; export in training mode to count it (docs/estimator.md)',
    });
  }
  if (!profile.calibrated) {
    out.push({
      severity: 'info',
      code: 'I_UNCALIBRATED_PROFILE',
      message: `profile ${profile.id} is derived from spec-sheet numbers, not measurements; its band is x${profile.uncertainty.low}..x${profile.uncertainty.high}`,
    });
  }
  return out;
}
