// Measurement artifacts in the PR: matched to models by name or config, extrapolated from a real H100 trace
// (resnet18, first 15 of 30 epochs), compared with the estimated training run, shown before the footer.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionConfig } from '../../src/core/config/index.js';
import { assignArtifacts, matchArtifact, measuredRows } from '../../src/action/measured.js';
import { insertBeforeFooter, measuredSection } from '../../src/core/report/index.js';
import { loadProfile } from '../../src/adapters/profiles.js';
import { estimateWorkload, profileRunOverheadJ } from '../../src/core/estimate/index.js';
import { summariseMeasurement } from '../../src/core/extrapolate/index.js';
import { MEASUREMENT_SCHEMA } from '../../src/core/measure/index.js';
import { estimateModelFile } from '../../src/app/estimate-model.js';

const ROOT = resolve(import.meta.dirname, '../..');
const RESNET = join(ROOT, 'data/h100/onnx/resnet18.onnx');
const trace = JSON.parse(readFileSync(join(ROOT, 'data/h100/traces_dev.jsonl'), 'utf8').split('\n')[0]!) as {
  model: string; batch: number; steps_per_epoch: number; epochs: { epoch: number; joules: number; seconds: number }[];
};

/** A measurement file as `energy-diff measure --epochs 15 --total-epochs 30` writes it, from the real trace. */
function measurement(epochCount: number, plannedEpochs: number | null) {
  let t = 0;
  const epochs = trace.epochs.slice(0, epochCount).map((e) => {
    const startS = t;
    t += e.seconds;
    return { epoch: e.epoch, startS, endS: t, seconds: e.seconds, joules: e.joules, meanPowerW: e.joules / e.seconds, joulesByDomain: { 'nvml:gpu0': e.joules } };
  });
  const total = epochs.reduce((a, e) => a + e.joules, 0);
  return {
    schema: MEASUREMENT_SCHEMA, command: ['python', 'train.py'], startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-11-01T00:10:00.000Z',
    status: 'stopped', exitCode: null, signal: 'SIGINT', epochsRequested: epochCount, plannedEpochs,
    host: { hostname: 'gpu-runner', platform: 'linux', arch: 'x64', cpuModel: 'x', cpus: 16 }, meters: [], epochs,
    total: { seconds: t, joules: total, meanPowerW: total / t, joulesByDomain: { 'nvml:gpu0': total } }, warnings: [],
  };
}

function workspace(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ed-measured-'));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

describe('matching artifacts to models', () => {
  it('takes the longest model stem that starts the file name', () => {
    const models = ['models/sample-cnn.onnx', 'models/sample-cnn-wide.onnx', 'nets/enc.layers.json'];
    expect(matchArtifact('m/sample-cnn.measurement.json', models)).toBe('models/sample-cnn.onnx');
    expect(matchArtifact('m/sample-cnn-wide.measurement.json', models)).toBe('models/sample-cnn-wide.onnx');
    expect(matchArtifact('enc_h100.json', models)).toBe('nets/enc.layers.json');
    expect(matchArtifact('sample-cnnx.json', models)).toBeNull();
    expect(matchArtifact('other.json', models)).toBeNull();
  });

  it('config globs claim artifacts first; input globs match the rest by name', async () => {
    const ws = workspace({
      'artifacts/net.measurement.json': '{}',
      'artifacts/wide.measurement.json': '{}',
      'runs/gpu-run-42.json': '{}',
      'node_modules/x/net.measurement.json': '{}',
    });
    const config = parseActionConfig({ models: [{ path: 'models/special.onnx', measurement: 'runs/*.json' }] }, 'c.yml');
    const assigned = await assignArtifacts(ws, ['artifacts/**/*.json', '**/*.measurement.json'], config, ['models/net.onnx', 'models/special.onnx']);
    expect([...assigned]).toEqual([
      ['models/special.onnx', ['runs/gpu-run-42.json']],
      ['models/net.onnx', ['artifacts/net.measurement.json']],
    ]);
  });
});

describe('measured next to estimated', () => {
  it('extrapolates a real 15-of-30-epoch trace and says what is missing for a comparison', async () => {
    const ws = workspace({ 'm/resnet18.measurement.json': measurement(15, 30) });
    const profile = await loadProfile('xeon-gold-5120-getzner');
    const headFiles = new Map([['models/resnet18.onnx', RESNET]]);
    const assigned = new Map([['models/resnet18.onnx', ['m/resnet18.measurement.json']]]);
    const [row] = await measuredRows(ws, assigned, headFiles, [profile], parseActionConfig(null, 'c.yml'));
    const expected = summariseMeasurement(measurement(15, 30));
    expect(row!.summary).toEqual(expected);
    expect(row!.summary.totalEpochs).toBe(30);
    expect(row!.summary.extrapolatedJ).toBeGreaterThan(row!.summary.measuredJ);
    expect(row!.estimatedJ).toBeUndefined();
    expect(row!.noEstimate).toBe('declare workload.trainingRun for this model in the config to compare');

    // A training run declared, but the getzner-v1 CPU profile has no train-step predictor: no estimate rather than 0 J.
    const config = parseActionConfig({ models: [{ path: 'models/*.onnx', workload: { trainingRun: { epochs: 30, trainSamples: trace.steps_per_epoch * trace.batch, batch: trace.batch } } }] }, 'c.yml');
    const [cpu] = await measuredRows(ws, assigned, headFiles, [profile], config);
    expect(cpu!.noEstimate).toBe('profile xeon-gold-5120-getzner cannot price a train step of this model');

    const lines = measuredSection([row!]);
    expect(lines[2]).toMatch(/^- models\/resnet18\.onnx on xeon-gold-5120-getzner: no estimate \(declare .*\), measured [\d.]+ kJ \(15 of 30 epochs, stopped\), extrapolated [\d.]+ kJ \([\d.]+ kJ … [\d.]+ kJ\)$/);
  });

  const h100 = join(ROOT, 'hardware-profiles/h100-sxm.json');
  it.skipIf(!existsSync(h100))('compares the extrapolated run with the estimated training run on h100-sxm', async () => {
    const ws = workspace({ 'm/resnet18.measurement.json': measurement(15, null) });
    const profile = await loadProfile('h100-sxm');
    const run = { epochs: 30, trainSamples: trace.steps_per_epoch * trace.batch, batch: trace.batch };
    const config = parseActionConfig({ models: [{ path: 'models/*.onnx', inputs: { input: [trace.batch, 3, 32, 32] }, workload: { trainingRun: run } }] }, 'c.yml');
    const [row] = await measuredRows(ws, new Map([['models/resnet18.onnx', ['m/resnet18.measurement.json']]]), new Map([['models/resnet18.onnx', RESNET]]), [profile], config);
    // totalEpochs comes from the declared run when the file has no plannedEpochs.
    expect(row!.summary.totalEpochs).toBe(30);
    const [trainStep] = await estimateModelFile(RESNET, [profile], { mode: 'train-step', batch: run.batch, inputShapes: { input: [trace.batch, 3, 32, 32] } });
    // Train steps times steps plus the profile's per-run overhead: what `energy-diff estimate` rolls up.
    const expected = estimateWorkload({ trainStep: trainStep!, trainingRun: run, perRunOverheadJ: profileRunOverheadJ(profile) }).trainingRun!;
    expect(row!.estimatedJ).toBe(expected.energyJ);
    expect(row!.differencePct).toBeCloseTo((100 * (row!.summary.extrapolatedJ - expected.energyJ)) / expected.energyJ, 10);
    expect(measuredSection([row!])[2]).toMatch(/: estimated .* — difference [+-][\d.]+%$/);
  });
  if (!existsSync(h100)) console.warn('SKIPPED measured-vs-estimated on h100-sxm: hardware-profiles/h100-sxm.json is not in the tree yet');

  it('puts the section before the footer rule', () => {
    expect(insertBeforeFooter('head\n\nbody\n---\n<sub>f</sub>\n', ['**Measured**', '', '- x', ''])).toBe('head\n\nbody\n**Measured**\n\n- x\n\n---\n<sub>f</sub>\n');
    expect(insertBeforeFooter('no footer', ['- x'])).toBe('no footer\n- x\n');
    expect(insertBeforeFooter('same', [])).toBe('same');
  });

  it('a file that is not a measurement fails naming the file and the JSON path', async () => {
    const ws = workspace({ 'm/net.measurement.json': { schema: 'energy-diff/measurement@1', epochs: 'many' } });
    const profile = await loadProfile('xeon-gold-5120');
    await expect(measuredRows(ws, new Map([['models/net.onnx', ['m/net.measurement.json']]]), new Map([['models/net.onnx', RESNET]]), [profile], parseActionConfig(null, 'c.yml')))
      .rejects.toMatchObject({ code: 'E_MEASUREMENT', place: { file: 'm/net.measurement.json' } });
  });
});

describe('artifacts outside the workspace', () => {
  it('an absolute glob (e.g. under runner.temp) finds files by absolute path', async () => {
    const outside = workspace({ 'downloaded/resnet18.measurement.json': measurement(3, 30) });
    const ws = workspace({});
    const assigned = await assignArtifacts(ws, [`${outside}/downloaded/*.json`], parseActionConfig(null, 'c.yml'), ['models/resnet18.onnx']);
    expect([...assigned]).toEqual([['models/resnet18.onnx', [join(outside, 'downloaded/resnet18.measurement.json')]]]);
    const profile = await loadProfile('h100-sxm');
    const [row] = await measuredRows(ws, assigned, new Map([['models/resnet18.onnx', RESNET]]), [profile], parseActionConfig(null, 'c.yml'));
    expect(row!.summary.epochsObserved).toBe(3);
  });
});
