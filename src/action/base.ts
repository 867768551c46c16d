// Which commits the action compares and which files changed between them: git first (merge-base of the
// PR's base and head, fetching what a shallow checkout lacks), the PR files API when git cannot.
import { changedFiles, fetchCommits, findMergeBase, isGitCheckout, resolveCommit, type FetchAuth, type FileChange } from '../adapters/git.js';
import type { GitHubClient } from '../adapters/github.js';
import { EnergyDiffError } from '../core/common/index.js';
import { changesFromApi } from './discover.js';
import type { RunEvent } from './event.js';

export interface Comparison {
  baseSha: string;
  headSha: string;
  changes: FileChange[];
  /** The workspace's HEAD is the head commit (its files, LFS objects included, can be read directly). */
  headInWorkspace: boolean;
  /** How the base was chosen, for the log. */
  how: string;
}

/** A base-ref input: a SHA, a branch or tag here or on origin (fetched when missing). */
async function resolveBaseRef(ws: string, ref: string, log: (m: string) => void, auth?: FetchAuth): Promise<string> {
  const local = (await resolveCommit(ws, ref)) ?? (await resolveCommit(ws, `origin/${ref}`));
  if (local) return local;
  log(`fetching base-ref ${ref} from origin`);
  await fetchCommits(ws, [ref], 50, auth).catch(() => undefined);
  const fetched = await resolveCommit(ws, 'FETCH_HEAD');
  if (!fetched) throw new EnergyDiffError('E_BASE', `base-ref '${ref}' is not a commit, branch or tag here or on origin`, { input: 'base-ref' });
  return fetched;
}

async function ensureCommit(ws: string, sha: string, log: (m: string) => void, auth?: FetchAuth): Promise<void> {
  if (await resolveCommit(ws, sha)) return;
  log(`fetching ${sha.slice(0, 7)}`);
  await fetchCommits(ws, [sha], 1, auth);
}

/** `auth`: the token for what the checkout lacks and must be fetched from origin. */
export async function compareCommits(
  ws: string, event: RunEvent, baseRef: string | undefined, client: GitHubClient | null, log: (m: string) => void, auth?: FetchAuth,
): Promise<Comparison> {
  if (!(await isGitCheckout(ws))) {
    throw new EnergyDiffError('E_GIT', `the workspace ${ws} is not a git checkout: add actions/checkout before this step`, { input: 'GITHUB_WORKSPACE' });
  }
  const headSha = event.headSha;
  const headInWorkspace = (await resolveCommit(ws, 'HEAD')) === headSha;
  if (baseRef) {
    const baseSha = await resolveBaseRef(ws, baseRef, log, auth);
    await ensureCommit(ws, headSha, log, auth);
    return { baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, baseSha, headSha), how: `base-ref ${baseRef}` };
  }
  if (!event.baseSha) {
    throw new EnergyDiffError('E_BASE', `no base commit for a ${event.name || 'local'} run: set the base-ref input (e.g. main)`, { input: 'base-ref' });
  }
  if (event.prNumber === undefined) {
    // push: compare with the commit before the push; merge_group: with the queue's base.
    await ensureCommit(ws, event.baseSha, log, auth);
    await ensureCommit(ws, headSha, log, auth);
    return { baseSha: event.baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, event.baseSha, headSha), how: event.name === 'merge_group' ? 'the merge queue base' : 'the commit before the push' };
  }
  try {
    const baseSha = await findMergeBase(ws, event.baseSha, headSha, log, auth);
    return { baseSha, headSha, headInWorkspace, changes: await changedFiles(ws, baseSha, headSha), how: `merge-base of ${event.baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}` };
  } catch (err) {
    if (!client) throw err;
    // No merge-base (history unreachable): the PR's file list from the API against the PR base commit.
    log(`git could not find the merge-base (${(err as Error).message}); listing the pull request's files through the API`);
    await ensureCommit(ws, event.baseSha, log, auth);
    await ensureCommit(ws, headSha, log, auth);
    const files = await client.listPullRequestFiles(event.prNumber);
    return { baseSha: event.baseSha, headSha, headInWorkspace, changes: changesFromApi(files), how: `the pull request's files (API) against base ${event.baseSha.slice(0, 7)}` };
  }
}
