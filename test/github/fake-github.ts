/**
 * FakeGitHub: a real node:http server on 127.0.0.1 (random port) that speaks the GitHub REST and GraphQL
 * shapes energy-diff uses. For the client tests here and for end-to-end runs of the action
 * (point GITHUB_API_URL / GITHUB_GRAPHQL_URL at it). No module mocks: requests go over TCP.
 *
 *   const gh = await startFakeGitHub({ owner: 'acme', repo: 'models', token: 'ghs_test' });
 *   gh.apiUrl        // 'http://127.0.0.1:PORT' (+ basePath, e.g. '/api/v3' to look like Enterprise Server)
 *   gh.graphqlUrl    // apiUrl + '/graphql' (or '/api/graphql' with basePath '/api/v3')
 *   gh.addPullRequest({ number: 7, headSha, baseSha, files: [{ filename: 'm.onnx', status: 'modified' }] });
 *   gh.addComment(7, '<!-- energy-diff:sticky ... -->\nbody', { login: 'octocat', type: 'User' });
 *   gh.addIssue(3);  // an issue without a PR (comments on unknown issues are 404)
 *   gh.pulls.get(7)!.labels = ['energy-measure'];  // DELETE /issues/7/labels/{name} removes one
 *   gh.comments(7)   // live comments of issue/PR 7, oldest first (deleted ones gone); .minimized for hidden ones
 *   gh.commentById(id)
 *   gh.identity = { login: 'octocat', type: 'User', canReadUser: true }; // who the token is (default:
 *                    // github-actions[bot], a Bot whose GET /user is 403); new comments are authored by it
 *   gh.requests      // every request: { method, path (no basePath, no query), query, body (parsed JSON), status }
 *   gh.writes()      // the POST/PATCH/DELETE requests (GraphQL included)
 *   gh.readOnly = true;                      // fork PR token: writes get 403 "Resource not accessible by integration"
 *   gh.rateLimitOnce({ retryAfterSeconds: 2 });  // next request: 403 (or status: 429) secondary limit, retry-after
 *   gh.primaryRateLimitOnce({ resetEpochSeconds }); // 403 with x-ratelimit-remaining: 0 and x-ratelimit-reset
 *   gh.serverErrorOnce({ status: 500 });     // next matching request: 5xx
 *   gh.failNext({ status, body, headers, method, path, match, times, delayMs, raw }); // any canned answer
 *   await gh.close();
 *
 * Behaviour copied from GitHub: per_page (default 30, max 100) and page with Link first/prev/next/last,
 * whose URLs name the repository by id (/repositories/424242/..., recorded under that path);
 * the files list stops at 3,000 files; comment bodies over 65,536 characters (code points) are 422 with the
 * "Validation Failed" error shape; unknown repos, PRs, issues and comments are 404 {"message":"Not Found"};
 * a wrong token is 401 "Bad credentials"; GET /user is 403 for an installation token (identity.canReadUser
 * false, the GITHUB_TOKEN case). Timestamps come from a fake clock (+1 s per write) so runs are deterministic.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleGraphql, RESOURCE_NOT_ACCESSIBLE } from './fake-github-graphql.js';
import { commentJson, DOCS, failureReply, fileJson, forbidden, MAX_COMMENT_CODE_POINTS, notFound, page, pullJson, validateBody } from './fake-github-shapes.js';

export { MAX_COMMENT_CODE_POINTS, RESOURCE_NOT_ACCESSIBLE };

export interface FakeIdentity {
  login: string;
  type: 'Bot' | 'User';
  /** false for installation tokens (GITHUB_TOKEN): GET /user answers 403. */
  canReadUser: boolean;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** Required bearer token; undefined accepts any (or none). */
  token?: string;
  /** Who the token is; default github-actions[bot] without /user access. */
  identity?: FakeIdentity;
  /** Path prefix of the REST API: '' (github.com style, default) or '/api/v3' (Enterprise Server). */
  basePath?: string;
  /** Largest per_page honoured (GitHub: 100); lower it to get many pages from few items. */
  maxPerPage?: number;
  /** First timestamp of the fake clock (default 2026-11-01T00:00:00Z). */
  clockStart?: string;
}

export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  sha?: string;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  headRef?: string;
  baseRef?: string;
  title?: string;
  /** Head repository full name; differs from owner/repo for a fork PR. */
  headRepo?: string;
  files?: FakeFile[];
  /** Label names on the pull request (DELETE /issues/{n}/labels/{name} removes one). */
  labels?: string[];
}

export interface FakeComment {
  id: number;
  node_id: string;
  issueNumber: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
  minimized: boolean;
  minimizedReason: string | null;
}

export interface RecordedRequest {
  method: string;
  /** Path without basePath and query, e.g. /repos/acme/models/issues/7/comments or /graphql. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Status the fake answered. */
  status: number;
}

export interface FailureSpec {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Only requests with this method (default any). */
  method?: string;
  /** Only paths containing this string or matching this pattern (default any). */
  path?: string | RegExp;
  /** Any other condition, e.g. (r) => r.query.page === '2'. */
  match?: (request: RecordedRequest) => boolean;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Answer only after this long (client timeouts). */
  delayMs?: number;
  /** Send these bytes instead of JSON (an HTML error page from a proxy, say). */
  raw?: string;
}

const MAX_FILES_LISTED = 3000;
/** The repository's numeric id, used in Link headers as GitHub does. */
export const REPOSITORY_ID = 424242;

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly requests: RecordedRequest[] = [];
  readonly pulls = new Map<number, FakePullRequest>();
  /** Issue numbers that exist (every PR is one). */
  readonly issues = new Set<number>();
  identity: FakeIdentity;
  readOnly = false;
  apiUrl = '';
  graphqlUrl = '';
  private readonly all: FakeComment[] = [];
  private readonly failures: (FailureSpec & { left: number })[] = [];
  private nextId = 1001;
  private clockMs: number;
  private server: Server | null = null;

  constructor(private readonly opts: FakeGitHubOptions = {}) {
    this.owner = opts.owner ?? 'acme';
    this.repo = opts.repo ?? 'models';
    this.identity = opts.identity ?? { login: 'github-actions[bot]', type: 'Bot', canReadUser: false };
    this.clockMs = Date.parse(opts.clockStart ?? '2026-11-01T00:00:00Z');
  }

  async listen(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    const { port } = server.address() as AddressInfo;
    const base = this.opts.basePath ?? '';
    this.apiUrl = `http://127.0.0.1:${port}${base}`;
    this.graphqlUrl = base === '/api/v3' ? `http://127.0.0.1:${port}/api/graphql` : `${this.apiUrl}/graphql`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addPullRequest(pr: FakePullRequest): void {
    this.pulls.set(pr.number, pr);
    this.issues.add(pr.number);
  }

  addIssue(issueNumber: number): void {
    this.issues.add(issueNumber);
  }

  /** A comment as if someone posted it (default author: the token's identity). */
  addComment(issueNumber: number, body: string, user?: { login: string; type?: string }): FakeComment {
    this.issues.add(issueNumber);
    return this.create(issueNumber, body, user ? { login: user.login, type: user.type ?? 'User' } : this.identityUser());
  }

  /** Live comments of one issue, oldest first. */
  comments(issueNumber: number): FakeComment[] {
    return this.all.filter((c) => c.issueNumber === issueNumber);
  }

  commentById(id: number): FakeComment | undefined {
    return this.all.find((c) => c.id === id);
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  failNext(spec: FailureSpec): void {
    this.failures.push({ ...spec, left: spec.times ?? 1 });
  }

  rateLimitOnce(opts: { retryAfterSeconds?: number; status?: 403 | 429; method?: string; path?: string | RegExp } = {}): void {
    this.failNext({
      status: opts.status ?? 403,
      headers: { 'retry-after': String(opts.retryAfterSeconds ?? 1) },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` },
      ...(opts.method ? { method: opts.method } : {}),
      ...(opts.path ? { path: opts.path } : {}),
    });
  }

  primaryRateLimitOnce(opts: { resetEpochSeconds: number; method?: string; path?: string | RegExp }): void {
    this.failNext({
      status: 403,
      headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(opts.resetEpochSeconds) },
      body: { message: 'API rate limit exceeded for installation ID 1234567.', documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` },
      ...(opts.method ? { method: opts.method } : {}),
      ...(opts.path ? { path: opts.path } : {}),
    });
  }

  serverErrorOnce(opts: { status?: number; times?: number; method?: string; path?: string | RegExp } = {}): void {
    this.failNext({ status: opts.status ?? 500, body: { message: 'Server Error' }, times: opts.times ?? 1, ...(opts.method ? { method: opts.method } : {}), ...(opts.path ? { path: opts.path } : {}) });
  }

  // ------------------------------------------------------------------ used by the GraphQL handler

  /** Advances the fake clock by one second and returns it (ISO, no milliseconds). */
  tick(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString().replace('.000Z', 'Z');
  }

  commentByNodeId(nodeId: string): FakeComment | undefined {
    return this.all.find((c) => c.node_id === nodeId);
  }

  // ------------------------------------------------------------------ request handling

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const base = this.opts.basePath ?? '';
    let path = url.pathname;
    if (base === '/api/v3' && path === '/api/graphql') path = '/graphql';
    else if (base && path.startsWith(base)) path = path.slice(base.length) || '/';
    const text = await readBody(req);
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), body, headers: req.headers, status: 0 };
    this.requests.push(record);
    const origin = `http://${req.headers.host ?? '127.0.0.1'}${base}`;
    const failure = this.takeFailure(record);
    if (failure?.delayMs) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    if (res.destroyed) return;
    const reply = failure ? failureReply(failure) : this.route(record, origin);
    record.status = reply.status;
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(reply.raw ?? (reply.status === 204 || reply.body === undefined ? undefined : JSON.stringify(reply.body)));
  }

  /** The first injected failure that matches (used up by one), unless the token is wrong. */
  private takeFailure(r: RecordedRequest): FailureSpec | undefined {
    if (this.badToken(r)) return undefined;
    const failure = this.failures.find((f) => f.left > 0 && (!f.method || f.method === r.method) && pathMatches(f.path, r.path) && (!f.match || f.match(r)));
    if (failure) failure.left--;
    return failure;
  }

  private badToken(r: RecordedRequest): boolean {
    if (this.opts.token === undefined) return false;
    const auth = String(r.headers.authorization ?? '');
    return auth !== `Bearer ${this.opts.token}` && auth !== `token ${this.opts.token}`;
  }

  private route(r: RecordedRequest, origin: string): Reply {
    if (this.badToken(r)) return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } };
    if (r.path === '/graphql' && r.method === 'POST') return handleGraphql(this, r.body);
    if (r.path === '/user' && r.method === 'GET') {
      if (!this.identity.canReadUser) return forbidden(`${DOCS}/users/users#get-the-authenticated-user`);
      return { status: 200, body: { login: this.identity.login, id: 1, type: this.identity.type } };
    }
    // GitHub's Link headers name the repository by id (/repositories/123/...); both forms route here.
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(r.path) ?? /^\/repositories\/(\d+)()(\/.*)$/.exec(r.path);
    if (!m || (m[2] === '' ? Number(m[1]) !== REPOSITORY_ID : m[1] !== this.owner || m[2] !== this.repo)) return notFound();
    const rest = m[3] ?? '';
    const write = r.method !== 'GET';
    if (write && this.readOnly) return forbidden(`${DOCS}/issues/comments`);
    const link = `${origin}/repositories/${REPOSITORY_ID}${rest}`;

    let p: RegExpExecArray | null;
    if ((p = /^\/pulls\/(\d+)$/.exec(rest)) && r.method === 'GET') {
      const pr = this.pulls.get(Number(p[1]));
      return pr ? { status: 200, body: pullJson(this.fullName, pr) } : notFound();
    }
    if ((p = /^\/pulls\/(\d+)\/files$/.exec(rest)) && r.method === 'GET') {
      const pr = this.pulls.get(Number(p[1]));
      if (!pr) return notFound();
      const files = (pr.files ?? []).slice(0, MAX_FILES_LISTED).map((f) => fileJson(this.fullName, f));
      return page(files, r.query, link, this.opts.maxPerPage ?? 100);
    }
    if ((p = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const n = Number(p[1]);
      if (!this.issues.has(n)) return notFound();
      if (r.method === 'GET') return page(this.comments(n).map((c) => commentJson(this.fullName, c)), r.query, link, this.opts.maxPerPage ?? 100);
      if (r.method === 'POST') {
        const invalid = validateBody(r.body, 'create-an-issue-comment');
        if (invalid) return invalid;
        return { status: 201, body: commentJson(this.fullName, this.create(n, (r.body as { body: string }).body, this.identityUser())) };
      }
    }
    if ((p = /^\/issues\/(\d+)\/labels\/([^/]+)$/.exec(rest)) && r.method === 'DELETE') {
      const pr = this.pulls.get(Number(p[1]));
      const name = decodeURIComponent(p[2] as string);
      if (!pr?.labels?.includes(name)) return { status: 404, body: { message: 'Label does not exist', documentation_url: DOCS, status: '404' } };
      pr.labels = pr.labels.filter((l) => l !== name);
      return { status: 200, body: pr.labels.map((l) => ({ name: l })) };
    }
    if ((p = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const c = this.commentById(Number(p[1]));
      if (!c) return notFound();
      if (r.method === 'GET') return { status: 200, body: commentJson(this.fullName, c) };
      if (r.method === 'PATCH') {
        const invalid = validateBody(r.body, 'update-an-issue-comment');
        if (invalid) return invalid;
        c.body = (r.body as { body: string }).body;
        c.updated_at = this.tick();
        return { status: 200, body: commentJson(this.fullName, c) };
      }
      if (r.method === 'DELETE') {
        this.all.splice(this.all.indexOf(c), 1);
        return { status: 204 };
      }
    }
    return notFound();
  }

  private create(issueNumber: number, body: string, user: { login: string; type: string }): FakeComment {
    const id = this.nextId++;
    const at = this.tick();
    const kind = this.pulls.has(issueNumber) ? 'pull' : 'issues';
    const c: FakeComment = {
      id,
      node_id: `IC_kwDO${Buffer.from(`IssueComment:${id}`).toString('base64url')}`,
      issueNumber,
      body,
      user,
      html_url: `https://github.com/${this.owner}/${this.repo}/${kind}/${issueNumber}#issuecomment-${id}`,
      created_at: at,
      updated_at: at,
      minimized: false,
      minimizedReason: null,
    };
    this.all.push(c);
    return c;
  }

  private get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  private identityUser(): { login: string; type: string } {
    return { login: this.identity.login, type: this.identity.type };
  }

}

export async function startFakeGitHub(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return new FakeGitHub(opts).listen();
}

export interface Reply {
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

function pathMatches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? path.includes(pattern) : pattern.test(path);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
