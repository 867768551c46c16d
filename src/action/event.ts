// What the triggering event says: which commits to compare and where a comment would go.
import { loadEventContext, type EventContext } from '../adapters/event-context.js';
import { EnergyDiffError } from '../core/common/index.js';

export interface RunEvent {
  name: string;
  owner: string;
  repo: string;
  /** PR number for pull_request / pull_request_target; undefined for push and workflow_dispatch. */
  prNumber?: number;
  /** Base commit the event names (PR base sha, push `before`), if any. */
  baseSha?: string;
  /** The commit to estimate as head (PR head sha, push `after`, else GITHUB_SHA). */
  headSha: string;
  /** The PR comes from another repository: its GITHUB_TOKEN is read-only on pull_request. */
  fromFork: boolean;
  /** Time that orders runs for the sticky comment (PR updated_at, head commit time, else now). */
  timestamp: string;
}

const ZERO_SHA = /^0+$/;

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The runner's event (@actions/github's context); `now` is the fallback run time (the entry passes the clock in). */
export async function readEvent(now: Date): Promise<RunEvent> {
  return eventOf(await loadEventContext(), now);
}

function repoOf(context: EventContext): { owner: string; repo: string } {
  try {
    return context.repo;
  } catch {
    return { owner: '', repo: '' }; // neither GITHUB_REPOSITORY nor a payload repository (a local run)
  }
}

function eventOf(context: EventContext, now: Date): RunEvent {
  const name = context.eventName ?? '';
  const payload = obj(context.payload);
  const file = process.env.GITHUB_EVENT_PATH ?? '';
  const { owner, repo } = repoOf(context);
  const pr = obj(payload.pull_request);
  const isPr = name === 'pull_request' || name === 'pull_request_target' || (name === '' && payload.pull_request !== undefined);
  if (isPr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const headSha = str(head.sha);
    const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    if (!headSha || number === undefined) throw new EnergyDiffError('E_EVENT', 'pull_request payload without number or head.sha', { file, jsonPath: '$.pull_request' });
    const headRepo = str(obj(head.repo).full_name);
    const baseRepo = str(obj(base.repo).full_name) ?? `${owner}/${repo}`;
    return {
      name: name || 'pull_request', owner, repo, prNumber: number, headSha,
      ...(str(base.sha) ? { baseSha: str(base.sha) } : {}),
      fromFork: headRepo !== undefined && headRepo !== baseRepo,
      timestamp: str(pr.updated_at) ?? now.toISOString(),
    };
  }
  if (name === 'merge_group') {
    // A merge queue runs required checks on the queued merge: base and head come with the group.
    const group = obj(payload.merge_group);
    const head = str(group.head_sha) ?? str(context.sha);
    if (!head) throw new EnergyDiffError('E_EVENT', 'merge_group payload without head_sha', { file, jsonPath: '$.merge_group.head_sha' });
    const base = str(group.base_sha);
    return { name, owner, repo, headSha: head, ...(base ? { baseSha: base } : {}), fromFork: false, timestamp: str(obj(group.head_commit).timestamp) ?? now.toISOString() };
  }
  const headSha = (name === 'push' ? str(payload.after) : undefined) ?? str(context.sha);
  if (!headSha) throw new EnergyDiffError('E_EVENT', 'no head commit: GITHUB_SHA is not set', { input: 'GITHUB_SHA' });
  const before = name === 'push' ? str(payload.before) : undefined;
  return {
    name, owner, repo, headSha,
    ...(before && !ZERO_SHA.test(before) ? { baseSha: before } : {}),
    fromFork: false,
    timestamp: str(obj(payload.head_commit).timestamp) ?? now.toISOString(),
  };
}
