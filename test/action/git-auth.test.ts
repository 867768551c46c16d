// A private repository checked out with persist-credentials: false (depth 1, no token in .git/config): the
// action fetches the base with its own token, passed to git for that fetch only and only to the server's URL.
// Served by git http-backend behind Basic authentication, as GitHub serves it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMergeBase, git as gitAsync, isShallow, resolveCommit } from '../../src/adapters/git.js';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { startGitHttp, type GitHttpServer } from './helpers/git-http.js';
import { git, TempRepo } from './helpers/git-repo.js';
import { runActionInProcess } from './helpers/in-process.js';
import { tinyCnn } from './helpers/models.js';

const TOKEN = 'ghs_private_fetch_token';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
let origin: TempRepo;
let srv: GitHttpServer;
let baseSha: string;
let headSha: string;
const temps: string[] = [];

beforeAll(async () => {
  origin = new TempRepo();
  origin.write('m/a.onnx', tinyCnn(8));
  baseSha = origin.commit('base');
  origin.write('m/a.onnx', tinyCnn(16));
  headSha = origin.commit('head');
  const bare = join(mkdtempSync(join(tmpdir(), 'ed-bare-')), 'models.git');
  git(tmpdir(), 'clone', '-q', '--bare', origin.dir, bare);
  srv = await startGitHttp(bare, TOKEN);
});
afterAll(async () => {
  await srv.close();
  origin.cleanup();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/**
 * What actions/checkout does with persist-credentials: false: a depth-1 clone with the token for that command
 * only. (Not execFileSync: the server answers on this process's event loop.)
 */
async function checkout(): Promise<string> {
  const ws = mkdtempSync(join(tmpdir(), 'ed-ws-'));
  temps.push(ws);
  await gitAsync(ws, ['-c', `http.extraheader=AUTHORIZATION: basic ${BASIC}`, 'clone', '-q', '--depth=1', '--no-tags', srv.repoUrl, '.']);
  return ws;
}

describe('fetching with the action token', () => {
  it('a depth-1 checkout without credentials fetches its base with the token; nothing is written to .git/config', async () => {
    const ws = await checkout();
    expect([await isShallow(ws), await resolveCommit(ws, baseSha)]).toEqual([true, null]);
    const before = srv.authorizations.length;
    expect(await findMergeBase(ws, baseSha, headSha, () => {}, { serverUrl: srv.serverUrl, token: TOKEN })).toBe(baseSha);
    expect(srv.authorizations.slice(before).map((a) => a.toLowerCase())).toContain(`basic ${BASIC}`.toLowerCase());
    const config = readFileSync(join(ws, '.git/config'), 'utf8');
    expect(config).not.toContain(TOKEN);
    expect(config).not.toContain(BASIC);
  });

  it('without the token, or with one for another server, the fetch is refused and the token is not sent', async () => {
    const ws = await checkout();
    const before = srv.authorizations.length;
    await expect(findMergeBase(ws, baseSha, headSha)).rejects.toMatchObject({ code: 'E_GIT' });
    await expect(findMergeBase(ws, baseSha, headSha, () => {}, { serverUrl: 'http://127.0.0.2:1', token: TOKEN })).rejects.toMatchObject({ code: 'E_GIT' });
    expect(srv.authorizations.length).toBeGreaterThan(before);
    expect(srv.authorizations.slice(before).every((a) => a === '')).toBe(true);
  });

  it('the action on a pull_request from such a checkout: base fetched, model diffed, token in no output', async () => {
    const ws = await checkout();
    const temp = mkdtempSync(join(tmpdir(), 'ed-run-'));
    temps.push(temp);
    const event = join(temp, 'event.json');
    writeFileSync(event, JSON.stringify({
      number: 3, pull_request: { number: 3, updated_at: '2026-12-01T10:00:00Z', base: { sha: baseSha, repo: { full_name: 'owner/models' } }, head: { sha: headSha, repo: { full_name: 'owner/models' } } },
    }));
    const files = { GITHUB_OUTPUT: join(temp, 'out'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
    writeFileSync(files.GITHUB_OUTPUT, '');
    writeFileSync(files.GITHUB_STEP_SUMMARY, '');
    const { code, stdout } = await runActionInProcess({
      GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'owner/models', GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp,
      GITHUB_SERVER_URL: srv.serverUrl, GITHUB_API_URL: 'http://127.0.0.2:1', 'INPUT_GITHUB-TOKEN': TOKEN, INPUT_COMMENT: 'off', ...files,
    });
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/energy-diff: fetching [0-9a-f]{7} and [0-9a-f]{7} \(shallow checkout\)/);
    const report = JSON.parse(readFileSync(join(temp, 'energy-diff', 'default', 'report.json'), 'utf8')) as ReportDiff;
    expect([report.base.sha, report.models.map((m) => [m.path, m.status])]).toEqual([baseSha, [['m/a.onnx', 'changed']]]);
    // The token appears once, in the mask command that hides it from the log.
    expect(stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    for (const text of [stdout.replace(`::add-mask::${TOKEN}`, ''), readFileSync(files.GITHUB_OUTPUT, 'utf8'), readFileSync(join(ws, '.git/config'), 'utf8')]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(BASIC);
    }
  });
});
