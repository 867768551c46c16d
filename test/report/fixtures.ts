// Plain EstimateReports for diff, budget and comment tests. Energies follow a simple stated rule
// (a per-MAC cost plus a per-layer launch cost, priced by profile) so expected deltas can be
// computed by hand from the layer lists in each test.
import { estimateWorkload, type WorkloadInput } from '../../src/core/estimate/workload.js';
import type { EstimateReport, LayerEstimate, Mode, TrainingRun } from '../../src/core/estimate/index.js';

export interface FixtureProfile {
  id: string;
  /** Joules per MAC. */
  jPerMac: number;
  /** Joules per layer launch. */
  jPerLayer: number;
  calibrated: boolean;
  version: string;
  fitDate?: string;
  /** Multiplicative band. */
  low: number;
  high: number;
}

export const H100: FixtureProfile = { id: 'h100-sxm', jPerMac: 2e-12, jPerLayer: 5e-6, calibrated: true, version: '1.0.0', fitDate: '2026-11-20', low: 0.8, high: 1.25 };
export const CPU: FixtureProfile = { id: 'xeon-spec', jPerMac: 20e-12, jPerLayer: 1e-6, calibrated: false, version: '0.1.0', low: 0.5, high: 2 };

/** [name, op, macs, output shape] */
export type L = [string, string, number, number[]];

export interface ReportOptions {
  batch?: number;
  mode?: Mode;
  unsupported?: { op: string; node: string }[];
}

export function layerEnergyJ(p: FixtureProfile, macs: number): number {
  return macs * p.jPerMac + p.jPerLayer;
}

export function report(path: string, p: FixtureProfile, layers: L[], o: ReportOptions = {}): EstimateReport {
  const est: LayerEstimate[] = layers.map(([name, op, macs, shape]) => ({
    name, op, outputShapes: [shape], macs, params: 0, energyJ: layerEnergyJ(p, macs), status: 'estimated',
  }));
  const unsupported = (o.unsupported ?? []).map((u) => ({ ...u, reason: `no shape rule for ${u.op}` }));
  for (const u of unsupported) est.push({ name: u.node, op: u.op, outputShapes: [], macs: 0, params: 0, energyJ: 0, status: 'unsupported' });
  const energyJ = est.reduce((s, l) => s + l.energyJ, 0);
  const macs = est.reduce((s, l) => s + l.macs, 0);
  return {
    schema: 'energy-diff/estimate@1',
    model: { path, format: path.endsWith('.layers.json') ? 'layers-json' : 'onnx' },
    profile: { id: p.id, calibrated: p.calibrated, version: p.version, ...(p.fitDate ? { fitDate: p.fitDate } : {}) },
    batch: o.batch ?? 1,
    mode: o.mode ?? 'inference',
    totals: { macs, flops: 2 * macs, params: 0, energyJ, energyJLow: energyJ * p.low, energyJHigh: energyJ * p.high },
    layers: est,
    coverage: { nodes: est.length, estimated: est.length - unsupported.length, unsupported },
    diagnostics: [],
  };
}

/** A small CNN's layers; `width` scales the channel count of the middle convolution. */
export function cnn(width = 64, prefix = ''): L[] {
  return [
    [`${prefix}conv1`, 'Conv', 118_013_952, [1, 64, 112, 112]],
    [`${prefix}relu1`, 'Relu', 802_816, [1, 64, 112, 112]],
    [`${prefix}pool1`, 'MaxPool', 1_806_336, [1, 64, 56, 56]],
    [`${prefix}conv2`, 'Conv', 115_605_504 * (width / 64), [1, width, 56, 56]],
    [`${prefix}relu2`, 'Relu', 200_704 * (width / 64), [1, width, 56, 56]],
    [`${prefix}gap`, 'GlobalAveragePool', 200_704 * (width / 64), [1, width, 1, 1]],
    [`${prefix}fc`, 'Gemm', 1000 * width, [1, 1000]],
  ];
}

/** The layers of a batch: MACs scale with the batch, the batch dimension of outputs too. */
export function atBatch(layers: L[], batch: number): L[] {
  return layers.map(([name, op, macs, [, ...rest]]) => [name, op, macs * batch, [batch, ...rest]]);
}

/** A train step costs three passes over every layer (forward, and backward for inputs and weights). */
export function trainStepLayers(layers: L[]): L[] {
  return layers.map(([name, op, macs, shape]) => [name, op, 3 * macs, shape]);
}

export interface WorkloadOptions extends Omit<WorkloadInput, 'inference' | 'trainStep' | 'trainingRun'> {
  batch: number;
  trainingRun?: Omit<TrainingRun, 'batch'>;
}

/**
 * An inference report carrying the workload roll-up the pipeline would attach: the core's
 * estimateWorkload over this report and a train step of the same layers at the same batch.
 */
export function withWorkload(path: string, p: FixtureProfile, layers: L[], o: WorkloadOptions): EstimateReport {
  const { batch, trainingRun, ...rest } = o;
  const inference = report(path, p, layers, { batch });
  const trainStep = report(path, p, trainStepLayers(layers), { batch, mode: 'train-step' });
  inference.workload = estimateWorkload({ ...rest, inference, trainStep, ...(trainingRun ? { trainingRun: { ...trainingRun, batch } } : {}) });
  return inference;
}
