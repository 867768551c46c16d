// Runs the action in-process (runAction) on a real two-commit repository, as the hostile-input tests need:
// a workflow_dispatch with base-ref, the comment off, stdout, outputs, summary and the report captured.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { TempRepo } from '../action/helpers/git-repo.js';
import { runActionInProcess } from '../action/helpers/in-process.js';

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: string;
  summary: string;
  report: ReportDiff | null;
}

const repos: TempRepo[] = [];

export function cleanupRepos(): void {
  for (const r of repos.splice(0)) r.cleanup();
}

/** A repository with a base commit and a head commit on top; `link` entries become symlinks at head. */
export function twoCommits(
  base: Record<string, string | Uint8Array>, head: Record<string, string | Uint8Array>, links: Record<string, string> = {},
): { r: TempRepo; baseSha: string; headSha: string } {
  const r = new TempRepo();
  repos.push(r);
  for (const [p, c] of Object.entries(base)) r.write(p, c);
  const baseSha = r.commit('base');
  for (const [p, c] of Object.entries(head)) r.write(p, c);
  for (const [p, target] of Object.entries(links)) r.link(p, target);
  const headSha = r.commit('head');
  return { r, baseSha, headSha };
}

/** The action on the head of `ws` against `baseSha`; `env` adds or overrides variables (RUNNER_TEMP too). */
export async function runOn(ws: string, headSha: string, baseSha: string, env: Record<string, string | undefined> = {}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'ed-hostile-'));
  const files = { GITHUB_OUTPUT: join(temp, 'out'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  const full = {
    GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp, GITHUB_REPOSITORY: 'o/r', INPUT_COMMENT: 'off', GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_SHA: headSha, 'INPUT_BASE-REF': baseSha, ...files, ...env,
  };
  const { code, stdout } = await runActionInProcess(full);
  let report: ReportDiff | null = null;
  try {
    report = JSON.parse(readFileSync(join(full.RUNNER_TEMP ?? temp, 'energy-diff', 'default', 'report.json'), 'utf8')) as ReportDiff;
  } catch {
    report = null;
  }
  return { code, stdout, outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), report };
}

/** Lines as the runner splits them (CR, LF, CRLF). */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
