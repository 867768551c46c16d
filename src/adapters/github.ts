// The GitHub API calls the action makes: pull request files and details, issue comments (list, create,
// update, delete), hiding a comment (GraphQL minimizeComment) and the token's login. Dependency-free:
// Node 20's global fetch, typed errors (GitHubError), bounded retries (github-http.ts).
import { GitHubError } from './github-errors.js';
import { paginate, request, type HttpContext, type RetryOptions } from './github-http.js';

export { GitHubError, type GitHubErrorKind } from './github-errors.js';
export type { RetryOptions } from './github-http.js';

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
  /** Injected for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Epoch milliseconds; default Date.now. */
  now?: () => number;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Retry notices (e.g. the action's info log); default silent. */
  log?: (message: string) => void;
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
  const ctx: HttpContext = {
    apiUrl: opts.apiUrl.replace(/\/+$/, ''),
    token: opts.token,
    userAgent: opts.userAgent ?? 'energy-diff',
    retry: { maxRetries: opts.retry?.maxRetries ?? 3, maxWaitSeconds: opts.retry?.maxWaitSeconds ?? 60 },
    sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: opts.now ?? Date.now,
    timeoutMs: opts.timeoutMs ?? 30_000,
    log: opts.log ?? (() => {}),
  };
  const graphqlUrl = opts.graphqlUrl ?? graphqlUrlFor(ctx.apiUrl);
  const repoPath = `/repos/${encodeURIComponent(opts.owner)}/${encodeURIComponent(opts.repo)}`;
  let login: Promise<string> | undefined;

  /** A GraphQL call; errors throw, except NOT_FOUND ones when `partial` (nodes(ids:) with a deleted id). */
  async function graphql<T>(query: string, variables: Record<string, unknown>, partial = false): Promise<T> {
    const res = await request<{ data?: T | null; errors?: { type?: string; message?: string }[] }>(ctx, 'POST', graphqlUrl, { query, variables });
    const path = new URL(graphqlUrl).pathname;
    const errors = (res.data?.errors ?? []).filter((e) => !(partial && e.type === 'NOT_FOUND'));
    const first = errors[0];
    if (first) {
      const kind = first.type === 'FORBIDDEN' ? 'forbidden' : first.type === 'NOT_FOUND' ? 'not-found' : first.type === 'RATE_LIMITED' ? 'rate-limit' : 'validation';
      throw new GitHubError(kind, res.status, 'POST', path, errors.map((e) => e.message ?? e.type ?? 'error').join('; '));
    }
    const data = res.data?.data;
    if (data === undefined || data === null) throw new GitHubError('server', res.status, 'POST', path, 'GraphQL response without data');
    return data;
  }

  return {
    owner: opts.owner,
    repo: opts.repo,
    async listPullRequestFiles(pullNumber) {
      const files = await paginate<PullRequestFile>(ctx, `${repoPath}/pulls/${int(pullNumber)}/files`);
      return files.map((f) => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        sha: f.sha,
      }));
    },
    async getPullRequest(pullNumber) {
      return (await request<PullRequest>(ctx, 'GET', `${repoPath}/pulls/${int(pullNumber)}`)).data;
    },
    listIssueComments(issueNumber) {
      return paginate<IssueComment>(ctx, `${repoPath}/issues/${int(issueNumber)}/comments`);
    },
    async createIssueComment(issueNumber, body) {
      return (await request<IssueComment>(ctx, 'POST', `${repoPath}/issues/${int(issueNumber)}/comments`, { body })).data;
    },
    async updateIssueComment(commentId, body) {
      return (await request<IssueComment>(ctx, 'PATCH', `${repoPath}/issues/comments/${int(commentId)}`, { body })).data;
    },
    async deleteIssueComment(commentId) {
      await request<void>(ctx, 'DELETE', `${repoPath}/issues/comments/${int(commentId)}`);
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
      login ??= request<{ login: string }>(ctx, 'GET', '/user').then(
        (res) => res.data.login,
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
