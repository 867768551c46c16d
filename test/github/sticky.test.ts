// The sticky comment against FakeGitHub: the whole life of one PR's comment, and the cases that must not
// write (someone else's marker, an older run, a read-only fork token). Bodies are the real golden comments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createGitHubClient, GitHubError, type GitHubClient } from '../../src/adapters/github.js';
import { formatStickyMarker, parseStickyMarker, upsertStickyComment, withoutStickyMarker, type StickyOptions } from '../../src/action/sticky.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const golden = (name: string) => readFileSync(new URL(`../golden/${name}.md`, import.meta.url), 'utf8');
const ONE = golden('one-model-changed');
const OVER = golden('over-budget');
const SEVERAL = golden('several-models-profiles');
const HEAD1 = '1'.repeat(40);
const HEAD2 = '2'.repeat(40);
const PR = 12;

let gh: FakeGitHub;
let client: GitHubClient;

beforeEach(async () => {
  gh = await startFakeGitHub({ token: 't' });
  gh.addPullRequest({ number: PR, headSha: HEAD1, baseSha: '0'.repeat(40) });
  client = createGitHubClient({ apiUrl: gh.apiUrl, token: 't', owner: gh.owner, repo: gh.repo, waitScaleMs: 0, paceWrites: false });
});
afterEach(async () => {
  await gh.close();
});

function upsert(body: string, runTimestamp: string, extra: Partial<StickyOptions> = {}) {
  return upsertStickyComment({ client, issueNumber: PR, body, key: 'default', headSha: HEAD1, strategy: 'update', runTimestamp, ...extra });
}

/** Requests since the last call of this function. */
let seen = 0;
function newRequests(): string[] {
  const out = gh.requests.slice(seen).map((r) => `${r.method} ${r.path.replace(`/repos/${gh.owner}/${gh.repo}`, '')}`);
  seen = gh.requests.length;
  return out;
}
beforeEach(() => {
  seen = 0;
});

describe('marker', () => {
  it('is the format docs/comment.md and the golden comments show', () => {
    const first = ONE.split('\n', 1)[0] ?? '';
    const parsed = parseStickyMarker(ONE);
    expect(parsed).toEqual({ key: 'default', headSha: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d', at: '2026-11-22T14:00:00Z' });
    expect(formatStickyMarker(parsed!)).toBe(first);
    expect(readFileSync(new URL('../../docs/comment.md', import.meta.url), 'utf8')).toContain(first);
  });

  it('keys with spaces or "-->" cannot break out of the HTML comment', () => {
    const line = formatStickyMarker({ key: 'gpu models --> x', headSha: HEAD1, at: '2026-11-30T10:00:00.250Z' });
    expect(line).toBe(`<!-- energy-diff:sticky key=gpu%20models%20--%3E%20x head=${HEAD1} at=2026-11-30T10:00:00.250Z -->`);
    expect(parseStickyMarker(`${line}\nbody`)?.key).toBe('gpu models --> x');
  });

  it('only a first-line marker counts; a quoted one further down does not', () => {
    expect(parseStickyMarker(`> quoting\n${ONE}`)).toBeNull();
    expect(parseStickyMarker('<!-- energy-diff:sticky -->\nx')).toEqual({ key: 'default', headSha: '', at: '' });
    expect(withoutStickyMarker(ONE)).toBe(ONE.slice(ONE.indexOf('\n') + 1).trimEnd());
  });
});

describe('upsertStickyComment', () => {
  it('create → update → unchanged → stale → hide-and-new → duplicates folded', async () => {
    // 1. No comment yet: one is created, its marker ours (the golden marker replaced).
    const r1 = await upsert(ONE, '2026-11-30T10:00:00Z');
    expect(r1.action).toBe('created');
    expect(newRequests()).toEqual(['GET /user', `GET /issues/${PR}/comments`, `POST /issues/${PR}/comments`]);
    const [c1] = gh.comments(PR);
    expect(c1?.body).toBe(`<!-- energy-diff:sticky key=default head=${HEAD1} at=2026-11-30T10:00:00Z -->\n${withoutStickyMarker(ONE)}`);
    expect([r1.commentId, r1.url]).toEqual([c1?.id, c1?.html_url]);

    // 2. A later run with a different report updates the same comment in place.
    const r2 = await upsert(OVER, '2026-11-30T11:00:00Z', { headSha: HEAD2 });
    expect([r2.action, r2.commentId]).toEqual(['updated', c1?.id]);
    expect(newRequests()).toEqual([`GET /issues/${PR}/comments`, `PATCH /issues/comments/${c1?.id}`]); // login cached
    expect(gh.comments(PR).length).toBe(1);
    expect(parseStickyMarker(gh.comments(PR)[0]!.body)).toEqual({ key: 'default', headSha: HEAD2, at: '2026-11-30T11:00:00Z' });

    // 3. Same report again (only the marker would change): no PATCH.
    const r3 = await upsert(OVER, '2026-11-30T12:00:00Z', { headSha: HEAD2, botLogin: 'GitHub-Actions[bot]' });
    expect([r3.action, r3.commentId]).toEqual(['unchanged', c1?.id]);
    expect(newRequests()).toEqual([`GET /issues/${PR}/comments`]);

    // 4. A run older than the comment's (a slow run of an earlier push) leaves it alone.
    const r4 = await upsert(SEVERAL, '2026-11-30T10:30:00Z');
    expect(r4.action).toBe('stale');
    expect(r4.reason).toMatch(/newer run \(2026-11-30T11:00:00Z/);
    expect(gh.writes().length).toBe(2);
    expect(withoutStickyMarker(gh.comments(PR)[0]!.body)).toBe(withoutStickyMarker(OVER));
    newRequests();

    // 5. hide-and-new: the old one is hidden, a new one created.
    const r5 = await upsert(SEVERAL, '2026-11-30T13:00:00Z', { strategy: 'hide-and-new' });
    expect(r5.action).toBe('created');
    expect(r5.hidden).toEqual([c1?.id]);
    expect(newRequests()).toEqual([`GET /issues/${PR}/comments`, 'POST /graphql', 'POST /graphql', `POST /issues/${PR}/comments`]);
    expect(gh.comments(PR).map((c) => c.minimized)).toEqual([true, false]);

    // 6. Back to 'update' with two of ours on the PR: the newest is updated, the other deleted.
    const newest = gh.comments(PR)[1]!;
    const r6 = await upsert(ONE, '2026-11-30T14:00:00Z');
    expect([r6.action, r6.commentId, r6.deleted]).toEqual(['updated', newest.id, [c1?.id]]);
    expect(gh.comments(PR).map((c) => c.id)).toEqual([newest.id]);
    expect(withoutStickyMarker(gh.comments(PR)[0]!.body)).toBe(withoutStickyMarker(ONE));
  });

  it("ignores someone else's comment with the same marker, and other keys of ours", async () => {
    const quoted = gh.addComment(PR, ONE, { login: 'octocat', type: 'User' });
    const other = gh.addComment(PR, formatStickyMarker({ key: 'gpu', headSha: HEAD1, at: '2026-12-01T00:00:00Z' }) + '\nother key');
    const r = await upsert(OVER, '2026-11-30T10:00:00Z');
    expect(r.action).toBe('created');
    expect(gh.comments(PR).map((c) => c.id)).toEqual([quoted.id, other.id, r.commentId]);
    expect(gh.comments(PR)[0]?.body).toBe(ONE);
    expect(gh.comments(PR)[1]?.body).toMatch(/other key$/);
  });

  it('a human cannot block updates by posting a marker with a future time', async () => {
    await upsert(ONE, '2026-11-30T10:00:00Z');
    gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD2, at: '2030-01-01T00:00:00Z' }) + '\nfake', { login: 'mallory' });
    expect((await upsert(OVER, '2026-11-30T11:00:00Z')).action).toBe('updated');
  });

  it('duplicates from racing runs: the one with the newest marker is kept, whatever the ids', async () => {
    const newer = gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD2, at: '2026-11-30T09:00:00Z' }) + '\nnewer');
    const older = gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD1, at: '2026-11-30T08:00:00Z' }) + '\nolder');
    const r = await upsert(ONE, '2026-11-30T10:00:00Z');
    expect([r.action, r.commentId, r.deleted]).toEqual(['updated', newer.id, [older.id]]);
    // Unchanged body still cleans a duplicate up.
    gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD1, at: '2026-11-30T08:30:00Z' }) + '\nolder again');
    const again = await upsert(ONE, '2026-11-30T10:05:00Z');
    expect([again.action, again.commentId, again.deleted.length]).toEqual(['unchanged', newer.id, 1]);
    expect(gh.comments(PR).map((c) => c.id)).toEqual([newer.id]);
  });

  it('a marker without a readable time ranks below every timed one; a failed delete does not undo the update', async () => {
    const untimed = gh.addComment(PR, '<!-- energy-diff:sticky key=default -->\nuntimed, newest id');
    const timed = gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD1, at: '2026-11-30T08:00:00Z' }) + '\ntimed');
    const untimed2 = gh.addComment(PR, '<!-- energy-diff:sticky key=default head=x at=garbage -->\nuntimed too');
    gh.failNext({ status: 403, method: 'DELETE', body: { message: 'Must have admin rights to Repository.' } });
    const r = await upsert(ONE, '2026-11-30T10:00:00Z');
    expect([r.action, r.commentId]).toEqual(['updated', timed.id]);
    expect(r.deleted).toEqual([untimed.id]); // untimed2 (higher id, tried first) refused, untimed deleted
    expect(gh.comments(PR).map((c) => c.id)).toEqual([timed.id, untimed2.id]);
  });

  it('fork PR (read-only token): forbidden is returned, not thrown, and nothing is written', async () => {
    gh.readOnly = true;
    const r = await upsert(ONE, '2026-11-30T10:00:00Z');
    expect(r.action).toBe('forbidden');
    expect(r.reason).toContain('Resource not accessible by integration');
    expect(r.commentId).toBeNull();
    expect(gh.comments(PR)).toEqual([]);
    expect((await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'hide-and-new' })).action).toBe('forbidden');
    // With one of ours to hide, the GraphQL FORBIDDEN error is the forbidden result too.
    const old = gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD1, at: '2026-11-30T09:00:00Z' }) + '\nold');
    const hidden = await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'hide-and-new' });
    expect([hidden.action, hidden.reason]).toEqual(['forbidden', '200 Resource not accessible by integration (POST /graphql)']);
    expect([old.minimized, gh.comments(PR).length]).toEqual([false, 1]);
    expect((await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'new' })).action).toBe('forbidden');
  });

  it('an oversized body surfaces the 422 with its message', async () => {
    const err = await upsert(`${ONE}\n${'x'.repeat(70_000)}`, '2026-11-30T10:00:00Z').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubError);
    expect((err as GitHubError).status).toBe(422);
    expect((err as GitHubError).message).toMatch(/Body is too long \(maximum is 65536 characters\)/);
  });

  it("'off' makes no request; 'new' always creates", async () => {
    expect((await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'off' })).action).toBe('skipped');
    expect(gh.requests).toEqual([]);
    await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'new' });
    await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'new' });
    expect(gh.comments(PR).length).toBe(2);
    expect(gh.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('hide-and-new: unchanged body writes nothing; already hidden comments are not hidden again', async () => {
    await upsert(ONE, '2026-11-30T10:00:00Z', { strategy: 'hide-and-new' });
    expect((await upsert(ONE, '2026-11-30T10:10:00Z', { strategy: 'hide-and-new' })).action).toBe('unchanged');
    await upsert(OVER, '2026-11-30T11:00:00Z', { strategy: 'hide-and-new' });
    newRequests();
    const r = await upsert(SEVERAL, '2026-11-30T12:00:00Z', { strategy: 'hide-and-new' });
    expect(r.hidden).toEqual([gh.comments(PR)[1]?.id]);
    expect(newRequests().filter((x) => x === 'POST /graphql').length).toBe(2); // one state query, one mutation
    expect(gh.comments(PR).map((c) => c.minimized)).toEqual([true, true, false]);
  });

  it('a comment deleted between listing and updating is written anew', async () => {
    await upsert(ONE, '2026-11-30T10:00:00Z');
    gh.failNext({ status: 404, method: 'PATCH', body: { message: 'Not Found' } });
    const r = await upsert(OVER, '2026-11-30T11:00:00Z');
    expect(r.action).toBe('created');
  });

  it('works with a user token (login from /user)', async () => {
    gh.identity = { login: 'energy-bot', type: 'User', canReadUser: true };
    gh.addComment(PR, formatStickyMarker({ key: 'default', headSha: HEAD1, at: '2026-11-30T09:00:00Z' }) + '\nold', { login: 'github-actions[bot]', type: 'Bot' });
    const r = await upsert(ONE, '2026-11-30T10:00:00Z');
    expect(r.action).toBe('created');
    expect(gh.comments(PR)[1]?.user.login).toBe('energy-bot');
    expect((await upsert(OVER, '2026-11-30T11:00:00Z')).commentId).toBe(r.commentId);
  });
});
