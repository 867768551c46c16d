// The base and head versions of one changed model as local files: model files from git objects (base) or the
// workspace (head), sources exported by the export command in a tree of the right commit.
import { mkdir, open, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { runExport } from '../adapters/export-command.js';
import { addWorktree, lfsSmudge, showFile } from '../adapters/git.js';
import { checkFile, MAX_BYTES } from '../adapters/safe-read.js';
import { logText } from '../core/runner-text.js';
import { EnergyDiffError } from '../core/types.js';
import type { ModelChange } from './discover.js';
import { basePointerError, headPointerError, parseLfsPointer } from './lfs.js';

export interface SideContext {
  workspace: string;
  /** Scratch directory of this run (under RUNNER_TEMP). */
  tmpDir: string;
  baseSha: string;
  headSha: string;
  /** The workspace holds the head commit's tree (checkout of the PR head, not the merge commit). */
  headInWorkspace: boolean;
  exportCommand?: string;
  exportFormat: 'onnx' | 'layers-json';
  log: (message: string) => void;
  /** Trees checked out for export commands (removed by the caller). */
  worktrees: Map<string, string>;
}

export type Side = 'base' | 'head';

/** Where a side's file lives locally, keeping the repository file name (loaders look at the extension). */
function localPath(ctx: SideContext, side: Side, repoPath: string): string {
  return join(ctx.tmpDir, side, repoPath);
}

async function writeLocal(file: string, bytes: Buffer): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return file;
}

async function modelFromGit(ctx: SideContext, side: Side, repoPath: string): Promise<string> {
  const sha = side === 'base' ? ctx.baseSha : ctx.headSha;
  const bytes = await showFile(ctx.workspace, sha, repoPath);
  if (!bytes) throw new EnergyDiffError('E_GIT', `not found at ${side} commit ${sha.slice(0, 7)}`, { file: repoPath });
  const pointer = parseLfsPointer(bytes);
  if (!pointer) return writeLocal(localPath(ctx, side, repoPath), bytes);
  ctx.log(`${logText(repoPath)}: ${side} version is a Git LFS pointer; fetching it with git lfs smudge`);
  const content = await lfsSmudge(ctx.workspace, repoPath, bytes);
  if (!content || parseLfsPointer(content)) {
    throw side === 'base' ? basePointerError(repoPath, sha, pointer) : headPointerError(repoPath, pointer);
  }
  return writeLocal(localPath(ctx, side, repoPath), content);
}

async function modelFromWorkspace(ctx: SideContext, repoPath: string): Promise<string> {
  // The pull request decides what this path is: a symlink to /dev/zero or /etc/passwd, a directory, a file
  // past the cap. Only a regular file that resolves inside the workspace is read.
  const isJson = repoPath.toLowerCase().endsWith('.json');
  const { real } = checkFile(join(ctx.workspace, repoPath), {
    code: 'E_MODEL_FILE', notFoundCode: 'E_MODEL_MISSING', notFoundMessage: 'changed in the pull request but missing from the workspace', what: 'model file', root: ctx.workspace, display: repoPath,
    maxBytes: isJson ? MAX_BYTES.layersJson : MAX_BYTES.onnx,
  });
  // Only the first KiB decides whether it is a pointer; the loader reads the file itself.
  const handle = await open(real, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(1025);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const pointer = parseLfsPointer(head);
  if (pointer) throw headPointerError(repoPath, pointer);
  return real;
}

/** A tree of `sha` for export commands: the workspace for the head when it holds it, else a worktree. */
async function treeOf(ctx: SideContext, side: Side): Promise<string> {
  if (side === 'head' && ctx.headInWorkspace) return ctx.workspace;
  const sha = side === 'base' ? ctx.baseSha : ctx.headSha;
  let dir = ctx.worktrees.get(sha);
  if (!dir) {
    dir = join(ctx.tmpDir, `tree-${side}-${sha.slice(0, 12)}`);
    ctx.log(`checking out ${side} ${sha.slice(0, 7)} into ${dir} for the export command`);
    await addWorktree(ctx.workspace, dir, sha);
    ctx.worktrees.set(sha, dir);
  }
  return dir;
}

async function exported(ctx: SideContext, side: Side, repoPath: string): Promise<string> {
  if (!ctx.exportCommand) {
    throw new EnergyDiffError('E_EXPORT', 'is a model source (export.sources) but no export command is set (input export-command or export.command in the config)', { file: repoPath });
  }
  const tree = await treeOf(ctx, side);
  const ext = ctx.exportFormat === 'onnx' ? '.onnx' : '.layers.json';
  const out = join(ctx.tmpDir, 'export', side, dirname(repoPath), basename(repoPath) + ext);
  await mkdir(dirname(out), { recursive: true });
  ctx.log(`exporting ${logText(repoPath)} (${side}) with the export command`);
  await runExport(ctx.exportCommand, { cwd: tree, sourcePath: repoPath, sourceFile: join(tree, repoPath), out, log: (t) => ctx.log(t.trimEnd()) });
  return out;
}

/** Local file of one side of a change, or null when the model does not exist on that side. */
export async function materialize(ctx: SideContext, change: ModelChange, side: Side): Promise<string | null> {
  if (side === 'base' && change.status === 'added') return null;
  if (side === 'head' && change.status === 'removed') return null;
  const repoPath = side === 'base' ? (change.oldPath ?? change.path) : change.path;
  if (change.kind === 'source') return exported(ctx, side, repoPath);
  if (side === 'head' && ctx.headInWorkspace) return modelFromWorkspace(ctx, repoPath);
  return modelFromGit(ctx, side, repoPath);
}
