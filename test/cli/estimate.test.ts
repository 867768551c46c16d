// `energy-diff estimate` run in-process through the real dispatcher on the shipped sample models.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listShippedProfiles } from '../../src/adapters/profiles.js';
import { runMain } from '../helpers/cli.js';
import type { EstimateReport } from '../../src/core/estimate/index.js';

const ROOT = resolve('.');

async function run(args: string[], cwd = ROOT) {
  return runMain(['estimate', ...args], {}, cwd);
}

async function json(args: string[]): Promise<EstimateReport> {
  const r = await run([...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as EstimateReport;
}

describe('energy-diff estimate', () => {
  it('writes the energy-diff/estimate@1 contract for an ONNX sample on the default profile', async () => {
    const report = await json(['models/sample-cnn.onnx']);
    expect(report.schema).toBe('energy-diff/estimate@1');
    expect(report.model).toEqual({ path: 'models/sample-cnn.onnx', format: 'onnx' });
    expect(report.profile.id).toBe('h100-sxm');
    expect(report.batch).toBe(1);
    expect(report.mode).toBe('inference');
    const t = report.totals;
    expect(t.flops).toBe(2 * t.macs);
    expect(t.macs).toBe(report.layers.reduce((s, l) => s + l.macs, 0));
    expect(t.energyJLow).toBeLessThan(t.energyJ);
    expect(t.energyJHigh).toBeGreaterThan(t.energyJ);
    expect(report.coverage.nodes).toBe(report.layers.length);
    for (const l of report.layers) expect(Object.keys(l)).toEqual(expect.arrayContaining(['name', 'op', 'outputShapes', 'macs', 'params', 'energyJ']));
  });

  it('reads layers.json through the same pipeline', async () => {
    const report = await json(['models/sample-mlp.layers.json', '--batch', '8']);
    expect(report.model.format).toBe('layers-json');
    expect(report.batch).toBe(8);
    expect(report.totals.energyJ).toBeGreaterThan(0);
  });

  it('binds the batch: a train step at batch 32 costs more than an inference at batch 32, which costs more than at batch 1', async () => {
    const one = await json(['models/sample-cnn.onnx']);
    const inf32 = await json(['models/sample-cnn.onnx', '--batch', '32']);
    const step32 = await json(['models/sample-cnn.onnx', '--batch', '32', '--mode', 'train-step']);
    expect(inf32.totals.macs).toBe(32 * one.totals.macs);
    expect(inf32.totals.energyJ).toBeGreaterThan(one.totals.energyJ);
    expect(step32.totals.energyJ).toBeGreaterThan(inf32.totals.energyJ);
  });

  it('rolls a training run and serving up from the step and inference estimates', async () => {
    const args = ['models/sample-cnn.onnx', '--batch', '32'];
    const step = await json([...args, '--mode', 'train-step']);
    const inference = await json(args);
    const report = await json([...args, '--mode', 'train-step', '--epochs', '3', '--train-samples', '1000', '--eval-samples', '100', '--requests-per-month', '5000', '--grid-gco2e-per-kwh', '400']);
    const w = report.workload;
    // 1000 / 32 → 32 steps per epoch; 100 / 32 → 4 eval batches per epoch.
    expect(w?.trainingRun?.steps).toBe(96);
    const runJ = w?.trainingRun?.energyJ ?? NaN;
    const stepsAndEvalJ = 96 * step.totals.energyJ + 12 * inference.totals.energyJ;
    expect(runJ).toBeGreaterThanOrEqual(stepsAndEvalJ * (1 - 1e-12));
    expect(w?.serving?.energyJPerMonth).toBeCloseTo((inference.totals.energyJ / 32) * 5000, 12);
    expect(w?.kWh).toBeCloseTo((runJ + (w?.serving?.energyJPerMonth ?? 0)) / 3.6e6, 15);
    expect(w?.gCO2e).toBeCloseTo((w?.kWh ?? 0) * 400, 12);
    expect(w?.cost).toBeUndefined();
    const text = await run([...args, '--mode', 'train-step', '--epochs', '3', '--train-samples', '1000']);
    expect(text.stdout).toMatch(/training run: .* over 96 steps/);
  });

  it('leaves out a roll-up whose estimate priced no layer, with a warning, instead of a ~0 J run', async () => {
    // The Getzner per-layer models have no train-step data: a train step prices none of the layers.
    const report = await json(['models/sample-cnn.onnx', '--profile', 'xeon-gold-5120-getzner', '--epochs', '2', '--train-samples', '100']);
    expect(report.workload).toBeUndefined();
    expect(report.diagnostics.map((d) => d.code)).toContain('W_WORKLOAD_UNPRICED');
    const serving = await json(['models/sample-cnn.onnx', '--profile', 'xeon-gold-5120-getzner', '--epochs', '2', '--train-samples', '100', '--requests-per-month', '10']);
    expect(serving.workload?.trainingRun).toBeUndefined();
    expect(serving.workload?.serving?.energyJPerMonth).toBeGreaterThan(0);
  });

  it('runs on every shipped profile', async () => {
    for (const id of listShippedProfiles()) {
      const report = await json(['models/sample-cnn.onnx', '--profile', id]);
      expect(report.profile.id).toBe(id);
      expect(Number.isFinite(report.totals.energyJ) && report.totals.energyJ > 0).toBe(true);
    }
  });

  it('fails clearly on bad arguments and bad files, with no partial output', async () => {
    const half = await run(['models/sample-cnn.onnx', '--epochs', '3']);
    expect(half.code).not.toBe(0);
    expect(half.stderr).toContain('--train-samples');
    expect(half.stdout).toBe('');
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-estimate-'));
    writeFileSync(join(dir, 'notes.onnx'), 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 1234\n');
    const lfs = await run(['notes.onnx'], dir);
    expect(lfs.code).not.toBe(0);
    expect(lfs.stderr).toContain('notes.onnx');
    expect(lfs.stderr).toMatch(/lfs/i);
    expect(lfs.stdout).toBe('');
    const missing = await run(['nope.onnx'], dir);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('nope.onnx');
  });
});
