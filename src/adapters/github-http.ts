// One HTTP request to the GitHub REST/GraphQL API over Node's global fetch, with bounded retries:
// rate limits wait what GitHub says (retry-after, or x-ratelimit-reset when x-ratelimit-remaining is 0),
// 5xx and network failures back off exponentially. Pagination follows Link rel="next" on the same origin only
// (the token must never be sent elsewhere).
import { GitHubError, kindOfStatus, messageOfBody, type GitHubErrorKind } from './github-errors.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  maxRetries: number;
  /** Longest single wait; a rate limit that needs longer fails at once instead of sleeping (default 60). */
  maxWaitSeconds: number;
}

export interface HttpContext {
  /** API root without trailing slash: https://api.github.com or https://ghe.example/api/v3. */
  apiUrl: string;
  token: string;
  userAgent: string;
  retry: RetryOptions;
  sleep: (ms: number) => Promise<void>;
  /** Epoch milliseconds (x-ratelimit-reset is epoch seconds). */
  now: () => number;
  timeoutMs: number;
  log: (message: string) => void;
}

export interface HttpResult<T> {
  status: number;
  data: T;
  headers: Headers;
}

/** Wait after a secondary rate limit that names no time (GitHub: "wait at least one minute"). */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const MAX_PAGES = 1000;

export async function request<T>(ctx: HttpContext, method: string, pathOrUrl: string, body?: unknown): Promise<HttpResult<T>> {
  const url = resolveUrl(ctx, pathOrUrl);
  const path = new URL(url).pathname;
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    let text: string;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${ctx.token}`,
          'user-agent': ctx.userAgent,
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(ctx.timeoutMs),
      });
      text = await res.text(); // the body can fail too (connection reset, timeout mid-body)
    } catch (err) {
      const message = networkMessage(err);
      const waitMs = backoffMs(attempt);
      if (attempt < ctx.retry.maxRetries && waitMs <= ctx.retry.maxWaitSeconds * 1000) {
        ctx.log(`GitHub ${method} ${path}: ${message}; retrying in ${waitMs / 1000} s`);
        await ctx.sleep(waitMs);
        continue;
      }
      throw new GitHubError('network', 0, method, path, message);
    }
    if (res.ok) return { status: res.status, data: parseJson<T>(text, res.status, method, path), headers: res.headers };

    const apiMessage = messageOfBody(text, res.statusText);
    const kind = classify(res, apiMessage);
    const waitMs = retryWaitMs(ctx, kind, res.headers, attempt);
    if (waitMs !== null && attempt < ctx.retry.maxRetries && waitMs <= ctx.retry.maxWaitSeconds * 1000) {
      ctx.log(`GitHub ${method} ${path}: ${res.status} ${apiMessage}; retrying in ${Math.ceil(waitMs / 1000)} s`);
      await ctx.sleep(waitMs);
      continue;
    }
    throw new GitHubError(kind, res.status, method, path, apiMessage);
  }
}

/** All items of a paginated list endpoint (per_page=100, following Link rel="next"). */
export async function paginate<T>(ctx: HttpContext, path: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | null = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
  for (let page = 0; next !== null; page++) {
    if (page >= MAX_PAGES) throw new GitHubError('validation', 0, 'GET', path, `more than ${MAX_PAGES} pages`);
    const res: HttpResult<T[]> = await request<T[]>(ctx, 'GET', next);
    if (!Array.isArray(res.data)) throw new GitHubError('validation', res.status, 'GET', path, 'expected a JSON array');
    items.push(...res.data);
    next = linkRel(res.headers.get('link'), 'next');
  }
  return items;
}

/** The URL of one relation in a Link header, e.g. rel="next". */
export function linkRel(link: string | null, rel: string): string | null {
  if (!link) return null;
  for (const m of link.matchAll(/<([^>]*)>\s*((?:;\s*[^;,]*)*)/g)) {
    const rels = /rel\s*=\s*"?([^";,]*)"?/.exec(m[2] ?? '')?.[1]?.split(/\s+/) ?? [];
    if (rels.includes(rel) && m[1]) return m[1];
  }
  return null;
}

function resolveUrl(ctx: HttpContext, pathOrUrl: string): string {
  if (pathOrUrl.startsWith('/')) return `${ctx.apiUrl}${pathOrUrl}`;
  const url = new URL(pathOrUrl);
  if (url.origin !== new URL(ctx.apiUrl).origin) {
    throw new GitHubError('validation', 0, 'GET', url.pathname, `refusing to follow a link to another origin (${url.origin})`);
  }
  return url.toString();
}

function classify(res: Response, apiMessage: string): GitHubErrorKind {
  const limited = res.headers.get('retry-after') !== null || res.headers.get('x-ratelimit-remaining') === '0';
  if ((res.status === 403 || res.status === 429) && limited) return 'rate-limit';
  return kindOfStatus(res.status, apiMessage);
}

/** How long to wait before retrying, or null when the failure is not worth retrying. */
function retryWaitMs(ctx: HttpContext, kind: GitHubErrorKind, headers: Headers, attempt: number): number | null {
  if (kind === 'server') return backoffMs(attempt);
  if (kind !== 'rate-limit') return null;
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000;
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - ctx.now());
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - ctx.now()) + 1000; // a second past the reset: clocks differ
  }
  return SECONDARY_LIMIT_WAIT_MS;
}

function parseJson<T>(text: string, status: number, method: string, path: string): T {
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    // A proxy or captive portal answering 200 with HTML, say.
    throw new GitHubError('server', status, method, path, `response is not JSON: ${text.slice(0, 80)}`);
  }
}

function backoffMs(attempt: number): number {
  return 1000 * 2 ** attempt;
}

function networkMessage(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return 'request timed out';
    const cause = (err as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : '';
    return detail ? `${err.message} (${detail})` : err.message;
  }
  return String(err);
}
