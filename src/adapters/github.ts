// The GitHub API calls the action makes: pull request files and details, issue comments (list, create,
// update, delete), hiding a comment (GraphQL minimizeComment) and the token's login, over the Octokit of
// github-octokit.ts (retries, rate limits, origin guard, timeout, proxy); failures are typed GitHubErrors.
import { GitHubError, toGitHubError } from './github-errors.js';
import { createOctokit, type ApiOctokit, type RetryNotice } from './github-octokit.js';

export { GitHubError, type GitHubErrorKind } from './github-errors.js';
export type { RetryNotice } from './github-octokit.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries: number;
  /** Longest single wait; a rate limit that needs longer fails at once instead of sleeping (default 60). */
  maxWaitSeconds: number;
}

export interface GitHubClientOptions {
  /** REST root: GITHUB_API_URL (https://api.github.com, or https://host/api/v3 on GitHub Enterprise Server). */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  userAgent?: string;
  retry?: Partial<RetryOptions>;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL); derived from apiUrl when absent. */
  graphqlUrl?: string;
  /** Milliseconds per second of waiting (retries, rate limits); default 1000, tests pass 0. */
  waitScaleMs?: number;
  /** Space writes as GitHub asks (default true; tests turn it off). */
  paceWrites?: boolean;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Told before each retry, with the wait (e.g. for the action's log); default silent. */
  onRetry?: (notice: RetryNotice) => void;
  /** Octokit's warnings (deprecated endpoints); default silent. */
  warn?: (message: string) => void;
}

export type PullRequestFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullRequestFile {
  filename: string;
  status: PullRequestFileStatus;
  /** Old path of a rename or copy. */
  previous_filename?: string;
  /** Blob SHA of the head version. */
  sha: string;
}

export interface PullRequestRef {
  sha: string;
  ref: string;
  repo: { full_name: string } | null;
}

export interface PullRequest {
  number: number;
  state: string;
  title: string;
  html_url: string;
  head: PullRequestRef;
  base: PullRequestRef;
  /** Files the PR changes; the files endpoint lists at most 3,000 (past that, use git). */
  changed_files?: number;
}

export interface IssueComment {
  id: number;
  /** GraphQL global id, needed by minimizeComment. */
  node_id: string;
  body: string;
  user: { login: string; type?: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface GitHubClient {
  readonly owner: string;
  readonly repo: string;
  /** Every file of the PR (paginated; GitHub stops at 3,000 files). */
  listPullRequestFiles(pullNumber: number): Promise<PullRequestFile[]>;
  getPullRequest(pullNumber: number): Promise<PullRequest>;
  /** Every comment on the issue or PR, oldest first (paginated). */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  deleteIssueComment(commentId: number): Promise<void>;
  /** Hides a comment as outdated (GraphQL minimizeComment). */
  minimizeComment(nodeId: string): Promise<void>;
  /** Which of these comments are already hidden (one GraphQL query); unknown ids are absent. */
  getMinimizedStates(nodeIds: string[]): Promise<Map<string, boolean>>;
  /** The token's login; an Actions GITHUB_TOKEN cannot read /user, so that 403 means 'github-actions[bot]'. */
  getAuthenticatedLogin(): Promise<string>;
}

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** GraphQL endpoint of a REST root: /graphql on github.com, /api/graphql on Enterprise Server (/api/v3). */
export function graphqlUrlFor(apiUrl: string): string {
  const root = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(root) ? root.replace(/\/api\/v3$/, '/api/graphql') : `${root}/graphql`;
}

export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  const graphqlUrl = opts.graphqlUrl ?? graphqlUrlFor(apiUrl);
  let octokit: Promise<ApiOctokit> | undefined;
  const api = () =>
    (octokit ??= createOctokit({
      apiUrl, graphqlUrl, token: opts.token, userAgent: opts.userAgent ?? 'energy-diff',
      maxRetries: opts.retry?.maxRetries ?? 3, maxWaitSeconds: opts.retry?.maxWaitSeconds ?? 60,
      waitScaleMs: opts.waitScaleMs ?? 1000, timeoutMs: opts.timeoutMs ?? 30_000, paceWrites: opts.paceWrites ?? true,
      onRetry: opts.onRetry ?? (() => {}), warn: opts.warn ?? (() => {}),
    }));
  /** Runs one call; whatever fails comes out as a GitHubError. */
  const call = async <T>(fn: (o: ApiOctokit) => Promise<T>): Promise<T> => {
    try {
      return await fn(await api());
    } catch (err) {
      throw toGitHubError(err);
    }
  };
  const repo = { owner: opts.owner, repo: opts.repo };
  const graphqlPath = new URL(graphqlUrl).pathname;
  let login: Promise<string> | undefined;

  /** A GraphQL call; errors throw, except NOT_FOUND ones when `partial` (nodes(ids:) with a deleted id). */
  async function graphql<T>(query: string, variables: Record<string, unknown>, partial = false): Promise<T> {
    let data: T | null | undefined;
    let errors: { type?: string; message?: string }[] = [];
    try {
      data = await call((o) => o.graphql<T>(query, { ...variables, ...(opts.graphqlUrl ? { url: graphqlUrl } : {}) }));
    } catch (err) {
      const e = err as { name?: string; errors?: typeof errors; data?: T };
      if (e.name !== 'GraphqlResponseError') throw err;
      errors = (e.errors ?? []).filter((x) => !(partial && x.type === 'NOT_FOUND'));
      data = e.data;
    }
    const first = errors[0];
    if (first) {
      const kind = first.type === 'FORBIDDEN' ? 'forbidden' : first.type === 'NOT_FOUND' ? 'not-found' : first.type === 'RATE_LIMITED' ? 'rate-limit' : 'validation';
      throw new GitHubError(kind, 200, 'POST', graphqlPath, errors.map((e) => e.message ?? e.type ?? 'error').join('; '));
    }
    if (data === undefined || data === null) throw new GitHubError('server', 200, 'POST', graphqlPath, 'GraphQL response without data');
    return data;
  }

  /** Every item of a list endpoint: per_page=100, Link rel="next" followed (on the API's origin only). */
  async function all<T>(route: string, params: Record<string, unknown>): Promise<T[]> {
    return call(async (o) => {
      const items: T[] = [];
      for await (const page of o.paginate.iterator(route, { ...repo, ...params, per_page: 100 })) {
        if (!Array.isArray(page.data)) throw new GitHubError('validation', page.status, 'GET', new URL(page.url).pathname, 'expected a JSON array');
        items.push(...(page.data as T[]));
      }
      return items;
    });
  }

  return {
    owner: opts.owner,
    repo: opts.repo,
    async listPullRequestFiles(pullNumber) {
      const files = await all<PullRequestFile>('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { pull_number: int(pullNumber) });
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        sha: f.sha,
      }));
    },
    async getPullRequest(pullNumber) {
      return call(async (o) => (await o.rest.pulls.get({ ...repo, pull_number: int(pullNumber) })).data as PullRequest);
    },
    listIssueComments(issueNumber) {
      return all<IssueComment>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: int(issueNumber) });
    },
    async createIssueComment(issueNumber, body) {
      return call(async (o) => (await o.rest.issues.createComment({ ...repo, issue_number: int(issueNumber), body })).data as IssueComment);
    },
    async updateIssueComment(commentId, body) {
      return call(async (o) => (await o.rest.issues.updateComment({ ...repo, comment_id: int(commentId), body })).data as IssueComment);
    },
    async deleteIssueComment(commentId) {
      await call((o) => o.rest.issues.deleteComment({ ...repo, comment_id: int(commentId) }));
    },
    async minimizeComment(nodeId) {
      await graphql(
        'mutation($id: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } } }',
        { id: nodeId, classifier: 'OUTDATED' },
      );
    },
    async getMinimizedStates(nodeIds) {
      const states = new Map<string, boolean>();
      if (nodeIds.length === 0) return states;
      const data = await graphql<{ nodes: ({ id?: string; isMinimized?: boolean } | null)[] }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
        { ids: nodeIds },
        true,
      );
      for (const node of data.nodes) if (node?.id !== undefined) states.set(node.id, node.isMinimized === true);
      return states;
    },
    getAuthenticatedLogin() {
      login ??= call(async (o) => (await o.rest.users.getAuthenticated()).data.login).then(
        (name) => name,
        (err: unknown) => {
          // Installation tokens (GITHUB_TOKEN) get 403 "Resource not accessible by integration" here.
          if (err instanceof GitHubError && err.kind === 'forbidden' && err.status === 403) return ACTIONS_BOT_LOGIN;
          login = undefined;
          throw err;
        },
      );
      return login;
    },
  };
}

function int(n: number): number {
  if (!Number.isSafeInteger(n) || n <= 0) throw new GitHubError('validation', 0, 'GET', '', `not a positive integer id: ${n}`);
  return n;
}
