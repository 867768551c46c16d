// The Octokit the action talks to GitHub with: @actions/github's client (REST methods, pagination, the
// token), @octokit/plugin-retry (5xx and network failures) and @octokit/plugin-throttling (primary and
// secondary rate limits, spaced writes), plus what this project requires of any GitHub client:
// - requests go only to the configured API origin: a pagination Link elsewhere is refused before it is sent
//   (the token would go with it), and the fetch below refuses any other URL as a last line;
// - every request has a timeout; HTTP(S)_PROXY / NO_PROXY are honoured (@actions/http-client's proxy agent);
// - a 2xx answer that is not JSON (a proxy's or captive portal's page) is an error, never data;
// - waits are scaled by `waitScaleMs` (tests run them in milliseconds) and each retry is reported.
import { HttpClient } from '@actions/http-client';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { actionsGithub } from './actions-github.js';
import { GitHubError } from './github-errors.js';

export interface RetryNotice {
  method: string;
  /** Request path without origin or query. */
  path: string;
  /** Why: "502 Bad Gateway", "secondary rate limit", "connect ECONNREFUSED …". */
  reason: string;
  /** The wait before the next attempt at full scale (what GitHub asked for, or the backoff). */
  waitMs: number;
}

export interface OctokitSettings {
  apiUrl: string;
  graphqlUrl: string;
  token: string;
  userAgent: string;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** A rate limit that needs a longer wait fails at once instead of holding the runner. */
  maxWaitSeconds: number;
  /** Milliseconds per second of waiting (the plugins' retryAfterBaseValue): 1000, or less in tests. */
  waitScaleMs: number;
  timeoutMs: number;
  /** Space writes as GitHub asks (≥ 1 s apart, 3 s for comments); tests turn it off. */
  paceWrites: boolean;
  onRetry: (notice: RetryNotice) => void;
  /** Octokit's own warnings (deprecated endpoints). */
  warn: (message: string) => void;
}

/** Statuses plugin-retry leaves alone: client errors, and 429, whose Retry-After the throttling plugin honours. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/** A URL the token may be sent to, or a GitHubError (not retried: nothing was sent). */
export function assertApiOrigin(url: string, origins: ReadonlySet<string>, method = 'GET'): void {
  const target = new URL(url);
  if (!origins.has(target.origin)) {
    throw new GitHubError('validation', 0, method, target.pathname, `refusing to send a request to another origin (${target.origin})`);
  }
}

/** The fetch Octokit calls: only the API's origins, a timeout, the proxy the environment names. */
function apiFetch(origins: ReadonlySet<string>, timeoutMs: number): typeof globalThis.fetch {
  const client = new HttpClient();
  const dispatchers = new Map<string, Dispatcher | undefined>();
  return (async (input: string | URL, init: RequestInit = {}) => {
    const url = String(input);
    assertApiOrigin(url, origins, init.method);
    const origin = new URL(url).origin;
    if (!dispatchers.has(origin)) dispatchers.set(origin, client.getAgentDispatcher(url) as Dispatcher | undefined);
    const dispatcher = dispatchers.get(origin);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return undiciFetch(url, { ...(init as object), signal, ...(dispatcher ? { dispatcher } : {}) });
  }) as unknown as typeof globalThis.fetch;
}

type EndpointOptions = { method: string; url: string; [key: string]: unknown };

export async function createOctokit(s: OctokitSettings) {
  const { getOctokit } = await actionsGithub();
  const origins = new Set([new URL(s.apiUrl).origin, new URL(s.graphqlUrl).origin]);
  const limit = (reason: string) => (retryAfterSeconds: number, options: EndpointOptions, _octokit: unknown, retryCount: number): boolean => {
    const wanted = retryCount < s.maxRetries && retryAfterSeconds <= s.maxWaitSeconds;
    if (wanted) s.onRetry({ method: options.method, path: pathOf(options), reason, waitMs: retryAfterSeconds * 1000 });
    return wanted;
  };
  // Groups without minTime: the plugin's defaults space writes 1 s apart and comments 3 s.
  const unpaced = s.paceWrites ? {} : { write: new Bottleneck.Group(), notifications: new Bottleneck.Group(), search: new Bottleneck.Group() };
  const octokit = getOctokit(
    s.token,
    {
      baseUrl: s.apiUrl,
      userAgent: s.userAgent,
      log: { debug: () => {}, info: () => {}, warn: s.warn, error: s.warn },
      request: { fetch: apiFetch(origins, s.timeoutMs) },
      retry: { retries: s.maxRetries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: s.waitScaleMs },
      throttle: { retryAfterBaseValue: s.waitScaleMs, onRateLimit: limit('rate limit'), onSecondaryRateLimit: limit('secondary rate limit'), ...unpaced },
    },
    retry,
    throttling,
  );
  const pathOf = (options: EndpointOptions): string => {
    try {
      return new URL(octokit.request.endpoint.parse(options as never).url).pathname;
    } catch {
      return options.url;
    }
  };

  // Registered after the plugins, so these run once per call, outside the retries.
  octokit.hook.before('request', (options) => {
    options.headers.accept = 'application/vnd.github+json';
    options.headers['x-github-api-version'] = '2022-11-28';
    assertApiOrigin(octokit.request.endpoint.parse(options).url, origins, options.method);
  });
  octokit.hook.after('request', (response, options) => {
    const data: unknown = response.data;
    if ((typeof data === 'string' && data !== '') || data instanceof ArrayBuffer) {
      const text = typeof data === 'string' ? data : `${data.byteLength} bytes`;
      throw new GitHubError('server', response.status, options.method, new URL(response.url).pathname, `response is not JSON: ${text.slice(0, 80)}`);
    }
  });

  // plugin-retry asks for each retry through retryRequest (wait in units of retryAfterBaseValue); the last
  // call, once retries are used up, is not followed by one.
  const retrying = (octokit as unknown as { retry: { retryRequest: RetryRequest } }).retry;
  const retryRequest = retrying.retryRequest;
  retrying.retryRequest = (error, retries, retryAfter) => {
    if ((error.request.request?.retryCount ?? 0) < retries) {
      const reason = error.response ? `${error.status} ${statusReason(error.response.data)}` : `${error.message}`;
      s.onRetry({ method: error.request.method, path: new URL(error.request.url).pathname, reason, waitMs: retryAfter * 1000 });
    }
    return retryRequest(error, retries, retryAfter);
  };
  return octokit;
}

export type ApiOctokit = Awaited<ReturnType<typeof createOctokit>>;

type RetryRequest = (
  error: { status: number; message: string; request: { method: string; url: string; request?: { retryCount?: number } }; response?: { data: unknown } },
  retries: number,
  retryAfter: number,
) => unknown;

function statusReason(data: unknown): string {
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : '';
}
