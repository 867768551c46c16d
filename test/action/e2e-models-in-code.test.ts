// Models defined in code, end to end: the bundled action (`node dist/index.js` in a folder laid out as the
// released action, its python/ helper next to it) run as a runner runs it against the fake GitHub, in a real
// git repository holding a small PyTorch package — src/models/resnetish.py built from blocks.py, an encoder
// that reads configs/encoder.json — exported for real with torch on both sides of each pull request. One
// repository, one branch per case; an export cache shared by the cases keeps each distinct export to one run.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { parseStickyMarker } from '../../src/action/sticky.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';
import { fakeSmiEnv } from '../meters/fake-nvidia-smi.js';
import { runComposite } from './helpers/composite.js';
import { TempRepo } from './helpers/git-repo.js';
import { runGithubScript, workflowScript } from './helpers/github-script.js';
import { ROOT, buildBundle, runActionStep, type RunResult } from './helpers/runner.js';

const TOKEN = 'ghs_models_in_code';
const CONFIG = `export:
  sources:
    - path: src/models/resnetish.py
      inputs: { input: 1x3x32x32 }
    - path: src/models/encoder.py
      callable: build_encoder
      inputs: { ids: "1x16:int64" }
      dependsOn: configs/encoder.json
models:
  - path: src/models/resnetish.py
    batch: 1
budgets:
  - model: src/models/resnetish.py
    maxIncreasePct: { fail: 20 }
`;

const BLOCKS = (convs: number) => `import torch.nn as nn

from .common import WIDTH  # noqa: F401  (the models take it from here)


class ResBlock(nn.Module):
    """${convs} 3x3 convolutions with a skip connection."""

    def __init__(self, channels):
        super().__init__()
        layers = []
        for k in range(${convs}):
            layers += [nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU()]
        self.body = nn.Sequential(*layers[:-1])
        self.act = nn.ReLU()

    def forward(self, x):
        return self.act(x + self.body(x))
`;

const FILES: Record<string, string> = {
  'src/models/__init__.py': '',
  'src/models/common.py': '"""Settings shared by every model of the package."""\nWIDTH = 8\n',
  'src/models/blocks.py': BLOCKS(2),
  'src/models/resnetish.py': `import torch.nn as nn

from .blocks import WIDTH, ResBlock


def build_model():
    return nn.Sequential(
        nn.Conv2d(3, WIDTH, 3, padding=1), nn.ReLU(),
        ResBlock(WIDTH), ResBlock(WIDTH),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(WIDTH, 10),
    )
`,
  'src/models/encoder.py': `"""A token encoder sized by configs/encoder.json, read when it is built (no import shows that file)."""
import json
import os
import warnings

import torch.nn as nn

from models.common import WIDTH


class Encoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        inner = hidden * WIDTH // 8
        self.proj = nn.Sequential(nn.Linear(hidden, inner), nn.ReLU(), nn.Linear(inner, hidden))

    def forward(self, ids):
        return self.proj(self.embed(ids)).mean(dim=1)


def build_encoder():
    with open(os.path.join("configs", "encoder.json")) as f:
        cfg = json.load(f)
    # What frameworks do: the same warning for every layer built (printed each time, as with "always").
    for _ in range(12):
        warnings.warn_explicit("encoder: the legacy tokenizer is deprecated", UserWarning, "encoder.py", 1)
    return Encoder(cfg["vocab"], cfg["hidden"])
`,
  'configs/encoder.json': '{"vocab": 100, "hidden": 16}\n',
  // The PR's training script for measure-gpu.yml: one epoch line per (short) epoch, as docs/measure.md says.
  'train.py': `import argparse, json, os, time
p = argparse.ArgumentParser()
p.add_argument("--model", required=True)
a = p.parse_args()
for epoch in range(50):
    time.sleep(0.15)
    with open(os.environ["ENERGY_DIFF_EPOCH_FILE"], "a") as f:
        f.write(json.dumps({"epoch": epoch, "model": a.model}) + "\\n")
`,
  '.github/energy-diff.yml': CONFIG,
  'README.md': '# models in code\n',
};

let built: ReturnType<typeof buildBundle>;
let gh: FakeGitHub;
let origin: TempRepo;
let baseSha: string;
let setupPython: string;
let exportCache: string;
const cleanup: (() => void)[] = [];
let nextPr = 30;

/** A branch from main with `files` changed; returns its head commit. */
function branch(name: string, files: Record<string, string>): string {
  execFileSync('git', ['checkout', '-q', '-b', name, baseSha], { cwd: origin.dir });
  for (const [p, text] of Object.entries(files)) origin.write(p, text);
  const sha = origin.commit(name);
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: origin.dir });
  return sha;
}

/** The workflow step: a depth-1 checkout of the head, Python with torch on PATH (actions/setup-python), the action. */
function step(head: string, o: { pr?: number; inputs?: Record<string, string>; fork?: boolean; updatedAt?: string; prepare?: (ws: string) => void; env?: Record<string, string> } = {}): Promise<RunResult> {
  const pr = o.pr ?? nextPr++;
  if (!gh.pulls.get(pr)) gh.addPullRequest({ number: pr, headSha: head, baseSha, ...(o.fork ? { headRepo: 'contributor/models' } : {}) });
  gh.pulls.get(pr)!.headSha = head;
  return runActionStep({
    bundle: built.bundle, origin, gh, token: TOKEN, pr, base: baseSha, head, fork: o.fork ?? false, updatedAt: o.updatedAt ?? '2026-11-30T10:00:00Z',
    env: { PATH: `${setupPython}${delimiter}${process.env.PATH}`, ENERGY_DIFF_EXPORT_CACHE: exportCache, ...o.env },
    ...(o.inputs ? { inputs: o.inputs } : {}), ...(o.prepare ? { prepare: o.prepare } : {}), defer: (c) => cleanup.push(c),
  });
}

const report = (r: RunResult) => JSON.parse(r.outputs['report-json-text']!) as ReportDiff;
const model = (r: RunResult, path: string) => report(r).models.find((m) => m.path === path);
const exportsRun = (r: RunResult) => [...r.stdout.matchAll(/^::group::energy-diff: exporting (\S+) \((base|head) [0-9a-f]{7}\)$/gm)].map((m) => `${m[1]} ${m[2]}`);

/** The relay workflow's script on an artifact folder, as actions/download-artifact leaves it. */
async function relay(artifactDir: string, headSha: string) {
  const workdir = mkdtempSync(join(tmpdir(), 'ed-relay-'));
  cleanup.push(() => rmSync(workdir, { recursive: true, force: true }));
  cpSync(artifactDir, join(workdir, 'energy-diff-comment'), { recursive: true });
  return runGithubScript(workflowScript('relay-comment.yml', 'relay'), {
    apiUrl: gh.apiUrl, token: TOKEN, owner: 'acme', repo: 'models', workdir, env: { RUN_HEAD_SHA: headSha, RUN_CONCLUSION: 'success' },
  });
}

/** A fork's run: the read-only token the fake server enforces, so the action can only leave its artifact. */
async function forkStep(head: string, pr: number, o: Parameters<typeof step>[1] = {}): Promise<RunResult> {
  gh.readOnly = true;
  try {
    return await step(head, { ...o, pr, fork: true });
  } finally {
    gh.readOnly = false;
  }
}

const hasTorch = pythonHas('torch');

beforeAll(async () => {
  if (!hasTorch) return;
  built = buildBundle();
  cleanup.push(built.cleanup);
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });
  // What actions/setup-python leaves: `python` and `python3` on PATH are an interpreter with torch.
  setupPython = mkdtempSync(join(tmpdir(), 'ed-setup-python-'));
  symlinkSync(PYTHON, join(setupPython, 'python'));
  symlinkSync(PYTHON, join(setupPython, 'python3'));
  exportCache = mkdtempSync(join(tmpdir(), 'ed-export-cache-'));
  cleanup.push(() => rmSync(setupPython, { recursive: true, force: true }), () => rmSync(exportCache, { recursive: true, force: true }));
  origin = new TempRepo();
  cleanup.push(() => origin.cleanup());
  for (const [p, text] of Object.entries(FILES)) origin.write(p, text);
  baseSha = origin.commit('models in code');
});

afterAll(async () => {
  await gh?.close();
  for (const f of cleanup.reverse()) f();
});

describe.skipIf(!hasTorch)('models defined in code, through the bundled action', () => {
  let imported: string;
  let importedRun: RunResult;

  it('a change in an imported module only (blocks.py) re-exports the model that imports it, on both sides, in a log group', async () => {
    imported = branch('third-conv', { 'src/models/blocks.py': BLOCKS(3) });
    importedRun = await step(imported);
    const r = importedRun;
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('energy-diff: modified src/models/resnetish.py (re-exported: src/models/blocks.py changed (src/models/resnetish.py imports it))');
    expect(r.stdout).not.toMatch(/energy-diff: \w+ src\/models\/encoder\.py/);
    expect(exportsRun(r)).toEqual(['src/models/resnetish.py base', 'src/models/resnetish.py head']);
    // The export's own output is inside the group: the command line, the helper's summary, then the group ends.
    expect(r.stdout).toMatch(/^::group::energy-diff: exporting src\/models\/resnetish\.py \(head [0-9a-f]{7}\)\nenergy-diff: \$ '[^']*python3' '[^']*\/python\/energy_diff_export\.py' '[^']*\/src\/models\/resnetish\.py:build_model' '--input' 'input=1x3x32x32' '--out' '[^']+'\nenergy-diff: \{"out": .*"params": \d+.*\}\nenergy-diff: \(\d+\.\d s\)\n::endgroup::$/m);
    const m = model(r, 'src/models/resnetish.py')!;
    expect(m.status).toBe('changed');
    // Two more 8→8 3x3 convolutions at 32x32 (one per block): 8·8·9·1024 MACs each.
    const added = m.results[0]!.layers.added.filter((l) => l.op === 'Conv');
    expect(added.map((l) => l.head!.macs)).toEqual([589_824, 589_824]);
    expect(report(r).verdict).toBe('fail'); // the base's 20% budget, in report mode
  });

  it('a change in a dependsOn file re-exports the source that reads it', async () => {
    const head = branch('wider-encoder', { 'configs/encoder.json': '{"vocab": 100, "hidden": 32}\n' });
    const r = await step(head);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('energy-diff: modified src/models/encoder.py (re-exported: configs/encoder.json changed (dependsOn configs/encoder.json))');
    expect(exportsRun(r)).toEqual(['src/models/encoder.py base', 'src/models/encoder.py head']);
    const proj = model(r, 'src/models/encoder.py')!.results[0]!.layers.changed.find((l) => l.name === '/proj/proj.0/MatMul')!;
    expect([proj.base!.macs, proj.head!.macs]).toEqual([16 * 16 * 16, 16 * 32 * 32]);
    // The encoder's build warns 12 times the same way: printed once in the group, the repeats counted.
    const group = r.stdout.slice(r.stdout.indexOf('exporting src/models/encoder.py (head'), r.stdout.indexOf('::endgroup::', r.stdout.indexOf('exporting src/models/encoder.py (head')));
    expect(group.match(/the legacy tokenizer is deprecated/g)).toHaveLength(2);
    // (Python prints each warning with its source line: two lines, 12 times each.)
    expect(group).toMatch(/^energy-diff: folded 22 repeated lines of output: ×12 "encoder\.py:1: UserWarning: encoder: the legacy tokenizer is deprecated", ×12 /m);
  });

  it('a config-only batch change re-estimates the model with each side\'s batch, exporting it once', async () => {
    const head = branch('batch-4', { '.github/energy-diff.yml': CONFIG.replace('    batch: 1\n', '    batch: 4\n') });
    const r = await step(head);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('energy-diff: modified src/models/resnetish.py (settings changed in .github/energy-diff.yml: batch 1 → 4)');
    // Same files and export settings on both sides: one export (or none, from the cache), reused by the other side.
    expect(exportsRun(r).length).toBeLessThanOrEqual(1);
    expect(r.stdout).toMatch(/src\/models\/resnetish\.py \((base|head)\): the same files and export settings as the other side; its export is reused/);
    const res = model(r, 'src/models/resnetish.py')!.results[0]!;
    expect([res.base!.batch, res.head!.batch]).toEqual([1, 4]);
    expect(res.head!.energyJ).toBeGreaterThan(res.base!.energyJ);
    expect(r.outputs['comment-body']).not.toContain('Gate rules changed');
  });

  it('a PR that grows the model and raises its own budget fails on the base\'s budget; the comment shows the proposed one', async () => {
    const head = branch('grow-and-raise-budget', {
      'src/models/blocks.py': BLOCKS(3),
      '.github/energy-diff.yml': CONFIG.replace('maxIncreasePct: { fail: 20 }', 'maxIncreasePct: { fail: 500 }'),
    });
    const pr = nextPr++;
    const r = await step(head, { pr, inputs: { INPUT_MODE: 'gate' } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/^::error file=src\/models\/resnetish\.py::energy budget exceeded: src\/models\/resnetish\.py on h100-sxm: increase \+[\d.]+%25 > \+20\.0%25 \(fail budget\)$/m);
    expect(r.outputs.verdict).toBe('fail');
    // The same exports as the first case: both sides come from the cache.
    expect(exportsRun(r)).toEqual([]);
    const [comment] = gh.comments(pr);
    expect(comment!.body).toBe(r.outputs['comment-body']);
    expect(comment!.body).toContain('**Gate rules changed**');
    expect(comment!.body).toContain(`This check applies the base's rules (\`${baseSha.slice(0, 7)}\`): a pull request cannot loosen its own gate.`);
    expect(comment!.body).toContain('| budgets | `src/models/resnetish.py`: increase fail +20% | `src/models/resnetish.py`: increase fail +500% |');
    expect(comment!.body).toContain('Under the rules after merge this change would be ✅ pass.');
  });

  it('two sources with different input shapes, both re-exported when the module they share changes', async () => {
    const head = branch('width-16', { 'src/models/common.py': '"""Settings shared by every model of the package."""\nWIDTH = 16\n' });
    const r = await step(head);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('energy-diff: modified src/models/resnetish.py (re-exported: src/models/common.py changed (import chain src/models/resnetish.py → src/models/blocks.py → src/models/common.py))');
    expect(r.stdout).toContain('energy-diff: modified src/models/encoder.py (re-exported: src/models/common.py changed (src/models/encoder.py imports it))');
    expect(r.stdout).toContain("'--input' 'input=1x3x32x32'");
    expect(r.stdout).toContain("'--input' 'ids=1x16:int64'");
    const stem = model(r, 'src/models/resnetish.py')!.results[0]!.layers.changed.find((l) => l.name === '/0/Conv')!;
    expect(stem.head!.outputShapes).toEqual([[1, 16, 32, 32]]);
    expect(stem.head!.macs).toBe(27 * 16 * 1024);
    const proj = model(r, 'src/models/encoder.py')!.results[0]!.layers.changed.find((l) => l.name === '/proj/proj.0/MatMul')!;
    expect(proj.head!.outputShapes).toEqual([[1, 16, 32]]);
    expect(report(r).models.map((x) => x.path)).toEqual(['src/models/encoder.py', 'src/models/resnetish.py']);
  });

  it('a fork PR\'s measured result (measure-gpu.yml) reaches the comment through the relay', async () => {
    const wf = parse(readFileSync(join(ROOT, 'docs/workflows/measure-gpu.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const measureWith = wf.jobs.measure!.steps.find((s) => s.uses?.startsWith('energy-diff/energy-diff/measure@'))!.with!;
    const reportWith = wf.jobs.report!.steps.find((s) => s.uses?.startsWith('energy-diff/energy-diff@'))!.with!;
    const pr = nextPr++;
    // measure job: a checkout of the labelled head, then the measure sub-action with the workflow's inputs
    // (nvidia-smi is a stand-in whose energy counter advances; python is setup-python's).
    const measureWs = origin.clone(imported, 1);
    cleanup.push(() => measureWs.cleanup());
    const smi = fakeSmiEnv();
    const env = { ...smi, PATH: `${setupPython}${delimiter}${smi.PATH}` };
    const measured = await runComposite('measure/action.yml', built.actionDir, measureWith, { cwd: measureWs.dir, env });
    expect(measured.code, measured.stderr).toBe(0);
    expect(measured.stderr).toMatch(/energy-diff measure: stopped, 5 epoch\(s\)/);
    const artifact = join(measureWs.dir, String(measureWith.out));
    // report job: the action with the workflow's inputs, on the fork's read-only token, the artifact downloaded.
    const inputs = Object.fromEntries(Object.entries(reportWith).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, String(v)]));
    const r = await forkStep(imported, pr, {
      inputs,
      prepare: (ws) => {
        mkdirSync(join(ws, 'measurements'), { recursive: true });
        cpSync(artifact, join(ws, String(measureWith.out)));
      },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/^::warning::cannot comment on pull request #\d+ with this token/m);
    expect(gh.comments(pr)).toHaveLength(0);
    const relayed = await relay(r.outputs['artifact-dir']!, imported);
    expect(relayed).toMatchObject({ failed: null, log: ['comment created'] });
    const [comment] = gh.comments(pr);
    expect(parseStickyMarker(comment!.body)).toMatchObject({ key: 'measured', headSha: imported });
    expect(comment!.body).toContain('**Measured** (`energy-diff measure` artifacts, full training run)');
    expect(comment!.body).toMatch(/- src\/models\/resnetish\.py on h100-sxm: no estimate \(declare workload\.trainingRun for this model in the config to compare\), measured [\d.]+ k?J \(5 of 50 epochs, stopped\), extrapolated/);
  });

  it('a no-change PR leaves an artifact the relay reads without failing; a push that reverts the change updates the relayed comment', async () => {
    const docsOnly = branch('docs-only', { 'README.md': '# models in code\n\nmore words\n' });
    const quiet = await forkStep(docsOnly, nextPr++);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('energy-diff: no model changes');
    const meta = JSON.parse(readFileSync(join(quiet.outputs['artifact-dir']!, 'relay.json'), 'utf8'));
    expect(meta).toMatchObject({ outcome: 'no-changes', comment: 'update', verdict: 'pass', headSha: docsOnly });
    const writes = gh.writes().length;
    expect(await relay(quiet.outputs['artifact-dir']!, docsOnly)).toMatchObject({ failed: null, log: ['no model changes and no earlier comment; nothing to post'] });
    expect(gh.writes().length).toBe(writes);

    // A fork PR that changed the model, relayed; then a push that undoes the change: the relay corrects its comment.
    const pr = nextPr++;
    const changed = await forkStep(imported, pr, { updatedAt: '2026-11-30T11:00:00Z' });
    expect((await relay(changed.outputs['artifact-dir']!, imported)).log).toEqual(['comment created']);
    execFileSync('git', ['checkout', '-q', 'third-conv'], { cwd: origin.dir });
    origin.write('src/models/blocks.py', BLOCKS(2));
    const reverted = origin.commit('back to two convolutions');
    execFileSync('git', ['checkout', '-q', 'main'], { cwd: origin.dir });
    const after = await forkStep(reverted, pr, { updatedAt: '2026-11-30T12:00:00Z' });
    expect(after.stdout).toContain('energy-diff: no model changes');
    const [before] = gh.comments(pr);
    expect((await relay(after.outputs['artifact-dir']!, reverted)).log).toEqual([`comment ${before!.id} updated`]);
    expect(gh.comments(pr)).toHaveLength(1);
    expect(gh.comments(pr)[0]!.body).toContain('No model files to compare.');
    expect(parseStickyMarker(gh.comments(pr)[0]!.body)?.headSha).toBe(reverted);
  });

  it('the cli sub-action runs a CLI command from the bundle, one argument per line', async () => {
    const r = await runComposite('cli/action.yml', built.actionDir, { args: 'estimate\n  models/sample-cnn.onnx  \n\n--profile\nh100-sxm\n' }, { cwd: ROOT, env: process.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^models\/sample-cnn\.onnx: [\d.]+ mJ per inference at batch 1 on NVIDIA H100/);
  });
});
