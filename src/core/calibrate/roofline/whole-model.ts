// The only use of whole-model measurements: composition terms per mode (launch floors in a pass relative to
// an isolated call, device-side time per kernel in the launch pipeline, a fixed per-pass time at idle power
// for a train step), fitted by least squares on relative error. Per-layer constants never see these rows. Leave-one-family-out (and -model-out)
// predictions for honest whole-model error: the terms that predict a case never saw its family.
import { type DeviceFacts, type Mode, kernelCosts, kernelTimes, optimizerEnergy, pipelinedDynamicJ, type Composition, type KernelCost, type RooflinePredictor } from '../../estimate/index.js';
import type { LayerCost } from '../../infer/index.js';
import { quantile } from '../fit/index.js';

export interface ModelCase {
  model: string;
  /** Architecture family: the unit held out together (leave-one-family-out). */
  family: string;
  mode: Mode;
  batch: number;
  run: string;
  measuredJ: number;
  /** Measured wall time of the pass, where the data has it. */
  measuredSeconds?: number;
  /** The kernels the runtime launches for this pass (core/plan costs), each priced once. */
  kernels: LayerCost[];
  /** MACs of the whole graph (inference's count, for FLOPs-proportional baselines). */
  macs: number;
  /** Parameters counted once per initializer (the optimizer updates each once). */
  params: number;
}

/** What the composition terms act on in one case: its kernels' host/device costs, the optimizer update. */
export interface PreparedCase {
  costs: (KernelCost | null)[];
  optimizer: { seconds: number; energyJ: number };
  device: Pick<DeviceFacts, 'idlePowerW' | 'tdpW'>;
}

export function prepareCase(p: RooflinePredictor, device: DeviceFacts, c: ModelCase): PreparedCase {
  return {
    costs: kernelCosts(p, device, c.kernels, c.mode),
    optimizer: c.mode === 'train-step' ? optimizerEnergy(p, device, c.params) : { seconds: 0, energyJ: 0 },
    device,
  };
}

/**
 * Energy of a pipelined pass, as predictRooflinePass prices it: dynamic energy (power at most TDP over the
 * time each kernel adds), the optimizer update, idle power over the launch pipeline (kernels and the device's wait
 * on the host) and per-pass time.
 */
export function composedEnergy(pc: PreparedCase, comp: Composition, idlePowerW: number): number {
  const t = kernelTimes(pc.costs, { ...comp, pipelined: true }, () => 0);
  let j = pc.optimizer.energyJ + idlePowerW * comp.passOverheadS;
  pc.costs.forEach((c, k) => {
    if (!c) return;
    const d = pipelinedDynamicJ(c, t.deviceS[k]!, t.waitS[k]!, pc.device);
    j += idlePowerW * (t.deviceS[k]! + t.waitS[k]!) + d.ownJ + d.spillJ;
  });
  return j;
}

/** Grids: launch scales 0.5..3, host time per kernel 0..30 µs, device time per kernel 0..12 µs. */
const LAUNCH_SCALES = Array.from({ length: 51 }, (_, i) => 0.5 + i * 0.05);
const HOST_OVERHEADS_S = [0, 2, 4, 6, 8, 10, 12, 15, 20, 25, 30].map((us) => us * 1e-6);
const DEVICE_OVERHEADS_S = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12].map((us) => us * 1e-6);

/** Per-pass seconds minimising relative squared error given the rest: E = base + idle x t0, t0 >= 0. */
function fitPassOverhead(baseJ: number[], measuredJ: number[], idlePowerW: number): number {
  let num = 0;
  let den = 0;
  baseJ.forEach((b, i) => {
    const e = measuredJ[i]!;
    const x = idlePowerW / e;
    num += x * ((e - b) / e);
    den += x * x;
  });
  return Math.max(0, num / den);
}

/**
 * Composition terms for the cases of one mode, least squares on relative error, over grids. Inference: the
 * isolated launch floors as measured plus a host time per kernel (the Python of module calls in a model),
 * and a device time per kernel; no per-pass time (a no_grad forward of an input already on the device has
 * no per-pass work besides its kernels). Train step: a scale on the forward-and-backward floors (autograd in a
 * whole model), a device time per kernel, and the per-pass time solved exactly (loss, backward start, optimizer).
 */
export function fitComposition(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): Composition {
  const measured = cases.map((c) => c.measuredJ);
  const prepared = cases.map((c) => prepareCase(p, device, c));
  const train = cases.some((c) => c.mode === 'train-step');
  let best: { comp: Composition; sse: number } | undefined;
  for (const launchScale of train ? LAUNCH_SCALES : [1]) {
    for (const hostOverheadS of train ? [0] : HOST_OVERHEADS_S) {
      for (const deviceOverheadS of DEVICE_OVERHEADS_S) {
        const trial: Composition = { launchScale, passOverheadS: 0, pipelined: true, deviceOverheadS, hostOverheadS };
        const base = prepared.map((pc) => composedEnergy(pc, trial, device.idlePowerW));
        const comp = { ...trial, passOverheadS: train ? fitPassOverhead(base, measured, device.idlePowerW) : 0 };
        const sse = base.reduce((acc, b, i) => acc + ((b + device.idlePowerW * comp.passOverheadS) / measured[i]! - 1) ** 2, 0);
        if (!best || sse < best.sse - 1e-12) best = { comp, sse };
      }
    }
  }
  return best!.comp;
}

export interface CasePrediction {
  c: ModelCase;
  predictedJ: number;
}

/**
 * For each group (a model, or an architecture family), composition fitted on the other groups' cases of the
 * same mode, then applied to the group's cases: every case is predicted by terms that never saw its group.
 */
export function leaveOneGroupOut(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[], groupOf: (c: ModelCase) => string): CasePrediction[] {
  const groups = [...new Set(cases.map(groupOf))];
  const out: CasePrediction[] = [];
  for (const held of groups) {
    for (const mode of ['inference', 'train-step'] as const) {
      const train = cases.filter((c) => groupOf(c) !== held && c.mode === mode);
      const test = cases.filter((c) => groupOf(c) === held && c.mode === mode);
      if (test.length === 0 || train.length < 2) continue;
      const comp = fitComposition(p, device, train);
      for (const c of test) out.push({ c, predictedJ: composedEnergy(prepareCase(p, device, c), comp, device.idlePowerW) });
    }
  }
  return out;
}

export function leaveOneModelOut(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): CasePrediction[] {
  return leaveOneGroupOut(p, device, cases, (c) => c.model);
}

export function leaveOneFamilyOut(p: RooflinePredictor, device: DeviceFacts, cases: ModelCase[]): CasePrediction[] {
  return leaveOneGroupOut(p, device, cases, (c) => c.family);
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
  family: string;
  mode: Mode;
  batch: number;
  /** Mean of the measured runs of this model, mode and batch. */
  measuredJ: number;
  predictedJ: number;
  /** |predicted / measured - 1|. */
  ape: number;
}

/** One row per model x mode x batch, runs averaged (the two runs differ by up to ~30% on small passes). */
export function caseErrors(preds: { c: Pick<ModelCase, 'model' | 'family' | 'mode' | 'batch' | 'measuredJ'>; predictedJ: number }[]): CaseError[] {
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
    return { model: first.c.model, family: first.c.family, mode: first.c.mode, batch: first.c.batch, measuredJ, predictedJ, ape: Math.abs(predictedJ / measuredJ - 1) };
  });
}
