// The config file of each side. The head's prices the head, the base's (at the merge-base) prices the base
// and sets the gate, so a pull request cannot loosen its own budgets; a base without the file has the
// default config (the action's inputs still apply).
import { join } from 'node:path';
import { loadActionConfig, parseConfigText } from '../adapters/config.js';
import { showFile } from '../adapters/git.js';
import { EnergyDiffError } from '../core/common/index.js';
import { parseActionConfig, type ActionConfig } from '../core/config/index.js';
import { DEFAULT_CONFIG, type ActionInputs } from './inputs.js';

export interface SideConfigs {
  base: ActionConfig;
  head: ActionConfig;
  /** The base commit has the config file (else its gate is the defaults plus the action's inputs). */
  baseHasConfig: boolean;
  /** The file's text differs between base and head. */
  changed: boolean;
}

/** The workspace's config, read first so a broken config stops the run before any git or export work. */
export function loadWorkspaceConfig(ws: string, inputs: ActionInputs): Promise<ActionConfig> {
  // The file is the pull request's (it can be a symlink to anything): it must resolve inside the workspace.
  return loadActionConfig(join(ws, inputs.configPath), inputs.configPath, inputs.configPath !== DEFAULT_CONFIG, { root: ws });
}

function textOf(bytes: Buffer | null): string | null {
  return bytes === null ? null : bytes.toString('utf8');
}

export async function loadSideConfigs(
  ws: string, inputs: ActionInputs, workspaceConfig: ActionConfig,
  c: { baseSha: string; headSha: string; headInWorkspace: boolean }, warn: (message: string) => void,
): Promise<SideConfigs> {
  const path = inputs.configPath;
  const baseText = textOf(await showFile(ws, c.baseSha, path));
  const headText = textOf(await showFile(ws, c.headSha, path));
  // The head is the workspace's when it is checked out there; else its committed file.
  let head = workspaceConfig;
  if (!c.headInWorkspace) head = headText === null ? parseActionConfig(null, path) : parseConfigText(headText, path);
  let base = parseActionConfig(null, path);
  if (baseText !== null) {
    try {
      base = parseConfigText(baseText, path);
    } catch (err) {
      if (!(err instanceof EnergyDiffError)) throw err;
      // The base's file is not this pull request's to fix; price and gate the base with the defaults instead.
      warn(`${path} at the base ${c.baseSha.slice(0, 7)} is not valid (${err.message}); the base is priced and gated with the default config`);
    }
  }
  return { base, head, baseHasConfig: baseText !== null, changed: baseText !== headText };
}
