// The fork relay (docs/workflows/relay-comment.yml) for real: a fork run of the action (read-only token)
// leaves its artifact, then the relay's github-script runs against FakeGitHub through a minimal
// Octokit-shaped client (REST over HTTP, no mocks) and posts, keeps or refuses the comment.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStickyMarker } from '../../src/action/sticky.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { TempRepo } from './helpers/git-repo.js';
import { runActionInProcess } from './helpers/in-process.js';
import { runGithubScript, workflowScript } from './helpers/github-script.js';
import { tinyCnn } from './helpers/models.js';

const TOKEN = 'ghs_relay';
const relayScript = workflowScript('relay-comment.yml', 'relay');

let gh: FakeGitHub;
let repo: TempRepo;
let baseSha: string;
const heads: string[] = [];

beforeAll(async () => {
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });
  repo = new TempRepo();
  repo.write('m/net.onnx', tinyCnn(8));
  baseSha = repo.commit('base');
  repo.write('m/net.onnx', tinyCnn(12));
  heads.push(repo.commit('fork change 1'));
  repo.write('m/net.onnx', tinyCnn(20));
  heads.push(repo.commit('fork change 2'));
});
afterAll(async () => {
  await gh.close();
  repo.cleanup();
});

/** The fork's pull_request run: read-only token, so it only leaves the artifact folder. */
async function forkRun(head: string, updatedAt: string): Promise<string> {
  const temp = mkdtempSync(join(tmpdir(), 'ed-fork-'));
  writeFileSync(join(temp, 'event.json'), JSON.stringify({
    pull_request: { number: 9, updated_at: updatedAt, base: { sha: baseSha, repo: { full_name: 'acme/models' } }, head: { sha: head, repo: { full_name: 'fork/models' } } },
  }));
  gh.readOnly = true;
  const { code, stdout } = await runActionInProcess({
    GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(temp, 'event.json'), GITHUB_REPOSITORY: 'acme/models', GITHUB_WORKSPACE: repo.dir,
    RUNNER_TEMP: temp, GITHUB_API_URL: gh.apiUrl, 'INPUT_GITHUB-TOKEN': TOKEN,
  });
  gh.readOnly = false;
  expect(code).toBe(0);
  // Read-only: either the write is refused, or the posted comment already says the same (no write needed).
  expect(stdout).toMatch(/^::warning::cannot comment on pull request #9|energy-diff: comment unchanged/m);
  // actions/download-artifact puts the uploaded folder's files under `path:`.
  const workdir = mkdtempSync(join(tmpdir(), 'ed-relay-'));
  cpSync(join(temp, 'energy-diff', 'default'), join(workdir, 'energy-diff-comment'), { recursive: true });
  return workdir;
}

/** Runs the relay workflow's script on the artifact folder `workdir`, for the run that built `runHeadSha`. */
async function relay(workdir: string, runHeadSha: string) {
  const { log, failed } = await runGithubScript(relayScript, { apiUrl: gh.apiUrl, token: TOKEN, owner: 'acme', repo: 'models', workdir, env: { RUN_HEAD_SHA: runHeadSha, RUN_CONCLUSION: 'success' } });
  return { log, failed };
}

describe('fork relay', () => {
  it('posts the fork run\'s comment, keeps it when unchanged, updates it for a newer run', async () => {
    gh.addPullRequest({ number: 9, headSha: heads[0]!, baseSha, headRepo: 'fork/models' });
    const first = await forkRun(heads[0]!, '2026-11-30T10:00:00Z');
    expect(gh.comments(9)).toHaveLength(0);
    expect(await relay(first, heads[0]!)).toEqual({ log: ['comment created'], failed: null });
    const [posted] = gh.comments(9);
    expect(posted!.body).toBe(readFileSync(join(first, 'energy-diff-comment/comment.md'), 'utf8'));
    expect(parseStickyMarker(posted!.body)?.headSha).toBe(heads[0]);

    expect((await relay(first, heads[0]!)).log).toEqual(['comment unchanged']);

    gh.pulls.get(9)!.headSha = heads[1]!;
    const second = await forkRun(heads[1]!, '2026-11-30T11:00:00Z');
    expect((await relay(second, heads[1]!)).log).toEqual([`comment ${posted!.id} updated`]);
    expect(gh.comments(9)).toHaveLength(1);
    expect(parseStickyMarker(gh.comments(9)[0]!.body)?.headSha).toBe(heads[1]);

    // A late relay of the first run finds the PR moved on and writes nothing.
    const writes = gh.writes().length;
    expect((await relay(first, heads[0]!)).log).toEqual([`PR #9 is now at ${heads[1]}, not ${heads[0]}: a newer run will comment`]);
    expect(gh.writes().length).toBe(writes);
  });

  it('refuses an artifact that is not from the run that triggered it', async () => {
    const workdir = await forkRun(heads[1]!, '2026-11-30T12:00:00Z');
    const writes = gh.writes().length;
    const res = await relay(workdir, 'f'.repeat(40));
    expect(res.failed).toBe(`artifact is for ${heads[1]}, but the run built ${'f'.repeat(40)}`);
    // An artifact aimed at another PR (whose head is not this commit) is not posted there.
    gh.addPullRequest({ number: 10, headSha: 'e'.repeat(40), baseSha });
    const meta = JSON.parse(readFileSync(join(workdir, 'energy-diff-comment/relay.json'), 'utf8'));
    writeFileSync(join(workdir, 'energy-diff-comment/relay.json'), JSON.stringify({ ...meta, pr: 10 }));
    expect((await relay(workdir, heads[1]!)).log).toEqual([`PR #10 is now at ${'e'.repeat(40)}, not ${heads[1]}: a newer run will comment`]);
    expect(gh.writes().length).toBe(writes);
  });
});

describe('measure-gpu.yml approval', () => {
  it('the unlabel job\'s script takes the energy-measure label off the pull request a push updated', async () => {
    gh.addPullRequest({ number: 12, headSha: heads[1]!, baseSha, headRepo: 'fork/models', labels: ['bug', 'energy-measure'] });
    const payload = { pull_request: { number: 12, head: { sha: heads[1] } } };
    const run = await runGithubScript(workflowScript('measure-gpu.yml', 'unlabel'), { apiUrl: gh.apiUrl, token: TOKEN, owner: 'acme', repo: 'models', payload });
    expect(run.failed).toBeNull();
    expect(gh.pulls.get(12)!.labels).toEqual(['bug']);
    expect(run.notices).toEqual([`new commits on #12: energy-measure removed; review ${heads[1]} and add the label again to measure it`]);
    // A second push finds no label: GitHub answers 404, and the job (run only while the label is there) is not started.
    await expect(runGithubScript(workflowScript('measure-gpu.yml', 'unlabel'), { apiUrl: gh.apiUrl, token: TOKEN, owner: 'acme', repo: 'models', payload })).rejects.toMatchObject({ status: 404 });
  });
});

describe('relay outcomes', () => {
  it('an error artifact posts nothing, and its untrusted error text cannot start a workflow command line', async () => {
    const workdir = await forkRun(heads[1]!, '2026-11-30T13:00:00Z');
    const meta = JSON.parse(readFileSync(join(workdir, 'energy-diff-comment/relay.json'), 'utf8'));
    writeFileSync(join(workdir, 'energy-diff-comment/relay.json'), JSON.stringify({ ...meta, outcome: 'error', comment: 'none', error: 'bad\n::warning::injected' }));
    const writes = gh.writes().length;
    const res = await relay(workdir, heads[1]!);
    expect(res).toEqual({ failed: null, log: ['nothing to post ("error": "bad\\n::warning::injected")'] });
    expect(res.log.join('\n').split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(gh.writes().length).toBe(writes);
  });
});
