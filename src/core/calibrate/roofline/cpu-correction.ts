// CPU efficiency of the spec-derived profiles, measured on the one CPU with layer data (Getzner et al.'s
// Xeon Gold 5120, data/getzner). Carrying the H100's efficiencies over to a CPU's datasheet peaks
// underestimates measured CPU layers 5-20x (eager PyTorch on a CPU reaches a few percent of AVX-512 peak),
// so CPU profiles get three global scale factors fitted on those rows: compute roof, memory roof and dynamic
// energy. The per-call floor stays an assumption: every Getzner layer is far above it. Classes are the same;
// only the device changes.
import { type HardwareProfile, passLayer, type RooflinePredictor, type RooflineClass, type RooflineClassParams } from '../../estimate/index.js';
import type { LayerCost } from '../../infer/index.js';
import { layerOfConfig, layerConfigOfGetzner, type LayerMeasurement } from '../measurements/index.js';
import { levenbergMarquardt, seededPermutation } from '../fit/index.js';

export interface CpuCorrection {
  /** Multipliers of the spec-transferred constants: roofs and dynamic energies. */
  flopsScale: number;
  bytesScale: number;
  energyScale: number;
}

export interface CpuRow {
  op: string;
  layer: LayerCost;
  seconds: number;
  joules: number;
}

/** Getzner measurements (random configs) rebuilt as layers; rows without seconds are skipped. */
export function cpuRows(measurements: LayerMeasurement[]): CpuRow[] {
  const rows: CpuRow[] = [];
  for (const m of measurements) {
    if (m.mode !== 'inference' || m.secondsPerCall === undefined || m.joulesPerCall === undefined || m.source !== 'getzner') continue;
    const layer = layerOfConfig(m.op, layerConfigOfGetzner(m.op, m.config));
    if (layer) rows.push({ op: m.op, layer, seconds: m.secondsPerCall, joules: m.joulesPerCall });
  }
  return rows;
}

export function applyCpuCorrection(p: RooflinePredictor, k: CpuCorrection): RooflinePredictor {
  const scale = (m: Partial<Record<RooflineClass, RooflineClassParams>>): Partial<Record<RooflineClass, RooflineClassParams>> => {
    const out: Partial<Record<RooflineClass, RooflineClassParams>> = {};
    for (const [cls, c] of Object.entries(m) as [RooflineClass, RooflineClassParams][]) {
      out[cls] = {
        ...c,
        flopsPerS: c.flopsPerS * k.flopsScale,
        bytesPerS: c.bytesPerS * k.bytesScale,
        joulesPerFlop: c.joulesPerFlop * k.energyScale,
        joulesPerByte: c.joulesPerByte * k.energyScale,
        joulesPerCall: c.joulesPerCall * k.energyScale,
      };
    }
    return out;
  };
  return { ...p, inference: scale(p.inference), train: scale(p.train) };
}

/** Energy of one isolated call of a row's layer under a profile. */
export function rowEnergyJ(profile: HardwareProfile, p: RooflinePredictor, row: CpuRow): { energyJ: number; seconds: number } {
  const l = passLayer(p, profile.device, row.layer, 'inference', 1);
  if (!l) return { energyJ: NaN, seconds: NaN };
  return { energyJ: l.dynamicJ + profile.device.idlePowerW * l.seconds, seconds: l.seconds };
}

/** At most this many rows per module enter the fit (seeded pick): enough for three scalars, and quick. */
const MAX_ROWS_PER_MODULE = 250;

/** Least squares on log time and log energy over the rows, per module weighted equally. */
export function fitCpuCorrection(spec: HardwareProfile, allRows: CpuRow[], seed: number): CpuCorrection {
  const base = spec.predictor as unknown as RooflinePredictor;
  const rows = [...new Set(allRows.map((r) => r.op))].flatMap((op) => {
    const rs = allRows.filter((r) => r.op === op);
    return seededPermutation(rs.length, seed).slice(0, MAX_ROWS_PER_MODULE).map((i) => rs[i]!);
  });
  const perOp = new Map<string, number>();
  for (const r of rows) perOp.set(r.op, (perOp.get(r.op) ?? 0) + 1);
  const make = (x: number[]): CpuCorrection => ({ flopsScale: Math.exp(x[0]!), bytesScale: Math.exp(x[1]!), energyScale: Math.exp(x[2]!) });
  const fit = levenbergMarquardt(
    (x) => {
      const p = applyCpuCorrection(base, make(x));
      return rows.flatMap((r) => {
        const w = 1 / Math.sqrt(perOp.get(r.op)!);
        const e = rowEnergyJ(spec, p, r);
        return [w * (Math.log(e.seconds) - Math.log(r.seconds)), w * (Math.log(e.energyJ) - Math.log(r.joules))];
      });
    },
    [Math.log(0.1), Math.log(0.1), 0],
    { lower: [Math.log(1e-3), Math.log(1e-3), Math.log(0.1)], upper: [0, 0, Math.log(100)] },
  );
  return make(fit.x);
}
