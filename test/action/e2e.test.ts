// End to end: `node index.js` (bundled from src/index.ts into a temp dir) run exactly as a runner runs a
// JavaScript action — event payload file, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
// GITHUB_API_URL at a real localhost server speaking GitHub's REST shapes — in a shallow clone of a real
// git repository whose head commit changes a model.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { parseStickyMarker } from '../../src/action/sticky.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { TempRepo } from './helpers/git-repo.js';
import { tinyCnn } from './helpers/models.js';
import { ROOT, buildBundle, runActionStep, type RunResult } from './helpers/runner.js';

const PR = 7;
const TOKEN = 'ghs_e2e_token';
/** The action's default profile: no `profiles` input is given. */
const PROFILE = 'h100-sxm';

let bundle: string;
let gh: FakeGitHub;
let origin: TempRepo;
let baseSha: string;
let headSha: string;
const cleanup: (() => void)[] = [];

/** One workflow step: a fresh depth-1 checkout of the head (like actions/checkout), then `node index.js`.
 * The run's files stay until afterAll: later tests read the first run's report JSON and artifact dir. */
function runStep(opts: { head: string; pr?: number; base?: string; inputs?: Record<string, string>; updatedAt?: string; fork?: boolean }): Promise<RunResult> {
  return runActionStep({ bundle, origin, gh, token: TOKEN, pr: PR, base: baseSha, ...opts, defer: (c) => cleanup.push(c) });
}

function commitOnFeature(files: Record<string, string | Uint8Array>, message: string): string {
  for (const [path, content] of Object.entries(files)) origin.write(path, content);
  return origin.commit(message);
}

beforeAll(async () => {
  const built = buildBundle();
  cleanup.push(built.cleanup);
  bundle = built.bundle;
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });

  origin = new TempRepo();
  cleanup.push(() => origin.cleanup());
  origin.write('models/net.onnx', tinyCnn(16));
  origin.write('models/keep.onnx', tinyCnn(8));
  origin.write('models/cnn.onnx', readFileSync(join(ROOT, 'models/sample-cnn.onnx')));
  origin.write('README.md', '# models\n');
  baseSha = origin.commit('base: two models');
  execFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: origin.dir });
  headSha = commitOnFeature({ 'models/net.onnx': tinyCnn(24) }, 'widen net to 24 channels');
  gh.addPullRequest({ number: PR, headSha, baseSha, files: [{ filename: 'models/net.onnx', status: 'modified' }] });
});

afterAll(async () => {
  await gh?.close();
  for (const f of cleanup.reverse()) f();
});

describe('the action as a runner runs it', () => {
  let first: RunResult;
  let report: ReportDiff;

  it('posts one sticky comment, writes the job summary, the outputs and the JSON report', async () => {
    first = await runStep({ head: headSha });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('energy-diff: modified models/net.onnx');
    expect(first.stdout).toMatch(/energy-diff: comment created /);

    const comments = gh.comments(PR);
    expect(comments).toHaveLength(1);
    const comment = comments[0]!;
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(parseStickyMarker(comment.body)).toEqual({ key: 'default', headSha, at: '2026-11-30T10:00:00Z' });
    expect(comment.body).toBe(first.outputs['comment-body']);
    expect(comment.body).toContain(`| models/net.onnx | ${PROFILE} |`);
    expect(comment.body).toContain('conv2 | Conv | changed: 1×16×32×32 → 1×24×32×32');
    expect(comment.body).toContain(`Base \`${baseSha.slice(0, 7)}\` → head \`${headSha.slice(0, 7)}\``);
    // The summary is the same Markdown without the hidden marker.
    expect(first.summary.trimEnd()).toBe(comment.body.split('\n').slice(1).join('\n').trimEnd());

    report = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')) as ReportDiff;
    expect(report.schema).toBe('energy-diff/diff@1');
    expect(report.base.sha).toBe(baseSha);
    expect(report.head.sha).toBe(headSha);
    // Models the PR does not touch are priced too (listed as unchanged), so totals are the repository's.
    expect(report.models.map((m) => [m.path, m.status])).toEqual([['models/cnn.onnx', 'unchanged'], ['models/keep.onnx', 'unchanged'], ['models/net.onnx', 'changed']]);
    expect(comment.body).toContain('Unchanged (2 models): models/cnn.onnx, models/keep.onnx');
    const result = report.models[2]!.results[0]!;
    expect(result.head!.macs).toBeGreaterThan(result.base!.macs);
    expect(Number(first.outputs['delta-joules'])).toBe(report.totals[0]!.deltaJ);
    expect(first.outputs['over-budget']).toBe('false');
    expect(first.outputs.verdict).toBe('pass');
    const relay = JSON.parse(readFileSync(join(first.outputs['artifact-dir']!, 'relay.json'), 'utf8'));
    expect(relay).toMatchObject({ schema: 'energy-diff/relay@1', pr: PR, headSha, key: 'default' });
    expect(readFileSync(join(first.outputs['artifact-dir']!, 'comment.md'), 'utf8')).toBe(comment.body);
  });

  it('a second run of the same commit leaves the comment alone; a new commit updates it in place', async () => {
    const writesBefore = gh.writes().length;
    const again = await runStep({ head: headSha });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('energy-diff: comment unchanged');
    expect(gh.writes().length).toBe(writesBefore);

    const id = gh.comments(PR)[0]!.id;
    const newHead = commitOnFeature({ 'models/net.onnx': tinyCnn(32) }, 'widen net to 32 channels');
    const next = await runStep({ head: newHead, updatedAt: '2026-11-30T11:00:00Z' });
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/energy-diff: comment updated /);
    const comments = gh.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(id);
    expect(parseStickyMarker(comments[0]!.body)?.headSha).toBe(newHead);
    expect(comments[0]!.body).toContain('1×16×32×32 → 1×32×32×32');
    expect(gh.writes().slice(writesBefore).map((r) => r.method)).toEqual(['PATCH']);
    headSha = newHead;
  });

  it('gate mode exits 1 on a budget breach and prints the reason as an ::error', async () => {
    const res0 = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')) as ReportDiff;
    // A fail limit at half the change this PR makes: breached whatever the profile's numbers are.
    const pct = res0.models.find((m) => m.path === 'models/net.onnx')!.results[0]!.deltaPct!;
    const limit = pct / 2;
    const gate = await runStep({ head: headSha, updatedAt: '2026-11-30T12:00:00Z', inputs: { INPUT_MODE: 'gate', 'INPUT_BUDGET-FAIL-INCREASE-PCT': String(limit) } });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::error file=models\/net\.onnx::energy budget exceeded: models\/net\.onnx on h100-sxm: increase \+[\d.]+%25 > \+[\d.]+%25 \(fail budget\)$/m);
    expect(gate.outputs['over-budget']).toBe('true');
    expect(gate.outputs.verdict).toBe('fail');
    expect(gate.summary).toContain('❌ fail');
    expect(gh.comments(PR)).toHaveLength(1);
    expect(gh.comments(PR)[0]!.body).toContain('### ⚡ energy-diff: ❌ fail');
    // The same breach in report mode is a warning and exit 0.
    const report = await runStep({ head: headSha, updatedAt: '2026-11-30T12:30:00Z', inputs: { 'INPUT_BUDGET-FAIL-INCREASE-PCT': String(limit) } });
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^::warning file=models\/net\.onnx::energy budget: models\/net\.onnx/m);
  });

  it('exits 0 quickly with "no model changes" and writes nothing on a PR that never changed a model', async () => {
    const writes = gh.writes().length;
    // Another pull request, branched from the base, that only edits the README.
    execFileSync('git', ['checkout', '-q', '-b', 'docs', baseSha], { cwd: origin.dir });
    const docsOnly = commitOnFeature({ 'README.md': '# models\n\nmore words\n' }, 'docs only');
    execFileSync('git', ['checkout', '-q', 'feature'], { cwd: origin.dir });
    gh.addPullRequest({ number: 11, headSha: docsOnly, baseSha });
    const run = await runStep({ head: docsOnly, pr: 11, updatedAt: '2026-11-30T13:00:00Z' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('energy-diff: no model changes');
    expect(run.stdout).not.toContain('estimat');
    expect(run.outputs['over-budget']).toBe('false');
    expect(run.outputs['delta-joules']).toBe('0');
    expect(run.summary).toContain('No model files to compare.');
    expect(gh.comments(11)).toHaveLength(0);
    expect(gh.writes().length).toBe(writes);
    expect(run.ms).toBeLessThan(5000);
  });

  it('a push that reverts the model change turns the earlier comment into "no model changes"', async () => {
    const reverted = commitOnFeature({ 'models/net.onnx': tinyCnn(16) }, 'revert the widening');
    const run = await runStep({ head: reverted, updatedAt: '2026-11-30T13:30:00Z' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('energy-diff: earlier comment updated: no model changes any more');
    const comments = gh.comments(PR);
    expect(comments).toHaveLength(1);
    expect(parseStickyMarker(comments[0]!.body)?.headSha).toBe(reverted);
    expect(comments[0]!.body).toContain('No model files to compare.');
  });

  it('with a fork\'s read-only token: summary, outputs and JSON still written, a warning points at the relay', async () => {
    gh.readOnly = true;
    try {
      const newHead = commitOnFeature({ 'models/net.onnx': tinyCnn(40) }, 'fork: widen to 40');
      const fork = await runStep({ head: newHead, fork: true, updatedAt: '2026-11-30T14:00:00Z' });
      expect(fork.code).toBe(0);
      expect(fork.stdout).toMatch(/^::warning::cannot comment on pull request #7 with this token \(403 Resource not accessible by integration.*a fork pull request gets a read-only token.*workflow_run relay/m);
      expect(fork.summary).toContain('1×16×32×32 → 1×40×32×32');
      expect(fork.outputs['comment-body']).toContain(`head=${newHead}`);
      expect(existsSync(fork.outputs['report-json']!)).toBe(true);
      expect(parseStickyMarker(gh.comments(PR)[0]!.body)?.headSha).not.toBe(newHead);
    } finally {
      gh.readOnly = false;
    }
  });

  it('config file, changed, added and renamed models and a measurement artifact in one comment', async () => {
    // The first 15 of 30 measured epochs of a real H100 training run of resnet18 (CIFAR-size images, batch 128).
    const trace = JSON.parse(readFileSync(join(ROOT, 'data/h100/traces_dev.jsonl'), 'utf8').split('\n')[0]!) as {
      batch: number; steps_per_epoch: number; epochs: { epoch: number; joules: number; seconds: number }[];
    };
    let t = 0;
    const epochs = trace.epochs.slice(0, 15).map((e) => {
      const startS = t;
      t += e.seconds;
      return { epoch: e.epoch, startS, endS: t, seconds: e.seconds, joules: e.joules, meanPowerW: e.joules / e.seconds, joulesByDomain: { 'nvml:gpu0': e.joules } };
    });
    const joules = epochs.reduce((a, e) => a + e.joules, 0);
    const measurement = {
      schema: 'energy-diff/measurement@1', command: ['python', 'train.py'], startTime: '2026-11-30T09:00:00.000Z', endTime: '2026-11-30T09:01:00.000Z',
      status: 'stopped', exitCode: null, signal: 'SIGINT', epochsRequested: 15, plannedEpochs: 30,
      host: { hostname: 'gpu', platform: 'linux', arch: 'x64', cpuModel: 'x', cpus: 8 }, meters: [], epochs,
      total: { seconds: t, joules, meanPowerW: joules / t, joulesByDomain: { 'nvml:gpu0': joules } }, warnings: [],
    };
    const config = [
      'models:',
      '  - path: models/resnet18.onnx',
      `    batch: ${trace.batch}`,
      `    inputs: { input: [${trace.batch}, 3, 32, 32] }`,
      '    workload:',
      `      trainingRun: { epochs: 30, trainSamples: ${trace.steps_per_epoch * trace.batch}, batch: ${trace.batch} }`,
      '',
    ].join('\n');
    execFileSync('git', ['checkout', '-q', '-b', 'restructure', baseSha], { cwd: origin.dir });
    origin.move('models/keep.onnx', 'models/kept.onnx');
    const head = commitOnFeature({
      'models/cnn.onnx': readFileSync(join(ROOT, 'models/sample-cnn-wide.onnx')),
      'models/resnet18.onnx': readFileSync(join(ROOT, 'data/h100/onnx/resnet18.onnx')),
      '.github/energy-diff.yml': config,
      'measurements/resnet18.measurement.json': JSON.stringify(measurement),
    }, 'widen cnn, rename keep, add resnet18 with config and measurement');
    execFileSync('git', ['checkout', '-q', 'feature'], { cwd: origin.dir });
    gh.addPullRequest({ number: 8, headSha: head, baseSha });
    const run = await runStep({ head, pr: 8, updatedAt: '2026-11-30T16:00:00Z', inputs: { INPUT_MEASUREMENT: 'measurements/*.json' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [comment] = gh.comments(8);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as ReportDiff;
    expect(report.models.map((m) => [m.path, m.status, m.oldPath])).toEqual([
      ['models/cnn.onnx', 'changed', undefined],
      ['models/kept.onnx', 'renamed', 'models/keep.onnx'],
      ['models/net.onnx', 'unchanged', undefined],
      ['models/resnet18.onnx', 'added', undefined],
    ]);
    // The README's MAC counts of the two sample CNNs (batch 1) and the config's batch for resnet18.
    expect(report.models[0]!.results[0]!.base!.macs).toBe(11_555_456);
    expect(report.models[0]!.results[0]!.head!.macs).toBe(31_509_760);
    expect(report.models[3]!.results[0]!.head!.batch).toBe(trace.batch);
    expect(report.models[1]!.results[0]!.deltaJ).toBe(0);
    expect(comment!.body).toContain('**Measured**');
    expect(comment!.body).toMatch(/- models\/resnet18\.onnx on h100-sxm: estimated [\d.]+ k?J \([^)]*\), measured [\d.]+ kJ \(15 of 30 epochs, stopped\), extrapolated [\d.]+ kJ \([^)]*\) — difference [+-][\d.]+%/);
    expect(comment!.body.indexOf('**Measured**')).toBeLessThan(comment!.body.indexOf('\n---\n'));
    if (process.env.ENERGY_DIFF_WRITE_EXAMPLE) writeFileSync(process.env.ENERGY_DIFF_WRITE_EXAMPLE, comment!.body);
  });

  it('a broken model stops the run with an ::error naming the file, and no comment is written', async () => {
    const writes = gh.writes().length;
    const good = tinyCnn(24);
    const broken = commitOnFeature({ 'models/net.onnx': good.subarray(0, good.length - 7) }, 'truncated model');
    const run = await runStep({ head: broken, updatedAt: '2026-11-30T15:00:00Z' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error title=energy-diff E_[A-Z_]+,file=models\/net\.onnx::models\/net\.onnx: E_[A-Z_]+/m);
    expect(run.stdout).toContain(`(head ${broken.slice(0, 7)})`);
    expect(run.summary).toBe('');
    // Only the artifact folder, for the relay: it says there was an error and that nothing is to be posted.
    expect(Object.keys(run.outputs)).toEqual(['artifact-dir']);
    const relay = JSON.parse(readFileSync(join(run.outputs['artifact-dir']!, 'relay.json'), 'utf8'));
    expect(relay).toMatchObject({ pr: PR, headSha: broken, outcome: 'error', verdict: 'error', comment: 'none' });
    expect(relay.error).toMatch(/^models\/net\.onnx: E_[A-Z_]+/);
    expect(gh.writes().length).toBe(writes);
  });
});
