// Files under the workspace matching globs (measurement artifacts), without a glob dependency: walk from
// each glob's literal base directory, skipping .git and node_modules unless the glob names them.
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

const SKIP = new Set(['.git', 'node_modules']);

async function walk(root: string, dir: string, out: string[], skipDirs: boolean, absolute: boolean): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!(skipDirs && SKIP.has(e.name))) await walk(root, full, out, skipDirs, absolute);
    } else if (e.isFile()) out.push(absolute ? full : relative(root, full).split(sep).join('/'));
  }
}

/**
 * Paths (sorted) of files matching any glob: repository-relative for relative globs (walked from `root`),
 * absolute for absolute globs (e.g. an artifact downloaded to ${{ runner.temp }}).
 */
export async function findFiles(root: string, globs: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const glob of globs) {
    const normal = glob.replace(/^\.\//, '');
    const { base } = picomatch.scan(normal);
    const isMatch = picomatch(normal, { dot: true });
    const files: string[] = [];
    const absolute = isAbsolute(normal);
    await walk(root, absolute ? base : join(root, base), files, !/(^|\/)(\.git|node_modules)(\/|$)/.test(normal), absolute);
    for (const f of files) if (isMatch(f)) found.add(f);
  }
  return [...found].sort();
}
