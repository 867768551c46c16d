// The GitHub client (Octokit with the retry and throttling plugins) against FakeGitHub over real HTTP:
// pagination, typed errors, retries and rate limits. Waits run at 0 ms per second; `waits` records what each
// retry was told to wait at full scale.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createGitHubClient, GitHubError, graphqlUrlFor, type GitHubClientOptions } from '../../src/adapters/github.js';
import { startConnectProxy } from './connect-proxy.js';
import { startFakeGitHub, type FakeFile, type FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_secret_test_token';
let gh: FakeGitHub;
let waits: number[];

beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN });
  waits = [];
});
afterEach(async () => {
  await gh.close();
});

function client(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    apiUrl: gh.apiUrl,
    token: TOKEN,
    owner: 'acme',
    repo: 'models',
    waitScaleMs: 0,
    paceWrites: false,
    onRetry: (notice) => void waits.push(notice.waitMs),
    ...extra,
  });
}

async function caught(p: Promise<unknown>): Promise<GitHubError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof GitHubError) return err;
    throw err;
  }
  throw new Error('expected a GitHubError');
}

function manyFiles(n: number): FakeFile[] {
  return Array.from({ length: n }, (_, i): FakeFile =>
    i % 7 === 3 ? { filename: `models/m${i}.onnx`, status: 'renamed', previous_filename: `old/m${i}.onnx` } : { filename: `models/m${i}.onnx`, status: i % 2 ? 'added' : 'modified' },
  );
}

describe('pagination (Link rel="next")', () => {
  it('lists 250 PR files over 3 pages of 100, renames keep previous_filename', async () => {
    const files = manyFiles(250);
    gh.addPullRequest({ number: 7, headSha: 'h'.repeat(40), baseSha: 'b'.repeat(40), files });
    const listed = await client().listPullRequestFiles(7);
    expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(listed.map((f) => f.status)).toEqual(files.map((f) => f.status));
    expect(listed.filter((f) => f.previous_filename).map((f) => f.previous_filename)).toEqual(files.filter((f) => f.previous_filename).map((f) => f.previous_filename));
    expect(listed.every((f) => /^[0-9a-f]{40}$/.test(f.sha))).toBe(true);
    const gets = gh.requests.filter((r) => r.path.endsWith('/files'));
    expect(gets.map((r) => [r.path, r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['/repos/acme/models/pulls/7/files', '100', '1'],
      ['/repositories/424242/pulls/7/files', '100', '2'], // followed as given, not rebuilt
      ['/repositories/424242/pulls/7/files', '100', '3'],
    ]);
  });

  it('the files list stops at 3,000 as GitHub does; changed_files says how many there are', async () => {
    gh.addPullRequest({ number: 8, headSha: 'a', baseSha: 'b', files: manyFiles(3050) });
    const c = client();
    expect((await c.listPullRequestFiles(8)).length).toBe(3000);
    expect((await c.getPullRequest(8)).changed_files).toBe(3050);
    expect(gh.requests.filter((r) => r.path.endsWith('/files')).length).toBe(30);
  });

  it('lists comments over 3 pages when the server pages by 10', async () => {
    await gh.close();
    gh = await startFakeGitHub({ token: TOKEN, maxPerPage: 10 });
    gh.addIssue(3);
    for (let i = 0; i < 25; i++) gh.addComment(3, `comment ${i}`, { login: i % 2 ? 'alice' : 'bob' });
    const comments = await client().listIssueComments(3);
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 25 }, (_, i) => `comment ${i}`));
    expect(comments[1]?.user?.login).toBe('alice');
    expect(gh.requests.filter((r) => r.method === 'GET').length).toBe(3);
  });

  it('one page and an empty list need one request each', async () => {
    gh.addPullRequest({ number: 1, headSha: 'a', baseSha: 'b', files: manyFiles(3) });
    expect((await client().listPullRequestFiles(1)).length).toBe(3);
    expect(await client().listIssueComments(1)).toEqual([]);
    expect(gh.requests.length).toBe(2);
  });

  it('refuses a next link to another origin (the token would go there)', async () => {
    gh.addIssue(2);
    gh.failNext({ status: 200, body: [], headers: { link: '<http://127.0.0.2:9/repos/acme/models/issues/2/comments?page=2>; rel="next"' } });
    const err = await caught(client().listIssueComments(2));
    expect(err.message).toMatch(/another origin/);
  });

});

describe('calls and request shape', () => {
  it('gets a pull request and round-trips a comment (create, update, delete)', async () => {
    gh.addPullRequest({ number: 5, headSha: 'c'.repeat(40), baseSha: 'd'.repeat(40), headRepo: 'fork/models' });
    const c = client({ userAgent: 'energy-diff-test/1' });
    const pr = await c.getPullRequest(5);
    expect([pr.number, pr.head.sha, pr.base.sha, pr.head.repo?.full_name]).toEqual([5, 'c'.repeat(40), 'd'.repeat(40), 'fork/models']);
    const created = await c.createIssueComment(5, 'hello');
    expect(gh.comments(5).map((x) => x.body)).toEqual(['hello']);
    const updated = await c.updateIssueComment(created.id, 'hello again');
    expect([updated.id, updated.body]).toEqual([created.id, 'hello again']);
    await c.deleteIssueComment(created.id);
    expect(gh.comments(5)).toEqual([]);
    const post = gh.requests.find((r) => r.method === 'POST');
    expect(post?.headers.authorization).toBe(`token ${TOKEN}`); // @octokit/auth-token's scheme for a non-JWT token
    expect(post?.headers['user-agent']).toMatch(/^energy-diff-test\/1 octokit-core\.js\//);
    expect(post?.headers.accept).toBe('application/vnd.github+json');
    expect(post?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(post?.body).toEqual({ body: 'hello' });
  });

  it('login: /user for a user token, github-actions[bot] when an installation token gets 403', async () => {
    expect(await client().getAuthenticatedLogin()).toBe('github-actions[bot]');
    gh.identity = { login: 'octocat', type: 'User', canReadUser: true };
    expect(await client().getAuthenticatedLogin()).toBe('octocat');
  });

  it('minimizes a comment through GraphQL', async () => {
    gh.addIssue(4);
    const comment = gh.addComment(4, 'old');
    const c = client();
    expect(await c.getMinimizedStates([comment.node_id, 'IC_unknown'])).toEqual(new Map([[comment.node_id, false]]));
    await c.minimizeComment(comment.node_id);
    expect([comment.minimized, comment.minimizedReason]).toEqual([true, 'outdated']);
    expect(await c.getMinimizedStates([comment.node_id])).toEqual(new Map([[comment.node_id, true]]));
    const err = await caught(c.minimizeComment('IC_missing'));
    expect([err.kind, err.path]).toEqual(['not-found', '/graphql']);
  });

  it('GitHub Enterprise Server: REST under /api/v3, GraphQL at /api/graphql', async () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
    await gh.close();
    gh = await startFakeGitHub({ token: TOKEN, basePath: '/api/v3' });
    gh.addIssue(9);
    const c = client();
    for (let i = 0; i < 150; i++) gh.addComment(9, `c${i}`);
    expect((await c.listIssueComments(9)).length).toBe(150);
    expect(gh.requests.map((r) => r.path)).toEqual(['/repos/acme/models/issues/9/comments', '/repositories/424242/issues/9/comments']);
    const created = await c.createIssueComment(9, 'on GHES');
    await c.minimizeComment(created.node_id);
    expect(gh.commentById(created.id)?.minimized).toBe(true);
  });
});

describe('typed errors', () => {
  it('422 for a body over 65,536 characters carries the validation message and is not retried', async () => {
    gh.addIssue(1);
    const c = client();
    await c.createIssueComment(1, 'x'.repeat(65_536));
    const err = await caught(c.createIssueComment(1, 'x'.repeat(65_537)));
    expect([err.kind, err.status, err.method, err.path]).toEqual(['validation', 422, 'POST', '/repos/acme/models/issues/1/comments']);
    expect(err.apiMessage).toBe('Validation Failed: Body is too long (maximum is 65536 characters)');
    expect(err.code).toBe('E_GITHUB_VALIDATION');
    const blank = await caught(c.createIssueComment(1, '  '));
    expect(blank.apiMessage).toBe("Validation Failed: Body can't be blank");
    expect(gh.requests.filter((r) => r.method === 'POST').length).toBe(3);
    expect(waits).toEqual([]);
  });

  it('read-only token: 403 forbidden with the API message; reads still work', async () => {
    gh.addIssue(1);
    gh.readOnly = true;
    const c = client();
    expect(await c.listIssueComments(1)).toEqual([]);
    const err = await caught(c.createIssueComment(1, 'hi'));
    expect([err.kind, err.status, err.apiMessage]).toEqual(['forbidden', 403, 'Resource not accessible by integration']);
    expect(waits).toEqual([]);
  });

  it('404 is not-found; a bad token is 401 forbidden; the token never appears in messages', async () => {
    const missing = await caught(client().getPullRequest(404));
    expect([missing.kind, missing.status, missing.apiMessage]).toEqual(['not-found', 404, 'Not Found']);
    const bad = await caught(client({ token: 'wrong' }).getPullRequest(1));
    expect([bad.kind, bad.status, bad.apiMessage]).toEqual(['forbidden', 401, 'Bad credentials']);
    expect(`${missing.message}${bad.message}`).not.toContain(TOKEN);
  });

  it('network failure after retries is kind network', async () => {
    const port = await freePort();
    const err = await caught(createGitHubClient({ apiUrl: `http://127.0.0.1:${port}`, token: TOKEN, owner: 'a', repo: 'b', retry: { maxRetries: 2 }, waitScaleMs: 0, onRetry: (n) => void waits.push(n.waitMs) }).getPullRequest(1));
    expect([err.kind, err.status]).toEqual(['network', 0]);
    expect(err.apiMessage).toMatch(/ECONNREFUSED/); // the cause, not just "fetch failed"
    expect(waits).toEqual([1000, 4000]); // plugin-retry: (n + 1)² seconds
  });
});

describe('retries', () => {
  it('a request that times out is retried as a network failure', async () => {
    gh.addPullRequest({ number: 2, headSha: 'a', baseSha: 'b' });
    gh.failNext({ status: 200, delayMs: 1500, path: '/pulls/2' });
    const pr = await client({ timeoutMs: 300 }).getPullRequest(2);
    expect(pr.number).toBe(2);
    expect(waits).toEqual([1000]);
  });

  it('a 200 that is not JSON (a proxy page) is a server error, not retried (a write may have happened)', async () => {
    gh.addPullRequest({ number: 2, headSha: 'a', baseSha: 'b' });
    gh.failNext({ status: 200, raw: '<html>proxy</html>' });
    const err = await caught(client().getPullRequest(2));
    expect([err.kind, err.status]).toEqual(['server', 200]);
    expect(err.apiMessage).toMatch(/not JSON: <html>proxy/);
    expect(gh.requests.length).toBe(1);
  });

  it('403 secondary rate limit waits retry-after, then succeeds', async () => {
    gh.addIssue(1);
    gh.rateLimitOnce({ retryAfterSeconds: 7, method: 'POST' });
    const comment = await client().createIssueComment(1, 'after the limit');
    expect(comment.body).toBe('after the limit');
    expect(waits).toEqual([7000]);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 201]);
    expect(gh.comments(1).length).toBe(1);
  });

  it('a secondary rate limit without retry-after waits a minute', async () => {
    gh.addIssue(1);
    gh.failNext({ status: 403, method: 'POST', body: { message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation.' } });
    await client().createIssueComment(1, 'x');
    expect(waits).toEqual([60_000]);
  });

  it('429 with retry-after is retried too', async () => {
    gh.addIssue(1);
    gh.rateLimitOnce({ retryAfterSeconds: 3, status: 429 });
    await client().listIssueComments(1);
    expect(waits).toEqual([3000]);
  });

  it('primary rate limit waits until x-ratelimit-reset (plus a second)', async () => {
    gh.addIssue(1);
    // plugin-throttling reads the clock itself: the wait is the reset, rounded up, plus a second.
    const reset = Math.floor(Date.now() / 1000) + 30;
    gh.primaryRateLimitOnce({ resetEpochSeconds: reset });
    await client().listIssueComments(1);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(30_000);
    expect(waits[0]).toBeLessThanOrEqual(31_000);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('a rate limit longer than maxWaitSeconds fails at once as rate-limit', async () => {
    gh.addIssue(1);
    gh.rateLimitOnce({ retryAfterSeconds: 600 });
    const err = await caught(client({ retry: { maxWaitSeconds: 60 } }).listIssueComments(1));
    expect([err.kind, err.status]).toEqual(['rate-limit', 403]);
    expect(err.apiMessage).toMatch(/secondary rate limit/);
    expect(waits).toEqual([]);
  });

  it('stops after maxRetries rate limits', async () => {
    gh.addIssue(1);
    for (let i = 0; i < 3; i++) gh.rateLimitOnce({ retryAfterSeconds: 1 });
    const err = await caught(client({ retry: { maxRetries: 2 } }).listIssueComments(1));
    expect(err.kind).toBe('rate-limit');
    expect(waits).toEqual([1000, 1000]);
  });

  it('5xx backs off 1 s, 4 s, then succeeds', async () => {
    gh.addPullRequest({ number: 2, headSha: 'a', baseSha: 'b' });
    gh.serverErrorOnce({ status: 502, times: 2 });
    expect((await client().getPullRequest(2)).number).toBe(2);
    expect(waits).toEqual([1000, 4000]);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('persistent 500 surfaces as kind server after maxRetries', async () => {
    gh.addPullRequest({ number: 2, headSha: 'a', baseSha: 'b' });
    gh.serverErrorOnce({ status: 500, times: 10 });
    const err = await caught(client({ retry: { maxRetries: 3 } }).getPullRequest(2));
    expect([err.kind, err.status, err.apiMessage]).toEqual(['server', 500, 'Server Error']);
    expect(gh.requests.length).toBe(4);
  });

  it('a 500 in the middle of pagination retries that page only', async () => {
    gh.addPullRequest({ number: 3, headSha: 'a', baseSha: 'b', files: manyFiles(250) });
    gh.failNext({ status: 500, path: '/files', match: (r) => r.query.page === '2' });
    expect((await client().listPullRequestFiles(3)).length).toBe(250);
    expect(gh.requests.map((r) => `${r.query.page ?? '1'}:${r.status}`)).toEqual(['1:200', '2:500', '2:200', '3:200']);
    expect(waits).toEqual([1000]);
  });
});

describe('HTTP(S)_PROXY and NO_PROXY (a CONNECT proxy on 127.0.0.1)', () => {
  // api.github.test resolves nowhere: only the proxy, which sends it to the fake's 127.0.0.1, can reach it.
  // (@actions/http-client never proxies loopback addresses, so the fake cannot be addressed as 127.0.0.1 here.)
  const HOST = 'api.github.test';
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY, http_proxy: process.env.http_proxy, no_proxy: process.env.no_proxy };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  const viaHost = (extra: Partial<GitHubClientOptions> = {}) => client({ apiUrl: gh.apiUrl.replace('127.0.0.1', HOST), ...extra });

  it('tunnels every request through the proxy; pagination and writes work; the token is not shown to the proxy', async () => {
    const proxy = await startConnectProxy(new Set([HOST]));
    try {
      await gh.close();
      gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: TOKEN, maxPerPage: 10 });
      for (const k of Object.keys(saved)) delete process.env[k];
      process.env.HTTP_PROXY = proxy.url;
      gh.addIssue(3);
      for (let i = 0; i < 25; i++) gh.addComment(3, `comment ${i}`);
      const c = viaHost();
      expect((await c.listIssueComments(3)).length).toBe(25);
      await c.createIssueComment(3, 'through the proxy');
      const port = new URL(gh.apiUrl).port;
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`${HOST}:${port}`]));
      expect(gh.requests.map((r) => `${r.method} ${r.query.page ?? '1'}`)).toEqual(['GET 1', 'GET 2', 'GET 3', 'POST 1']);
      expect(gh.requests.every((r) => r.headers.host === `${HOST}:${port}`)).toBe(true);
      expect(proxy.heads.join('\n')).not.toContain(TOKEN);
    } finally {
      await proxy.close();
    }
  });

  it('NO_PROXY naming the host goes direct (and here finds no such host); so does a run without a proxy', async () => {
    const proxy = await startConnectProxy(new Set([HOST]));
    try {
      for (const k of Object.keys(saved)) delete process.env[k];
      process.env.HTTP_PROXY = proxy.url;
      process.env.NO_PROXY = `example.com, .github.test`;
      const bypassed = await caught(viaHost({ retry: { maxRetries: 0 } }).getPullRequest(1));
      expect(bypassed.kind).toBe('network');
      delete process.env.HTTP_PROXY;
      delete process.env.NO_PROXY;
      const direct = await caught(viaHost({ retry: { maxRetries: 0 } }).getPullRequest(1));
      expect(direct.kind).toBe('network');
      expect(proxy.tunnels).toEqual([]);
      expect(gh.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
