// Runs an actions/github-script step of a copyable workflow as the action does (its `script:` as the body of
// an async function given require, core, github, context), against FakeGitHub through a minimal Octokit-shaped
// client: plain REST calls over HTTP, no mocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './runner.js';

type Params = Record<string, unknown>;

interface Step {
  uses?: string;
  with?: { script?: string };
}

/** The github-script of `job` in docs/workflows/`file`. */
export function workflowScript(file: string, job: string): string {
  const wf = parse(readFileSync(join(ROOT, 'docs/workflows', file), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const script = wf.jobs[job]?.steps.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script;
  if (!script) throw new Error(`${file}: job ${job} has no github-script step`);
  return script;
}

/** The slice of Octokit the workflows' scripts use, as plain REST calls to the server. */
export function octokit(apiUrl: string, token: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(apiUrl + path, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return { data: res.status === 204 ? undefined : await res.json() };
  };
  const repoPath = (p: Params) => `/repos/${p.owner}/${p.repo}`;
  return {
    rest: {
      pulls: { get: (p: Params) => call('GET', `${repoPath(p)}/pulls/${p.pull_number}`) },
      issues: {
        listComments: (p: Params) => call('GET', `${repoPath(p)}/issues/${p.issue_number}/comments?per_page=${p.per_page ?? 30}&page=${p.page ?? 1}`),
        createComment: (p: Params) => call('POST', `${repoPath(p)}/issues/${p.issue_number}/comments`, { body: p.body }),
        updateComment: (p: Params) => call('PATCH', `${repoPath(p)}/issues/comments/${p.comment_id}`, { body: p.body }),
        removeLabel: (p: Params) => call('DELETE', `${repoPath(p)}/issues/${p.issue_number}/labels/${encodeURIComponent(String(p.name))}`),
      },
    },
    async paginate(fn: (p: Params) => Promise<{ data: unknown[] }>, params: Params) {
      const all: unknown[] = [];
      for (let page = 1; ; page++) {
        const { data } = await fn({ ...params, page });
        all.push(...data);
        if (data.length < Number(params.per_page ?? 30)) return all;
      }
    },
  };
}

export interface ScriptRun {
  log: string[];
  notices: string[];
  failed: string | null;
}

/**
 * Runs `script` with `fs` reading relative paths from `workdir` (where actions/download-artifact put the
 * artifact), `process.env` = `env`, and `context` = { repo, payload }.
 */
export async function runGithubScript(
  script: string,
  o: { apiUrl: string; token: string; owner: string; repo: string; workdir?: string; env?: Record<string, string>; payload?: unknown },
): Promise<ScriptRun> {
  const run: ScriptRun = { log: [], notices: [], failed: null };
  const core = { info: (m: string) => run.log.push(m), notice: (m: string) => run.notices.push(m), setFailed: (m: string) => (run.failed = m) };
  const at = (p: string) => join(o.workdir ?? ROOT, p);
  const fsShim = {
    readFileSync: (p: string, enc: BufferEncoding) => readFileSync(at(p), enc),
    existsSync: (p: string) => {
      try {
        readFileSync(at(p));
        return true;
      } catch {
        return false;
      }
    },
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
  const fn = new AsyncFunction('require', 'core', 'github', 'context', 'process', script);
  await fn((m: string) => (m === 'fs' ? fsShim : undefined), core, octokit(o.apiUrl, o.token), { repo: { owner: o.owner, repo: o.repo }, payload: o.payload ?? {} }, { env: o.env ?? {} });
  return run;
}
