// runAction in-process on real temporary repositories: config errors land on their YAML line, events
// without a PR, the noise floor, and a PyTorch source exported for base and head with the real exporter.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvent } from '../../src/action/event.js';
import { applyNoiseFloor, type ReportDiff } from '../../src/core/diff/index.js';
import { pythonHas } from '../infer/helpers/load.js';
import { TempRepo } from './helpers/git-repo.js';
import { inRunner, runActionInProcess } from './helpers/in-process.js';
import { tinyCnn } from './helpers/models.js';

const ROOT = resolve(import.meta.dirname, '../..');
const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

interface Run {
  code: number;
  stdout: string;
  outputs: string;
  summary: string;
  report: ReportDiff | null;
}

async function run(ws: string, env: Record<string, string>): Promise<Run> {
  const temp = mkdtempSync(join(tmpdir(), 'ed-run-'));
  const files = { GITHUB_OUTPUT: join(temp, 'out'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  const { code, stdout } = await runActionInProcess({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, GITHUB_REPOSITORY: 'o/r', 'INPUT_COMMENT': 'off', ...files, ...env });
  const reportPath = join(temp, 'energy-diff', env['INPUT_COMMENT-KEY'] ?? 'default', 'report.json');
  let report: ReportDiff | null = null;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as ReportDiff;
  } catch {
    report = null;
  }
  return { code, stdout, outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), report };
}

function twoCommits(base: Record<string, string | Uint8Array>, head: Record<string, string | Uint8Array>) {
  const r = new TempRepo();
  repos.push(r);
  for (const [p, c] of Object.entries(base)) r.write(p, c);
  const baseSha = r.commit('base');
  for (const [p, c] of Object.entries(head)) r.write(p, c);
  const headSha = r.commit('head');
  return { r, baseSha, headSha };
}

describe('runAction', () => {
  it('a config error is an ::error on the config file and line, before any estimate', async () => {
    const { r, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16), '.github/energy-diff.yml': 'profiles: [h100-sxm]\nmodels:\n  - path: m/a.onnx\n    batch: -2\n' });
    const res = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': 'HEAD~1' });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(
      '::error title=energy-diff E_CONFIG,file=.github/energy-diff.yml,line=4::.github/energy-diff.yml: E_CONFIG: expected a positive integer, got -2 at $.models[0].batch (line 4)\n',
    );
    // Nothing but the error artifact (for the relay): no verdict, no comment body.
    expect(res.outputs).toMatch(/^artifact-dir<<(\S+)\n(.+)\n\1\n$/);
    expect(res.report).toMatchObject({ schema: 'energy-diff/error@1', error: { code: 'E_CONFIG', place: { file: '.github/energy-diff.yml', jsonPath: '$.models[0].batch' } } });
  });

  it('a failing export: its output in a closed log group, an ::error on the source, and the error artifact for the relay', async () => {
    const config = 'export:\n  command: "echo building; echo building; echo cannot import torch >&2; exit 3 # {out}"\n  sources: [src/m.py]\n';
    const { r, headSha } = twoCommits({ 'src/m.py': 'x = 1\n', '.github/energy-diff.yml': config }, { 'src/m.py': 'x = 2\n' });
    const res = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': 'HEAD~1' });
    expect(res.code).toBe(1);
    const lines = res.stdout.split('\n');
    const open = lines.findIndex((l) => l.startsWith('::group::energy-diff: exporting src/m.py (base '));
    expect(lines.slice(open + 2, open + 7)).toEqual([
      'energy-diff: building', 'energy-diff: cannot import torch', 'energy-diff: folded 1 repeated line of output: ×2 "building"', expect.stringMatching(/^energy-diff: \(\d+\.\d s\)$/), '::endgroup::',
    ]);
    expect(res.stdout).toMatch(/^::error title=energy-diff E_EXPORT,file=src\/m\.py::src\/m\.py: E_EXPORT: export-command failed \(exit 3\): building \| building \| cannot import torch \(base [0-9a-f]{7}\)$/m);
    expect(res.report).toMatchObject({ schema: 'energy-diff/error@1', error: { code: 'E_EXPORT', place: { file: 'src/m.py' } } });
    expect(res.outputs).toMatch(/^artifact-dir<</);
  });

  it('a bad input names the input', async () => {
    const res = await run(mkdtempSync(join(tmpdir(), 'ed-empty-')), { INPUT_MODE: 'block' });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe("::error title=energy-diff E_INPUT::E_INPUT at input mode: input mode: expected one of report, gate, got 'block'\n");
  });

  it('a workspace without a checkout says to add actions/checkout', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ed-nocheckout-'));
    const res = await run(empty, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: 'a'.repeat(40), 'INPUT_BASE-REF': 'main' });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(`::error title=energy-diff E_GIT::E_GIT at input GITHUB_WORKSPACE: the workspace ${empty} is not a git checkout: add actions/checkout before this step`);
  });

  it('workflow_dispatch with base-ref: summary and outputs, no comment without a pull request', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(12) });
    const res = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha, 'INPUT_COMMENT': 'update', 'INPUT_GITHUB-TOKEN': 't' });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`energy-diff: base ${baseSha.slice(0, 7)} (base-ref ${baseSha})`);
    expect(res.stdout).toContain('energy-diff: no pull request in a workflow_dispatch run; the result is in the job summary');
    expect(res.summary).toContain('| m/a.onnx | h100-sxm |');
    expect(res.report?.models[0]?.status).toBe('changed');
  });

  it('push compares with the commit before the push', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8), 'm/b.onnx': tinyCnn(8) }, { 'm/b.onnx': tinyCnn(9) });
    const event = join(mkdtempSync(join(tmpdir(), 'ed-ev-')), 'push.json');
    writeFileSync(event, JSON.stringify({ before: baseSha, after: headSha, head_commit: { timestamp: '2026-11-30T12:00:00+00:00' } }));
    const res = await run(r.dir, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, INPUT_PROFILES: 'h100-sxm, l4' });
    expect(res.code).toBe(0);
    expect(res.report?.base.sha).toBe(baseSha);
    expect(res.report?.models.map((m) => [m.path, m.status])).toEqual([['m/a.onnx', 'unchanged'], ['m/b.onnx', 'changed']]);
    expect(res.report?.profiles.map((p) => p.id)).toEqual(['h100-sxm', 'l4']);
  });

  it('prices unchanged models for the repository total; an unchanged LFS pointer is skipped with a warning', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'ab'.repeat(32) + '\nsize 999\n';
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8), 'm/big.onnx': pointer, 'm/same.onnx': tinyCnn(4) }, { 'm/a.onnx': tinyCnn(10) });
    const res = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha });
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^::warning file=m\/big\.onnx::unchanged model left out of the totals: E_LFS_POINTER: is a Git LFS pointer/m);
    expect(res.report!.models.map((m) => [m.path, m.status])).toEqual([['m/a.onnx', 'changed'], ['m/same.onnx', 'unchanged']]);
    const [a, same] = res.report!.models.map((m) => m.results[0]!);
    expect(res.report!.totals[0]!.headJ).toBeCloseTo(a!.head!.energyJ + same!.head!.energyJ, 12);
  });

  it('min-change-pct collapses models that moved less than the floor on every profile', async () => {
    // Channel counts stay multiples of 8: the estimator prices misaligned convs separately, which would swamp a small change.
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(16), 'm/b.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(24), 'm/b.onnx': tinyCnn(128) });
    const plain = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha });
    const pcts = plain.report!.models.map((m) => Math.abs(m.results[0]!.deltaPct!));
    expect(pcts[0]).toBeLessThan(pcts[1]!);
    // A floor between the two changes: a.onnx is noise, b.onnx is not.
    const floor = (pcts[0]! + pcts[1]!) / 2;
    const floored = await run(r.dir, { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha, 'INPUT_MIN-CHANGE-PCT': String(floor) });
    expect(floored.report!.models.map((m) => [m.path, m.status])).toEqual([['m/a.onnx', 'unchanged'], ['m/b.onnx', 'changed']]);
    expect(floored.report!.totals).toEqual(plain.report!.totals);
    expect(floored.summary).toContain('Unchanged (1 model): m/a.onnx');
    expect(applyNoiseFloor(plain.report!, undefined)).toBe(plain.report);
  });
});

/** readEvent with the step's variables in process.env, where @actions/github's context reads them. */
async function readEventIn(env: Record<string, string>, now: Date) {
  return (await inRunner(env, () => readEvent(now))).value;
}

describe('events', () => {
  it('reads pull_request, fork and push payloads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-events-'));
    const write = (name: string, v: unknown) => {
      writeFileSync(join(dir, name), JSON.stringify(v));
      return join(dir, name);
    };
    const now = new Date('2026-11-30T00:00:00Z');
    const pr = write('pr.json', { number: 5, pull_request: { number: 5, updated_at: '2026-11-29T10:00:00Z', base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } }, head: { sha: 'h'.repeat(40), repo: { full_name: 'someone/r' } } } });
    expect(await readEventIn({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: pr, GITHUB_REPOSITORY: 'o/r' }, now)).toEqual({
      name: 'pull_request_target', owner: 'o', repo: 'r', prNumber: 5, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40), fromFork: true, timestamp: '2026-11-29T10:00:00Z',
    });
    const push = write('push.json', { before: '0'.repeat(40), after: 'a'.repeat(40) });
    expect(await readEventIn({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: push, GITHUB_REPOSITORY: 'o/r' }, now)).toEqual({
      name: 'push', owner: 'o', repo: 'r', headSha: 'a'.repeat(40), fromFork: false, timestamp: now.toISOString(),
    });
    const queue = write('mq.json', { merge_group: { head_sha: 'c'.repeat(40), base_sha: 'd'.repeat(40), head_commit: { timestamp: '2026-11-30T08:00:00Z' } } });
    expect(await readEventIn({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: queue, GITHUB_REPOSITORY: 'o/r' }, now)).toEqual({
      name: 'merge_group', owner: 'o', repo: 'r', headSha: 'c'.repeat(40), baseSha: 'd'.repeat(40), fromFork: false, timestamp: '2026-11-30T08:00:00Z',
    });
    await expect(readEventIn({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: write('bad.json', { pull_request: {} }) }, now)).rejects.toThrow('pull_request payload without number or head.sha');
    // A payload that does not parse, or is missing: E_EVENT naming the file (not @actions/github's own throw or line).
    const torn = join(dir, 'torn.json');
    writeFileSync(torn, '{"pull_request": ');
    for (const file of [torn, join(dir, 'missing.json')]) {
      const err = await readEventIn({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file }, now).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'E_EVENT', place: { file } });
    }
  });
});

function hasTorch(): boolean {
  return pythonHas('torch, onnx');
}

describe.skipIf(!hasTorch())('export-command with the real PyTorch exporter', () => {
  it('exports the source at base and head and diffs the two graphs', async () => {
    const net = (width: number) => [
      'import os, sys',
      'import torch.nn as nn',
      'sys.path.insert(0, os.path.dirname(__file__))',
      'from blocks import block',
      `def build_model():`,
      `    return nn.Sequential(block(3, ${width}), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(${width}, 10))`,
      '',
    ].join('\n');
    const blocks = 'import torch.nn as nn\ndef block(i, o):\n    return nn.Sequential(nn.Conv2d(i, o, 3, padding=1), nn.ReLU())\n';
    const { r, baseSha, headSha } = twoCommits({ 'src/models/net.py': net(8), 'src/models/blocks.py': blocks }, { 'src/models/net.py': net(16) });
    const exporter = join(ROOT, 'python/energy_diff_export.py');
    const res = await run(r.dir, {
      GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha,
      'INPUT_EXPORT-COMMAND': `/usr/bin/python3 ${exporter} {source}:build_model --input 1x3x32x32 --out {out}`,
    });
    // Without export.sources no file is a source: a warning says so, nothing is exported.
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).toContain('::warning::export-command is set but .github/energy-diff.yml declares no export.sources');
    expect(res.stdout).toContain('energy-diff: no model changes');
    // Declared in the head's config only: the base declares no source, so the model is new on the head.
    r.write('.github/energy-diff.yml', 'export:\n  sources: ["src/models/net.py"]\n');
    const declared = r.commit('declare sources');
    const env = (base: string, head: string) => ({
      GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_SHA: head, 'INPUT_BASE-REF': base,
      'INPUT_EXPORT-COMMAND': `/usr/bin/python3 ${exporter} {source}:build_model --input 1x3x32x32 --out {out}`,
    });
    const first = await run(r.dir, env(baseSha, declared));
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain('energy-diff: added src/models/net.py (an export source on the head only (the base config does not declare it))');
    expect(first.report!.models[0]!.status).toBe('added');
    // Declared on both sides: exported at base and head; blocks.py is imported from the same tree.
    r.write('src/models/net.py', net(32));
    const widened = r.commit('widen');
    const ok = await run(r.dir, env(declared, widened));
    expect(ok.code, ok.stdout).toBe(0);
    expect(ok.stdout).toContain(`::group::energy-diff: exporting src/models/net.py (base ${declared.slice(0, 7)})`);
    const m = ok.report!.models[0]!;
    expect(m.path).toBe('src/models/net.py');
    // Conv 3→w, 3x3 at 32x32: 27·w·1024 MACs; the head doubles the width.
    const conv = m.results[0]!.layers.changed.find((l) => l.op === 'Conv')!;
    expect(conv.base!.macs).toBe(27 * 16 * 1024);
    expect(conv.head!.macs).toBe(27 * 32 * 1024);
  }, 120_000);
});
