// The git edge of the action: commits, merge-base, changed files and file contents at a commit, with
// fetching of missing history in shallow checkouts (actions/checkout clones at depth 1 by default).
import { execFile } from 'node:child_process';
import { EnergyDiffError } from '../core/common/index.js';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
}

export class GitError extends EnergyDiffError {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super('E_GIT', `git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
}

/** Runs git in `cwd` without a shell or terminal prompts; rejects with GitError on a non-zero exit. */
export function git(cwd: string, args: string[], opts: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: 2 ** 31 - 1,
        env: { ...process.env, ...opts.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (err, stdout, stderr) => {
        const errText = stderr.toString('utf8');
        if (err) reject(new GitError(args, typeof err.code === 'number' ? err.code : null, errText || err.message));
        else resolve({ stdout, stderr: errText });
      },
    );
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

async function gitText(cwd: string, args: string[]): Promise<string> {
  return (await git(cwd, args)).stdout.toString('utf8').trim();
}

/** The commit a revision names, or null when it does not resolve here. */
export async function resolveCommit(cwd: string, rev: string): Promise<string | null> {
  try {
    return await gitText(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  } catch {
    return null;
  }
}

/** True when `cwd` is inside a git work tree. */
export async function isGitCheckout(cwd: string): Promise<boolean> {
  try {
    return (await gitText(cwd, ['rev-parse', '--is-inside-work-tree'])) === 'true';
  } catch {
    return false;
  }
}

export async function isShallow(cwd: string): Promise<boolean> {
  return (await gitText(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  try {
    return await gitText(cwd, ['merge-base', a, b]);
  } catch {
    return null;
  }
}

/**
 * A token for fetches from one server (GITHUB_SERVER_URL). A checkout with persist-credentials: false leaves
 * none in .git/config, so that code the action runs later (a pull request's model exports) cannot read it.
 */
export interface FetchAuth {
  serverUrl: string;
  token: string;
}

/**
 * The token as the Authorization header actions/checkout would configure, for one git process only: in its
 * environment (GIT_CONFIG_*), scoped to the server's URL, never in .git/config or on the command line. None
 * when the repository already has such a header (a checkout that persisted its credentials): git would send both.
 */
async function fetchAuthEnv(cwd: string, auth: FetchAuth | undefined): Promise<NodeJS.ProcessEnv> {
  if (!auth?.token) return {};
  const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const persisted = await git(cwd, ['config', '--get-all', key]).then((r) => r.stdout.length > 0, () => false);
  if (persisted) return {};
  const n = Number(process.env.GIT_CONFIG_COUNT) || 0; // keep configuration the runner passes this way
  const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64');
  return { GIT_CONFIG_COUNT: String(n + 1), [`GIT_CONFIG_KEY_${n}`]: key, [`GIT_CONFIG_VALUE_${n}`]: `AUTHORIZATION: basic ${basic}` };
}

/** Fetches commits by SHA from `remote`, `depth` commits deep (undefined: full history of what is missing). */
export async function fetchCommits(cwd: string, shas: string[], depth?: number, auth?: FetchAuth, remote = 'origin'): Promise<void> {
  const args = ['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
  if (depth !== undefined) args.push(`--depth=${depth}`);
  await git(cwd, [...args, remote, ...shas], { env: await fetchAuthEnv(cwd, auth) });
}

/**
 * The merge-base of `base` and `head`, fetching what a shallow or partial checkout lacks: first the two
 * commits, then deeper history (50, 200, 1000 commits), then the full history.
 */
export async function findMergeBase(cwd: string, base: string, head: string, log: (msg: string) => void = () => {}, auth?: FetchAuth): Promise<string> {
  const missing = async () => (await Promise.all([base, head].map((s) => resolveCommit(cwd, s)))).some((c) => c === null);
  if (await missing()) {
    const shallow = await isShallow(cwd);
    log(`fetching ${base.slice(0, 7)} and ${head.slice(0, 7)} (${shallow ? 'shallow' : 'incomplete'} checkout)`);
    await fetchCommits(cwd, [base, head], shallow ? 50 : undefined, auth);
  }
  let found = await mergeBase(cwd, base, head);
  for (const depth of [200, 1000]) {
    if (found || !(await isShallow(cwd))) break;
    log(`no merge-base yet; deepening history to ${depth} commits`);
    await fetchCommits(cwd, [base, head], depth, auth);
    found = await mergeBase(cwd, base, head);
  }
  if (!found && (await isShallow(cwd))) {
    log('no merge-base yet; fetching the full history');
    await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], { env: await fetchAuthEnv(cwd, auth) });
    found = await mergeBase(cwd, base, head);
  }
  if (!found) throw new EnergyDiffError('E_GIT', `commits ${base.slice(0, 7)} and ${head.slice(0, 7)} have no merge-base (unrelated histories?); set the base-ref input`);
  return found;
}

export type ChangeStatus = 'A' | 'D' | 'M' | 'R' | 'C' | 'T';

export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** The base path of a rename or copy. */
  oldPath?: string;
  /** Rename/copy similarity in % (100: identical content). */
  similarity?: number;
}

/** Parses `git diff --name-status -z` output (`R100\0old\0new\0`, `M\0path\0`). */
export function parseNameStatus(raw: string): FileChange[] {
  const parts = raw.split('\0');
  const out: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const status = code[0] as ChangeStatus;
    if (status === 'R' || status === 'C') {
      const oldPath = parts[i++] as string;
      const path = parts[i++] as string;
      out.push({ status, path, oldPath, similarity: Number(code.slice(1)) || 0 });
    } else {
      out.push({ status: status === 'T' ? 'M' : status, path: parts[i++] as string });
    }
  }
  return out;
}

/** Files changed between two commits, renames detected (`-M`); paths are repository-relative with `/`. */
export async function changedFiles(cwd: string, from: string, to: string): Promise<FileChange[]> {
  const { stdout } = await git(cwd, ['-c', 'core.quotePath=false', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to]);
  return parseNameStatus(stdout.toString('utf8'));
}

/** The bytes of `path` at `commit` (the blob as stored: an LFS pointer stays a pointer), or null if absent. */
export async function showFile(cwd: string, commit: string, path: string): Promise<Buffer | null> {
  try {
    return (await git(cwd, ['cat-file', 'blob', `${commit}:${path}`])).stdout;
  } catch (err) {
    if (err instanceof GitError) return null;
    throw err;
  }
}

/** Paths under `dir` at `commit` (for ONNX external-data files next to a model). */
export async function listTree(cwd: string, commit: string, dir: string): Promise<string[]> {
  const spec = dir === '' || dir === '.' ? [] : ['--', dir.endsWith('/') ? dir : dir + '/'];
  const { stdout } = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', commit, ...spec]);
  return stdout.toString('utf8').split('\0').filter((p) => p !== '');
}

/** Checks out `commit` into `dir` as a detached worktree (for export commands that import sibling files). */
export async function addWorktree(cwd: string, dir: string, commit: string): Promise<void> {
  await git(cwd, ['worktree', 'add', '--detach', '--force', dir, commit]);
}

export async function removeWorktree(cwd: string, dir: string): Promise<void> {
  await git(cwd, ['worktree', 'remove', '--force', dir]).catch(() => undefined);
}

/** Runs the Git LFS smudge filter on a pointer (downloads the object); null when git-lfs is absent or fails. */
export async function lfsSmudge(cwd: string, path: string, pointer: Buffer): Promise<Buffer | null> {
  try {
    return (await git(cwd, ['lfs', 'smudge', '--', path], { input: pointer })).stdout;
  } catch {
    return null;
  }
}
