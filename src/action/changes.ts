// Every model the pull request changes, for whatever reason: model files that changed (discover.ts), sources
// whose dependencies or export settings changed (source-scan.ts), and models whose settings changed in the
// config (settings-changes.ts). Both sides are read from their commits' git trees.
import picomatch from 'picomatch';
import { GitTree } from '../adapters/git-tree.js';
import type { Comparison } from './base.js';
import { discoverModelChanges, type ModelChange } from './discover.js';
import type { ActionInputs } from './inputs.js';
import { settingsChanges } from './settings-changes.js';
import type { Side } from './sides.js';
import type { SideConfigs } from './side-configs.js';
import { scanSources, sourceChanges, type ScannedSource } from './source-scan.js';

export interface Changes {
  changes: ModelChange[];
  sources: Record<Side, Map<string, ScannedSource>>;
  baseTree: GitTree;
  headTree: GitTree;
}

const byPath = (a: ModelChange, b: ModelChange) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export async function findChanges(ws: string, cmp: Comparison, inputs: ActionInputs, configs: SideConfigs, python: string): Promise<Changes> {
  const [baseTree, headTree] = await Promise.all([GitTree.load(ws, cmp.baseSha), GitTree.load(ws, cmp.headSha)]);
  const scan = (tree: GitTree, side: Side) => scanSources(tree, configs[side].export, { ...(inputs.exportCommand ? { commandInput: inputs.exportCommand } : {}), python });
  const sources = { base: await scan(baseTree, 'base'), head: await scan(headTree, 'head') };
  const files = discoverModelChanges(cmp.changes, { modelGlobs: inputs.modelGlobs, headFiles: headTree.paths() });
  const fromSources = sourceChanges(cmp.changes, sources.base, sources.head, { baseHas: (p) => baseTree.blobs.has(p), headHas: (p) => headTree.blobs.has(p) });
  const touched = new Set([...files, ...fromSources].flatMap((c) => [c.path, ...(c.oldPath !== undefined ? [c.oldPath] : [])]));
  // Models and sources on both sides under the same name that nothing above touched: did their settings change?
  const isModel = picomatch(inputs.modelGlobs, { dot: true });
  const same = headTree.paths().filter((p) => !touched.has(p) && baseTree.blobs.has(p) && (sources.head.has(p) ? sources.base.has(p) : isModel(p)));
  const fromSettings = configs.changed ? settingsChanges(same, (p) => (sources.head.has(p) ? 'source' : 'model'), configs.base, configs.head, inputs.configPath) : [];
  return { changes: [...files, ...fromSources, ...fromSettings].sort(byPath), sources, baseTree, headTree };
}
