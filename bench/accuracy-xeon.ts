// Xeon Gold 5120 accuracy on the Getzner CPU layer data, per module on the paper's split (seeded 70/20/10,
// real AlexNet/VGG configs added to training, scored on the 10% test rows): the roofline-v1 profile
// (xeon-gold-5120), the paper's per-layer models (xeon-gold-5120-getzner) and a FLOPs-proportional baseline
// (energy = a x MACs + b on the same training rows). Whole-model CPU measurements are withheld from data/,
// so there is no whole-model line for this device.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMeasurementFiles } from '../src/adapters/measurements.js';
import { DEFAULT_SEED, fitGetzner, getznerModuleSplits, heldOutByModule, mape, r2Score, rooflineRows } from '../src/core/calibrate/index.js';
import { fitLinear } from '../src/core/regression/index.js';
import { specDevice } from '../src/core/estimate/index.js';

const ROOT = join(import.meta.dirname, '..');

export const XEON_DATA_FILES = [
  ...['conv2d', 'maxpool2d', 'linear', 'relu', 'sigmoid', 'tanh', 'softmax'].map((s) => `data/getzner/${s}.csv`),
  ...['conv2d', 'linear', 'maxpool2d'].map((s) => `data/getzner/real-configs/${s}.csv`),
];

/** Roofline-v1 MAPE may be at most this multiple of the paper's on Conv2d and Linear. */
export const TARGET_XEON_MAPE_RATIO = 1.5;

interface Score {
  r2: number;
  mape: number;
  rows: number;
}

export interface XeonModule {
  op: string;
  roofline: Score;
  getzner: Score;
  flops: Score;
}

export interface XeonAccuracy {
  modules: XeonModule[];
  pass: { conv: boolean; linear: boolean };
}

export function computeXeonAccuracy(): XeonAccuracy {
  const spec = specDevice('xeon-gold-5120');
  if (!spec) throw new Error('spec table lacks xeon-gold-5120');
  const device = spec.facts;
  const cacheBytes = device.l3Bytes!;
  const measurements = readMeasurementFiles(XEON_DATA_FILES, ROOT);
  const splits = getznerModuleSplits(measurements, DEFAULT_SEED);
  const roofline = new Map(heldOutByModule(splits, device, cacheBytes).map((m) => [m.op, m]));
  const getzner = new Map(fitGetzner(measurements, DEFAULT_SEED).map((f) => [f.op, f]));
  const modules = splits.map((s): XeonModule => {
    const train = rooflineRows([...s.train, ...s.real], device.idlePowerW);
    const test = rooflineRows(s.test, device.idlePowerW);
    const line = fitLinear(train.map((r) => [r.layer.macs]), train.map((r) => r.joules));
    const predicted = test.map((r) => line.intercept + line.coef[0]! * r.layer.macs);
    const actual = test.map((r) => r.joules);
    const p = roofline.get(s.op)!;
    const g = getzner.get(s.op)!;
    return {
      op: s.op,
      roofline: { r2: p.heldOutR2, mape: p.heldOutMape, rows: p.actualJ.length },
      getzner: { r2: g.testR2, mape: g.testMape, rows: g.split.test.length },
      flops: { r2: r2Score(actual, predicted), mape: mape(actual, predicted), rows: test.length },
    };
  });
  const ratioOk = (op: string): boolean => {
    const m = modules.find((x) => x.op === op);
    return m !== undefined && m.roofline.mape <= TARGET_XEON_MAPE_RATIO * m.getzner.mape;
  };
  return { modules, pass: { conv: ratioOk('Conv2d'), linear: ratioOk('Linear') } };
}

const pct = (v: number): string => (v > 10 ? '>1000%' : `${(v * 100).toFixed(1)}%`).padStart(7);

export function runXeonAccuracy(print: (line: string) => void = console.log): boolean {
  const a = computeXeonAccuracy();
  print('== estimate accuracy: xeon-gold-5120 (roofline-v1) vs xeon-gold-5120-getzner (getzner-v1), Getzner CPU layers ==');
  print('per-module held-out fit (the paper split: seeded 70/20/10, real configs in training, scored on the 10% test rows; energy per call):');
  print(`  ${'module'.padEnd(10)} ${'test'.padStart(5)} ${'roofline R²'.padStart(12)} ${'MAPE'.padStart(7)} ${'getzner R²'.padStart(11)} ${'MAPE'.padStart(7)} ${'FLOPs-prop R²'.padStart(14)} ${'MAPE'.padStart(7)}`);
  for (const m of a.modules) {
    print(`  ${m.op.padEnd(10)} ${String(m.roofline.rows).padStart(5)} ${m.roofline.r2.toFixed(4).padStart(12)} ${pct(m.roofline.mape)} ${m.getzner.r2.toFixed(4).padStart(11)} ${pct(m.getzner.mape)} ${m.flops.r2.toFixed(4).padStart(14)} ${pct(m.flops.mape)}`);
  }
  print('  (no whole-model CPU measurements: the AlexNet/VGG runs of the paper are withheld from data/, so whole models are not scored on this device)');
  const line = (ok: boolean, op: string): void => {
    const m = a.modules.find((x) => x.op === op)!;
    print(`${ok ? 'PASS' : 'FAIL'} xeon ${op} held-out MAPE ${pct(m.roofline.mape).trim()} <= ${TARGET_XEON_MAPE_RATIO}x getzner-v1 ${pct(m.getzner.mape).trim()}`);
  };
  line(a.pass.conv, 'Conv2d');
  line(a.pass.linear, 'Linear');
  return a.pass.conv && a.pass.linear;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runXeonAccuracy() ? 0 : 1;
}
