// The triggering event as @actions/github reads it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY,
// GITHUB_SHA), built afresh for the run: the package's own `context` is built once, at import.
import { existsSync } from 'node:fs';
import { EnergyDiffError } from '../core/common/index.js';
import { actionsGithub } from './actions-github.js';

export type EventContext = typeof import('@actions/github').context;

export async function loadEventContext(): Promise<EventContext> {
  const file = process.env.GITHUB_EVENT_PATH;
  const unreadable = (why: string) => new EnergyDiffError('E_EVENT', `cannot read the event payload: ${why}`, { file: file ?? '' });
  // Context only prints a line for a missing file.
  if (file && !existsSync(file)) throw unreadable('no such file');
  const { context } = await actionsGithub();
  try {
    return new (context.constructor as new () => EventContext)();
  } catch (err) {
    throw unreadable((err as Error).message);
  }
}
