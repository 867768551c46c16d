// Our Getzner fits against scikit-learn on the very same train/test rows: same forms (Table 6), same
// transforms, so test-set predictions must agree to ~1e-6 relative and R² to ~1e-7.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { averageRepeats, fitGetzner, getznerForm } from '../../src/core/calibrate/getzner/fit.js';
import { GETZNER_PARAMS } from '../../src/core/calibrate/index.js';
import { log1pRow } from '../../src/core/regression/features.js';
import { fitPipeline, predictPipeline, type PipelineForm, type TargetRow } from '../../src/core/regression/index.js';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';
import { loadGetznerData } from './getzner-fixture.js';

function sklearnAvailable(): boolean {
  return pythonHas('sklearn, numpy');
}

interface SklearnFamily {
  op: string;
  form: PipelineForm;
  train: number[][];
  trainY: number[];
  test: number[][];
  testY: number[];
}

function runSklearn(families: SklearnFamily[]): { families: { op: string; predictedJ: number[]; r2: number }[] } {
  const file = join(mkdtempSync(join(tmpdir(), 'energy-diff-sklearn-')), 'rows.json');
  writeFileSync(file, JSON.stringify({ families }));
  return JSON.parse(execFileSync(PYTHON, [join(import.meta.dirname, 'sklearn_fit.py'), file], { encoding: 'utf8' }));
}

/** The raw design as a form lays it out; polynomial, scaling and target scaling are left to sklearn. */
function rawDesign(form: PipelineForm, r: TargetRow): number[] {
  const v = form.inputs.map((p) => r.params[p]!);
  return [...v, ...(form.log ? log1pRow(v) : []), ...(form.macs ? [r.macs] : [])];
}

describe.runIf(sklearnAvailable())('Getzner fits agree with scikit-learn', () => {
  it('gives the same test-set predictions and R² for all seven modules', () => {
    const measurements = loadGetznerData();
    const fits = fitGetzner(measurements, 1234);
    expect(fits.map((f) => f.op)).toEqual(['Conv2d', 'MaxPool2d', 'Linear', 'ReLU', 'Sigmoid', 'Tanh', 'Softmax']);
    const families = fits.map((fit) => {
      const form = getznerForm(fit.op);
      const params = GETZNER_PARAMS[fit.op]!;
      const real = averageRepeats(measurements.filter((m) => m.op === fit.op && m.source === 'getzner-real-config'), params);
      const train = [...fit.split.train, ...real];
      const raw = (r: TargetRow): number[] => rawDesign(form, r);
      return {
        op: fit.op,
        form,
        train: train.map(raw),
        trainY: train.map((r) => r.target),
        test: fit.split.test.map(raw),
        testY: fit.split.test.map((r) => r.target),
      };
    });
    const out = runSklearn(families);
    for (const [i, fit] of fits.entries()) {
      const theirs = out.families[i]!;
      expect(theirs.op).toBe(fit.op);
      expect(theirs.predictedJ).toHaveLength(fit.testPredictedJ.length);
      const scale = Math.max(...fit.split.test.map((r) => Math.abs(r.target)));
      for (const [j, ours] of fit.testPredictedJ.entries()) {
        // Relative to the family's largest energy: a near-zero prediction of a tiny layer has no meaningful relative error.
        expect(Math.abs(ours - theirs.predictedJ[j]!) / scale, `${fit.op} test row ${j}`).toBeLessThan(1e-6);
      }
      expect(Math.abs(fit.testR2 - theirs.r2), fit.op).toBeLessThan(1e-7);
    }
  }, 60_000);

  it('agrees with sklearn Ridge when a ridge penalty is set', () => {
    const fit = fitGetzner(loadGetznerData(), 7).find((f) => f.op === 'MaxPool2d')!;
    const form: PipelineForm = { ...getznerForm('MaxPool2d'), ridge: 0.5 };
    const ours = fitPipeline(form, fit.split.train);
    const predicted = fit.split.test.map((r) => predictPipeline(ours, r));
    const theirs = runSklearn([
      { op: 'MaxPool2d', form, train: fit.split.train.map((r) => rawDesign(form, r)), trainY: fit.split.train.map((r) => r.target), test: fit.split.test.map((r) => rawDesign(form, r)), testY: fit.split.test.map((r) => r.target) },
    ]).families[0]!;
    const scale = Math.max(...fit.split.test.map((r) => r.target));
    for (const [j, p] of predicted.entries()) expect(Math.abs(p - theirs.predictedJ[j]!) / scale).toBeLessThan(1e-6);
    // The penalty must actually change the answer, or this test would not test it.
    const plain = fit.split.test.map((r) => predictPipeline(fitPipeline(getznerForm('MaxPool2d'), fit.split.train), r));
    expect(Math.max(...plain.map((p, j) => Math.abs(p - predicted[j]!) / scale))).toBeGreaterThan(1e-4);
  }, 60_000);
});
