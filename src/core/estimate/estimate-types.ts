// What an estimate is: the energy-diff/estimate@1 report, its mode and workload roll-ups (read by diff/, report/, the CLI and the action).
import type { Coverage } from '../infer/index.js';
import type { Diagnostic } from '../common/index.js';

export type Mode = 'inference' | 'train-step';

/** A hardware profile as loaded from hardware-profiles/<id>.json; validated by core/estimate/profile.ts. */
export interface HardwareProfileSummary {
  id: string;
  name: string;
  kind: 'cpu' | 'gpu';
  version: string;
  calibrated: boolean;
  /** What it was fitted on, or the spec sources for uncalibrated profiles. */
  calibratedOn?: string;
  /** ISO date (YYYY-MM-DD) of the fit. */
  fitDate?: string;
  /** The device the profile models (its datasheet name), for labels: "calibrated on NVIDIA H100, 2026-11-30". */
  device?: string;
  /** How its numbers were obtained: fitted on measurements, carried over from spec sheets, or a paper's models reproduced. */
  basis?: ProfileBasis;
  /** The multiplicative held-out error band (energy × low … energy × high). */
  band?: { low: number; high: number };
}

export type ProfileBasis = 'calibrated' | 'spec-derived' | 'paper-reproduction';

export interface LayerEstimate {
  name: string;
  op: string;
  outputShapes: number[][];
  macs: number;
  params: number;
  energyJ: number;
  /** Predicted seconds for the layer, where the predictor models time. */
  seconds?: number;
  status: 'estimated' | 'unsupported';
  /** The operator family (core/infer's OpFamily): tells MAC-counted layers from element-counted ones. */
  family?: string;
  /** A runtime that fuses (onnxruntime profiles): the layer whose kernel computes this one (its cost is there). */
  fusedInto?: string;
  /** Precision of the kernel reported on this node ('fp16', 'int8' ...); absent for fp32 and nodes without one. */
  precision?: string;
}

/** Energy by the precision its kernels compute at, and where the profile's numbers for it come from. */
export interface PrecisionShare {
  precision: string;
  kernels: number;
  energyJ: number;
  /** measured: calibration records at this dtype; datasheet: peak ratios; base-rate: no peak, computed at fp32's. */
  source: 'measured' | 'datasheet' | 'base-rate' | 'not-modelled';
}

/** The `energy-diff/estimate@1` JSON contract (see README). */
export interface EstimateReport {
  schema: 'energy-diff/estimate@1';
  model: { path: string; format: 'onnx' | 'layers-json' };
  profile: { id: string; calibrated: boolean; version?: string; fitDate?: string };
  batch: number;
  mode: Mode;
  totals: {
    macs: number;
    flops: number;
    params: number;
    /** Stored bytes of the weights (optional: estimate JSON written before it existed has none). */
    weightBytes?: number;
    energyJ: number;
    energyJLow: number;
    energyJHigh: number;
    seconds?: number;
  };
  layers: LayerEstimate[];
  coverage: Coverage;
  diagnostics: Diagnostic[];
  /** Present when some kernel is not fp32: energy per precision, in decreasing energy. */
  precision?: PrecisionShare[];
  /** Optional workload roll-ups (training run, serving) when a workload is declared. */
  workload?: WorkloadEstimate;
  /**
   * What a training run of this pass adds once, where the profile models it: the first epoch's start-up
   * energy (host time at idle power). Read by workload roll-ups.
   */
  trainingLoop?: { startupJ: number };
}

export interface TrainingRun {
  epochs: number;
  trainSamples: number;
  evalSamples?: number;
  batch: number;
}

export interface Serving {
  requestsPerMonth: number;
}

export interface WorkloadEstimate {
  trainingRun?: { energyJ: number; energyJLow: number; energyJHigh: number; steps: number };
  serving?: { energyJPerMonth: number; energyJLowPerMonth: number; energyJHighPerMonth: number };
  kWh?: number;
  gCO2e?: number;
  cost?: number;
}
