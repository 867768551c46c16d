// estimateEnergy: an inferred model and a hardware profile in, the energy-diff/estimate@1 report out.
// The profile's predictor kind predicts each layer; layers it cannot predict (and layers inference could
// not size) are listed in coverage with their energy excluded from the totals, and a diagnostic says so.
import type { HardwareProfile } from './profile-types.js';
import type { EstimateReport, LayerEstimate, Mode, PrecisionShare } from './estimate-types.js';
import type { RuntimePrices } from './runtime-prices.js';
import type { Coverage, InferredModel } from '../infer/index.js';
import type { Diagnostic } from '../common/index.js';
import { predictorKind } from './predictors/registry.js';
import { ROOFLINE_V1 } from './predictors/roofline.js';
import { checkRooflinePredictor } from './predictors/roofline-check.js';
import { formatJ } from '../format/index.js';
import { buildKernelPlan, eagerRuleSet, type RuleSet } from '../plan/index.js';
import { precisionBand, precisionSource } from './precision.js';
import { precisionDiagnostics } from './precision-report.js';

export { validateProfile, PROFILE_SCHEMA } from './profile.js';
export { PREDICTOR_KINDS, predictorKind } from './predictors/registry.js';
export { ROOFLINE_V1 } from './predictors/roofline.js';
export { atPrecision, basePeakFlopsPerS, measuredPrecisions, precisionSource, PRECISIONS, precisionSpeedup, UNMEASURED_PRECISION_BAND, type PrecisionSource } from './precision.js';
export { precisionLabel } from './precision-report.js';
export { GETZNER_V1 } from './predictors/getzner.js';
export type { EstimateReport, HardwareProfileSummary, LayerEstimate, Mode, ProfileBasis, Serving, TrainingRun, WorkloadEstimate } from './estimate-types.js';
export type { DeviceFacts, FitStats, HardwareProfile } from './profile-types.js';
export { profileBasis, profileSummary } from './profile.js';
export { J_PER_KWH, estimateWorkload, profileRunOverheadJ } from './workload.js';
export { CPU_IDLE_FRACTION, SPEC_DEVICES, cpuPeakFp32, specDevice, type SpecDevice } from './spec-devices.js';
export { ROOFLINE_CLASSES, layerClass, layerEnergy, layerFeatures, layerTime } from './roofline-model.js';
export type { LayerFeatures, RooflineClass, RooflineClassParams } from './roofline-model.js';
export { classParams, convConfigs, measuredAt, kernelCosts, kernelTimes, optimizerEnergy, passLayer, pipelinedDynamicJ } from './predictors/roofline.js';
export type { Composition, KernelCost, RooflinePredictor, RuntimeInfo, TrainingLoop } from './predictors/roofline.js';
export type { RuntimePrice, RuntimePrices } from './runtime-prices.js';

export interface EstimateOptions {
  mode: Mode;
  modelPath: string;
  format: 'onnx' | 'layers-json';
  /** Which kernels the runtime launches for the graph (core/plan); default eager PyTorch on the profile's device kind. */
  ruleSet?: RuleSet;
  /**
   * Prices of the graph a runtime that fuses runs, computed outside (a profile measured in onnxruntime: core/ort,
   * `estimateOnRuntime`), in place of the kernel plan and the profile's predictor. Absent: the plan is priced.
   */
  runtime?: RuntimePrices;
}

/**
 * Prices the kernel plan of the graph: each kernel once, its energy reported on its anchor node (the other
 * nodes it covers, and nodes that launch nothing, show 0 J), so per-node rows still sum to the total.
 */
export function estimateEnergy(inferred: InferredModel, profile: HardwareProfile, opts: EstimateOptions): EstimateReport {
  const kind = predictorKind(profile.predictor.kind, profile.id);
  if (kind.kind === ROOFLINE_V1) checkRooflinePredictor(profile.predictor, `hardware profile ${profile.id}`, profile.device);
  const unsupported: Coverage['unsupported'] = [...inferred.coverage.unsupported];
  const nodeJ = new Array<number>(inferred.layers.length).fill(0);
  const nodeS = new Array<number>(inferred.layers.length).fill(0);
  const unpriced = new Set<number>();
  let energyJ = 0;
  let seconds = 0;
  // The band is the profile's, wider on the energy of kernels at precisions it has not measured.
  let bandLowJ = 0;
  let bandHighJ = 0;
  const byPrecision = new Map<string, PrecisionShare>();
  const nodePrecision = new Map<number, string>();
  let timed = true;
  // Kernels priced at a regression's floor, by anchor node, and their energy (W_OUTSIDE_FIT_RANGE).
  const atFloor = new Set<number>();
  let atFloorJ = 0;
  const runtime = opts.runtime;
  const fusedInto = new Map<number, string>();
  if (runtime) {
    // The runtime's own kernels: each priced layer as given, the others not covered with the runtime's reason.
    inferred.layers.forEach((layer, i) => {
      if (layer.status !== 'estimated') return;
      const f = runtime.layers.get(layer.name);
      const usable = f && !('unsupported' in f) && isCount(f.energyJ) && (f.seconds === undefined || isCount(f.seconds));
      if (!f || !usable) {
        const reason = f && 'unsupported' in f ? f.unsupported : `the runtime's plan prices no kernel for ${layer.name}`;
        unsupported.push({ op: layer.op, node: layer.name, reason });
        unpriced.add(i);
        return;
      }
      if (f.fusedInto) fusedInto.set(i, f.fusedInto);
      nodeJ[i] = f.energyJ;
      energyJ += f.energyJ;
      bandLowJ += f.energyJ;
      bandHighJ += f.energyJ;
      if (f.seconds !== undefined) {
        nodeS[i] = f.seconds;
        seconds += f.seconds;
      } else timed = false;
    });
  }
  const plan = runtime ? undefined : buildKernelPlan(inferred.layers, opts.ruleSet ?? eagerRuleSet(profile.device.kind), opts.mode);
  const costs = plan ? plan.kernels.map((k) => k.cost) : [];
  const sized = inferred.layers.filter((l) => l.status === 'estimated');
  const pass = plan ? kind.predictPass?.(profile.predictor, profile.device, costs, opts.mode, sized.reduce((a, l) => a + l.params, 0)) : undefined;
  plan?.kernels.forEach((k, n) => {
    const p = pass ? pass.perKernel[n] : kind.predictLayer(profile.predictor, profile.device, k.cost, opts.mode);
    // A prediction that is not a finite, non-negative number (a kernel far outside what the profile was fitted
    // on) is not priced: its nodes are listed as not covered rather than adding NaN or Infinity to the totals.
    const unusable = p && !(isCount(p.energyJ) && (p.seconds === undefined || isCount(p.seconds)));
    if (!p || unusable) {
      const anchor = inferred.layers[k.anchor]!;
      const reason = p
        ? `profile ${profile.id} (${kind.kind}) predicts ${p.energyJ} J / ${p.seconds ?? '?'} s for this ${k.kind} kernel, not a finite non-negative number`
        : `profile ${profile.id} (${kind.kind}) has no ${opts.mode} predictor for ${k.cost.family} kernels (${k.kind})`;
      if (!unpriced.has(k.anchor)) unsupported.push({ op: anchor.op, node: anchor.name, reason });
      k.members.forEach((m) => unpriced.add(m));
      return;
    }
    nodeJ[k.anchor]! += p.energyJ;
    energyJ += p.energyJ;
    const precision = k.cost.precision ?? 'fp32';
    const share = byPrecision.get(precision) ?? { precision, kernels: 0, energyJ: 0, source: precisionSource(profile, precision, kind.kind === ROOFLINE_V1) };
    share.kernels += 1;
    share.energyJ += p.energyJ;
    byPrecision.set(precision, share);
    const band = precisionBand(share.source, precision);
    bandLowJ += p.energyJ * band.low;
    bandHighJ += p.energyJ * band.high;
    if (precision !== 'fp32' && !nodePrecision.has(k.anchor)) nodePrecision.set(k.anchor, precision);
    if (p.seconds !== undefined) {
      nodeS[k.anchor]! += p.seconds;
      seconds += p.seconds;
    } else timed = false;
    if (p.atFloor) {
      atFloor.add(k.anchor);
      atFloorJ += p.energyJ;
    }
  });
  const layers: LayerEstimate[] = inferred.layers.map((layer, i) => {
    if (layer.status !== 'estimated' || unpriced.has(i)) return layerEstimate(layer, 0, 'unsupported');
    const est = layerEstimate(layer, nodeJ[i]!, 'estimated');
    if (timed) est.seconds = nodeS[i]!;
    const precision = nodePrecision.get(i);
    if (precision) est.precision = precision;
    const anchor = fusedInto.get(i);
    if (anchor) est.fusedInto = anchor;
    return est;
  });
  const estimatedLayers = layers.filter((l) => l.status === 'estimated');
  const kernelsJ = energyJ;
  if (runtime) {
    energyJ += runtime.overhead.energyJ;
    seconds += runtime.overhead.seconds;
  } else if (pass) {
    if (isCount(pass.overheadJ)) energyJ += pass.overheadJ;
    if (isCount(pass.overheadS)) seconds += pass.overheadS;
  } else {
    const priced = inferred.layers.filter((l, i) => l.status === 'estimated' && !unpriced.has(i));
    energyJ += kind.predictOverheadJ?.(profile.predictor, profile.device, priced, opts.mode) ?? 0;
  }
  bandLowJ += energyJ - kernelsJ;
  bandHighJ += energyJ - kernelsJ;
  const shares = [...byPrecision.values()].sort((a, b) => b.energyJ - a.energyJ || a.precision.localeCompare(b.precision));
  const mixed = shares.some((sh) => sh.precision !== 'fp32');

  const floorOps = [...atFloor].map((i) => inferred.layers[i]!.op);
  const diagnostics: Diagnostic[] = [
    ...inferred.diagnostics, ...coverageDiagnostics(inferred, unsupported, profile, opts.mode),
    ...floorDiagnostics(floorOps, atFloorJ, energyJ, profile),
    ...(mixed ? precisionDiagnostics(profile, shares, kernelsJ) : []),
  ];
  const totals: EstimateReport['totals'] = {
    macs: inferred.totals.macs,
    flops: 2 * inferred.totals.macs,
    params: inferred.totals.params,
    weightBytes: inferred.totals.weightBytes,
    energyJ,
    energyJLow: bandLowJ * profile.uncertainty.low,
    energyJHigh: bandHighJ * profile.uncertainty.high,
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
    coverage: { nodes: inferred.coverage.nodes, estimated: estimatedLayers.length, unsupported, heavy: heavyCoverage(layers) },
    diagnostics,
  };
  if (mixed) report.precision = shares;
  const loop = plan ? kind.predictTrainingLoop?.(profile.predictor, profile.device, costs) : undefined;
  if (loop) report.trainingLoop = loop;
  return report;
}

/** One report row: a literal, not spreads (at 10^6 layers the copies were a quarter of the estimate's time). */
function layerEstimate(layer: InferredModel['layers'][number], energyJ: number, status: LayerEstimate['status']): LayerEstimate {
  return { name: layer.name, op: layer.op, outputShapes: layer.outputShapes, macs: layer.macs, params: layer.params, family: layer.family, energyJ, status };
}

/** Ops that carry nearly all of a model's MACs: when few of them are priced, the total is understated. */
const HEAVY_OPS = new Set(['Conv', 'ConvTranspose', 'ConvInteger', 'QLinearConv', 'MatMul', 'MatMulInteger', 'QLinearMatMul', 'Gemm', 'Einsum', 'LSTM', 'GRU', 'RNN']);

function heavyCoverage(layers: LayerEstimate[]): { nodes: number; estimated: number } {
  const heavy = layers.filter((l) => HEAVY_OPS.has(l.op));
  return { nodes: heavy.length, estimated: heavy.filter((l) => l.status === 'estimated').length };
}

function isCount(x: number): boolean {
  return Number.isFinite(x) && x >= 0;
}

function profileSummary(profile: HardwareProfile): EstimateReport['profile'] {
  const s: EstimateReport['profile'] = { id: profile.id, calibrated: profile.calibrated, version: profile.version };
  if (profile.fitDate !== undefined) s.fitDate = profile.fitDate;
  return s;
}

/**
 * Layers priced at a regression's floor (a paper's per-layer models applied far below the layer sizes they were
 * fitted on): say how much of the total that is, so 571 J for an 11.6 MMAC CNN is not read as its cost.
 */
function floorDiagnostics(floorOps: string[], floorJ: number, totalJ: number, profile: HardwareProfile): Diagnostic[] {
  const n = floorOps.length;
  if (n === 0) return [];
  const ops = [...new Set(floorOps)].sort().join(', ');
  return [{
    severity: 'warning',
    code: 'W_OUTSIDE_FIT_RANGE',
    message: `${n} ${n === 1 ? 'layer' : 'layers'} (${ops}) ${n === 1 ? 'is' : 'are'} far smaller than the layers profile ${profile.id}'s ` +
      `regressions were fitted on: halving their MACs barely changes the prediction, so ${formatJ(floorJ)} of the ${formatJ(totalJ)} total is the regressions' floor, ` +
      'not their cost; prefer a calibrated profile for models of this size',
  }];
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
        (fromProfile > 0 ? ` (${fromProfile} lack ${mode === 'inference' ? 'an' : 'a'} ${mode} predictor in profile ${profile.id})` : ''),
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
