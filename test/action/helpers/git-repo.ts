// Real temporary git repositories for action tests: init, write files, commit, clone (shallow via file://).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export class TempRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'ed-repo-'));
    if (!dir) {
      git(this.dir, 'init', '-q', '-b', 'main');
      git(this.dir, 'config', 'commit.gpgsign', 'false');
    }
  }

  write(path: string, content: string | Uint8Array): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  /** A symlink at `path` pointing to `target` (committed as a link, as git stores it). */
  link(path: string, target: string): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    symlinkSync(target, file);
  }

  remove(path: string): void {
    git(this.dir, 'rm', '-q', path);
  }

  move(from: string, to: string): void {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    git(this.dir, 'mv', from, to);
  }

  /** Commits everything; dates advance one minute per commit so history is deterministic. */
  commit(message: string): string {
    git(this.dir, 'add', '-A');
    const date = new Date(Date.UTC(2026, 10, 1, 12, this.tick++)).toISOString();
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
      cwd: this.dir,
      env: { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** A clone checked out at `sha` (detached), `depth` commits deep through file:// (so --depth applies). */
  clone(sha: string, depth?: number): TempRepo {
    const dir = mkdtempSync(join(tmpdir(), 'ed-clone-'));
    // Like actions/checkout: init, add origin, fetch the one commit, check it out detached.
    git(dir, 'init', '-q');
    git(dir, 'remote', 'add', 'origin', `file://${this.dir}`);
    git(dir, '-c', 'protocol.version=2', 'fetch', '-q', '--no-tags', ...(depth ? [`--depth=${depth}`] : []), 'origin', sha);
    git(dir, 'checkout', '-q', '--detach', sha);
    return new TempRepo(dir);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
