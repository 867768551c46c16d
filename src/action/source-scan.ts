// Which files each model source's export depends on, per side: its Python import closure inside the repository
// (core/python-imports over the commit's git tree), its `dependsOn` globs, and the export command's own script.
// A PR that touches any of them re-exports the source on both sides; the log says which file and why.
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { helperDigest, usesBundledHelper } from '../adapters/export-helper.js';
import type { FileChange } from '../adapters/git.js';
import type { GitTree } from '../adapters/git-tree.js';
import { importChain, importClosure, repoFiles, type RepoFiles } from '../core/python-imports/index.js';
import type { ExportSettings } from '../core/config/index.js';
import type { ModelChange } from './discover.js';
import { sourceSpecs, specChanges, type SourceSpec } from './export-spec.js';

/** One source on one side: how it is exported, what it depends on and why, and a digest of all of it. */
export interface ScannedSource {
  spec: SourceSpec;
  /** Dependency → why it is one ("src/models/net.py imports it", "dependsOn", ...). The source itself: 'the source'. */
  deps: Map<string, string>;
  /** Equal on both sides exactly when the export has the same inputs: then it runs once. */
  fingerprint: string;
}

/** Paths in a shell command that name files of the tree (`python scripts/export.py {source} {out}`). */
export function commandScripts(command: string, has: (p: string) => boolean): string[] {
  return command
    .split(/\s+/)
    .map((t) => t.replace(/^['"]|['"]$/g, '').replace(/^\.\//, ''))
    .filter((t) => t !== '' && !t.includes('{') && has(t));
}

async function pythonDeps(tree: GitTree, files: RepoFiles, entry: string, deps: Map<string, string>): Promise<void> {
  if (!entry.endsWith('.py')) return;
  const closure = await importClosure(entry, { files, read: (p) => tree.read(p) });
  for (const f of closure.keys()) {
    if (deps.has(f)) continue;
    const chain = importChain(closure, f).reverse();
    deps.set(f, chain.length === 2 ? `${chain[0]} imports it` : `import chain ${chain.join(' → ')}`);
  }
}

export async function scanSources(tree: GitTree, exp: ExportSettings | undefined, opts: { commandInput?: string; python: string }): Promise<Map<string, ScannedSource>> {
  const paths = tree.paths();
  const files = repoFiles(paths);
  const out = new Map<string, ScannedSource>();
  for (const [path, spec] of sourceSpecs(exp, paths, opts.commandInput)) {
    const deps = new Map<string, string>([[path, 'the source']]);
    await pythonDeps(tree, files, path, deps);
    if (spec.dependsOn.length) {
      const match = picomatch(spec.dependsOn, { dot: true });
      for (const p of paths) if (match(p) && !deps.has(p)) deps.set(p, `dependsOn ${spec.dependsOn.join(', ')}`);
    }
    if (spec.command && !usesBundledHelper(spec.command)) {
      for (const script of commandScripts(spec.command, files.has)) {
        if (!deps.has(script)) deps.set(script, 'the export command runs it');
        await pythonDeps(tree, files, script, deps);
      }
    }
    const h = createHash('sha256').update(JSON.stringify(spec));
    h.update(usesBundledHelper(spec.command) ? `helper ${helperDigest()} ${opts.python}` : 'custom command');
    for (const d of [...deps.keys()].sort()) h.update(`\0${d}\0${tree.blobs.get(d) ?? ''}`);
    out.set(path, { spec, deps, fingerprint: h.digest('hex').slice(0, 32) });
  }
  return out;
}

/** The first changed file (the source itself first, then in dependency order) that a scanned source depends on. */
function trigger(changed: Set<string>, ...sides: (ScannedSource | undefined)[]): string | null {
  for (const s of sides) {
    if (!s) continue;
    for (const [dep, why] of s.deps) if (changed.has(dep)) return dep === s.spec.path ? `${dep} changed` : `${dep} changed (${why})`;
  }
  return null;
}

/**
 * Sources to re-export: added, removed and renamed ones, and those whose dependencies or export settings
 * changed on either side. Each carries the reason in `note`.
 */
export function sourceChanges(
  files: FileChange[], base: Map<string, ScannedSource>, head: Map<string, ScannedSource>, trees: { baseHas(p: string): boolean; headHas(p: string): boolean },
): ModelChange[] {
  const changed = new Set(files.flatMap((f) => [f.path, ...(f.oldPath !== undefined ? [f.oldPath] : [])]));
  const renamedFrom = new Map(files.filter((f) => f.status === 'R' && f.oldPath !== undefined).map((f) => [f.path, f.oldPath as string]));
  const out: ModelChange[] = [];
  const pairedBase = new Set<string>();
  for (const [path, h] of head) {
    const oldPath = base.has(path) ? path : renamedFrom.get(path);
    const b = oldPath !== undefined ? base.get(oldPath) : undefined;
    if (!b) {
      out.push({ kind: 'source', status: 'added', path, note: trees.baseHas(path) ? 'an export source on the head only (the base config does not declare it)' : 'new source' });
      continue;
    }
    pairedBase.add(b.spec.path);
    const settings = specChanges(b.spec, h.spec);
    const why = trigger(changed, h, b) ?? (settings.length ? `export settings changed: ${settings.join('; ')}` : null);
    if (oldPath !== path) out.push({ kind: 'source', status: 'renamed', path, oldPath: b.spec.path, note: why ?? 'renamed' });
    else if (why) out.push({ kind: 'source', status: 'modified', path, note: `re-exported: ${why}` });
  }
  for (const [path] of base) {
    if (!pairedBase.has(path)) out.push({ kind: 'source', status: 'removed', path, note: trees.headHas(path) ? 'an export source on the base only (the head config does not declare it)' : 'source removed' });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
