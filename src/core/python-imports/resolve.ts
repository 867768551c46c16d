// Import statements → repository files, the way Python's path finder would see them: absolute imports
// searched in a list of roots (sys.path entries inside the repository), relative imports in the importing
// file's package. What resolves nowhere (torch, numpy, the standard library) is outside the repository and
// ignored. Paths are repository-relative with `/`; '' is the repository root.
import type { PythonImport } from './scan.js';

/** The repository's files, as a set of paths (a git tree listing). */
export interface RepoFiles {
  has(path: string): boolean;
  /** True when some file lies under `dir/` (a namespace package needs no __init__.py). */
  hasDir(dir: string): boolean;
}

export function repoFiles(paths: Iterable<string>): RepoFiles {
  const files = new Set(paths);
  const dirs = new Set<string>(['']);
  for (const p of files) {
    for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) {
      const d = p.slice(0, at);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  return { has: (p) => files.has(p), hasDir: (d) => dirs.has(d) };
}

export function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

export function dirOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

/** The `__init__.py` files of `dir` and of every enclosing folder that is a package, innermost first. */
export function packageInits(dir: string, files: RepoFiles): string[] {
  const out: string[] = [];
  for (let d = dir; d !== ''; d = dirOf(d)) {
    const init = join(d, '__init__.py');
    if (!files.has(init)) break;
    out.push(init);
  }
  return out;
}

/**
 * Where Python would look for absolute imports of `entry` when the export helper loads it: the entry's own
 * folder (as for a script), the folder above its outermost package (so `models.blocks` works from
 * `src/models/x.py` with `src/models/__init__.py`), and the repository root. Duplicates are dropped.
 */
export function importRoots(entry: string, files: RepoFiles): string[] {
  const own = dirOf(entry);
  let top = own;
  while (top !== '' && files.has(join(top, '__init__.py'))) top = dirOf(top);
  return [...new Set([own, top, ''])];
}

/** Files of module `parts` under `base`: the chain of package __init__s and the module file itself. */
function moduleIn(base: string, parts: string[], files: RepoFiles): string[] | null {
  const out: string[] = [];
  let dir = base;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const last = i === parts.length - 1;
    const asFile = join(dir, `${part}.py`);
    const asPkg = join(dir, part);
    if (files.has(join(asPkg, '__init__.py'))) {
      out.push(join(asPkg, '__init__.py'));
      dir = asPkg;
    } else if (last && files.has(asFile)) {
      out.push(asFile);
      return out;
    } else if (files.hasDir(asPkg)) {
      dir = asPkg; // a namespace package
    } else return null;
  }
  return out;
}

/** Submodules named by `from pkg import a, b` (names that are attributes, not modules, resolve to nothing). */
function submodules(pkgDir: string, names: string[], files: RepoFiles): string[] {
  return names.flatMap((n) => {
    if (n === '*') return [];
    const init = join(join(pkgDir, n), '__init__.py');
    if (files.has(init)) return [init];
    const file = join(pkgDir, `${n}.py`);
    return files.has(file) ? [file] : [];
  });
}

/** The folder a resolved module's `from … import name` submodules live in. */
function packageDirOf(base: string, parts: string[]): string {
  return parts.reduce((d, p) => join(d, p), base);
}

/** Repository files one import statement of `fromFile` loads; [] for imports from outside the repository. */
export function resolveImport(imp: PythonImport, fromFile: string, roots: string[], files: RepoFiles): string[] {
  const parts = imp.module === '' ? [] : imp.module.split('.');
  if (imp.level > 0) {
    let base = dirOf(fromFile);
    for (let up = 1; up < imp.level; up++) {
      if (base === '') return [];
      base = dirOf(base);
    }
    const mod = parts.length ? moduleIn(base, parts, files) : [];
    if (mod === null) return [];
    return [...mod, ...(imp.kind === 'from' ? submodules(packageDirOf(base, parts), imp.names, files) : [])];
  }
  for (const root of roots) {
    const mod = moduleIn(root, parts, files);
    if (mod === null) continue;
    const subs = imp.kind === 'from' ? submodules(packageDirOf(root, parts), imp.names, files) : [];
    return [...mod, ...subs];
  }
  return [];
}
