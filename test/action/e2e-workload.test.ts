// End to end with declared workloads: the bundled action, run as a runner runs it against the fake GitHub
// in a real git repository, prices the config's training run and serving load on both sides at the run's
// batch (the same roll-ups `estimateModelFile` gives in-process), shows them in the comment and the JSON,
// fails a maxRunJ budget in gate mode, and names the config line of a run batch that disagrees.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/adapters/profiles.js';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { estimateModelFile, type WorkloadSpec } from '../../src/app/estimate-model.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { TempRepo } from './helpers/git-repo.js';
import { tinyCnn } from './helpers/models.js';
import { ROOT, buildBundle, runActionStep, type RunResult } from './helpers/runner.js';

const TOKEN = 'ghs_e2e_workload';
const PR = 21;
const CONFIG = `gridIntensityGCO2ePerKWh: 400
pricePerKWh: 0.3
models:
  - path: models/net.onnx
    workload:
      trainingRun: { epochs: 5, trainSamples: 1000, batch: 32, evalSamples: 200 }
      serving: { requestsPerMonth: 1000000 }
  - path: models/served.onnx
    workload:
      serving: { requestsPerMonth: 5000000 }
`;
/** What the action must pass to the pipeline for models/net.onnx (the run's batch is the estimate's). */
const NET_WORKLOAD: WorkloadSpec = {
  trainingRun: { epochs: 5, trainSamples: 1000, evalSamples: 200 },
  serving: { requestsPerMonth: 1_000_000 },
  gridIntensityGCO2ePerKWh: 400,
  pricePerKWh: 0.3,
};

let bundle: string;
let gh: FakeGitHub;
let origin: TempRepo;
let baseSha: string;
let headSha: string;
let first: RunResult;
const cleanup: (() => void)[] = [];

const step = (head: string, updatedAt: string, inputs: Record<string, string> = {}) =>
  runActionStep({ bundle, origin, gh, token: TOKEN, pr: PR, base: baseSha, head, updatedAt, inputs });

function commit(files: Record<string, string | Uint8Array>, message: string): string {
  for (const [path, content] of Object.entries(files)) origin.write(path, content);
  return origin.commit(message);
}

/** The in-process estimate of a tiny CNN at the run's batch with the declared workload. */
async function expectedWorkload(width: number) {
  const dir = mkdtempSync(join(tmpdir(), 'ed-wl-'));
  try {
    const file = join(dir, 'net.onnx');
    writeFileSync(file, tinyCnn(width));
    const [r] = await estimateModelFile(file, [await loadProfile('h100-sxm', ROOT)], { mode: 'inference', batch: 32, workload: NET_WORKLOAD });
    return r!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  const built = buildBundle();
  bundle = built.bundle;
  cleanup.push(built.cleanup);
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });
  origin = new TempRepo();
  cleanup.push(() => origin.cleanup());
  origin.write('models/net.onnx', tinyCnn(16));
  origin.write('models/served.onnx', tinyCnn(8));
  origin.write('.github/energy-diff.yml', CONFIG);
  baseSha = origin.commit('base');
  execFileSync('git', ['checkout', '-q', '-b', 'feature'], { cwd: origin.dir });
  headSha = commit({ 'models/net.onnx': tinyCnn(24) }, 'widen net');
  gh.addPullRequest({ number: PR, headSha, baseSha, files: [{ filename: 'models/net.onnx', status: 'modified' }] });
});

afterAll(async () => {
  await gh?.close();
  for (const f of cleanup.reverse()) f();
});

describe('the action with declared workloads', () => {
  it('prices the training run and serving on both sides at the run batch, in the JSON and the comment', async () => {
    first = await step(headSha, '2026-11-30T10:00:00Z');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.outputs['report-json-text']!) as ReportDiff;
    const net = report.models.find((m) => m.path === 'models/net.onnx')!.results[0]!;
    expect([net.base!.batch, net.head!.batch]).toEqual([32, 32]);
    const [base, head] = [await expectedWorkload(16), await expectedWorkload(24)];
    expect(net.base!.workload).toEqual(base.workload);
    expect(net.head!.workload).toEqual(head.workload);
    expect(net.head!.energyJ).toBe(head.totals.energyJ);
    const run = net.workload!.trainingRun!;
    expect(run.steps).toBe(5 * Math.ceil(1000 / 32));
    expect(run.deltaJ).toBe(head.workload!.trainingRun!.energyJ - base.workload!.trainingRun!.energyJ);
    expect(run.deltaJ).toBeGreaterThan(0);
    expect(run.converted.gCO2e!.head).toBeCloseTo(head.workload!.trainingRun!.energyJ / 3.6e6 * 400, 9);
    // The unchanged model is priced with its serving load on both sides, and collapsed in the comment.
    const served = report.models.find((m) => m.path === 'models/served.onnx')!;
    expect(served.status).toBe('unchanged');
    expect(served.results[0]!.head!.workload!.serving!.energyJPerMonth).toBeGreaterThan(0);

    const [comment] = gh.comments(PR);
    expect(comment!.body).toBe(first.outputs['comment-body']);
    expect(comment!.body).toContain('**Per training run / per month of serving**');
    expect(comment!.body).toContain('| Model | Profile | Workload | Base | Head | Change | Band of change | kWh | gCO2e | Cost |');
    expect(comment!.body).toMatch(/^\| models\/net\.onnx \| h100-sxm \| training run \(160 steps\) \| [\d.]+ k?J \| [\d.]+ k?J \| \+[\d.]+ k?J \(\+[\d.]+%\) \|/m);
    expect(comment!.body).toMatch(/^\| models\/net\.onnx \| h100-sxm \| serving, per month \|/m);
    expect(comment!.body).not.toMatch(/^\| models\/served\.onnx \| h100-sxm \| serving/m);
    expect(first.summary).toContain('**Per training run / per month of serving**');
  });

  it('gate mode fails on a maxRunJ budget crossed by the head run, naming it', async () => {
    const report = JSON.parse(first.outputs['report-json-text']!) as ReportDiff;
    const run = report.models.find((m) => m.path === 'models/net.onnx')!.results[0]!.workload!.trainingRun!;
    const limit = (run.baseJ! + run.headJ!) / 2;
    // Budgets are the base's (a PR cannot set its own): main gets the budget, then a second PR widens net.
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: origin.dir });
    const budgetBase = commit({ '.github/energy-diff.yml': `${CONFIG}budgets:\n  - model: models/net.onnx\n    maxRunJ: { fail: ${limit} }\n` }, 'run budget');
    execFileSync('git', ['checkout', '-q', '-b', 'feature-2'], { cwd: origin.dir });
    const widened = commit({ 'models/net.onnx': tinyCnn(24) }, 'widen net');
    gh.addPullRequest({ number: PR + 1, headSha: widened, baseSha: budgetBase });
    const gate = await runActionStep({ bundle, origin, gh, token: TOKEN, pr: PR + 1, base: budgetBase, head: widened, updatedAt: '2026-11-30T11:00:00Z', inputs: { INPUT_MODE: 'gate' } });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^::error file=models\/net\.onnx::energy budget exceeded: models\/net\.onnx on h100-sxm: training run [\d.]+ k?J > [\d.]+ k?J \(fail budget\)$/m);
    expect(gate.outputs.verdict).toBe('fail');
    const findings = (JSON.parse(gate.outputs['report-json-text']!) as ReportDiff).budgets;
    expect(findings.map((f) => [f.kind, f.level, f.limit, f.value, f.preExisting])).toEqual([['run', 'fail', limit, run.headJ, false]]);
    expect(gh.comments(PR + 1)).toHaveLength(1);
    expect(gh.comments(PR + 1)[0]!.body).toContain('- ❌ models/net.onnx on h100-sxm: training run');
    execFileSync('git', ['checkout', '-q', 'feature'], { cwd: origin.dir });
  });

  it('a model batch that disagrees with its run batch stops the run at the config line', async () => {
    const writes = gh.writes().length;
    const bad = CONFIG.replace('  - path: models/net.onnx\n', '  - path: models/net.onnx\n    batch: 8\n');
    const broken = commit({ '.github/energy-diff.yml': bad }, 'disagreeing batch');
    const r = await step(broken, '2026-11-30T12:00:00Z');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=energy-diff E_CONFIG,file=\.github\/energy-diff\.yml,line=7::.*the training run's batch 32 differs from the model's batch 8/m);
    expect(gh.writes().length).toBe(writes);
  });
});
