// `calibrate fit --method roofline`: the roofline-v1 layer constants from layer measurements
// alone (the CLI has no whole-model data, so the composition terms stay neutral and the band comes from
// held-out layer residuals). scripts/fit-profiles.ts h100 adds the composition terms from whole models.
import { type RooflinePredictor, layerEnergy, type DeviceFacts, type HardwareProfile } from '../../estimate/index.js';
import { EnergyDiffError } from '../../common/index.js';
import type { LayerMeasurement } from '../measurements/index.js';
import { median, quantile, type CalibrationOptions } from '../fit/index.js';
import { fitLayers, heldOutClassStats, rooflineRows, type RooflineRow } from './layer-fit.js';
import { calibratedProfile, rooflinePredictor } from './profile.js';
import { calibrateRooflineOnGetzner, isGetznerData } from './getzner-cpu.js';

const NEUTRAL = { launchScale: 1, passOverheadS: 0 };

export function calibrateRoofline(measurements: LayerMeasurement[], opts: CalibrationOptions): HardwareProfile {
  // The Getzner CPU data: the paper's split, derived classes (scripts/fit-profiles.ts xeon writes the same).
  if (isGetznerData(measurements)) return calibrateRooflineOnGetzner(measurements, opts).profile;
  // One set of class constants per profile, fitted at one precision; the others are priced from peak ratios.
  const other = measurements.find((m) => (m.dtype ?? 'fp32') !== 'fp32');
  if (other) {
    throw new EnergyDiffError('E_CALIBRATE', `${other.file}:${other.line}: a ${other.dtype} record; the roofline fit takes fp32 layer records only ` +
      '(other precisions are priced from the datasheet peak ratios, docs/estimator.md): fit them apart');
  }
  // Idle power as measured next to the layers beats the spec-table guess.
  const idles = measurements.map((m) => m.idlePowerW).filter((v): v is number => v !== undefined);
  const device: DeviceFacts = idles.length ? { ...opts.device, idlePowerW: median(idles) } : opts.device;
  const cacheBytes = device.kind === 'cpu' ? (device.l3Bytes ?? device.l2Bytes ?? 32 * 2 ** 20) : (device.l2Bytes ?? 32 * 2 ** 20);
  const rows = rooflineRows(measurements, device.idlePowerW);
  if (rows.filter((r) => r.mode === 'inference').length === 0) {
    throw new EnergyDiffError('E_CALIBRATE', 'no layer measurements with seconds per call and a known module: the roofline fit needs both time and energy per call');
  }
  const layers = fitLayers(rows, device, cacheBytes);
  const perFamily = heldOutClassStats(rows, device, cacheBytes, opts.seed, layers.trainCallOverhead);
  const predictor = rooflinePredictor(layers, cacheBytes, { inference: NEUTRAL, 'train-step': NEUTRAL });
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

function predictLayerJ(p: RooflinePredictor, device: DeviceFacts, r: RooflineRow): number {
  return layerEnergy(r.features, p.inference[r.cls]!, { idlePowerW: r.idlePowerW, tdpW: device.tdpW }, p.cacheBytes).energyJ;
}
