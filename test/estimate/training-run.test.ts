// End to end against the three measured 30-epoch training runs (data/h100/traces_dev.jsonl): train-step and
// eval estimates of the training-mode exports at the runs' batch and image size, rolled up by the workload
// module with the profile's training-loop terms (host time per step, start-up per convolution shape). The
// shipped terms are fitted on these three runs, so this checks the roll-up path end to end; the held-out
// check (each run predicted with terms fitted on the other two) is in accuracy.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateEnergy, estimateWorkload, profileRunOverheadJ } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import type { TrainingTrace } from '../../src/core/calibrate/index.js';
import { devModel, profile } from './helpers.js';


const traces = readFileSync('data/h100/traces_dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TrainingTrace).filter((t) => t.kind === 'trace');

describe('training runs on h100-sxm vs measured traces', () => {
  it('the profile carries the start-up term and no separate per-run constant', () => {
    const p = profile('h100-sxm');
    expect(profileRunOverheadJ(p)).toBe(0);
    const loop = (p.predictor as { trainingLoop?: { startupSPerConvConfig: number } }).trainingLoop!;
    // The runs' first epochs (4-15 s at idle power) spread over their 7-20 convolution shapes.
    expect(loop.startupSPerConvConfig).toBeGreaterThan(0.3);
    expect(loop.startupSPerConvConfig).toBeLessThan(1.5);
  });

  // In-sample (the start-up term is fitted on these runs); held out, each run lands within 10% (accuracy.test.ts).
  it.each(traces.map((t) => ({ model: t.model, t })))('$model: 30 epochs within 12% of the measured epochs', async ({ t }) => {
    const p = profile('h100-sxm');
    const inferred = inferModel(await devModel('onnx-train', t.model), { inputShapes: { input: [t.batch, 3, t.image, t.image] } });
    const trainStep = estimateEnergy(inferred, p, { mode: 'train-step', modelPath: t.model, format: 'onnx' });
    const inference = estimateEnergy(inferred, p, { mode: 'inference', modelPath: t.model, format: 'onnx' });
    expect(trainStep.trainingLoop!.startupJ).toBeGreaterThan(0);
    const w = estimateWorkload({
      trainStep, inference, perRunOverheadJ: profileRunOverheadJ(p),
      trainingRun: { epochs: t.epochs.length, trainSamples: t.steps_per_epoch * t.batch, evalSamples: t.eval_steps * t.batch, batch: t.batch },
    });
    const measuredJ = t.epochs.reduce((a, e) => a + e.joules, 0);
    const ratio = w.trainingRun!.energyJ / measuredJ;
    expect(ratio).toBeGreaterThan(0.88);
    expect(ratio).toBeLessThan(1.12);
    // Without the loop terms the same roll-up is what single-step measurements alone give: far below.
    const bare = estimateWorkload({
      trainStep: { ...trainStep, trainingLoop: undefined }, inference: { ...inference, trainingLoop: undefined },
      trainingRun: { epochs: t.epochs.length, trainSamples: t.steps_per_epoch * t.batch, evalSamples: t.eval_steps * t.batch, batch: t.batch },
    });
    expect(bare.trainingRun!.energyJ / measuredJ).toBeLessThan(0.85);
  });
});
