// Assembling roofline-v1 profiles: the calibrated one from a layer fit plus composition terms and
// held-out statistics, and spec-derived ones that carry the calibrated constants over to another device
// by the ratios of its public spec numbers (roofs by peak FLOP/s and bandwidth, dynamic energy by the
// dynamic power available per FLOP/s and per byte/s).
import { type DeviceFacts, type FitStats, type HardwareProfile, type Mode, ROOFLINE_V1, type Composition, type RooflinePredictor, type RooflineClass, type RooflineClassParams } from '../../estimate/index.js';
import { applyCpuCorrection, type CpuCorrection } from './cpu-correction.js';
import type { CalibratedProfileHeader } from '../fit/index.js';
import { classPeakFlops, type ClassStats, type LayerFit } from './layer-fit.js';

/** Bytes the optimizer moves per parameter in an SGD step: read weight and gradient, write weight, zero the gradient. */
export const SGD_BYTES_PER_PARAM = 16;

export function rooflinePredictor(fit: LayerFit, cacheBytes: number, composition: Record<Mode, Composition>): RooflinePredictor & { trainCallOverhead: LayerFit['trainCallOverhead'] } {
  return {
    kind: ROOFLINE_V1,
    cacheBytes,
    inference: fit.inference,
    train: fit.train,
    trainFallback: fit.trainFallback,
    composition,
    optimizerBytesPerParam: SGD_BYTES_PER_PARAM,
    // Recorded for the docs: the per-call train overhead taken out of the layer factors (not used to predict;
    // the gradient accumulation of benchmark calls is priced with the elementwise class, so not repeated here).
    trainCallOverhead: { seconds: fit.trainCallOverhead.seconds, powerAboveIdleW: fit.trainCallOverhead.powerAboveIdleW },
  };
}

export interface CalibratedProfileInput extends CalibratedProfileHeader {
  predictor: RooflinePredictor;
  band: { low: number; high: number };
  perFamily: Record<string, ClassStats | FitStats>;
  /** Absent when there are no whole-model measurements for the device. */
  wholeModel?: { cases: number; medianApe: number; maxApe: number };
}

export function calibratedProfile(i: CalibratedProfileInput): HardwareProfile {
  return {
    schema: 'energy-diff/profile@1',
    id: i.id,
    name: i.name,
    version: i.version,
    calibrated: true,
    calibratedOn: i.calibratedOn,
    fitDate: i.fitDate,
    provenance: i.provenance,
    device: i.device,
    predictor: i.predictor as unknown as HardwareProfile['predictor'],
    uncertainty: i.band,
    fit: i.wholeModel ? { perFamily: i.perFamily, wholeModel: i.wholeModel } : { perFamily: i.perFamily },
  };
}

/** Host-side per-call floor on a CPU relative to a GPU launch (no kernel launch, same framework dispatch). */
export const CPU_LAUNCH_SCALE = 0.25;

function transferClass(cls: RooflineClass, c: RooflineClassParams, from: DeviceFacts, to: DeviceFacts): RooflineClassParams {
  const flopsRatio = classPeakFlops(to, cls) / classPeakFlops(from, cls);
  const bwRatio = to.memoryBandwidthBytesPerS / from.memoryBandwidthBytesPerS;
  const dynFrom = from.tdpW - from.idlePowerW;
  const dynTo = to.tdpW - to.idlePowerW;
  const out: RooflineClassParams = {
    ...c,
    launchS: c.launchS * (to.kind === 'cpu' ? CPU_LAUNCH_SCALE : 1),
    flopsPerS: c.flopsPerS * flopsRatio,
    bytesPerS: c.bytesPerS * bwRatio,
    joulesPerFlop: c.joulesPerFlop * (dynTo / dynFrom) / flopsRatio,
    joulesPerByte: c.joulesPerByte * (dynTo / dynFrom) / bwRatio,
    joulesPerCall: c.joulesPerCall * (dynTo / dynFrom),
  };
  // Filling the device takes tiles in proportion to its parallel units (SMs, or cores on a CPU).
  if (c.saturationTiles !== undefined && from.sms) out.saturationTiles = c.saturationTiles * ((to.sms ?? to.cores ?? from.sms) / from.sms);
  // Without TF32 tensor cores the alignment penalty of the tensor-core path does not apply.
  if (cls === 'conv' && to.peakFlopsPerS.tf32 === undefined) {
    delete out.unalignedFactor;
    delete out.narrowInputFactor;
    delete out.unalignedEnergyFactor;
  }
  return out;
}

function transferAll(m: Partial<Record<RooflineClass, RooflineClassParams>>, from: DeviceFacts, to: DeviceFacts): Partial<Record<RooflineClass, RooflineClassParams>> {
  const out: Partial<Record<RooflineClass, RooflineClassParams>> = {};
  for (const [cls, c] of Object.entries(m) as [RooflineClass, RooflineClassParams][]) out[cls] = transferClass(cls, c, from, to);
  return out;
}

function serialComposition(c: Record<Mode, Composition>): Record<Mode, Composition> {
  const serial = (m: Composition): Composition => ({ launchScale: m.launchScale, passOverheadS: m.passOverheadS });
  return { inference: serial(c.inference), 'train-step': serial(c['train-step']) };
}

export interface SpecProfileInput {
  id: string;
  facts: DeviceFacts;
  source: string;
  idleBasis: string;
  /** The calibrated profile whose constants are carried over. */
  base: HardwareProfile;
  fitDate: string;
  band: { low: number; high: number };
  /** CPU efficiency factors measured on another CPU, with a line saying where they come from. */
  cpu?: { correction: CpuCorrection; basis: string };
}

export function specDerivedProfile(i: SpecProfileInput): HardwareProfile {
  const p = i.base.predictor as unknown as RooflinePredictor;
  const from = i.base.device;
  const to = i.facts;
  const cacheBytes = to.kind === 'cpu' ? (to.l3Bytes ?? to.l2Bytes ?? p.cacheBytes) : (to.l2Bytes ?? p.cacheBytes);
  const transferred: RooflinePredictor = {
    kind: ROOFLINE_V1,
    cacheBytes,
    inference: transferAll(p.inference, from, to),
    train: transferAll(p.train, from, to),
    trainFallback: p.trainFallback,
    // A CPU runs its "kernels" itself: nothing queues ahead, per-kernel times add up.
    composition: to.kind === 'cpu' ? serialComposition(p.composition) : p.composition,
    optimizerBytesPerParam: p.optimizerBytesPerParam,
  };
  const predictor = i.cpu && to.kind === 'cpu' ? applyCpuCorrection(transferred, i.cpu.correction) : transferred;
  const cpuNote = i.cpu && to.kind === 'cpu' ? ` CPU efficiency: ${i.cpu.basis}.` : '';
  return {
    schema: 'energy-diff/profile@1',
    id: i.id,
    name: `${to.name} (spec-derived, uncalibrated)`,
    version: '1',
    calibrated: false,
    calibratedOn: `spec sheet: ${i.source}`,
    fitDate: i.fitDate,
    provenance:
      `Spec-derived: the ${i.base.id} roofline-v1 constants (calibrated on measurements) carried over by the ratios of public spec ` +
      `numbers (peak FLOP/s per class, memory bandwidth, TDP - idle power${to.kind === 'cpu' ? `, host-side call floors x${CPU_LAUNCH_SCALE} on a CPU` : ''}). ` +
      `Sources: ${i.source}. Idle power: ${i.idleBasis}.${cpuNote} Not measured on this device: band x${i.band.low}..x${i.band.high}.`,
    device: to,
    predictor: predictor as unknown as HardwareProfile['predictor'],
    uncertainty: i.band,
  };
}
