// The hardware profile contract (hardware-profiles/<id>.json, schema energy-diff/profile@1).
// Validation with precise error paths lives in core/estimate/profile.ts; predictor kinds are
// interpreted by the predictor registry in core/estimate/predictors/.
import type { LayerCost } from '../infer/index.js';
import type { Mode } from './estimate-types.js';

export interface DeviceFacts {
  name: string;
  kind: 'cpu' | 'gpu';
  tdpW: number;
  idlePowerW: number;
  cores?: number;
  sms?: number;
  clockGHz?: number;
  l1Bytes?: number;
  l2Bytes?: number;
  l3Bytes?: number;
  memoryBandwidthBytesPerS: number;
  /**
   * Dense peak FLOP/s (OP/s for integers) per precision from the datasheet, sparsity footnotes ignored,
   * e.g. { fp32: 6.7e13, tf32: 4.9e14, fp16: 9.9e14, bf16: 9.9e14, fp8: 1.98e15, int8: 1.98e15 }.
   */
  peakFlopsPerS: Record<string, number>;
}

export interface FitStats {
  rows: number;
  heldOutR2?: number;
  heldOutMape?: number;
  /** Set when the family has no measurements: where its constants come from instead. */
  derived?: string;
}

export interface HardwareProfile {
  schema: 'energy-diff/profile@1';
  id: string;
  name: string;
  version: string;
  calibrated: boolean;
  /** What the predictors were fitted on (data set), or the spec sources of an uncalibrated profile. */
  calibratedOn?: string;
  fitDate?: string;
  provenance: string;
  device: DeviceFacts;
  /** Interpreted by the predictor registry according to `kind` (e.g. 'roofline-v1', 'getzner-v1'). */
  predictor: { kind: string } & Record<string, unknown>;
  /** Multiplicative band from held-out residuals: low = energyJ x low, high = energyJ x high. */
  uncertainty: { low: number; high: number };
  /**
   * Precisions the predictor's constants were measured at (the calibration records' dtypes). Absent: fp32
   * for a calibrated profile, none for a spec-derived one. Others are priced from the datasheet peaks.
   */
  measuredPrecisions?: string[];
  fit?: {
    perFamily?: Record<string, FitStats>;
    wholeModel?: { cases: number; medianApe: number; maxApe: number };
  };
}

/** A predicted cost of one layer; null when the predictor has no model for the layer's family. */
export interface LayerPrediction {
  energyJ: number;
  seconds?: number;
  /**
   * The prediction barely depends on the layer's size (halving its MACs moves it by under 10%): the layer is far
   * below the sizes the regression was fitted on, and what it gets is the regression's floor, not its cost.
   */
  atFloor?: boolean;
}

/** One predictor kind: turns a profile's predictor block and a layer into a prediction. */
export interface PredictorKind {
  kind: string;
  predictLayer(predictor: HardwareProfile['predictor'], device: DeviceFacts, layer: LayerCost, mode: Mode): LayerPrediction | null;
  /** Per-pass terms outside the layers (launch of a whole forward, optimizer step ...); 0 when none. */
  predictOverheadJ?(predictor: HardwareProfile['predictor'], device: DeviceFacts, layers: LayerCost[], mode: Mode): number;
  /**
   * A whole pass at once, when kernels interact (launches overlapping device work): per kernel (in launch
   * order) its own cost (what it runs, not the device's wait for it to be issued), null where not covered;
   * plus the per-pass terms (that wait among them, so kernels plus overhead are the pass). `params` is the model's
   * parameter count (optimizer update). Kinds without it are priced per layer with predictOverheadJ.
   */
  predictPass?(predictor: HardwareProfile['predictor'], device: DeviceFacts, kernels: readonly LayerCost[], mode: Mode, params: number): {
    perKernel: (LayerPrediction | null)[];
    overheadJ: number;
    overheadS: number;
  };
  /** One-off costs of a training run of this pass (core/estimate/workload.ts); null when not modelled. */
  predictTrainingLoop?(predictor: HardwareProfile['predictor'], device: DeviceFacts, kernels: readonly LayerCost[]): { startupJ: number } | null;
}
