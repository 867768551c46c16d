// `calibrate fit --method roofline`: the roofline-v1 layer constants from layer measurements
// alone (the CLI has no whole-model data, so the composition terms stay neutral and the band comes from
// held-out layer residuals). scripts/fit-profiles.ts h100 adds the composition terms from whole models.
import { type RooflinePredictor, layerEnergy, layerTime, type DeviceFacts, type HardwareProfile } from '../../estimate/index.js';
import { EnergyDiffError } from '../../common/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { median, quantile, type CalibrationOptions } from '../fit/index.js';
import { fitLatencyLayers, fitLayers, heldOutClassStats, heldOutTimeStats, rooflineRows, timeRows, type LayerFit, type RooflineRow, type SpecPower } from './layer-fit.js';
import { calibratedProfile, rooflinePredictor } from './profile.js';
import { calibrateRooflineOnGetzner, isGetznerData } from './getzner-cpu.js';
import { fitPrecisionClasses } from './precision-fit.js';
import { runtimeComposition, runtimeKernelSeconds, type RuntimeComposition } from './runtime-composition.js';

const NEUTRAL = { launchScale: 1, passOverheadS: 0 };

/** How a latency fit labels itself, in the profile's provenance and the CLI's table. */
export const LATENCY_FIT_LABEL = 'time calibrated, power spec-derived';

export function calibrateRoofline(measurements: LayerMeasurement[], opts: CalibrationOptions): HardwareProfile {
  // The Getzner CPU data: the paper's split, derived classes (scripts/fit-profiles.ts xeon writes the same).
  if (isGetznerData(measurements)) return calibrateRooflineOnGetzner(measurements, opts).profile;
  // fp32 records give the class constants; int8 records (ORT's integer kernels) per-class int8 constants on top.
  const other = measurements.find((m) => !['fp32', 'int8'].includes(m.dtype ?? 'fp32'));
  if (other) {
    throw new EnergyDiffError('E_CALIBRATE', `${other.file}:${other.line}: a ${other.dtype} record; the roofline fit takes fp32 and int8 layer records only ` +
      '(other precisions are priced from the datasheet peak ratios, docs/estimator.md): fit them apart');
  }
  const int8 = measurements.filter((m) => m.dtype === 'int8');
  if (int8.length > 0) {
    const fp32 = measurements.filter((m) => (m.dtype ?? 'fp32') === 'fp32');
    if (fp32.length === 0) {
      throw new EnergyDiffError('E_CALIBRATE', `${int8[0]!.file}:${int8[0]!.line}: int8 records only; the int8 constants are fitted on top of the fp32 ones of the same run: bench without --int8 too`);
    }
    return withInt8(calibrateRoofline(fp32, opts), int8, fp32);
  }
  // Latency records (no energy counter where they were measured): time constants fitted, power from the spec.
  if (measurements.some((m) => m.joulesPerCall === undefined)) return calibrateLatency(measurements, opts);
  // Idle power as measured next to the layers beats the spec-table guess.
  const idles = measurements.map((m) => m.idlePowerW).filter((v): v is number => v !== undefined);
  const device: DeviceFacts = idles.length ? { ...opts.device, idlePowerW: median(idles) } : opts.device;
  const cacheBytes = fitCacheBytes(device);
  const { runtime, secondsOf } = runtimeTerms(measurements);
  const rows = rooflineRows(measurements, device.idlePowerW, secondsOf);
  if (rows.filter((r) => r.mode === 'inference').length === 0) {
    throw new EnergyDiffError('E_CALIBRATE', 'no layer measurements with seconds per call and a known module: the roofline fit needs both time and energy per call');
  }
  const layers = fitLayers(rows, device, cacheBytes);
  const perFamily = heldOutClassStats(rows, device, cacheBytes, opts.seed, layers.trainCallOverhead);
  const predictor = runtimePredictor(layers, cacheBytes, runtime);
  // Band from in-sample layer ratios (measured / predicted), 10th..90th percentile.
  const logs = rows.filter((r) => r.mode === 'inference').map((r) => Math.log(r.joules / predictLayerJ(predictor, device, r)));
  const band = { low: Math.min(1, Math.exp(quantile(logs, 0.1))), high: Math.max(1, Math.exp(quantile(logs, 0.9))) };
  return calibratedProfile({
    id: opts.id, name: opts.name, version: opts.version, device, fitDate: opts.fitDate, calibratedOn: opts.dataFiles.join(', '),
    provenance:
      `roofline-v1 layer constants fitted by energy-diff calibrate fit --method roofline on ${rows.length} layer measurements ` +
      `(no whole-model data: neutral composition terms, band from layer residuals). Device facts: ${opts.deviceSource}.`,
    predictor, band, perFamily,
    wholeModel: { cases: 0, medianApe: 0, maxApe: 0 },
  });
}

/**
 * Threads the records ran on (their device.threads), for the share of the device's cores a call keeps busy;
 * undefined when they do not say.
 */
function recordThreads(measurements: LayerMeasurement[]): number | undefined {
  const t = measurements.map((m) => m.device?.threads).filter((v): v is number => typeof v === 'number' && v > 0);
  return t.length ? median(t) : undefined;
}

/** The spec power of a latency fit: (TDP - idle) x the share of the cores the run kept busy. */
export function specPower(device: DeviceFacts, threads: number | undefined): SpecPower & { share: number } {
  const cores = device.kind === 'cpu' ? device.cores : undefined;
  const share = cores && threads ? Math.min(1, threads / cores) : 1;
  return { dynamicPowerW: (device.tdpW - device.idlePowerW) * share, share };
}

function calibrateLatency(measurements: LayerMeasurement[], opts: CalibrationOptions): HardwareProfile {
  const device = opts.device;
  const cacheBytes = fitCacheBytes(device);
  const { runtime, secondsOf } = runtimeTerms(measurements);
  const rows = timeRows(measurements, device.idlePowerW, secondsOf).filter((r) => r.mode === 'inference');
  if (rows.length === 0) throw new EnergyDiffError('E_CALIBRATE', 'no inference latency records with seconds per call and a known module to fit');
  const threads = recordThreads(measurements);
  const power = specPower(device, threads);
  const layers = fitLatencyLayers(rows, device, cacheBytes, power);
  const perFamily = heldOutTimeStats(rows, device, cacheBytes, opts.seed, power);
  const predictor = runtimePredictor(layers, cacheBytes, runtime);
  // Band from in-sample time ratios (measured / predicted), 10th..90th percentile: power adds its own error.
  const logs = rows.map((r) => Math.log(r.seconds / layerTime(r.features, layers.inference[r.cls]!, cacheBytes).seconds));
  const band = { low: Math.min(1, Math.exp(quantile(logs, 0.1))), high: Math.max(1, Math.exp(quantile(logs, 0.9))) };
  const ran = runtime ? ` in ${runtime.info.name} ${runtime.info.version} (${runtime.info.executionProvider}, ${runtime.info.threads} thread${runtime.info.threads === 1 ? '' : 's'}; kernel times from its profiler)` : '';
  return calibratedProfile({
    id: opts.id, name: opts.name, version: opts.version, device, fitDate: opts.fitDate, calibratedOn: opts.dataFiles.join(', '),
    provenance:
      `${LATENCY_FIT_LABEL}: roofline-v1 time constants fitted by energy-diff calibrate fit --method roofline on ${rows.length} latency ` +
      `records${ran} (no energy counter). Power: (TDP - idle) x ${power.share.toFixed(3)} of the cores above idle while a call runs ` +
      `(${power.dynamicPowerW.toFixed(2)} W), from the device facts, not measured. Device facts: ${opts.deviceSource}.`,
    predictor, band, perFamily,
    wholeModel: { cases: 0, medianApe: 0, maxApe: 0 },
  });
}

/** The cache the working set is compared against: a CPU's L3 (else L2), a GPU's L2; 32 MiB when unknown. */
function fitCacheBytes(device: DeviceFacts): number {
  return device.kind === 'cpu' ? (device.l3Bytes ?? device.l2Bytes ?? 32 * 2 ** 20) : (device.l2Bytes ?? 32 * 2 ** 20);
}

/**
 * A runtime's records (onnxruntime) also give the per-run and per-kernel host time of a whole graph; each record's
 * own seconds are then its kernel's share of the call.
 */
function runtimeTerms(measurements: LayerMeasurement[]): { runtime?: RuntimeComposition; secondsOf?: (m: LayerMeasurement) => number | undefined } {
  const runtime = runtimeComposition(measurements);
  return runtime ? { runtime, secondsOf: (m) => runtimeKernelSeconds(m, runtime) } : {};
}

/** The predictor of a layer fit: a runtime's per-run time as the inference pass overhead, and its block. */
function runtimePredictor(layers: LayerFit, cacheBytes: number, runtime: RuntimeComposition | undefined): RooflinePredictor {
  const inference = runtime ? { launchScale: 1, passOverheadS: runtime.passOverheadS } : NEUTRAL;
  return { ...rooflinePredictor(layers, cacheBytes, { inference, 'train-step': NEUTRAL }), ...(runtime ? { runtime: runtime.info } : {}) };
}

function predictLayerJ(p: RooflinePredictor, device: DeviceFacts, r: RooflineRow): number {
  return layerEnergy(r.features, p.inference[r.cls]!, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, p.cacheBytes).energyJ;
}

/**
 * A profile fitted on fp32 records with int8 constants from the int8 records of the same run: per compute class
 * with enough of them (precision-fit.ts), listed in predictor.precisions.int8 and measuredPrecisions. Classes
 * without int8 records keep the datasheet ratio.
 */
function withInt8(profile: HardwareProfile, int8: LayerMeasurement[], fp32: LayerMeasurement[]): HardwareProfile {
  const p = profile.predictor as unknown as RooflinePredictor;
  const { secondsOf } = runtimeTerms(fp32);
  const rows = timeRows(int8, profile.device.idlePowerW, secondsOf).filter((r) => r.mode === 'inference');
  const fits = fitPrecisionClasses(rows, p.inference, p.cacheBytes);
  const classes = Object.entries(fits);
  if (classes.length === 0) {
    throw new EnergyDiffError('E_CALIBRATE', `${int8[0]!.file}: no conv, gemm or matmul class has 3 int8 records with fp32 constants to fit int8 constants on`);
  }
  const predictor: RooflinePredictor = { ...p, precisions: { int8: Object.fromEntries(classes.map(([cls, f]) => [cls, f!.params])) } };
  const told = classes.map(([cls, f]) => `${cls} x${f!.roofFactor.toFixed(2)} roof, x${f!.launchFactor.toFixed(2)} floor on ${f!.rows} records (median error ${(100 * f!.medianApe).toFixed(0)}%)`);
  return {
    ...profile,
    predictor: predictor as unknown as HardwareProfile['predictor'],
    measuredPrecisions: [...new Set([...(profile.measuredPrecisions ?? ['fp32']), 'int8'])],
    provenance: `${profile.provenance} int8 constants measured on ${rows.length} int8 records of the same run (their fp32 class constants scaled: ${told.join('; ')}).`,
  };
}
