// The roofline-v1 profile of the Getzner et al. Xeon Gold 5120 from its CPU layer data
// (data/getzner: random and real AlexNet/VGG configs of Conv2d, Linear, MaxPool2d, ReLU, Sigmoid, Tanh,
// Softmax). Unlike the paper's per-module regressions on MACs, the layer model keeps a per-call floor and
// two roofs, so layers far smaller than the data's (median 1e11 MACs for Conv2d) stay physical.
// Held-out statistics use the paper's split (seeded 70/20/10 per module, real configs added to training),
// so they sit next to the getzner-v1 numbers. Classes the data has no module for get constants derived
// from a measured class doing the same kind of work, and say so in the profile's fit statistics.
import { ROOFLINE_V1, type RooflinePredictor, layerEnergy, ROOFLINE_CLASSES, type RooflineClass, type RooflineClassParams, type DeviceFacts, type FitStats, type HardwareProfile } from '../../estimate/index.js';
import { EnergyDiffError } from '../../common/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { mape, quantile, r2Score, type CalibrationOptions, splitTrainValTest } from '../fit/index.js';
import { byClass, fitClass, rooflineRows, type RooflineRow } from './layer-fit.js';
import { calibratedProfile, SGD_BYTES_PER_PARAM } from './profile.js';

/**
 * Train-step factors without train measurements: backward computes gradients for inputs and for weights,
 * about twice the forward work, so forward + backward is ~3x the forward time and energy (the H100 fit,
 * which has train rows, lands at x3.0 time and x3.3 energy).
 */
export const DERIVED_TRAIN_FALLBACK = { timeFactor: 3, energyFactor: 3 };

const NEUTRAL = { launchScale: 1, passOverheadS: 0 };

type ClassMap = Partial<Record<RooflineClass, RooflineClassParams>>;

/** Constants for classes without measurements, from measured classes doing the same kind of work. */
export function derivedClasses(fitted: ClassMap): { params: ClassMap; basis: Partial<Record<RooflineClass, string>> } {
  const params: ClassMap = {};
  const basis: Partial<Record<RooflineClass, string>> = {};
  const { conv, gemm, pool, activation } = fitted;
  const streaming = (cls: RooflineClass, what: string): void => {
    if (!activation || fitted[cls]) return;
    params[cls] = { ...activation };
    basis[cls] = `derived, not measured: the 'activation' constants (ReLU/Sigmoid/Tanh rows): ${what} is one streaming pass over memory`;
  };
  if (gemm && !fitted.matmul) {
    params.matmul = { ...gemm };
    basis.matmul = "derived, not measured: the 'gemm' constants (Linear rows): a batched MatMul runs the same sgemm";
  }
  if (conv && gemm && activation && !fitted['conv-dw']) {
    // One tap per input channel: no GEMM reuse, so bytes decide; the compute roof is the FMA rate sgemm reaches.
    params['conv-dw'] = {
      launchS: conv.launchS, sharpness: conv.sharpness, joulesPerCall: conv.joulesPerCall,
      flopsPerS: gemm.flopsPerS, joulesPerFlop: gemm.joulesPerFlop,
      bytesPerS: activation.bytesPerS, cacheSpeedup: activation.cacheSpeedup, joulesPerByte: activation.joulesPerByte,
    };
    basis['conv-dw'] = "derived, not measured: call floor of 'conv', compute roof of 'gemm', memory roof of 'activation' (depthwise: one tap per channel, bytes decide)";
  }
  if (pool && !fitted['global-pool']) {
    params['global-pool'] = { ...pool };
    basis['global-pool'] = "derived, not measured: the 'pool' constants (MaxPool2d rows): a global pool is a pooling window over the whole map";
  }
  streaming('norm', 'normalization in inference (scale and shift per element)');
  streaming('elementwise', 'an elementwise Add/Mul');
  streaming('data-movement', 'a copy (Concat, Transpose, Pad, Slice)');
  streaming('embedding', 'a gather of table rows');
  if (fitted.softmax === undefined && activation) {
    params.softmax = { ...activation };
    basis.softmax = "derived, not measured: the 'activation' constants";
  }
  return { params, basis };
}

export interface ModuleHeldOut {
  op: string;
  cls: RooflineClass;
  /** Random configs of the module (all splits) plus real-architecture rows. */
  rows: number;
  heldOutR2: number;
  heldOutMape: number;
  actualJ: number[];
  predictedJ: number[];
}

interface ModuleSplit {
  op: string;
  train: LayerMeasurement[];
  validation: LayerMeasurement[];
  test: LayerMeasurement[];
  real: LayerMeasurement[];
}

/** The paper's split per module, in the same row order as fitGetznerFamily (so the test rows are the same). */
export function getznerModuleSplits(measurements: LayerMeasurement[], seed: number): ModuleSplit[] {
  const inference = measurements.filter((m) => m.mode === 'inference' && (m.source === 'getzner' || m.source === 'getzner-real-config'));
  const ops = [...new Set(inference.map((m) => m.op))];
  return ops.flatMap((op) => {
    const random = inference.filter((m) => m.op === op && m.source === 'getzner');
    if (random.length < 10) return [];
    return [{ op, ...splitTrainValTest(random, seed), real: inference.filter((m) => m.op === op && m.source === 'getzner-real-config') }];
  });
}

/**
 * A floor below this share of a class's fastest measured call is below what the data resolve (the
 * run-to-run spread of these measurements is several percent), so such a class's floor is not fitted.
 */
export const FLOOR_RESOLUTION = 0.05;

/**
 * Per-class fit with one physical prior on the per-call floor: every op pays at least the framework
 * dispatch that a single sgemm call pays, so 'gemm' (the module measured closest to its floor: Linear
 * calls down to ~24 µs) is fitted first and bounds the other floors from below; a class whose fastest
 * call is more than 1 / FLOOR_RESOLUTION times that floor gets exactly that floor.
 */
export function fitClasses(rows: RooflineRow[], device: DeviceFacts, cacheBytes: number): { params: ClassMap; pinnedFloor: RooflineClass[] } {
  const params: ClassMap = {};
  const pinnedFloor: RooflineClass[] = [];
  const classes = byClass(rows);
  const gemmRows = classes.get('gemm');
  const dispatchS = gemmRows ? (params.gemm = fitClass(gemmRows, device, cacheBytes)).launchS : undefined;
  for (const [cls, rs] of classes) {
    if (cls === 'gemm') continue;
    if (dispatchS === undefined) {
      params[cls] = fitClass(rs, device, cacheBytes);
      continue;
    }
    const fastestS = Math.min(...rs.map((r) => r.seconds));
    const pin = dispatchS < FLOOR_RESOLUTION * fastestS;
    if (pin) pinnedFloor.push(cls);
    params[cls] = fitClass(rs, device, cacheBytes, pin ? { fixedS: dispatchS } : { minS: dispatchS });
  }
  return { params, pinnedFloor };
}

export function predictRowJ(params: ClassMap, r: RooflineRow, device: DeviceFacts, cacheBytes: number): number {
  return layerEnergy(r.features, params[r.cls]!, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, cacheBytes).energyJ;
}

/** Held-out energy per module: constants fitted on every module's 70% + real configs, scored on its 10%. */
export function heldOutByModule(splits: ModuleSplit[], device: DeviceFacts, cacheBytes: number): ModuleHeldOut[] {
  const rows = (ms: LayerMeasurement[]): RooflineRow[] => rooflineRows(ms, device.idlePowerW);
  const { params } = fitClasses(rows(splits.flatMap((s) => [...s.train, ...s.real])), device, cacheBytes);
  return splits.flatMap((s) => {
    const test = rows(s.test);
    if (test.length === 0) return [];
    const actualJ = test.map((r) => r.joules);
    const predictedJ = test.map((r) => predictRowJ(params, r, device, cacheBytes));
    return [{
      op: s.op, cls: test[0]!.cls, rows: s.train.length + s.validation.length + s.test.length + s.real.length,
      heldOutR2: r2Score(actualJ, predictedJ), heldOutMape: mape(actualJ, predictedJ), actualJ, predictedJ,
    }];
  });
}

function round(v: number): number {
  return Number(v.toPrecision(4));
}

/** True when every inference measurement comes from the Getzner data set (CSV or real-config rows). */
export function isGetznerData(measurements: LayerMeasurement[]): boolean {
  const inference = measurements.filter((m) => m.mode === 'inference');
  return inference.length > 0 && inference.every((m) => m.source === 'getzner' || m.source === 'getzner-real-config');
}

export function calibrateRooflineOnGetzner(measurements: LayerMeasurement[], opts: CalibrationOptions): { profile: HardwareProfile; modules: ModuleHeldOut[] } {
  const device = opts.device;
  const cacheBytes = device.kind === 'cpu' ? (device.l3Bytes ?? device.l2Bytes ?? 32 * 2 ** 20) : (device.l2Bytes ?? 32 * 2 ** 20);
  const splits = getznerModuleSplits(measurements, opts.seed);
  if (splits.length === 0) throw new EnergyDiffError('E_CALIBRATE', 'no Getzner module with at least 10 measured configs to fit the roofline method on');
  const all = rooflineRows(splits.flatMap((s) => [...s.train, ...s.validation, ...s.test, ...s.real]), device.idlePowerW);
  const { params: fitted, pinnedFloor } = fitClasses(all, device, cacheBytes);
  const derived = derivedClasses(fitted);
  const inference: ClassMap = {};
  for (const cls of ROOFLINE_CLASSES) {
    const c = fitted[cls] ?? derived.params[cls];
    if (c) inference[cls] = c;
  }
  const modules = heldOutByModule(splits, device, cacheBytes);
  const perFamily: Record<string, FitStats> = {};
  for (const cls of ROOFLINE_CLASSES) {
    const ms = modules.filter((m) => m.cls === cls);
    if (ms.length > 0) {
      const actual = ms.flatMap((m) => m.actualJ);
      const predicted = ms.flatMap((m) => m.predictedJ);
      perFamily[cls] = { rows: ms.reduce((a, m) => a + m.rows, 0), heldOutR2: round(r2Score(actual, predicted)), heldOutMape: round(mape(actual, predicted)) };
      if (pinnedFloor.includes(cls)) perFamily[cls]!.derived = "per-call floor only: the 'gemm' floor (every measured call is over 20x above it)";
    } else if (derived.basis[cls]) perFamily[cls] = { rows: 0, derived: derived.basis[cls] };
  }
  const logs = modules.flatMap((m) => m.actualJ.map((a, i) => Math.log(a / m.predictedJ[i]!)));
  const band = { low: round(Math.min(1, Math.exp(quantile(logs, 0.1)))), high: round(Math.max(1, Math.exp(quantile(logs, 0.9)))) };
  const predictor: RooflinePredictor = {
    kind: ROOFLINE_V1, cacheBytes, inference, train: {}, trainFallback: DERIVED_TRAIN_FALLBACK,
    composition: { inference: NEUTRAL, 'train-step': NEUTRAL }, optimizerBytesPerParam: SGD_BYTES_PER_PARAM,
  };
  const measured = ROOFLINE_CLASSES.filter((c) => fitted[c]).join(', ');
  const profile = calibratedProfile({
    id: opts.id, name: opts.name, version: opts.version, device, fitDate: opts.fitDate, calibratedOn: opts.dataFiles.join(', '),
    provenance:
      `roofline-v1 (docs/estimator.md) fitted on ${all.length} CPU layer measurements of Getzner, Charpentier and Günnemann (2023) ` +
      `(RAPL package energy through codecarbon, PyTorch eager on the CPU): per-class call floor, compute and memory roofs against the L3 and ` +
      `dynamic energy for ${measured}. Held-out statistics and band from the paper's split (seed ${opts.seed}, 70/20/10 per module, ` +
      `real AlexNet/VGG configs in training; scored on the 10% test rows). Classes without CPU data carry derived constants ` +
      `(fit.perFamily says from which class). No whole-model CPU measurements exist: composition terms are neutral. ` +
      `Train step: no train measurements; forward + backward = x${DERIVED_TRAIN_FALLBACK.timeFactor} time and x${DERIVED_TRAIN_FALLBACK.energyFactor} energy ` +
      `(backward does about twice the forward work). Device facts: ${opts.deviceSource}.`,
    predictor, band, perFamily,
  });
  return { profile, modules };
}
