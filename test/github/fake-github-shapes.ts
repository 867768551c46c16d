// JSON shapes FakeGitHub answers with, as GitHub's REST API sends them (the fields energy-diff and typical
// clients read), and its error bodies.
import { createHash } from 'node:crypto';
import type { FailureSpec, FakeComment, FakeFile, FakePullRequest, Reply } from './fake-github.js';
import { RESOURCE_NOT_ACCESSIBLE } from './fake-github-graphql.js';

export const MAX_COMMENT_CODE_POINTS = 65_536;
export const DOCS = 'https://docs.github.com/rest';

/** One page of a list with GitHub's Link header (per_page default 30, capped at 100 and at maxPerPage). */
export function page(items: unknown[], query: Record<string, string>, link: string, maxPerPage: number): Reply {
  const perPage = Math.min(Math.max(1, Number(query.per_page ?? 30) || 30), 100, maxPerPage);
  const page = Math.max(1, Math.floor(Number(query.page ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number) => `<${link}?per_page=${perPage}&page=${n}>`;
  const rels: string[] = [];
  if (page > 1) rels.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) rels.push(`${at(page + 1)}; rel="next"`);
  if (page < last) rels.push(`${at(last)}; rel="last"`);
  if (page > 1) rels.push(`${at(1)}; rel="first"`);
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: rels.length ? { link: rels.join(', ') } : {} };
}

export function commentJson(full: string, c: FakeComment): unknown {
  return {
    id: c.id,
    node_id: c.node_id,
    url: `https://api.github.com/repos/${full}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `https://api.github.com/repos/${full}/issues/${c.issueNumber}`,
    body: c.body,
    user: { login: c.user.login, id: 1, type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export function fileJson(full: string, f: FakeFile): unknown {
  const sha = f.sha ?? createHash('sha1').update(`blob ${f.filename}`).digest('hex');
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: 0,
    deletions: 0,
    changes: 0,
    blob_url: `https://github.com/${full}/blob/${sha}/${f.filename}`,
    raw_url: `https://github.com/${full}/raw/${sha}/${f.filename}`,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

export function pullJson(full: string, pr: FakePullRequest): unknown {
  const owner = full.split('/')[0] ?? '';
  return {
    number: pr.number,
    state: 'open',
    title: pr.title ?? `PR ${pr.number}`,
    html_url: `https://github.com/${full}/pull/${pr.number}`,
    draft: false,
    user: { login: 'octocat', type: 'User' },
    head: { sha: pr.headSha, ref: pr.headRef ?? 'feature', label: `${(pr.headRepo ?? full).split('/')[0]}:${pr.headRef ?? 'feature'}`, repo: { full_name: pr.headRepo ?? full, fork: pr.headRepo !== undefined && pr.headRepo !== full } },
    base: { sha: pr.baseSha, ref: pr.baseRef ?? 'main', label: `${owner}:${pr.baseRef ?? 'main'}`, repo: { full_name: full, fork: false } },
    changed_files: (pr.files ?? []).length,
  };
}

export function failureReply(f: FailureSpec): Reply {
  return { status: f.status, body: f.body ?? { message: 'Injected failure' }, headers: f.headers ?? {}, ...(f.raw === undefined ? {} : { raw: f.raw }) };
}

export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

export function forbidden(doc: string): Reply {
  return { status: 403, body: { message: RESOURCE_NOT_ACCESSIBLE, documentation_url: doc, status: '403' } };
}

/** GitHub's validation error shape for a missing, blank or too long comment body. */
export function validateBody(body: unknown, anchor: string): Reply | null {
  const text = body && typeof body === 'object' ? (body as { body?: unknown }).body : undefined;
  let problem: { code: string; message?: string } | null = null;
  if (typeof text !== 'string') problem = { code: 'missing_field' };
  else if (text.trim() === '') problem = { code: 'custom', message: "Body can't be blank" };
  else if ([...text].length > MAX_COMMENT_CODE_POINTS) problem = { code: 'custom', message: `Body is too long (maximum is ${MAX_COMMENT_CODE_POINTS} characters)` };
  if (!problem) return null;
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', ...problem }],
      documentation_url: `${DOCS}/issues/comments#${anchor}`,
      status: '422',
    },
  };
}
