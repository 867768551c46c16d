// One commit's tree as the dependency scan sees it: every path with its blob id (from one `git ls-tree`), and
// the text of a file on demand (`git cat-file`, cached). Both sides of a pull request are read this way, so
// the scan sees exactly what each commit holds, whatever the workspace has checked out.
import { git } from './git.js';

/** Larger files are not Python sources worth scanning (generated tables, data). */
const MAX_TEXT_BYTES = 4 << 20;

export class GitTree {
  private readonly texts = new Map<string, Promise<string | null>>();

  private constructor(
    private readonly cwd: string,
    readonly commit: string,
    /** Repository path → blob id (submodules and symlinks excluded). */
    readonly blobs: ReadonlyMap<string, string>,
  ) {}

  static async load(cwd: string, commit: string): Promise<GitTree> {
    const { stdout } = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    const blobs = new Map<string, string>();
    for (const entry of stdout.toString('utf8').split('\0')) {
      // `<mode> <type> <oid>\t<path>`; 120000 is a symlink, 160000 a submodule.
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (m && m[2] === 'blob' && m[1] !== '120000') blobs.set(m[4] as string, m[3] as string);
    }
    return new GitTree(cwd, commit, blobs);
  }

  paths(): string[] {
    return [...this.blobs.keys()];
  }

  /** The file's text (UTF-8), or null when it is not in the tree or too large to be a source. */
  read(path: string): Promise<string | null> {
    let text = this.texts.get(path);
    if (!text) {
      const oid = this.blobs.get(path);
      text = oid === undefined
        ? Promise.resolve(null)
        : git(this.cwd, ['cat-file', 'blob', oid]).then((r) => (r.stdout.length > MAX_TEXT_BYTES ? null : r.stdout.toString('utf8')), () => null);
      this.texts.set(path, text);
    }
    return text;
  }
}
