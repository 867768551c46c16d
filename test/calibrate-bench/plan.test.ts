// The benchmark plan (pure): the random grid per family, plan files, and the real layer configs of models,
// checked against the measured data set's own configs and the layers inferred from real exports.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { formatError } from '../../src/cli/main.js';
import { entriesOfLayers, idlePower, windowResult, layerOfConfig } from '../../src/core/calibrate/index.js';
import { BENCH_OPS, entryKey, parsePlan, randomGrid, type BenchEntry } from '../../src/core/calibrate/bench-plan/plan.js';
import { inferModel } from '../../src/core/infer/index.js';
import { runMain } from '../helpers/cli.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const H100 = ['layers_inference.jsonl', 'layers_real_inference.jsonl', 'layers_train.jsonl', 'layers_extra.jsonl'].map((f) => join(repo, 'data/h100', f));

interface H100Row { kind: string; mode?: string; config: Record<string, number | string>; macs: number }
const h100Rows = (): H100Row[] => H100.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as H100Row)).filter((r) => r.kind === 'layer');

/** A data-set config without its labels (op, source): the numeric keys the fit reads. */
const numeric = (c: Record<string, number | string>): Record<string, number> => Object.fromEntries(Object.entries(c).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

describe('random grid', () => {
  const grid = randomGrid({ device: 'cpu', perFamily: 12, seed: 7, modes: ['inference'] });

  it('is the same for the same seed and differs for another', () => {
    expect(randomGrid({ device: 'cpu', perFamily: 12, seed: 7, modes: ['inference'] })).toEqual(grid);
    const other = randomGrid({ device: 'cpu', perFamily: 12, seed: 8, modes: ['inference'] });
    expect(other.map(entryKey)).not.toEqual(grid.map(entryKey));
  });

  it('covers every family the brief names, each entry rebuilt with the MACs the fit will count', () => {
    const ops = new Set(grid.map((e) => e.op));
    for (const op of ['Conv2d', 'Linear', 'MatMul', 'Softmax', 'TransposeContiguous']) expect(ops).toContain(op);
    expect([...ops].some((o) => /Pool/.test(o))).toBe(true);
    expect([...ops].some((o) => o === 'BatchNorm2d' || o === 'LayerNorm')).toBe(true);
    expect([...ops].some((o) => ['ReLU', 'GELU', 'Sigmoid', 'Tanh', 'HardSwish', 'Hardsigmoid', 'Clip', 'Add', 'MulBroadcast'].includes(o))).toBe(true);
    expect(grid.some((e) => e.op === 'Conv2d' && e.config.groups! > 1 && e.config.groups === e.config.in_channels)).toBe(true); // depthwise
    for (const e of grid) expect(layerOfConfig(e.op, e.config)?.macs, entryKey(e)).toBe(e.macs);
    expect(new Set(grid.map(entryKey)).size).toBe(grid.length);
  });

  it('keeps CPU calls small and lets a GPU plan go a thousand times larger', () => {
    expect(Math.max(...grid.map((e) => e.macs))).toBeLessThanOrEqual(2e8);
    const gpu = randomGrid({ device: 'cuda', perFamily: 12, seed: 7, modes: ['inference'] });
    expect(Math.max(...gpu.map((e) => e.macs))).toBeGreaterThan(2e9);
  });

  it('draws attention as the four layers an export runs: QK^T, softmax over keys, AV and the head-layout copy', () => {
    const att = randomGrid({ device: 'cpu', perFamily: 6, seed: 3, modes: ['inference'], families: ['attention'] });
    const transposes = att.filter((e) => e.op === 'TransposeContiguous');
    expect(transposes.length).toBeGreaterThan(0);
    const has = (op: string, c: Record<string, number>) => att.some((e) => e.op === op && entryKey({ ...e, config: c }) === entryKey(e));
    for (const { config: t } of transposes) {
      const bh = t.batch! * t.heads!;
      expect(has('MatMul', { batch: bh, m: t.tokens!, k: t.head_dim!, n: t.tokens! })).toBe(true);
      expect(has('Softmax', { rows: bh * t.tokens!, cols: t.tokens! })).toBe(true);
      expect(has('MatMul', { batch: bh, m: t.tokens!, k: t.tokens!, n: t.head_dim! })).toBe(true);
    }
  });

  it('measures each config once per mode asked for', () => {
    const both = randomGrid({ device: 'cpu', perFamily: 12, seed: 7, modes: ['inference', 'train'] });
    expect(both.filter((e) => e.mode === 'train').map((e) => entryKey({ ...e, mode: 'inference' }))).toEqual(grid.map(entryKey));
  });
});

describe('config keys and MACs match the measured data set', () => {
  const rows = h100Rows();

  it('uses exactly the data set keys for every module it shares with it', () => {
    const keysOf = new Map<string, string>();
    for (const r of rows) keysOf.set(String(r.config.op), Object.keys(numeric(r.config)).sort().join(','));
    for (const [op, keys] of Object.entries(BENCH_OPS)) expect(keysOf.get(op), op).toBe([...keys].sort().join(','));
  });

  it('plans a data-set config with the MACs the data set recorded', () => {
    // The data set's MAC column for these modules follows the same convention as layerOfConfig (pinned elsewhere).
    const sample = rows.filter((_, i) => i % 20 === 0);
    expect(sample.length).toBeGreaterThan(30);
    const plan = parsePlan(sample.map((r) => ({ op: r.config.op, config: numeric(r.config), mode: r.mode ?? 'inference' })), 'sample.json');
    const keys = new Set(plan.map(entryKey));
    for (const r of sample) expect(keys.has(entryKey({ op: String(r.config.op), config: numeric(r.config), mode: (r.mode ?? 'inference') as BenchEntry['mode'] }))).toBe(true);
    const byKey = new Map(plan.map((e) => [entryKey({ ...e, mode: 'inference' }), e.macs]));
    for (const r of sample) expect(byKey.get(entryKey({ op: String(r.config.op), config: numeric(r.config), mode: 'inference' }))).toBe(r.macs);
  });
});

describe('plan files', () => {
  it('accepts a bare array or the schema object, merges duplicates and keeps the origin', () => {
    const conv = { op: 'Conv2d', config: { batch: 1, in_channels: 3, out_channels: 8, image_size: 32, kernel_size: 3, stride: 1, padding: 1, groups: 1 } };
    const plan = parsePlan({ schema: 'energy-diff/bench-plan@1', entries: [conv, { ...conv, mode: 'train' }, conv, { ...conv, origin: 'mine' }] }, 'p.json');
    expect(plan.map((e) => [e.mode, e.origin])).toEqual([['inference', 'plan'], ['train', 'plan']]);
    expect(parsePlan([conv], 'p.json')).toHaveLength(1);
  });

  it.each([
    [{ schema: 'other@1', entries: [] }, /\$\.schema/],
    [{ entries: [{ op: 'Conv3d', config: {} }] }, /\$\.entries\[0\].*no benchmark for module 'Conv3d'/],
    [[{ op: 'Linear', config: { batch: 2, in_features: 0, out_features: 3 } }], /\$\[0\].*Linear\.in_features must be a positive integer, got 0/],
    [[{ op: 'Linear', config: { batch: 2, in_features: 4 } }], /out_features must be a positive integer, got undefined/],
    [[{ op: 'Linear', config: { batch: 2, in_features: 4, out_features: 3 }, mode: 'eval' }], /\$\[0\]\.mode/],
    [[{ op: 'MaxPool2d', config: { batch: 1, channels: 3, image_size: 4, kernel_size: 3, stride: 1, padding: 2 } }], /kernel 3 does not fit image 4 with padding 2/],
    [{ steps: [] }, /expected an array of entries/],
  ])('rejects %j with the JSON path', (value, message) => {
    let said = '';
    try {
      parsePlan(value, 'plan.json');
    } catch (err) {
      said = formatError(err);
    }
    expect(said).toMatch(/^plan\.json: /);
    expect(said).toMatch(message);
  });
});

describe('real layer configs of models', () => {
  it("reproduces every resnet18 config the data set measured, and each planned layer's MACs", async () => {
    const file = join(repo, 'data/h100/onnx-train/resnet18.onnx');
    const model = await loadModel(file);
    const measured = h100Rows().filter((r) => r.config.source === 'resnet18');
    expect(measured.length).toBeGreaterThan(10);
    for (const batch of [...new Set(measured.map((r) => Number(r.config.batch)))]) {
      const inferred = inferModel(model, { batch }, file);
      const { entries } = entriesOfLayers(inferred.layers, file, ['inference']);
      const keys = new Set(entries.map(entryKey));
      for (const r of measured.filter((x) => x.config.batch === batch)) {
        expect(keys.has(entryKey({ op: String(r.config.op), config: numeric(r.config), mode: 'inference' })), JSON.stringify(r.config)).toBe(true);
      }
      const layerMacs = new Set(inferred.layers.map((l) => l.macs));
      for (const e of entries) expect(layerMacs.has(e.macs), entryKey(e)).toBe(true);
    }
  });

  it('maps depthwise convs, per-channel scales and attention layers, and names what it cannot measure', async () => {
    const file = join(repo, 'data/h100/onnx-train/mobilenet_v2.onnx');
    const { entries, skipped } = entriesOfLayers(inferModel(await loadModel(file), { batch: 4 }, file).layers, 'mobilenet_v2', ['inference', 'train']);
    expect(entries.some((e) => e.op === 'Conv2d' && e.config.groups === e.config.in_channels && e.config.groups! > 1)).toBe(true);
    expect(entries.some((e) => e.op === 'AdaptiveAvgPool2d' || e.op === 'Linear')).toBe(true);
    expect(entries.filter((e) => e.mode === 'train')).toHaveLength(entries.length / 2);
    expect(entries.every((e) => e.origin === 'mobilenet_v2')).toBe(true);
    for (const s of skipped) expect(s.reason).not.toBe('');
  });
});

describe('window arithmetic', () => {
  it('takes idle power over the gap out of the meter window and divides by the calls', () => {
    // 0.3 s of work at 50 W in a 0.42 s window whose 0.12 s gap ran at the 20 W idle.
    const r = windowResult({ meterJ: 0.3 * 50 + 0.12 * 20, meterSeconds: 0.42, workSeconds: 0.3, calls: 1000, idlePowerW: 20 });
    if (typeof r === 'string') throw new Error(r);
    expect(r.joulesPerCall).toBeCloseTo(0.015, 12);
    expect(r.secondsPerCall).toBeCloseTo(0.0003, 12);
    expect(r.gapSeconds).toBeCloseTo(0.12, 12);
    expect(r.meanPowerW).toBeCloseTo(50, 9);
  });

  it('refuses windows it cannot use', () => {
    expect(windowResult({ meterJ: 1, meterSeconds: 0.2, workSeconds: 0.3, calls: 10, idlePowerW: 1 })).toMatch(/shorter than the work/);
    expect(windowResult({ meterJ: 1, meterSeconds: 1.3, workSeconds: 0.3, calls: 10, idlePowerW: 1 })).toMatch(/no energy left/);
    expect(windowResult({ meterJ: 1, meterSeconds: 0.3, workSeconds: 0.3, calls: 0, idlePowerW: 1 })).toMatch(/no calls/);
    expect(idlePower([{ t: 0, joules: 5 }, { t: 1, joules: 4 }])).toMatch(/backwards/);
    expect(idlePower([{ t: 0, joules: 5 }])).toMatch(/fewer than two/);
    expect(idlePower([{ t: 0, joules: 0 }, { t: 2, joules: 10 }])).toBeCloseTo(5, 12);
  });

  it('fits idle power over every tick, so late ticks are averaged out rather than taken at the ends', () => {
    // Ticks every 0.1 s at 40 W, each seen 0-30 ms late. The two endpoints alone would say 40 x 0.8 / 0.825 = 38.8 W.
    const late = [0, 0.02, 0, 0.03, 0.01, 0, 0.02, 0, 0.025];
    const w = idlePower(late.map((d, i) => ({ t: i * 0.1 + d, joules: 40 * i * 0.1 })));
    expect(w).toBeCloseTo(39.594, 3); // numpy.polyfit(t, joules, 1) on the same points
    expect(Math.abs((w as number) - 40)).toBeLessThan(Math.abs(40 * 0.8 / 0.825 - 40) / 2);
  });
});

describe('calibrate bench --print-plan', () => {
  async function printPlan(args: string[]): Promise<{ op: string; config: Record<string, number>; mode: BenchEntry['mode']; origin: string }[]> {
    const { code, stdout, stderr } = await runMain(['calibrate', 'bench', '--print-plan', ...args], {}, repo);
    expect(code, stderr).toBe(0);
    return (JSON.parse(stdout) as { entries: [] }).entries;
  }

  it('re-measures the configs of an existing measurement file, with the MACs it recorded', async () => {
    const rows = readFileSync(join(repo, 'data/h100/layers_extra.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"kind": "layer"')).map((l) => JSON.parse(l) as H100Row);
    const entries = await printPlan(['--plan', 'data/h100/layers_extra.jsonl']);
    const distinct = new Set(rows.map((r) => entryKey({ op: String(r.config.op), config: numeric(r.config), mode: 'inference' })));
    expect(entries).toHaveLength(distinct.size);
    const macs = new Map(rows.map((r) => [entryKey({ op: String(r.config.op), config: numeric(r.config), mode: 'inference' }), r.macs]));
    for (const e of entries) expect(layerOfConfig(e.op, e.config)!.macs).toBe(macs.get(entryKey(e)));
    expect(entries.every((e) => e.origin === 'data/h100/layers_extra.jsonl')).toBe(true);
  });

  it('round-trips: a printed plan given back with --plan is the same plan', async () => {
    const first = await printPlan(['--per-family', '2', '--modes', 'inference,train', 'models/sample-cnn.onnx', '--batch', '4']);
    expect(first.some((e) => e.origin === 'models/sample-cnn.onnx')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-plan-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ schema: 'energy-diff/bench-plan@1', entries: first }));
    expect(await printPlan(['--plan', join(dir, 'plan.json')])).toEqual(first);
  });
});

describe('int8 plan entries', () => {
  it('int8Entries adds each Conv2d / Linear / MatMul config in its int8 forms, keyed apart from fp32', async () => {
    const { int8Entries, latencyRecordLine } = await import('../../src/core/calibrate/index.js');
    const base = parsePlan([
      { op: 'Conv2d', config: { batch: 1, in_channels: 8, out_channels: 8, image_size: 6, kernel_size: 3, stride: 1, padding: 1, groups: 1 } },
      { op: 'ReLU', config: { elements: 100 } },
      { op: 'MatMul', config: { batch: 1, m: 4, k: 4, n: 4 } },
    ], 'p.json');
    const q = int8Entries(base);
    expect(q.map((e) => `${e.op}/${e.quant}`)).toEqual(['Conv2d/qdq', 'Conv2d/qlinear', 'MatMul/qdq', 'MatMul/qlinear', 'MatMul/integer']);
    expect(new Set([...base, ...q].map(entryKey)).size).toBe(base.length + q.length);
    const line = JSON.parse(latencyRecordLine(q[0]!, { calls: 1, windowSeconds: 1, secondsPerCall: 1e-3 }, { name: 'cpu' })) as Record<string, unknown>;
    expect([line.dtype, line.quant]).toEqual(['int8', 'qdq']);
    expect(parsePlan([{ op: 'Conv2d', config: base[0]!.config, quant: 'qlinear' }], 'p.json')[0]!.quant).toBe('qlinear');
    expect(() => parsePlan([{ op: 'ReLU', config: { elements: 1 }, quant: 'qdq' }], 'p.json')).toThrow(/no int8 benchmark for module 'ReLU'/);
    expect(() => parsePlan([{ op: 'Conv2d', config: base[0]!.config, quant: 'fp8' }], 'p.json')).toThrow(/expected one of qdq, qlinear, integer, got "fp8"/);
  });
});
