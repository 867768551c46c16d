// Runs an actions/github-script step of a copyable workflow as the action does (its `script:` as the body of
// an async function given require, core, github, context), against FakeGitHub with @octokit/rest over HTTP,
// no mocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { parse } from 'yaml';
import { ROOT } from './runner.js';

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

/**
 * The client actions/github-script hands a script: an @octokit/rest Octokit (REST methods, paginate) on the
 * server's API root with the token, as github-script builds it from @actions/github.
 */
export function octokit(apiUrl: string, token: string): Octokit {
  return new Octokit({ baseUrl: apiUrl, auth: token, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
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
