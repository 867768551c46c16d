// The action: inputs → changed models → base and head estimates → diff, budgets → comment, job summary,
// outputs, JSON report → exit status. Bad model input stops everything before anything is written.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsIo, type Writer } from '../adapters/actions-io.js';
import { loadActionConfig } from '../adapters/config.js';
import { listTree, removeWorktree } from '../adapters/git.js';
import { createGitHubClient, type GitHubClient } from '../adapters/github.js';
import { DEFAULT_PROFILE_ID, loadProfile } from '../adapters/profiles.js';
import { applyBudgets, type BudgetConfig } from '../core/budget/index.js';
import { diffReports, type ReportDiff } from '../core/diff/index.js';
import { profileSummary } from '../core/estimate/profile.js';
import { logText } from '../core/runner-text.js';
import { assertFiniteReport, MAX_COMMENT_CHARS, renderComment, summaryLine } from '../core/report/index.js';
import { compareCommits, headFilesIfNeeded } from './base.js';
import { discoverModelChanges, unchangedModels } from './discover.js';
import { reportError } from './errors.js';
import { addUnchanged, estimateChanges } from './estimate-changes.js';
import { readEvent, type RunEvent } from './event.js';
import { DEFAULT_CONFIG, readInputs, type ActionInputs } from './inputs.js';
import { assignArtifacts, insertBeforeFooter, measuredRows, measuredSection } from './measured.js';
import { noChangesBody, retireStaleComment } from './no-changes.js';
import { applyNoiseFloor } from './noise-floor.js';
import { formatStickyMarker, upsertStickyComment, withStickyMarker } from './sticky.js';

export interface RunDeps {
  stdout?: Writer;
  now?: () => Date;
}

export const RELAY_DOCS = 'https://github.com/energy-diff/energy-diff/blob/main/docs/action.md#fork-pull-requests';

function budgetConfig(config: BudgetConfig, inputs: ActionInputs): BudgetConfig | undefined {
  const rules = [...config.budgets, ...inputs.budgetRules];
  if (rules.length === 0) return undefined;
  return { failOn: inputs.failOn ?? config.failOn, budgets: rules };
}

function clientFor(env: NodeJS.ProcessEnv, event: RunEvent, inputs: ActionInputs, io: ActionsIo): GitHubClient | null {
  if (!inputs.token || !event.owner || !event.repo) return null;
  return createGitHubClient({
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    token: inputs.token,
    owner: event.owner,
    repo: event.repo,
    userAgent: 'energy-diff-action',
    log: (m) => io.info(m),
  });
}

/** Where the report, the comment body and the relay metadata go (one folder per comment key). */
async function writeArtifacts(root: string, inputs: ActionInputs, event: RunEvent, diff: ReportDiff, body: string) {
  const dir = join(root, 'energy-diff', inputs.commentKey);
  await mkdir(dir, { recursive: true });
  const reportJson = join(dir, 'report.json');
  await writeFile(reportJson, JSON.stringify(diff, null, 2) + '\n');
  await writeFile(join(dir, 'comment.md'), body);
  // Everything a workflow_run relay needs to post the comment without trusting the PR's code.
  const relay = { schema: 'energy-diff/relay@1', pr: event.prNumber ?? null, headSha: event.headSha, key: inputs.commentKey, timestamp: event.timestamp, verdict: diff.verdict };
  await writeFile(join(dir, 'relay.json'), JSON.stringify(relay, null, 2) + '\n');
  return { dir, reportJson };
}

/**
 * RUNNER_TEMP, created if it is missing (a self-hosted runner cleaned it, a local run set it to a stale path);
 * the system temp folder, with a warning, when it cannot be created.
 */
function scratchRoot(env: NodeJS.ProcessEnv, io: ActionsIo): string {
  const wanted = env.RUNNER_TEMP;
  if (!wanted) return tmpdir();
  try {
    mkdirSync(wanted, { recursive: true });
    accessSync(wanted, constants.W_OK);
    return wanted;
  } catch (err) {
    io.warning(`RUNNER_TEMP ${wanted} cannot be used (${(err as NodeJS.ErrnoException).code ?? 'error'}); writing to ${tmpdir()} instead`);
    return tmpdir();
  }
}

function firstTotalDelta(diff: ReportDiff): number {
  return diff.totals[0]?.deltaJ ?? 0;
}

async function run(env: NodeJS.ProcessEnv, io: ActionsIo, now: () => Date): Promise<number> {
  const started = Date.now();
  const inputs = readInputs(io);
  io.mask(inputs.token);
  const ws = env.GITHUB_WORKSPACE || process.cwd();
  const config = await loadActionConfig(join(ws, inputs.configPath), inputs.configPath, inputs.configPath !== DEFAULT_CONFIG, { root: ws });
  const event = await readEvent(env, now());
  const client = clientFor(env, event, inputs, io);
  const log = (m: string) => io.info(`energy-diff: ${m}`);

  const exportSettings = config.export;
  if (inputs.exportCommand && !exportSettings?.sources.length) {
    io.warning(`export-command is set but ${inputs.configPath} declares no export.sources: no source file is exported`);
  }
  const cmp = await compareCommits(ws, event, inputs.baseRef, client, log);
  const changes = discoverModelChanges(cmp.changes, {
    modelGlobs: inputs.modelGlobs,
    sourceGlobs: exportSettings?.sources ?? [],
    headFiles: await headFilesIfNeeded(ws, cmp),
  });
  log(`base ${cmp.baseSha.slice(0, 7)} (${cmp.how}), head ${cmp.headSha.slice(0, 7)}; ${cmp.changes.length} changed files`);
  if (changes.length === 0) {
    io.info('energy-diff: no model changes');
    const body = noChangesBody(cmp.baseSha, cmp.headSha);
    io.appendSummary(body);
    io.setOutput('delta-joules', '0');
    io.setOutput('over-budget', 'false');
    io.setOutput('verdict', 'pass');
    io.setOutput('comment-body', '');
    io.setOutput('report-json', '');
    await retireStaleComment(io, client, event, inputs, body);
    return 0;
  }
  for (const c of changes) log(`${c.status} ${c.oldPath ? `${logText(c.oldPath)} → ` : ''}${logText(c.path)}${c.note ? ` (${logText(c.note)})` : ''}`);

  // Profile paths in the config come from the pull request: they must stay inside the workspace. The input's
  // come from the workflow (trusted), which may name a file on the runner.
  const fromConfig = inputs.profiles.length === 0 && config.profiles !== undefined;
  const profileIds = inputs.profiles.length ? inputs.profiles : (config.profiles ?? [DEFAULT_PROFILE_ID]);
  const profiles = await Promise.all(profileIds.map((id) => loadProfile(id, ws, { confine: fromConfig })));
  const scratch = scratchRoot(env, io);
  const tmpDir = await mkdtemp(join(scratch, 'energy-diff-'));
  const worktrees = new Map<string, string>();
  try {
    const exportCommand = inputs.exportCommand ?? exportSettings?.command;
    const sidesCtx = {
      workspace: ws, tmpDir, baseSha: cmp.baseSha, headSha: cmp.headSha, headInWorkspace: cmp.headInWorkspace,
      ...(exportCommand ? { exportCommand } : {}), exportFormat: exportSettings?.format ?? 'onnx' as const, log, worktrees,
    };
    const sides = await estimateChanges(sidesCtx,
      changes, config, profiles,
    );
    const unchanged = unchangedModels(await listTree(ws, cmp.headSha, ''), changes, inputs.modelGlobs);
    await addUnchanged(sidesCtx, unchanged, config, profiles, sides, (m, file) => io.warning(m, { file }));
    let diff = diffReports({
      base: { sha: cmp.baseSha, reports: sides.base },
      head: { sha: cmp.headSha, reports: sides.head },
      renames: sides.renames,
      profiles: profiles.map(profileSummary),
    });
    diff = applyNoiseFloor(diff, inputs.minChangePct ?? config.minChangePct);
    const budgets = budgetConfig(config.budgets, inputs);
    if (budgets) diff = applyBudgets(diff, budgets);

    const assigned = await assignArtifacts(ws, inputs.measurementGlobs, config, [...sides.headFiles.keys()]);
    const rows = await measuredRows(ws, assigned, sides.headFiles, profiles, config);
    // Nothing is written below unless every number in it is finite (an internal error otherwise).
    assertFiniteReport(diff, '$');
    assertFiniteReport(rows, '$.measured');
    const section = measuredSection(rows);
    const sticky = { key: inputs.commentKey, headSha: cmp.headSha, at: event.timestamp };
    const room = MAX_COMMENT_CHARS - section.join('\n').length - 1;
    const rendered = renderComment(diff, { marker: formatStickyMarker(sticky), budgetsChecked: budgets !== undefined, maxChars: room });
    // Exactly the bytes the sticky comment posts, so relays and other steps can post the output as is.
    const body = withStickyMarker(insertBeforeFooter(rendered, section), sticky);
    const summary = insertBeforeFooter(renderComment(diff, { budgetsChecked: budgets !== undefined, maxChars: room }), section);

    // Outputs, summary and the JSON first: they must exist even when the comment cannot be written.
    io.appendSummary(summary);
    const { dir, reportJson } = await writeArtifacts(scratch, inputs, event, diff, body);
    io.setOutput('report-json', reportJson);
    io.setOutput('artifact-dir', dir);
    io.setOutput('comment-body', body);
    io.setOutput('delta-joules', String(firstTotalDelta(diff)));
    io.setOutput('over-budget', String(diff.budgets.some((f) => !f.preExisting)));
    io.setOutput('verdict', diff.verdict);
    log(summaryLine(diff));

    await comment(io, client, event, inputs, body);
    return verdictExit(io, diff, inputs, started);
  } finally {
    for (const dir of worktrees.values()) await removeWorktree(ws, dir);
    await rm(tmpDir, { recursive: true, force: true });
  }
}

async function comment(io: ActionsIo, client: GitHubClient | null, event: RunEvent, inputs: ActionInputs, body: string): Promise<void> {
  if (inputs.comment === 'off') return;
  if (event.prNumber === undefined) {
    io.info(`energy-diff: no pull request in a ${event.name || 'local'} run; the result is in the job summary`);
    return;
  }
  if (!client) {
    io.warning('no github-token: the comment was not posted (job summary and outputs are written)');
    return;
  }
  try {
    const r = await upsertStickyComment({
      client, issueNumber: event.prNumber, body, key: inputs.commentKey, headSha: event.headSha, strategy: inputs.comment, runTimestamp: event.timestamp,
    });
    if (r.action === 'forbidden') {
      io.warning(
        `cannot comment on pull request #${event.prNumber} with this token (${r.reason ?? 'forbidden'})` +
          `${event.fromFork ? ': a fork pull request gets a read-only token' : ''}. The job summary, the comment-body output and the report JSON are written; ` +
          `to post the comment from a fork, upload them as an artifact and use the workflow_run relay: ${RELAY_DOCS}`,
      );
    } else if (r.action === 'stale') io.info(`energy-diff: comment left alone: ${r.reason}`);
    else io.info(`energy-diff: comment ${r.action}${r.url ? ` ${r.url}` : ''}${r.deleted.length ? `; ${r.deleted.length} duplicate(s) deleted` : ''}${r.hidden.length ? `; ${r.hidden.length} hidden` : ''}`);
  } catch (err) {
    // The verdict decides the exit status; a comment that could not be written is reported, not fatal.
    io.warning(`the comment could not be written: ${(err as Error).message}`);
  }
}

function verdictExit(io: ActionsIo, diff: ReportDiff, inputs: ActionInputs, started: number): number {
  const gate = inputs.mode === 'gate';
  for (const f of diff.budgets) {
    if (f.preExisting) io.notice(`budget: ${f.message}`);
    else if (f.level === 'fail' && gate) io.error(`energy budget exceeded: ${f.message}`, f.model !== '*' ? { file: f.model } : {});
    else io.warning(`energy budget: ${f.message}`, f.model !== '*' ? { file: f.model } : {});
  }
  io.info(`energy-diff: verdict ${diff.verdict} (${inputs.mode} mode) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return gate && diff.verdict === 'fail' ? 1 : 0;
}

/** Runs the action as a runner does; returns the exit status. Never throws. */
export async function runAction(env: NodeJS.ProcessEnv, deps: RunDeps = {}): Promise<number> {
  const io = new ActionsIo(env, deps.stdout ?? process.stdout);
  try {
    return await run(env, io, deps.now ?? (() => new Date()));
  } catch (err) {
    reportError(io, err);
    return 1;
  }
}
