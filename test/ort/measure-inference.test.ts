// `energy-diff measure-inference`: the model run in onnxruntime, measured latency next to the estimate (fused
// graph on an onnxruntime profile, layer by layer on another), ORT's optimized graph saved on request, and clear
// errors for what it cannot run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ortForTests } from './ort-for-tests.js';
import { loadModel } from '../../src/adapters/load-model.js';
import { runMain } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'energy-diff-measure-inference-'));
let ort = true;

const c = { launchS: 5e-6, flopsPerS: 3e10, bytesPerS: 1e10, cacheSpeedup: 2, sharpness: 1, joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0, dynamicPowerW: 5 };
const ORT_PROFILE = {
  schema: 'energy-diff/profile@1', id: 'ort-test', name: 'test CPU in onnxruntime', version: '1', calibrated: true, provenance: 'test constants',
  device: { name: 'cpu', kind: 'cpu', tdpW: 20, idlePowerW: 5, cores: 2, l2Bytes: 2 ** 20, memoryBandwidthBytesPerS: 2e10, peakFlopsPerS: { fp32: 1e11 } },
  predictor: {
    kind: 'roofline-v1', cacheBytes: 32 * 2 ** 20,
    inference: Object.fromEntries(['conv', 'conv-dw', 'gemm', 'matmul', 'pool', 'global-pool', 'norm', 'softmax', 'activation', 'elementwise', 'data-movement', 'embedding'].map((k) => [k, c])),
    train: {}, trainFallback: { timeFactor: 3, energyFactor: 3 }, optimizerBytesPerParam: 16,
    composition: { inference: { launchScale: 1, passOverheadS: 4e-5 }, 'train-step': { launchScale: 1, passOverheadS: 0 } },
    runtime: { name: 'onnxruntime', version: '1.30.0', executionProvider: 'cpu', threads: 1, fusion: 'onnxruntime-cpu@1', nchwcBlock: 8, perKernelS: 2e-6 },
  },
  uncertainty: { low: 0.8, high: 1.2 },
};

beforeAll(async () => {
  ort = (await ortForTests()) !== undefined;
  writeFileSync(join(dir, 'ort-profile.json'), JSON.stringify(ORT_PROFILE));
});

const run = (args: string[]) => runMain(['measure-inference', ...args], process.env, ROOT);
const MODEL = 'models/sample-cnn.onnx';

describe('energy-diff measure-inference', () => {
  it('prints the measured latency next to the fused-graph estimate, and says there is no counter', async (ctx) => {
    if (!ort) ctx.skip();
    const r = await run([MODEL, '--batch', '2', '--profile', join(dir, 'ort-profile.json'), '--meter', 'none', '--seconds', '0.2', '--runs', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^models\/sample-cnn\.onnx at batch 2 in onnxruntime \d+\.\d+\.\d+ \(cpu, 1 thread\): \d+ kernels per call$/m);
    expect(r.stdout).toMatch(/^measured +[\d.]+ ms median of \d+ calls \(fastest [\d.]+ ms, CPU time [\d.]+ ms per call\), no energy counter: latency only$/m);
    expect(r.stdout).toMatch(/^estimated [\d.]+ ms and [\d.e-]+ J on ort-test \(the fused graph ORT runs\): estimated [\d.]+ ms, measured [\d.]+ ms \([+-]?\d+%\)$/m);
  });

  it('json: the measurement, the runtime and the estimate; a non-ORT profile is priced layer by layer', async (ctx) => {
    if (!ort) ctx.skip();
    const opt = join(dir, 'optimized.onnx');
    const r = await run([MODEL, '--profile', 'hardware-profiles/xeon-gold-5120.json', '--meter', 'none', '--seconds', '0', '--runs', '3', '--format', 'json', '--save-optimized', opt]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { batch: number; runtime: Record<string, unknown>; measured: { runs: number; medianSeconds: number; minSeconds: number }; estimate: Record<string, unknown> };
    expect(j.batch).toBe(1);
    expect(j.runtime).toMatchObject({ name: 'onnxruntime', executionProvider: 'cpu', threads: 1 });
    expect(j.measured.runs).toBeGreaterThanOrEqual(3);
    expect(j.measured.medianSeconds).toBeGreaterThan(0);
    expect(j.measured.minSeconds).toBeLessThanOrEqual(j.measured.medianSeconds);
    expect(j.estimate).toMatchObject({ profile: 'xeon-gold-5120', fusedGraph: false });
    // The saved optimized graph is ORT's: NCHWc convolutions; the model's BatchNorms are training-mode ones (with
    // running-statistics outputs), which ORT keeps as kernels of their own in NCHW, reordered in and out.
    const saved = await loadModel(opt);
    const ops = saved.graph.nodes.map((n) => `${n.domain ? `${n.domain}:` : ''}${n.opType}`);
    expect(ops.filter((o) => o === 'com.microsoft.nchwc:Conv')).toHaveLength(3);
    expect(ops.filter((o) => o === 'BatchNormalization')).toHaveLength(3);
    expect(ops).toContain('com.microsoft.nchwc:ReorderOutput');
  });

  it('refuses what it cannot run, naming the file', async () => {
    const layers = await run(['models/sample-mlp.layers.json', '--meter', 'none']);
    expect(layers.code).toBe(1);
    expect(layers.stderr).toMatch(/models\/sample-mlp\.layers\.json: measure-inference runs ONNX models.*\[E_ARG\]/);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected one ONNX model file/);
  });
});
