// End to end with the measure-inference input: the bundled action, run as a runner runs it (INPUT_*, the event
// file, a real git repository, the fake GitHub), runs the head side's changed ONNX models in onnxruntime through
// the CLI bundle next to it and shows "estimated X, measured Y" per model in the comment and in
// measured-inference.json. Models without weights, a missing onnxruntime-node and a spent time budget are rows
// that say why; none of them changes the verdict. Off (the default) and auto on a GitHub-hosted runner change
// nothing.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InferenceSection } from '../../src/core/report/index.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { modelBytes } from '../helpers/onnx-writer.js';
import { ortForTests } from '../ort/ort-for-tests.js';
import { TempRepo } from './helpers/git-repo.js';
import { tinyCnn } from './helpers/models.js';
import { ROOT, buildBundle, runActionStep, type RunResult } from './helpers/runner.js';

const TOKEN = 'ghs_e2e_measure_inference';
const PR = 31;

/** x[1,16] → Gemm(W[8,16] in ext.bin, B[8] inline) → y[1,8]: a model whose weights live in an external file. */
function externalGemm(location: string): Uint8Array {
  return modelBytes({
    opsets: [{ domain: '', version: 17 }],
    graph: {
      name: 'ext_gemm',
      nodes: [{ opType: 'Gemm', name: 'fc', inputs: ['x', 'W', 'B'], outputs: ['y'], attributes: [{ name: 'transB', type: 'int', value: 1 }] }],
      inputs: [{ name: 'x', shape: [1, 16] }],
      outputs: [{ name: 'y', shape: [1, 8] }],
      initializers: [
        { name: 'W', dataType: 1, dims: [8, 16], external: { location, offset: 0, length: 8 * 16 * 4 } },
        { name: 'B', dataType: 1, dims: [8], raw: new Uint8Array(8 * 4) },
      ],
    },
  });
}

/** x[1,16] → Gemm (inline weights) → com.example:Custom: weights present, but an operator ORT has no kernel for. */
function customOpModel(): Uint8Array {
  return modelBytes({
    opsets: [{ domain: '', version: 17 }, { domain: 'com.example', version: 1 }],
    graph: {
      name: 'odd',
      nodes: [
        { opType: 'Gemm', name: 'fc', inputs: ['x', 'W'], outputs: ['h'], attributes: [{ name: 'transB', type: 'int', value: 1 }] },
        { opType: 'Custom', name: 'custom', domain: 'com.example', inputs: ['h'], outputs: ['y'] },
      ],
      inputs: [{ name: 'x', shape: [1, 16] }],
      outputs: [{ name: 'y', shape: [1, 8] }],
      initializers: [{ name: 'W', dataType: 1, dims: [8, 16], raw: new Uint8Array(8 * 16 * 4) }],
    },
  });
}

const CONFIG = `models:
  - path: models/cnn.onnx
    batch: 2
`;

let ort = false;
let bundle: string;
let gh: FakeGitHub;
let origin: TempRepo;
let baseSha: string;
let headSha: string;
const cleanup: (() => void)[] = [];
const linkNodeModules = (ws: string) => symlinkSync(join(ROOT, 'node_modules'), join(ws, 'node_modules'));

function step(inputs: Record<string, string>, env: Record<string, string> = {}, prepare?: (ws: string) => void): Promise<RunResult> {
  return runActionStep({
    bundle, origin, gh, token: TOKEN, pr: PR, base: baseSha, head: headSha, inputs, env, defer: (c) => cleanup.push(c),
    ...(prepare ? { prepare } : {}),
  });
}

const measuredJson = (r: RunResult) => JSON.parse(readFileSync(r.outputs['measured-inference-json']!, 'utf8')) as InferenceSection & { schema: string };

beforeAll(async () => {
  ort = (await ortForTests()) !== undefined;
  const built = buildBundle();
  cleanup.push(built.cleanup);
  bundle = built.bundle;
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });
  origin = new TempRepo();
  cleanup.push(() => origin.cleanup());
  origin.write('README.md', '# models\n');
  origin.write('models/tiny.onnx', tinyCnn(8));
  baseSha = origin.commit('base');
  execFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: origin.dir });
  origin.write('.github/energy-diff.yml', CONFIG);
  origin.write('models/cnn.onnx', readFileSync(join(ROOT, 'models/sample-cnn.onnx')));
  origin.write('models/tiny.onnx', tinyCnn(16));
  origin.write('models/ext.onnx', externalGemm('ext.bin'));
  origin.write('models/ext.bin', new Uint8Array(8 * 16 * 4).fill(1));
  origin.write('models/lost.onnx', externalGemm('lost.bin'));
  origin.write('models/odd.onnx', customOpModel());
  headSha = origin.commit('add models, widen tiny');
  gh.addPullRequest({
    number: PR, headSha, baseSha,
    files: ['models/cnn.onnx', 'models/tiny.onnx', 'models/ext.onnx', 'models/ext.bin', 'models/lost.onnx', 'models/odd.onnx', '.github/energy-diff.yml'].map((f) => ({ filename: f, status: f === 'models/tiny.onnx' ? 'modified' : 'added' })),
  });
}, 120_000);

afterAll(async () => {
  await gh?.close();
  for (const f of cleanup.reverse()) f();
});

const TIMED = /latency: estimated (\d+(?:\.\d+)?) ([nµm]?)s, measured (\d+(?:\.\d+)?) ([nµm]?)s \(×[\d.]+\); energy: (?:no energy counter on this runner \(latency only\)|estimated \S+ [nµmk]?J, measured \S+ [nµmk]?J \([^)]*\) \(×[\d.]+\)) — onnxruntime \d+\.\d+\.\d+, cpu, 1 thread, median of \d+ calls/;

describe('the action with measure-inference', () => {
  it('auto on a self-hosted runner: the changed models with weights are run, "estimated X, measured Y" in the comment and the JSON', async (ctx) => {
    if (!ort) ctx.skip();
    const r = await step({ 'INPUT_MEASURE-INFERENCE': 'auto', 'INPUT_MEASURE-INFERENCE-SECONDS': '0', INPUT_PROFILES: 'h100-sxm,laptop-cpu' }, { RUNNER_ENVIRONMENT: 'self-hosted' }, linkNodeModules);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const body = r.outputs['comment-body']!;
    expect(gh.comments(PR).at(-1)!.body).toBe(body);
    expect(body).toContain('**Measured inference** (head models run in onnxruntime on this runner; ratio = measured / estimated)');
    const line = (model: string) => body.split('\n').find((l) => l.startsWith(`- ${model} `)) ?? '';
    // The config's batch (2) is the one measured; the estimate is the head's on the run's CPU profile.
    expect(line('models/cnn.onnx')).toMatch(new RegExp(`^- models/cnn\\.onnx at batch 2 on laptop-cpu: ${TIMED.source}$`));
    expect(line('models/ext.onnx')).toMatch(new RegExp(`^- models/ext\\.onnx at batch 1 on laptop-cpu: ${TIMED.source}$`));
    expect(line('models/tiny.onnx')).toBe("- models/tiny.onnx at batch 1: ⚠️ not measured: weights not present\\: initializer 'w1' has no data (the weights were stripped from the model)");
    expect(line('models/lost.onnx')).toBe("- models/lost.onnx at batch 1: ⚠️ not measured: weights not present\\: the external data file lost.bin (initializer 'W') is not in the checkout");
    // ORT's own refusal, with the CLI's error code; the file is passed (and named) by its repository path.
    expect(line('models/odd.onnx')).toMatch(/^- models\/odd\.onnx at batch 1: ⚠️ not measured: onnxruntime cannot load the model\\: Load model from models\/odd\.onnx failed.+ \\\[E\\_ORT\\_SESSION\\\]$/);
    expect(line('models/odd.onnx')).not.toContain(origin.dir);
    // The section sits before the footer, after the rest of the comment.
    expect(body.indexOf('**Measured inference**')).toBeGreaterThan(body.indexOf('| models/cnn.onnx (added) | h100-sxm |'));
    expect(r.stdout).toMatch(/::warning file=models\/tiny\.onnx::measure-inference: not measured: weights not present/);
    expect(r.stdout).toMatch(/energy-diff: measure-inference models\/cnn\.onnx: [\d.]+ ms per call at batch 2/);

    const j = measuredJson(r);
    expect(j.schema).toBe('energy-diff/measured-inference@1');
    expect(j.rows.map((x) => [x.model, x.batch, x.notMeasured === undefined])).toEqual([
      ['models/cnn.onnx', 2, true], ['models/ext.onnx', 1, true], ['models/lost.onnx', 1, false], ['models/odd.onnx', 1, false], ['models/tiny.onnx', 1, false],
    ]);
    const report = JSON.parse(r.outputs['report-json-text']!) as { models: { path: string; results: { profile: string; head?: { energyJ: number; seconds?: number } }[] }[] };
    for (const row of j.rows.filter((x) => x.notMeasured === undefined)) {
      const head = report.models.find((m) => m.path === row.model)!.results.find((x) => x.profile === row.profile)!.head!;
      expect(row.measuredSeconds).toBeGreaterThan(0);
      expect(row.estimatedJ).toBe(head.energyJ);
      expect(row.estimatedSeconds).toBeGreaterThan(0);
      expect(row.latencyRatio).toBeCloseTo(row.measuredSeconds! / row.estimatedSeconds!, 12);
      if (row.measuredJ !== undefined) expect(row.energyRatio).toBeCloseTo(row.measuredJ / row.estimatedJ!, 12);
    }
  }, 120_000);

  it('only a GPU profile in the run: both numbers are shown, no ratio, and the comment says why', async (ctx) => {
    if (!ort) ctx.skip();
    const r = await step({ 'INPUT_MEASURE-INFERENCE': 'on', 'INPUT_MEASURE-INFERENCE-SECONDS': '0' }, {}, linkNodeModules);
    expect(r.code).toBe(0);
    const cnn = r.outputs['comment-body']!.split('\n').find((l) => l.startsWith('- models/cnn.onnx ')) ?? '';
    expect(cnn).toMatch(/^- models\/cnn\.onnx at batch 2 on h100-sxm: latency: estimated [\d.]+ [nµm]?s, measured [\d.]+ [nµm]?s; energy: .* — onnxruntime [\d.]+, cpu, 1 thread, median of \d+ calls; not compared: h100-sxm is a GPU profile and the model ran on this runner's CPU; name a CPU profile of this runner in measure-inference-profile \(and profiles\) to compare$/);
    expect(cnn).not.toContain('×');
    const row = measuredJson(r).rows.find((x) => x.model === 'models/cnn.onnx')!;
    expect(row.measuredSeconds).toBeGreaterThan(0);
    expect(row).not.toHaveProperty('latencyRatio');
    expect(row).not.toHaveProperty('energyRatio');
  }, 120_000);

  it('off (the default) and auto on a GitHub-hosted runner run nothing and write the same comment', async () => {
    const off = await step({});
    const hosted = await step({ 'INPUT_MEASURE-INFERENCE': 'auto' }, { RUNNER_ENVIRONMENT: 'github-hosted' });
    for (const r of [off, hosted]) {
      expect(r.code).toBe(0);
      expect(r.outputs['comment-body']).not.toContain('Measured inference');
      expect(r.outputs).not.toHaveProperty('measured-inference-json');
    }
    expect(hosted.outputs['comment-body']).toBe(off.outputs['comment-body']);
    expect(hosted.stdout).toContain('energy-diff: measure-inference: auto, and this is not a self-hosted runner: no model is run');
  }, 120_000);

  it('onnxruntime-node missing: each runnable model says how to install it; the gate is not failed', async () => {
    const r = await step(
      { 'INPUT_MEASURE-INFERENCE': 'on', INPUT_MODE: 'gate', 'INPUT_MEASURE-INFERENCE-SECONDS': '0' },
      { ENERGY_DIFF_ORT_MODULE: 'onnxruntime-node-not-installed' },
    );
    expect(r.code).toBe(0);
    const body = r.outputs['comment-body']!;
    expect(body).toMatch(/^- models\/cnn\.onnx at batch 2: ⚠️ not measured: onnxruntime-node-not-installed is not installed\. It is an optional dependency.*ONNXRUNTIME\\_NODE\\_INSTALL=skip npm install onnxruntime-node \\\[E\\_ORT\\_MISSING\\\]$/m);
    expect(body).toMatch(/^- models\/ext\.onnx at batch 1: ⚠️ not measured: .*\[E\\_ORT\\_MISSING\\\]$/m);
    expect(body).toContain("- models/tiny.onnx at batch 1: ⚠️ not measured: weights not present");
    expect(r.outputs.verdict).toBe('pass');
  }, 120_000);

  it('the time budget stops a model still running and skips the rest; the comment is whole', async (ctx) => {
    if (!ort) ctx.skip();
    const r = await step({ 'INPUT_MEASURE-INFERENCE': 'on', 'INPUT_MEASURE-INFERENCE-BUDGET-SECONDS': '2', 'INPUT_MEASURE-INFERENCE-SECONDS': '60' }, {}, linkNodeModules);
    expect(r.code).toBe(0);
    const body = r.outputs['comment-body']!;
    expect(body).toMatch(/^- models\/cnn\.onnx at batch 2: ⚠️ not measured: stopped after [\d.]+ s\\: the measure-inference time budget \(2 s\) ran out$/m);
    expect(body).toContain('- models/ext.onnx at batch 1: ⚠️ not measured: the time budget (2 s) was spent on the models before it');
    expect(body).toContain('| models/cnn.onnx (added) | h100-sxm |');
    expect(r.outputs.verdict).toBe('pass');
  }, 120_000);
});
