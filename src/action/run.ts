// The action: inputs → changed models (files, sources' dependencies, settings) → base and head estimates,
// each with its own config → diff, the base's gate → comment, job summary, outputs, artifact → exit status.
// Bad model input stops everything before a comment is written; the artifact is written in every outcome.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsIo } from '../adapters/actions-io.js';
import { pythonFor } from '../adapters/export-helper.js';
import { removeWorktree } from '../adapters/git.js';
import { createGitHubClient, type GitHubClient } from '../adapters/github.js';
import { diffReports, type ReportDiff } from '../core/diff/index.js';
import { profileSummary } from '../core/estimate/index.js';
import { assertFiniteReport, gateSection, renderComment, renderJobSummary, summaryLine, type GateNotice, type InferenceSection } from '../core/report/index.js';
import { logText, plural } from '../core/format/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { artifactDir, errorBody, errorReport, writeArtifacts, type Outcome, type RelayData } from './artifacts.js';
import { compareCommits } from './base.js';
import { findChanges } from './changes.js';
import { unchangedModels } from './discover.js';
import { describeError, reportError } from './errors.js';
import { addUnchanged, estimateChanges } from './estimate-changes.js';
import { readEvent, type RunEvent } from './event.js';
import { gateRules, judge } from './gate.js';
import { loadGateProfiles } from './gate-profiles.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { assignArtifacts, measuredRows } from './measured.js';
import { measureChangedModels, measureInferenceWanted } from './measure-inference.js';
import { noChangesDiff, retireStaleComment } from './no-changes.js';
import { loadSideConfigs, loadWorkspaceConfig } from './side-configs.js';
import type { SideContext } from './sides.js';
import { formatStickyMarker, upsertStickyComment, withStickyMarker, type StickyMarker } from './sticky.js';

export interface RunDeps {
  now?: () => Date;
}

export const RELAY_DOCS = 'https://github.com/energy-diff/energy-diff/blob/main/docs/action.md#fork-pull-requests';

function clientFor(env: NodeJS.ProcessEnv, event: RunEvent, inputs: ActionInputs, io: ActionsIo): GitHubClient | null {
  if (!inputs.token || !event.owner || !event.repo) return null;
  return createGitHubClient({
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(env.GITHUB_GRAPHQL_URL ? { graphqlUrl: env.GITHUB_GRAPHQL_URL } : {}),
    token: inputs.token,
    owner: event.owner,
    repo: event.repo,
    userAgent: 'energy-diff-action',
    onRetry: (r) => io.info(`GitHub ${r.method} ${r.path}: ${r.reason}; retrying in ${Math.ceil(r.waitMs / 1000)} s`),
    warn: (m) => io.debug(m),
  });
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

/** What the run knew when it failed, so the error artifact still names the PR and the comment key. */
interface RunState {
  inputs?: ActionInputs;
  event?: RunEvent;
}

function relayData(inputs: ActionInputs, event: RunEvent, outcome: Outcome, verdict: RelayData['verdict']): RelayData {
  const comment = inputs.comment === 'off' ? 'none' : outcome === 'changes' ? 'upsert' : outcome === 'no-changes' ? 'update' : 'none';
  return { schema: 'energy-diff/relay@1', pr: event.prNumber ?? null, headSha: event.headSha, key: inputs.commentKey, timestamp: event.timestamp, outcome, verdict, comment };
}

/** What the run compares and under which rules, before anything is estimated. */
interface RunPlan {
  inputs: ActionInputs;
  event: RunEvent;
  ws: string;
  client: GitHubClient | null;
  cmp: Awaited<ReturnType<typeof compareCommits>>;
  configs: Awaited<ReturnType<typeof loadSideConfigs>>;
  applied: ReturnType<typeof gateRules>;
  proposed: ReturnType<typeof gateRules>;
  found: Awaited<ReturnType<typeof findChanges>>;
  profiles: Awaited<ReturnType<typeof loadGateProfiles>>['profiles'];
  notice: GateNotice;
  sticky: StickyMarker;
  log: (m: string) => void;
}

async function run(env: NodeJS.ProcessEnv, io: ActionsIo, now: () => Date, state: RunState): Promise<number> {
  const started = Date.now();
  const plan = await planRun(env, io, now, state);
  const { changes } = plan.found;
  if (changes.length === 0) return noChanges(env, io, plan.client, plan.event, plan.inputs, plan.cmp, plan.notice, plan.sticky);
  for (const c of changes) plan.log(`${c.status} ${c.oldPath ? `${logText(c.oldPath)} → ` : ''}${logText(c.path)}${c.note ? ` (${logText(c.note)})` : ''}`);
  const tmpDir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'energy-diff-'));
  const worktrees = new Map<string, string>();
  try {
    const result = await evaluate(env, io, plan, tmpDir, worktrees);
    return await publish(env, io, plan, result, started);
  } finally {
    for (const dir of worktrees.values()) await removeWorktree(plan.ws, dir);
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** Step 1: inputs, the event, both commits and their configs, the gate (the base's), the changed models. */
async function planRun(env: NodeJS.ProcessEnv, io: ActionsIo, now: () => Date, state: RunState): Promise<RunPlan> {
  const inputs = readInputs(io);
  state.inputs = inputs;
  io.mask(inputs.token);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const event = await readEvent(now());
  state.event = event;
  const workspaceConfig = await loadWorkspaceConfig(workspace, inputs);
  const client = clientFor(env, event, inputs, io);
  const log = (m: string) => io.info(`energy-diff: ${m}`);

  // What the checkout lacks is fetched with the action's token (a checkout need not persist its own).
  const fetchAuth = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', token: inputs.token };
  const cmp = await compareCommits(workspace, event, inputs.baseRef, client, log, fetchAuth);
  const configs = await loadSideConfigs(workspace, inputs, workspaceConfig, cmp, (m) => io.warning(m, { file: inputs.configPath }));
  if (inputs.exportCommand && !configs.head.export?.sources.length) {
    io.warning(`export-command is set but ${inputs.configPath} declares no export.sources: no source file is exported`);
  }
  // The gate is the base's (a PR cannot loosen it); the head's is what applies after merge.
  const applied = gateRules(configs.base, inputs);
  const proposed = gateRules(configs.head, inputs);
  const found = await findChanges(workspace, cmp, inputs, configs, pythonFor(env));
  log(`base ${cmp.baseSha.slice(0, 7)} (${cmp.how}), head ${cmp.headSha.slice(0, 7)}; ${plural(cmp.changes.length, 'changed file')}`);
  const { profiles, changedFiles } = await loadGateProfiles(applied.profiles, workspace, { base: found.baseTree, head: found.headTree });
  const notice: GateNotice = { configPath: inputs.configPath, baseSha: cmp.baseSha, baseHasConfig: configs.baseHasConfig, applied, proposed, changedProfileFiles: changedFiles };
  const sticky = { key: inputs.commentKey, headSha: cmp.headSha, at: event.timestamp };
  return { inputs, event, ws: workspace, client, cmp, configs, applied, proposed, found, profiles, notice, sticky, log };
}

/** Step 2: both sides estimated (exports in worktrees), diffed, judged by the base's rules; the measured rows. */
async function evaluate(env: NodeJS.ProcessEnv, io: ActionsIo, plan: RunPlan, tmpDir: string, worktrees: Map<string, string>) {
  const { inputs, cmp, configs, applied, proposed, found, profiles, notice } = plan;
  const sidesCtx: SideContext = {
    workspace: plan.ws, tmpDir, baseSha: cmp.baseSha, headSha: cmp.headSha, headInWorkspace: cmp.headInWorkspace, sources: found.sources, env, log: plan.log,
    group: { start: (t) => io.startGroup(t), end: () => io.endGroup() }, worktrees, exports: new Map(),
    ...(env.ENERGY_DIFF_EXPORT_CACHE ? { exportCache: env.ENERGY_DIFF_EXPORT_CACHE } : {}),
  };
  const sides = await estimateChanges(sidesCtx, found.changes, configs, profiles);
  const unchanged = unchangedModels(found.headTree.paths(), found.changes, inputs.modelGlobs);
  await addUnchanged(sidesCtx, unchanged, configs.head, profiles, sides, (m, file) => io.warning(m, { file }));
  const raw = diffReports({
    base: { sha: cmp.baseSha, reports: sides.base },
    head: { sha: cmp.headSha, reports: sides.head },
    renames: sides.renames,
    profiles: profiles.map(profileSummary),
  });
  const diff = judge(raw, applied);
  // What the proposed rules would say, when they price the same profiles (else it would need other estimates).
  const sameProfiles = applied.profiles.join('\n') === proposed.profiles.join('\n');
  const gate: GateNotice = { ...notice, ...(sameProfiles ? { proposedVerdict: judge(raw, proposed).verdict } : {}) };
  const assigned = await assignArtifacts(plan.ws, inputs.measurementGlobs, configs.head, [...sides.headFiles.keys()]);
  const measured = await measuredRows(plan.ws, assigned, sides.headFiles, profiles, configs.head);
  const measuredInference = await measureInference(env, io, plan, found.changes, sides);
  return { diff, gate, measured, measuredInference };
}

/**
 * The measure-inference step (off unless the input enables it): its rows, or undefined when it is off. Nothing
 * here fails the run: a model that cannot be measured is a row saying why, with a warning on the file.
 */
async function measureInference(
  env: NodeJS.ProcessEnv, io: ActionsIo, plan: RunPlan, changes: RunPlan['found']['changes'], sides: Awaited<ReturnType<typeof estimateChanges>>,
): Promise<InferenceSection | undefined> {
  const o = plan.inputs.measureInference;
  if (!measureInferenceWanted(o.mode, env)) {
    if (o.mode === 'auto') plan.log('measure-inference: auto, and this is not a self-hosted runner: no model is run');
    return undefined;
  }
  io.startGroup('energy-diff: measure-inference');
  try {
    const section = await measureChangedModels({
      workspace: plan.ws, env, changes, headFiles: sides.headFiles, headReports: sides.head, profiles: plan.profiles, config: plan.configs.head, log: plan.log,
    }, o);
    for (const r of section.rows) if (r.notMeasured !== undefined) io.warning(`measure-inference: not measured: ${r.notMeasured}`, { file: r.model });
    if (section.note && section.rows.length === 0) io.notice(`measure-inference: ${section.note}`);
    return section;
  } catch (err) {
    const why = err instanceof EnergyDiffError ? `${describeError(err)}` : (err as Error).message ?? String(err);
    io.warning(`measure-inference failed: ${why}`);
    return { rows: [], note: `measure-inference failed: ${why}` };
  } finally {
    io.endGroup();
  }
}

/** Step 3: every number checked finite, then outputs, summary and the JSON before the comment; the exit status. */
async function publish(env: NodeJS.ProcessEnv, io: ActionsIo, plan: RunPlan, result: Awaited<ReturnType<typeof evaluate>>, started: number): Promise<number> {
  const { inputs, event, sticky } = plan;
  const { diff, gate, measured, measuredInference } = result;
  // Nothing is written below unless every number in it is finite (an internal error otherwise).
  assertFiniteReport(diff, '$');
  assertFiniteReport(measured, '$.measured');
  if (measuredInference) assertFiniteReport(measuredInference, '$.measuredInference');
  const render = { budgetsChecked: plan.applied.budgets !== undefined, gate, measured, ...(measuredInference ? { measuredInference } : {}) };
  // Exactly the bytes the sticky comment posts, so relays and other steps can post the output as is.
  const body = withStickyMarker(renderComment(diff, { ...render, marker: formatStickyMarker(sticky) }), sticky);
  const summary = renderJobSummary(diff, render);

  // Outputs, summary and the JSON first: they must exist even when the comment cannot be written.
  await io.appendSummary(summary);
  const { dir, reportJson, measuredInferenceJson } = await writeArtifacts(artifactDir(env, inputs.commentKey), {
    report: diff, body, relay: relayData(inputs, event, 'changes', diff.verdict), ...(measuredInference ? { measuredInference } : {}),
  });
  io.setOutput('report-json', reportJson);
  if (measuredInferenceJson) io.setOutput('measured-inference-json', measuredInferenceJson);
  io.setOutput('artifact-dir', dir);
  io.setOutput('comment-body', body);
  io.setOutput('delta-joules', String(firstTotalDelta(diff)));
  io.setOutput('over-budget', String(diff.budgets.some((f) => !f.preExisting)));
  io.setOutput('verdict', diff.verdict);
  plan.log(summaryLine(diff));
  if (gateSection(gate).length) plan.log(`the pull request changes the gate in ${inputs.configPath}; the base's rules apply until merge`);

  await comment(io, plan.client, event, inputs, body);
  return verdictExit(io, diff, inputs, started);
}

/** No model changed: outputs, summary and the artifact (the relay updates an earlier comment with it), exit 0. */
async function noChanges(
  env: NodeJS.ProcessEnv, io: ActionsIo, client: GitHubClient | null, event: RunEvent, inputs: ActionInputs,
  cmp: { baseSha: string; headSha: string }, gate: GateNotice, sticky: StickyMarker,
): Promise<number> {
  io.info('energy-diff: no model changes');
  const diff = noChangesDiff(cmp.baseSha, cmp.headSha);
  const body = renderComment(diff, { gate });
  await io.appendSummary(body);
  const { dir, reportJson } = await writeArtifacts(artifactDir(env, inputs.commentKey), {
    report: diff, body: withStickyMarker(body, sticky), relay: relayData(inputs, event, 'no-changes', 'pass'),
  });
  io.setOutput('artifact-dir', dir);
  io.setOutput('report-json', reportJson);
  io.setOutput('delta-joules', '0');
  io.setOutput('over-budget', 'false');
  io.setOutput('verdict', 'pass');
  io.setOutput('comment-body', '');
  await retireStaleComment(io, client, event, inputs, body);
  return 0;
}

/** After a failure: the error artifact, so the relay finds one and posts nothing. Never throws. */
async function errorArtifacts(env: NodeJS.ProcessEnv, io: ActionsIo, state: RunState, err: unknown): Promise<void> {
  try {
    const raw = io.input('comment-key');
    const key = state.inputs?.commentKey ?? (/^[\w.-]+$/.test(raw) ? raw : 'default');
    const relay: RelayData = {
      schema: 'energy-diff/relay@1', pr: state.event?.prNumber ?? null, headSha: state.event?.headSha ?? env.GITHUB_SHA ?? '', key,
      timestamp: state.event?.timestamp ?? new Date().toISOString(), outcome: 'error', verdict: 'error', comment: 'none',
      error: err instanceof EnergyDiffError ? `${err.place.file ? `${err.place.file}: ` : ''}${describeError(err)}` : String(err),
    };
    const { dir } = await writeArtifacts(artifactDir(env, key), { report: errorReport(err), body: errorBody(err), relay });
    io.setOutput('artifact-dir', dir);
  } catch (e) {
    io.warning(`the error artifact could not be written: ${(e as Error).message}`);
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

/**
 * Runs the action as a runner does (inputs, files and commands through process.env and stdout, as
 * @actions/core reads and writes them); returns the exit status. Never throws.
 */
export async function runAction(deps: RunDeps = {}): Promise<number> {
  const io = new ActionsIo();
  // One usable temp folder for the run, the artifact and the export commands.
  const env = { ...process.env, RUNNER_TEMP: scratchRoot(process.env, io) };
  const state: RunState = {};
  try {
    return await run(env, io, deps.now ?? (() => new Date()), state);
  } catch (err) {
    reportError(io, err);
    await errorArtifacts(env, io, state, err);
    return 1;
  }
}
