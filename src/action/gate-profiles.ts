// The profiles the verdict is computed on. Shipped profiles are the action's; a profile file in the repository
// is read as the base has it, so a pull request cannot make its own change cheaper by editing the profile it
// is judged on. A file the base does not have (added by the PR) is read from the workspace.
import { isAbsolute, posix } from 'node:path';
import type { GitTree } from '../adapters/git-tree.js';
import { loadProfile, looksLikePath, parseProfileText } from '../adapters/profiles.js';
import type { HardwareProfile } from '../core/estimate/index.js';

export interface GateProfiles {
  profiles: HardwareProfile[];
  /** Repository profile files the pull request changes (the base's version applies until merge). */
  changedFiles: string[];
}

export async function loadGateProfiles(ids: string[], ws: string, trees: { base: GitTree; head: GitTree }): Promise<GateProfiles> {
  const changedFiles: string[] = [];
  const profiles = await Promise.all(ids.map(async (id) => {
    const path = posix.normalize(id.replace(/\\/g, '/'));
    if (!looksLikePath(id) || isAbsolute(id) || path.startsWith('../')) return loadProfile(id, ws);
    const text = await trees.base.read(path);
    // Not in the base: the pull request adds it, so it must be a file inside the workspace (not a symlink out).
    if (text === null) return loadProfile(id, ws, { confine: true });
    if (trees.head.blobs.get(path) !== trees.base.blobs.get(path)) changedFiles.push(path);
    return parseProfileText(text, path);
  }));
  return { profiles, changedFiles: changedFiles.sort() };
}
