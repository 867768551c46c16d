// The import rules of src/ (docs/architecture.md) as a checker over an edge list, so the rules can be
// tested on synthetic edges as well as enforced on the real tree.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** One import: `from` and `to` are repository-relative paths ('src/core/x/y.ts'), or `to` is a package name. */
export interface ImportEdge {
  from: string;
  to: string;
}

/** Packages the pure core may use (numerics and text layout only: no I/O, no clock, no process). */
export const CORE_PACKAGES = new Set(['ml-matrix', 'markdown-table']);

/** Layers from the bottom up; a layer imports only layers below it (core < adapters < app < action, cli). */
const LAYER_RANK: Record<string, number> = { core: 0, adapters: 1, app: 2, action: 3, cli: 3 };

export function listSourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(join(root, d)).sort()) {
      const p = posix.join(d, name);
      if (statSync(join(root, p)).isDirectory()) walk(p);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Every static, type-only, re-export and dynamic import of the files, resolved to repository paths. */
export function readImports(root: string, files: string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const info = ts.preProcessFile(readFileSync(join(root, from), 'utf8'), true, true);
    for (const { fileName: spec } of info.importedFiles) edges.push({ from, to: resolveSpecifier(from, spec) });
  }
  return edges;
}

/** './x.js' next to src/a/b.ts → 'src/a/x.ts'; a bare specifier stays as it is ('node:fs', 'yaml'). */
export function resolveSpecifier(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const p = posix.normalize(posix.join(posix.dirname(from), spec));
  return p.endsWith('.js') ? `${p.slice(0, -3)}.ts` : p;
}

const within = (file: string, dir: string): boolean => file.startsWith(`${dir}/`);

/** 'src/core/infer/ops/conv.ts' → 'core'; src/index.ts and src/cli.ts are the entry files (no layer). */
function layerOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/** Folders with an index.ts: module folders, entered from outside only through that index. */
function moduleFolders(files: string[]): Set<string> {
  return new Set(files.filter((f) => f.endsWith('/index.ts')).map((f) => posix.dirname(f)).filter((d) => d !== 'src'));
}

/** All violations of the rules, one line each; empty when the tree follows them. */
export function checkArchitecture(files: string[], edges: ImportEdge[]): string[] {
  const problems: string[] = [];
  const modules = moduleFolders(files);
  const known = new Set(files);

  // Every folder directly under src/core is a module with an index.ts; no loose files at the core root.
  for (const f of files) {
    const parts = f.split('/');
    if (parts[0] === 'src' && parts[1] === 'core' && parts.length === 3) problems.push(`${f}: a loose file at the core root (put it in a module folder)`);
  }
  const coreFolders = new Set(files.filter((f) => f.startsWith('src/core/') && f.split('/').length > 3).map((f) => f.split('/').slice(0, 3).join('/')));
  for (const dir of [...coreFolders].sort()) if (!modules.has(dir)) problems.push(`${dir}: a core module folder without index.ts`);

  for (const { from, to } of edges) {
    const bare = !to.startsWith('src/') && !to.startsWith('.') && !to.includes('/src/') && !known.has(to) && !to.startsWith('test/') && !to.startsWith('bench/') && !to.startsWith('scripts/');
    const fromLayer = layerOf(from);
    if (bare) {
      if (fromLayer === 'core' && !CORE_PACKAGES.has(to)) problems.push(`${from} → ${to}: core imports no package outside ${[...CORE_PACKAGES].join(', ')} (no I/O)`);
      continue;
    }
    if (!to.startsWith('src/')) {
      problems.push(`${from} → ${to}: src/ imports only src/ (never test/, bench/ or scripts/)`);
      continue;
    }
    const toLayer = layerOf(to);
    if (fromLayer === 'core' && toLayer !== 'core') problems.push(`${from} → ${to}: core imports only core`);
    else if (fromLayer === 'adapters' && (toLayer === 'action' || toLayer === 'cli' || toLayer === 'app')) problems.push(`${from} → ${to}: adapters import only core and adapters`);
    else if (fromLayer && toLayer && fromLayer !== toLayer) {
      const a = LAYER_RANK[fromLayer];
      const b = LAYER_RANK[toLayer];
      if (a === undefined || b === undefined) problems.push(`${from} → ${to}: unknown layer (src/ has core, adapters, app, action, cli)`);
      else if (b >= a) problems.push(`${from} → ${to}: ${fromLayer} may import only layers below it`);
    }
    // A module folder is entered through its index.ts: the outermost module folder holding the target
    // but not the importer decides.
    const entered = [...modules].filter((m) => within(to, m) && !within(from, m)).sort((x, y) => x.length - y.length)[0];
    if (entered !== undefined && to !== `${entered}/index.ts`) problems.push(`${from} → ${to}: deep import into ${entered}/ (import ${entered}/index.ts)`);
  }

  problems.push(...folderCycles(edges.filter((e) => e.to.startsWith('src/'))));
  return problems;
}

/**
 * Cycles between sibling folders: for every folder, an edge between files in two different child
 * folders is an edge between those children; a strongly connected set of children is a cycle.
 * (Files directly in the parent, such as a module's index.ts, are not part of any child.)
 */
export function folderCycles(edges: ImportEdge[]): string[] {
  const graphs = new Map<string, Map<string, Set<string>>>();
  for (const { from, to } of edges) {
    const a = from.split('/');
    const b = to.split('/');
    let i = 0;
    while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
    // a[i], b[i]: the first differing segments; both must be folders (not the file itself).
    if (i >= a.length - 1 || i >= b.length - 1) continue;
    const parent = a.slice(0, i).join('/');
    const g = graphs.get(parent) ?? new Map<string, Set<string>>();
    graphs.set(parent, g);
    const set = g.get(a[i]!) ?? new Set<string>();
    g.set(a[i]!, set);
    set.add(b[i]!);
  }
  const out: string[] = [];
  for (const [parent, g] of [...graphs].sort(([x], [y]) => x.localeCompare(y))) {
    for (const scc of stronglyConnected(g)) {
      if (scc.length > 1) out.push(`cycle between folders of ${parent}/: ${cyclePath(g, scc).join(' → ')}`);
    }
  }
  return out;
}

/** Tarjan's strongly connected components. */
function stronglyConnected(g: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const nodes = new Set<string>([...g.keys(), ...[...g.values()].flatMap((s) => [...s])]);
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      out.push(scc.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** One concrete cycle through the component, for the message: a → b → a. */
function cyclePath(g: Map<string, Set<string>>, scc: string[]): string[] {
  const inside = new Set(scc);
  const start = scc[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of [...(g.get(v) ?? [])].sort()) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = prev.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...scc, start];
}
