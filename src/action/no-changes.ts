// A pull request that (no longer) changes any model: exit fast, but never leave an earlier energy-diff
// comment claiming changes that a later push reverted. Only an existing comment of ours is touched, so
// pull requests that never changed a model get no comment at all.
import type { ActionsIo } from '../adapters/actions-io.js';
import type { GitHubClient } from '../adapters/github.js';
import { diffReports, type ReportDiff } from '../core/diff/index.js';
import type { RunEvent } from './event.js';
import type { ActionInputs } from './inputs.js';
import { parseStickyMarker, upsertStickyComment } from './sticky.js';

/** The diff of "no model changes" (the report artifact), rendered as the usual headline over nothing. */
export function noChangesDiff(baseSha: string, headSha: string): ReportDiff {
  return diffReports({ base: { sha: baseSha, reports: [] }, head: { sha: headSha, reports: [] } });
}

export async function retireStaleComment(io: ActionsIo, client: GitHubClient | null, event: RunEvent, inputs: ActionInputs, body: string): Promise<void> {
  if (inputs.comment === 'off' || event.prNumber === undefined || !client) return;
  try {
    const login = await client.getAuthenticatedLogin();
    const ours = (await client.listIssueComments(event.prNumber)).some((c) => c.user?.login === login && parseStickyMarker(c.body)?.key === inputs.commentKey);
    if (!ours) return;
    const r = await upsertStickyComment({
      client, issueNumber: event.prNumber, body, key: inputs.commentKey, headSha: event.headSha, strategy: 'update', botLogin: login, runTimestamp: event.timestamp,
    });
    io.info(`energy-diff: earlier comment ${r.action === 'forbidden' ? `left as is (${r.reason ?? 'forbidden'})` : r.action}: no model changes any more`);
  } catch (err) {
    io.warning(`could not check for an earlier energy-diff comment: ${(err as Error).message}`);
  }
}
