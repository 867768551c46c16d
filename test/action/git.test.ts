// Discovery against real temporary git repositories: renames, added/removed models, external data,
// LFS pointers, export-command sources in a base worktree, and a shallow clone fetching its base.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareCommits } from '../../src/action/base.js';
import { changesFromApi, discoverModelChanges, externalDataOwner } from '../../src/action/discover.js';
import { materialize, type SideContext } from '../../src/action/sides.js';
import { runExport } from '../../src/adapters/export-command.js';
import { changedFiles, isShallow, parseNameStatus, resolveCommit, showFile } from '../../src/adapters/git.js';
import { createGitHubClient } from '../../src/adapters/github.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { startFakeGitHub } from '../github/fake-github.js';
import { git, TempRepo } from './helpers/git-repo.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

/** Deterministic pseudo-random bytes: renames with edits stay above git's 50% similarity. */
function bytes(seed: number, n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

const GLOBS = { modelGlobs: ['**/*.onnx', '**/*.layers.json'] };
const POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345678\n';

function ctxFor(r: TempRepo, baseSha: string, headSha: string, extra: Partial<SideContext> = {}): SideContext {
  return {
    workspace: r.dir, tmpDir: mkdtempSync(join(tmpdir(), 'ed-sides-')), baseSha, headSha, headInWorkspace: true,
    sources: { base: new Map(), head: new Map() }, env: {}, log: () => {}, group: { start: () => {}, end: () => {} },
    worktrees: new Map(), exports: new Map(), ...extra,
  };
}

/** A context where `path` is a source exported with `command` (distinct fingerprints: both sides run). */
function withCommand(r: TempRepo, baseSha: string, headSha: string, path: string, command: string): SideContext {
  const side = (fingerprint: string) => new Map([[path, { spec: { path, callable: 'build_model', command, dependsOn: [], format: 'onnx' as const }, deps: new Map(), fingerprint }]]);
  return ctxFor(r, baseSha, headSha, { sources: { base: side('base'), head: side('head') } });
}

describe('changed models from git', () => {
  it('pairs renames, finds added, removed and edited models and external data', async () => {
    const r = repo();
    r.write('models/a.onnx', bytes(1, 4000));
    r.write('models/b.onnx', bytes(2, 4000));
    r.write('models/c.layers.json', JSON.stringify({ layers: Array.from({ length: 200 }, (_, i) => ({ name: `l${i}`, op: 'Conv' })) }, null, 2));
    r.write('models/old.onnx', bytes(3, 4000));
    r.write('models/x.onnx', bytes(4, 4000));
    r.write('models/big.onnx', bytes(5, 3000));
    r.write('models/big.onnx.data', bytes(6, 3000));
    r.write('src/models/net.py', 'class Net: pass\n');
    r.write('README.md', 'hello\n');
    const base = r.commit('base');
    r.write('models/a.onnx', bytes(11, 4000));
    r.move('models/b.onnx', 'renamed/b2.onnx');
    r.move('models/c.layers.json', 'models/c2.layers.json');
    r.write('models/c2.layers.json', readFileSync(join(r.dir, 'models/c2.layers.json'), 'utf8').replace('"l0"', '"stem"'));
    r.remove('models/old.onnx');
    r.write('models/new.onnx', bytes(7, 4000));
    r.move('models/x.onnx', 'archive/x.onnx.bak');
    r.write('models/big.onnx.data', bytes(8, 3000));
    r.write('src/models/net.py', 'class Net:\n    width = 2\n');
    r.write('README.md', 'hello again\n');
    const head = r.commit('head');

    const files = await changedFiles(r.dir, base, head);
    expect(files.find((f) => f.path === 'renamed/b2.onnx')).toEqual({ status: 'R', path: 'renamed/b2.onnx', oldPath: 'models/b.onnx', similarity: 100 });
    const changes = discoverModelChanges(files, { ...GLOBS, headFiles: git(r.dir, 'ls-tree', '-r', '--name-only', head).split('\n') });
    expect(changes).toEqual([
      { kind: 'model', status: 'modified', path: 'models/a.onnx' },
      { kind: 'model', status: 'modified', path: 'models/big.onnx', note: 'external data models/big.onnx.data changed' },
      { kind: 'model', status: 'renamed', path: 'models/c2.layers.json', oldPath: 'models/c.layers.json' },
      { kind: 'model', status: 'added', path: 'models/new.onnx' },
      { kind: 'model', status: 'removed', path: 'models/old.onnx' },
      // Renamed out of the globs: removed as far as the diff is concerned.
      { kind: 'model', status: 'removed', path: 'models/x.onnx' },
      { kind: 'model', status: 'renamed', path: 'renamed/b2.onnx', oldPath: 'models/b.onnx' },
    ]);

    // Each side's bytes: the base from git objects (old path of a rename), the head from the workspace.
    const ctx = ctxFor(r, base, head);
    const rename = changes.find((c) => c.path === 'renamed/b2.onnx')!;
    const baseFile = await materialize(ctx, rename, 'base');
    expect(baseFile?.endsWith('base/models/b.onnx')).toBe(true);
    expect(readFileSync(baseFile!)).toEqual(bytes(2, 4000));
    expect(await materialize(ctx, rename, 'head')).toBe(join(r.dir, 'renamed/b2.onnx'));
    expect(await materialize(ctx, changes.find((c) => c.status === 'added')!, 'base')).toBeNull();
    expect(await materialize(ctx, changes.find((c) => c.path === 'models/old.onnx')!, 'head')).toBeNull();
    const edited = await materialize(ctx, changes[0]!, 'base');
    expect(readFileSync(edited!)).toEqual(bytes(1, 4000));
    // A checkout of GitHub's merge commit is not the head: the head side then comes from the git object.
    const fromGit = await materialize({ ...ctx, headInWorkspace: false }, changes[0]!, 'head');
    expect(fromGit?.endsWith('head/models/a.onnx')).toBe(true);
    expect(readFileSync(fromGit!)).toEqual(bytes(11, 4000));
  });

  it('parses name-status output with renames, copies and type changes', () => {
    expect(parseNameStatus('M\0a b.onnx\0R087\0old.onnx\0new.onnx\0C100\0x.onnx\0y.onnx\0T\0link.onnx\0')).toEqual([
      { status: 'M', path: 'a b.onnx' },
      { status: 'R', path: 'new.onnx', oldPath: 'old.onnx', similarity: 87 },
      { status: 'C', path: 'y.onnx', oldPath: 'x.onnx', similarity: 100 },
      { status: 'M', path: 'link.onnx' },
    ]);
  });

  it('maps the API file list onto the same changes', () => {
    const files = changesFromApi([
      { filename: 'm/a.onnx', status: 'modified', sha: '1' },
      { filename: 'm/b.onnx', status: 'renamed', previous_filename: 'm/a0.onnx', sha: '2' },
      { filename: 'm/c.onnx', status: 'removed', sha: '3' },
      { filename: 'm/d.onnx', status: 'copied', previous_filename: 'm/a.onnx', sha: '4' },
      { filename: 'm/e.onnx', status: 'unchanged', sha: '5' },
    ]);
    expect(discoverModelChanges(files, GLOBS)).toEqual([
      { kind: 'model', status: 'modified', path: 'm/a.onnx' },
      { kind: 'model', status: 'renamed', path: 'm/b.onnx', oldPath: 'm/a0.onnx' },
      { kind: 'model', status: 'removed', path: 'm/c.onnx' },
      { kind: 'model', status: 'added', path: 'm/d.onnx' },
    ]);
  });

  it('knows which model an external-data file belongs to', () => {
    const models = ['m/net.onnx', 'm/other.onnx'];
    expect(externalDataOwner('m/net.onnx.data', models)).toBe('m/net.onnx');
    expect(externalDataOwner('m/net.onnx_data', models)).toBe('m/net.onnx');
    expect(externalDataOwner('m/net.bin', models)).toBe('m/net.onnx');
    expect(externalDataOwner('m/netx.bin', models)).toBeNull();
    expect(externalDataOwner('x/net.bin', models)).toBeNull();
  });
});

describe('Git LFS pointers', () => {
  it('a head pointer in the workspace names the checkout fix; a base pointer names the fetch', async () => {
    const r = repo();
    r.write('models/big.onnx', POINTER);
    const base = r.commit('base pointer');
    r.write('models/big.onnx', POINTER.replace('12345678', '22345678'));
    const head = r.commit('head pointer');
    const change = { kind: 'model' as const, status: 'modified' as const, path: 'models/big.onnx' };
    const ctx = ctxFor(r, base, head);
    const headErr = await materialize(ctx, change, 'head').catch((e: unknown) => e);
    expect(headErr).toBeInstanceOf(EnergyDiffError);
    expect((headErr as EnergyDiffError).code).toBe('E_LFS_POINTER');
    expect((headErr as EnergyDiffError).place.file).toBe('models/big.onnx');
    expect((headErr as EnergyDiffError).message).toContain('`lfs: true` on actions/checkout');
    expect((headErr as EnergyDiffError).message).toContain('git lfs pull --include="models/big.onnx"');
    expect((headErr as EnergyDiffError).message).toContain('21.3 MiB');
    // git-lfs is not installed here, so smudging the base pointer fails and the exact fetch is named.
    const baseErr = (await materialize(ctx, change, 'base').catch((e: unknown) => e)) as EnergyDiffError;
    expect(baseErr.code).toBe('E_LFS_POINTER');
    expect(baseErr.message).toContain(`git lfs fetch origin ${base} --include="models/big.onnx"`);
  });
});

describe('export-command sources', () => {
  it('runs the command in a worktree of the base and in the workspace for the head', async () => {
    const r = repo();
    r.write('src/models/net.py', 'width = 1\n');
    r.write('src/models/common.py', 'shared = "base"\n');
    const base = r.commit('base');
    r.write('src/models/net.py', 'width = 2\n');
    r.write('src/models/common.py', 'shared = "head"\n');
    const head = r.commit('head');
    // The "export" concatenates the source and a sibling file: proves {source} and the tree's cwd are the side's.
    const ctx = withCommand(r, base, head, 'src/models/net.py', 'cat {source} src/models/common.py > {out}');
    const change = { kind: 'source' as const, status: 'modified' as const, path: 'src/models/net.py' };
    const baseOut = await materialize(ctx, change, 'base');
    const headOut = await materialize(ctx, change, 'head');
    expect(baseOut?.endsWith('export/base/src/models/net.py.onnx')).toBe(true);
    expect(readFileSync(baseOut!, 'utf8')).toBe('width = 1\nshared = "base"\n');
    expect(readFileSync(headOut!, 'utf8')).toBe('width = 2\nshared = "head"\n');
    expect(ctx.worktrees.size).toBe(1);
    const failing = withCommand(r, base, head, 'src/models/net.py', 'echo cannot import torch >&2; exit 3 # {out}');
    const err = (await materialize(failing, change, 'head').catch((e: unknown) => e)) as EnergyDiffError;
    expect(err.code).toBe('E_EXPORT');
    expect(err.place.file).toBe('src/models/net.py');
    expect(err.message).toBe('export-command failed (exit 3): cannot import torch');
  });
});

describe('shallow checkout', () => {
  it('fetches the base and enough history to find the merge-base, then diffs only the PR', async () => {
    const origin = repo();
    origin.write('models/net.onnx', bytes(1, 2000));
    origin.write('models/other.onnx', bytes(2, 2000));
    const fork = origin.commit('common ancestor');
    for (let i = 0; i < 3; i++) {
      origin.write('notes.txt', `main ${i}\n`);
      origin.commit(`main ${i}`);
    }
    origin.write('models/other.onnx', bytes(3, 2000)); // changed on main after the PR branched: not the PR's change
    const mainTip = origin.commit('main moves on');
    git(origin.dir, 'checkout', '-q', '-b', 'feature', fork);
    origin.write('models/net.onnx', bytes(4, 2000));
    origin.commit('feature 1');
    origin.write('README.md', 'x\n');
    const headSha = origin.commit('feature 2');

    const clone = origin.clone(headSha, 1);
    repos.push(clone);
    expect(await isShallow(clone.dir)).toBe(true);
    expect(await resolveCommit(clone.dir, mainTip)).toBeNull();
    const logs: string[] = [];
    const cmp = await compareCommits(
      clone.dir,
      { name: 'pull_request', owner: 'o', repo: 'r', prNumber: 1, baseSha: mainTip, headSha, fromFork: false, timestamp: '2026-11-01T00:00:00Z' },
      undefined,
      null,
      (m) => logs.push(m),
    );
    expect(cmp.baseSha).toBe(fork);
    expect(cmp.headInWorkspace).toBe(true);
    expect(cmp.changes.map((c) => c.path).sort()).toEqual(['README.md', 'models/net.onnx']);
    expect(logs[0]).toMatch(/^fetching [0-9a-f]{7} and [0-9a-f]{7} \(shallow checkout\)$/);
    expect(await showFile(clone.dir, fork, 'models/net.onnx')).toEqual(bytes(1, 2000));
  });

  it('deepens history step by step when 50 commits do not reach the merge-base', async () => {
    const origin = repo();
    origin.write('m.onnx', bytes(1, 100));
    const fork = origin.commit('fork point');
    for (let i = 0; i < 60; i++) {
      origin.write('n.txt', `${i}`);
      origin.commit(`main ${i}`);
    }
    const mainTip = git(origin.dir, 'rev-parse', 'HEAD');
    git(origin.dir, 'checkout', '-q', '-b', 'f', fork);
    for (let i = 0; i < 55; i++) {
      origin.write('m.onnx', bytes(i + 2, 100));
      origin.commit(`feature ${i}`);
    }
    const headSha = git(origin.dir, 'rev-parse', 'HEAD');
    const clone = origin.clone(headSha, 1);
    repos.push(clone);
    const logs: string[] = [];
    const cmp = await compareCommits(
      clone.dir,
      { name: 'pull_request', owner: 'o', repo: 'r', prNumber: 1, baseSha: mainTip, headSha, fromFork: false, timestamp: '2026-11-01T00:00:00Z' },
      undefined, null, (m) => logs.push(m),
    );
    expect(cmp.baseSha).toBe(fork);
    expect(logs).toContain('no merge-base yet; deepening history to 200 commits');
  });

  it('a base-ref input names the base directly (branch on origin)', async () => {
    const origin = repo();
    origin.write('a.onnx', bytes(1, 100));
    const first = origin.commit('one');
    origin.write('a.onnx', bytes(2, 100));
    const second = origin.commit('two');
    git(origin.dir, 'branch', 'release', first);
    const clone = origin.clone(second, 1);
    repos.push(clone);
    const cmp = await compareCommits(
      clone.dir,
      { name: 'workflow_dispatch', owner: 'o', repo: 'r', headSha: second, fromFork: false, timestamp: '2026-11-01T00:00:00Z' },
      'release', null, () => {},
    );
    expect(cmp.baseSha).toBe(first);
    expect(cmp.changes).toEqual([{ status: 'M', path: 'a.onnx' }]);
    await expect(compareCommits(clone.dir, { name: 'workflow_dispatch', owner: 'o', repo: 'r', headSha: second, fromFork: false, timestamp: '' }, undefined, null, () => {}))
      .rejects.toThrow('no base commit for a workflow_dispatch run: set the base-ref input');
  });
});

describe('export-command environment', () => {
  it('does not pass the action inputs (token) or runner tokens to the pull request\'s export code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-env-'));
    const out = join(dir, 'env.txt');
    await runExport('env > {out}', {
      cwd: dir, sourcePath: 'src/m.py', sourceFile: join(dir, 'm.py'), out,
      env: { 'INPUT_GITHUB-TOKEN': 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'rt', GITHUB_TOKEN: 'gt', ED_VISIBLE: 'yes' },
    });
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('ED_VISIBLE=yes');
    expect(text).not.toContain('ghs_secret');
    expect(text).not.toMatch(/^(ACTIONS_RUNTIME_TOKEN|GITHUB_TOKEN)=/m);
  });
});

describe('API fallback', () => {
  it('lists the pull request files through the API when the histories share no merge-base', async () => {
    const origin = repo();
    origin.write('m/a.onnx', bytes(1, 100));
    const baseSha = origin.commit('main root');
    git(origin.dir, 'checkout', '-q', '--orphan', 'unrelated');
    origin.write('m/a.onnx', bytes(2, 100));
    origin.write('m/b.onnx', bytes(3, 100));
    const headSha = origin.commit('unrelated root');
    const clone = origin.clone(headSha, 1);
    repos.push(clone);
    const gh = await startFakeGitHub({ owner: 'o', repo: 'r', token: 't', maxPerPage: 1 });
    try {
      gh.addPullRequest({ number: 3, headSha, baseSha, files: [{ filename: 'm/a.onnx', status: 'modified' }, { filename: 'm/b.onnx', status: 'added' }] });
      const client = createGitHubClient({ apiUrl: gh.apiUrl, token: 't', owner: 'o', repo: 'r' });
      const logs: string[] = [];
      const cmp = await compareCommits(
        clone.dir,
        { name: 'pull_request', owner: 'o', repo: 'r', prNumber: 3, baseSha, headSha, fromFork: false, timestamp: '2026-11-01T00:00:00Z' },
        undefined, client, (m) => logs.push(m),
      );
      expect(cmp.baseSha).toBe(baseSha);
      expect(cmp.changes).toEqual([{ status: 'M', path: 'm/a.onnx' }, { status: 'A', path: 'm/b.onnx' }]);
      expect(cmp.how).toBe(`the pull request's files (API) against base ${baseSha.slice(0, 7)}`);
      expect(logs.some((l) => l.startsWith('git could not find the merge-base'))).toBe(true);
      // Paginated: one file per page, two GETs of the files endpoint.
      expect(gh.requests.filter((r) => r.path.endsWith('/pulls/3/files'))).toHaveLength(2);
      expect(await showFile(clone.dir, baseSha, 'm/a.onnx')).toEqual(bytes(1, 100));
    } finally {
      await gh.close();
    }
  });
});
