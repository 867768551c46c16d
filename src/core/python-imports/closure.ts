// The repository files a Python entry file depends on: its imports, followed recursively (cycles are cut by
// the visited set), with the __init__.py of every package a visited file lives in. Reading is the caller's
// (a git tree of one side, say), so this stays a pure walk over text.
import { dirOf, importRoots, packageInits, resolveImport, type RepoFiles } from './resolve.js';
import { parsePythonImports } from './scan.js';

/** Each file the entry depends on → the file whose import first reached it (null for the entry itself). */
export type ImportClosure = Map<string, string | null>;

export interface ClosureSource {
  files: RepoFiles;
  /** The text of a repository file, or null when it cannot be read. */
  read(path: string): Promise<string | null>;
}

export async function importClosure(entry: string, src: ClosureSource): Promise<ImportClosure> {
  const roots = importRoots(entry, src.files);
  const seen: ImportClosure = new Map([[entry, null]]);
  const queue = [entry];
  const reach = (file: string, by: string) => {
    if (seen.has(file)) return;
    seen.set(file, by);
    queue.push(file);
  };
  while (queue.length) {
    const file = queue.shift() as string;
    for (const init of packageInits(dirOf(file), src.files)) reach(init, file);
    if (!file.endsWith('.py')) continue;
    const text = await src.read(file);
    if (text === null) continue;
    for (const imp of parsePythonImports(text)) {
      for (const dep of resolveImport(imp, file, roots, src.files)) reach(dep, file);
    }
  }
  return seen;
}

/** `[file, importer, …, entry]`: how the entry reaches `file` (for "blocks.py, imported by net.py"). */
export function importChain(closure: ImportClosure, file: string): string[] {
  const chain: string[] = [];
  for (let f: string | null | undefined = file; f != null && !chain.includes(f); f = closure.get(f)) chain.push(f);
  return chain;
}
