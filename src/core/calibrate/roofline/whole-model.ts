// The only use of whole-model measurements: two composition terms per mode (launch floors in a pass
// relative to an isolated call, and a fixed per-pass time at idle power), fitted by least squares on
// relative error. Per-layer constants never see these rows. Leave-one-model-out predictions for honest
// whole-model error.
import { type DeviceFacts, type Mode, optimizerEnergy, passLayer, type Composition, type RooflinePredictor } from '../../estimate/index.js';
import type { LayerCost } from '../../infer/index.js';
import { quantile } from '../fit/index.js';

export interface ModelCase {
  model: string;
  mode: Mode;
  batch: number;
  run: string;
  measuredJ: number;
  layers: LayerCost[];
  /** Parameters counted once per initializer (the optimizer updates each once). */
  params: number;
}

/** Per-pass sums the composition terms act on. */
export interface CaseSums {
  layerSeconds: number;
  dynamicJ: number;
  optimizerJ: number;
}

export function caseSums(p: RooflinePredictor, device: DeviceFacts, c: ModelCase, launchScale: number): CaseSums {
  let layerSeconds = 0;
  let dynamicJ = 0;
  for (const layer of c.layers) {
    const iso = passLayer(p, device, layer, c.mode, launchScale);
    if (!iso) continue;
    layerSeconds += iso.seconds;
    dynamicJ += iso.dynamicJ;
  }
  const optimizerJ = c.mode === 'train-step' ? optimizerEnergy(p, device, c.params).energyJ : 0;
  return { layerSeconds, dynamicJ, optimizerJ };
}

export function composedEnergy(s: CaseSums, comp: Composition, idlePowerW: number): number {
  return s.dynamicJ + s.optimizerJ + idlePowerW * (s.layerSeconds + comp.passOverheadS);
}

/** Launch scales tried; the per-pass time is solved exactly (least squares, >= 0) for each. */
const LAUNCH_SCALES = Array.from({ length: 31 }, (_, i) => 0.5 + i * 0.05);

/** Per-pass seconds minimising relative squared error given the sums: E = dyn + opt + idle (layerSeconds + t0). */
function fitPassOverhead(sums: CaseSums[], measuredJ: number[], idlePowerW: number): number {
  let num = 0;
  let den = 0;
  sums.forEach((s, i) => {
    const e = measuredJ[i]!;
    const x = idlePowerW / e;
    const y = (e - s.dynamicJ - s.optimizerJ - idlePowerW * s.layerSeconds) / e;
    num += x * y;
    den += x * x;
  });
  return Math.max(0, num / den);
}

/** Both composition terms for cases of one mode: a grid over the launch scale, least squares for the overhead. */
export function fitComposition(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): Composition {
  const measured = cases.map((c) => c.measuredJ);
  let best: { comp: Composition; sse: number } | undefined;
  for (const launchScale of LAUNCH_SCALES) {
    const sums = cases.map((c) => caseSums(p, device, c, launchScale));
    const comp = { launchScale, passOverheadS: fitPassOverhead(sums, measured, device.idlePowerW) };
    const sse = sums.reduce((acc, s, i) => acc + (composedEnergy(s, comp, device.idlePowerW) / measured[i]! - 1) ** 2, 0);
    if (!best || sse < best.sse - 1e-12) best = { comp, sse };
  }
  return best!.comp;
}

export interface CasePrediction {
  c: ModelCase;
  predictedJ: number;
}

/** For each model, composition fitted on the other models' cases of the same mode, then applied to it. */
export function leaveOneModelOut(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): CasePrediction[] {
  const models = [...new Set(cases.map((c) => c.model))];
  const out: CasePrediction[] = [];
  for (const held of models) {
    for (const mode of ['inference', 'train-step'] as const) {
      const train = cases.filter((c) => c.model !== held && c.mode === mode);
      const test = cases.filter((c) => c.model === held && c.mode === mode);
      if (test.length === 0 || train.length < 2) continue;
      const comp = fitComposition(p, device, train);
      for (const c of test) out.push({ c, predictedJ: composedEnergy(caseSums(p, device, c, comp.launchScale), comp, device.idlePowerW) });
    }
  }
  return out;
}

/** Fits both modes' composition on all cases (what the shipped profile carries). */
export function fitCompositions(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): Record<Mode, Composition> {
  const result = {} as Record<Mode, Composition>;
  for (const mode of ['inference', 'train-step'] as const) {
    const cs = cases.filter((c) => c.mode === mode);
    result[mode] = cs.length >= 2 ? fitComposition(p, device, cs) : { launchScale: 1, passOverheadS: 0 };
  }
  return result;
}

/** Multiplicative band from held-out log ratios: [q10, q90] of measured/predicted, widened to include 1. */
export function bandFromPredictions(preds: CasePrediction[], lowQ = 0.1, highQ = 0.9): { low: number; high: number } {
  const logs = preds.map((x) => Math.log(x.c.measuredJ / x.predictedJ));
  return {
    low: Math.min(1, Math.exp(quantile(logs, lowQ))),
    high: Math.max(1, Math.exp(quantile(logs, highQ))),
  };
}

export interface CaseError {
  model: string;
  mode: Mode;
  batch: number;
  /** Mean of the measured runs of this model, mode and batch. */
  measuredJ: number;
  predictedJ: number;
  /** |predicted / measured - 1|. */
  ape: number;
}

/** One row per model x mode x batch, runs averaged (the two runs differ by up to ~30% on small passes). */
export function caseErrors(preds: { c: Pick<ModelCase, 'model' | 'mode' | 'batch' | 'measuredJ'>; predictedJ: number }[]): CaseError[] {
  const groups = new Map<string, { rows: typeof preds }>();
  for (const p of preds) {
    const key = `${p.c.model}\u0000${p.c.mode}\u0000${p.c.batch}`;
    const g = groups.get(key) ?? { rows: [] };
    g.rows.push(p);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ rows }) => {
    const first = rows[0]!;
    const measuredJ = rows.reduce((a, r) => a + r.c.measuredJ, 0) / rows.length;
    const predictedJ = rows.reduce((a, r) => a + r.predictedJ, 0) / rows.length;
    return { model: first.c.model, mode: first.c.mode, batch: first.c.batch, measuredJ, predictedJ, ape: Math.abs(predictedJ / measuredJ - 1) };
  });
}
