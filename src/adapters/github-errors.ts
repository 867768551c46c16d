// Typed GitHub API errors: the HTTP status mapped to a small set of kinds the action can branch on
// (a fork's read-only token is 'forbidden', an oversized comment is 'validation'), with the API's own message.
import { type ErrorCode, EnergyDiffError } from '../core/common/index.js';

export type GitHubErrorKind = 'forbidden' | 'not-found' | 'validation' | 'rate-limit' | 'server' | 'network';

const GITHUB_ERROR_CODES: Record<GitHubErrorKind, ErrorCode> = {
  forbidden: 'E_GITHUB_FORBIDDEN',
  'not-found': 'E_GITHUB_NOT_FOUND',
  validation: 'E_GITHUB_VALIDATION',
  'rate-limit': 'E_GITHUB_RATE_LIMIT',
  server: 'E_GITHUB_SERVER',
  network: 'E_GITHUB_NETWORK',
};

export class GitHubError extends EnergyDiffError {
  constructor(
    readonly kind: GitHubErrorKind,
    /** HTTP status; 0 when no response arrived (network). */
    readonly status: number,
    readonly method: string,
    /** Request path without origin or query, e.g. /repos/o/r/issues/1/comments. */
    readonly path: string,
    /** The API's message (with validation details), or the network failure. */
    readonly apiMessage: string,
  ) {
    super(GITHUB_ERROR_CODES[kind], `GitHub API ${method} ${path}: ${status || 'no response'} ${apiMessage}`, {
      input: `${method} ${path}`,
    });
    this.name = 'GitHubError';
  }
}

/** Kind of an HTTP failure status. 401 is 'forbidden' too: either way the action cannot write. */
export function kindOfStatus(status: number, apiMessage: string): GitHubErrorKind {
  if (status === 429) return 'rate-limit';
  if (status === 403 && /rate limit/i.test(apiMessage)) return 'rate-limit';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status >= 500) return 'server';
  return 'validation';
}

interface ApiErrorBody {
  message?: unknown;
  errors?: unknown;
}

/**
 * The message of an error response: GitHub's `message` plus the `errors[].message` (or code/field) details
 * that say what failed validation, e.g. "Validation Failed: body is too long (maximum is 65536 characters)".
 * `body` is the parsed JSON, or the text of an answer that was not JSON.
 */
export function messageOfBody(body: unknown, statusText: string): string {
  let parsed: ApiErrorBody;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body) as ApiErrorBody;
    } catch {
      const trimmed = body.trim().slice(0, 300);
      return trimmed || statusText || 'no message';
    }
  } else parsed = (typeof body === 'object' && body !== null ? body : {}) as ApiErrorBody;
  const main = typeof parsed.message === 'string' && parsed.message ? parsed.message : statusText || 'no message';
  const details: string[] = [];
  if (Array.isArray(parsed.errors)) {
    for (const e of parsed.errors as unknown[]) {
      if (typeof e === 'string') details.push(e);
      else if (e && typeof e === 'object') {
        const o = e as Record<string, unknown>;
        if (typeof o.message === 'string') details.push(o.message);
        else details.push([o.resource, o.field, o.code].filter((x) => typeof x === 'string').join(' '));
      }
    }
  }
  const extra = details.filter((d) => d && d !== main);
  return extra.length ? `${main}: ${extra.join('; ')}` : main;
}

/** What @octokit/request throws (RequestError, named HttpError): a status, the request, the response if any. */
interface OctokitRequestError {
  name: string;
  status: number;
  message: string;
  cause?: unknown;
  request: { method: string; url: string };
  response?: { status: number; headers: Record<string, string | number | undefined>; data: unknown };
}

function isRequestError(err: unknown): err is OctokitRequestError {
  return err instanceof Error && err.name === 'HttpError' && typeof (err as { request?: unknown }).request === 'object';
}

/**
 * A failed Octokit call as a GitHubError. No response means the request never got an answer (refused,
 * reset, timed out): Octokit reports those as status 500, this says `network` and 0.
 */
export function toGitHubError(err: unknown): unknown {
  if (err instanceof GitHubError || !isRequestError(err)) return err;
  const method = err.request.method;
  const path = new URL(err.request.url).pathname;
  const res = err.response;
  if (!res) return new GitHubError('network', 0, method, path, networkMessage(err));
  const apiMessage = messageOfBody(res.data, '');
  const limited = res.headers['retry-after'] !== undefined || String(res.headers['x-ratelimit-remaining']) === '0';
  const kind = (res.status === 403 || res.status === 429) && limited ? 'rate-limit' : kindOfStatus(res.status, apiMessage);
  return new GitHubError(kind, res.status, method, path, apiMessage);
}

function networkMessage(err: OctokitRequestError): string {
  const cause = err.cause;
  if (cause instanceof Error && cause.name === 'TimeoutError') return 'request timed out';
  return err.message;
}
