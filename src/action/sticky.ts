// The sticky PR comment: one comment per key, found by its hidden marker on the bot's own comments,
// updated in place, left alone when nothing but the marker would change, never overwritten by an older run,
// duplicates (two runs racing) folded into the newest. A read-only token (fork PR) is a result, not a throw,
// so the action can still write its job summary and outputs.
import { EnergyDiffError } from '../core/common/index.js';
import { GitHubError, type GitHubClient, type IssueComment } from '../adapters/github.js';

export type StickyStrategy = 'update' | 'new' | 'hide-and-new' | 'off';

export interface StickyOptions {
  client: GitHubClient;
  issueNumber: number;
  /** The comment; its first line may already be a marker (renderComment's opts.marker): it is replaced. */
  body: string;
  /** Separates several energy-diff comments on one PR (the `comment-key` input). */
  key: string;
  headSha: string;
  strategy: StickyStrategy;
  /** Author whose comments are ours; default: the token's login (github-actions[bot] for GITHUB_TOKEN). */
  botLogin?: string;
  /** When this run's data was produced (e.g. the event's time); orders runs so an older one never wins. */
  runTimestamp: Date | string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged' | 'stale' | 'skipped' | 'forbidden';
  /** The comment written or left in place; null when none (skipped, forbidden). */
  commentId: number | null;
  url: string | null;
  /** Why nothing was written: the API's message (forbidden) or the newer marker (stale). */
  reason?: string;
  /** Duplicate comments deleted. */
  deleted: number[];
  /** Older comments hidden (hide-and-new). */
  hidden: number[];
}

export interface StickyMarker {
  key: string;
  headSha: string;
  /** ISO 8601 time of the run that wrote the comment. */
  at: string;
}

const MARKER_RE = /^<!-- energy-diff:sticky((?: [^\s>]*)*) -->$/;

/** `<!-- energy-diff:sticky key=<key> head=<sha> at=<ISO> -->`, the format docs/comment.md shows. */
export function formatStickyMarker(marker: StickyMarker): string {
  return `<!-- energy-diff:sticky key=${encodeURIComponent(marker.key)} head=${encodeURIComponent(marker.headSha)} at=${isoSeconds(marker.at)} -->`;
}

/** The marker on the first line of a comment, or null. A marker without key= has the key "default". */
export function parseStickyMarker(body: string): StickyMarker | null {
  const first = body.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '';
  const m = MARKER_RE.exec(first.trimEnd());
  if (!m) return null;
  const fields = new Map<string, string>();
  for (const part of (m[1] ?? '').trim().split(' ')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq), safeDecode(part.slice(eq + 1)));
  }
  return { key: fields.get('key') ?? 'default', headSha: fields.get('head') ?? '', at: fields.get('at') ?? '' };
}

/** The body with this marker as its first line (an existing marker line replaced). */
export function withStickyMarker(body: string, marker: StickyMarker): string {
  return `${formatStickyMarker(marker)}\n${withoutStickyMarker(body)}`;
}

/** The body without a leading marker line, line endings normalised, trailing whitespace dropped. */
export function withoutStickyMarker(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trimEnd();
  if (parseStickyMarker(text) === null) return text;
  const start = text.replace(/^\s+/, '');
  const nl = start.indexOf('\n');
  return nl < 0 ? '' : start.slice(nl + 1);
}

export async function upsertStickyComment(opts: StickyOptions): Promise<StickyResult> {
  const none = { deleted: [] as number[], hidden: [] as number[] };
  if (opts.strategy === 'off') return { action: 'skipped', commentId: null, url: null, ...none };
  const ours: StickyMarker = { key: opts.key, headSha: opts.headSha, at: isoSeconds(opts.runTimestamp) };
  const body = withStickyMarker(opts.body, ours);
  const { client } = opts;
  try {
    if (opts.strategy === 'new') return created(await client.createIssueComment(opts.issueNumber, body), none);

    const login = (opts.botLogin ?? (await client.getAuthenticatedLogin())).toLowerCase(); // logins ignore case
    const comments = await client.listIssueComments(opts.issueNumber);
    const mine = newestFirst(comments.filter((c) => c.user?.login.toLowerCase() === login && parseStickyMarker(c.body)?.key === opts.key));
    const newest = mine[0];
    if (newest) {
      const theirs = parseStickyMarker(newest.body);
      if (theirs && timeOf(theirs.at) > timeOf(ours.at)) {
        const reason = `comment ${newest.id} was written by a newer run (${theirs.at}, head ${theirs.headSha}) than this one (${ours.at})`;
        return { action: 'stale', commentId: newest.id, url: newest.html_url, reason, ...none };
      }
    }
    const unchanged = newest !== undefined && withoutStickyMarker(newest.body) === withoutStickyMarker(body);

    if (opts.strategy === 'hide-and-new') {
      if (unchanged) return { action: 'unchanged', commentId: newest.id, url: newest.html_url, ...none };
      const hidden = await hideAll(client, mine);
      return { ...created(await client.createIssueComment(opts.issueNumber, body), none), hidden };
    }

    // 'update'
    if (!newest) return created(await client.createIssueComment(opts.issueNumber, body), none);
    let result: StickyResult;
    if (unchanged) result = { action: 'unchanged', commentId: newest.id, url: newest.html_url, ...none };
    else {
      try {
        const c = await client.updateIssueComment(newest.id, body);
        result = { action: 'updated', commentId: c.id, url: c.html_url, ...none };
      } catch (err) {
        // Deleted between listing and updating: write a new one.
        if (!(err instanceof GitHubError && err.kind === 'not-found')) throw err;
        result = created(await client.createIssueComment(opts.issueNumber, body), none);
      }
    }
    return { ...result, deleted: await deleteAll(client, mine.slice(1)) };
  } catch (err) {
    if (err instanceof GitHubError && err.kind === 'forbidden') {
      return { action: 'forbidden', commentId: null, url: null, reason: `${err.status} ${err.apiMessage} (${err.method} ${err.path})`, ...none };
    }
    throw err;
  }
}

function created(c: IssueComment, none: { deleted: number[]; hidden: number[] }): StickyResult {
  return { action: 'created', commentId: c.id, url: c.html_url, ...none };
}

/** Newest first: by the marker's time, then by id (ids grow with creation). */
function newestFirst(comments: IssueComment[]): IssueComment[] {
  const at = (c: IssueComment) => timeOf(parseStickyMarker(c.body)?.at ?? '');
  return [...comments].sort((a, b) => {
    const ta = at(a);
    const tb = at(b);
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    if (!Number.isNaN(ta) && ta !== tb) return tb - ta;
    return b.id - a.id;
  });
}

async function deleteAll(client: GitHubClient, comments: IssueComment[]): Promise<number[]> {
  const deleted: number[] = [];
  for (const c of comments) {
    try {
      await client.deleteIssueComment(c.id);
      deleted.push(c.id);
    } catch (err) {
      // Another run deleted it, or this token may not: the comment itself is written, so go on.
      if (!(err instanceof GitHubError && (err.kind === 'not-found' || err.kind === 'forbidden'))) throw err;
    }
  }
  return deleted;
}

/** Hides the comments not hidden yet (one query for their state, then one mutation each). */
async function hideAll(client: GitHubClient, comments: IssueComment[]): Promise<number[]> {
  if (comments.length === 0) return [];
  let states = new Map<string, boolean>();
  try {
    states = await client.getMinimizedStates(comments.map((c) => c.node_id));
  } catch (err) {
    // Without the states, hiding all again is harmless; only a missing permission ends it.
    if (err instanceof GitHubError && err.kind === 'forbidden') throw err;
  }
  const hidden: number[] = [];
  for (const c of comments) {
    if (states.get(c.node_id) === true) continue;
    try {
      await client.minimizeComment(c.node_id);
      hidden.push(c.id);
    } catch (err) {
      if (!(err instanceof GitHubError && err.kind === 'not-found')) throw err;
    }
  }
  return hidden;
}

function isoSeconds(t: Date | string): string {
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  if (!Number.isFinite(ms)) throw new EnergyDiffError('E_STICKY_TIMESTAMP', `runTimestamp is not a time: ${String(t)}`, { input: 'runTimestamp' });
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Epoch ms of an ISO time; NaN when unreadable (such a marker never counts as newer). */
function timeOf(iso: string): number {
  return Date.parse(iso);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
