// The base and head versions of one changed model as local files: model files from git objects (base) or the
// workspace (head), sources exported (bundled helper or the user's command) in a tree of the right commit.
import { copyFile, mkdir, open, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { runExport, shellQuote } from '../adapters/export-command.js';
import { bundledHelper, expandBundledPrefix, pythonFor, usesBundledHelper } from '../adapters/export-helper.js';
import { addWorktree, lfsSmudge, showFile } from '../adapters/git.js';
import { checkFile, MAX_BYTES } from '../adapters/safe-read.js';
import { logText } from '../core/format/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { ModelChange } from './discover.js';
import { FoldingLog, foldSummary } from './export-log.js';
import { inputArg, type SourceSpec } from './export-spec.js';
import { basePointerError, headPointerError, parseLfsPointer } from './lfs.js';
import type { ScannedSource } from './source-scan.js';

export interface SideContext {
  workspace: string;
  /** Scratch directory of this run (under RUNNER_TEMP). */
  tmpDir: string;
  baseSha: string;
  headSha: string;
  /** The workspace holds the head commit's tree (checkout of the PR head, not the merge commit). */
  headInWorkspace: boolean;
  /** Each side's model sources: how each is exported, on what it depends (source-scan.ts). */
  sources: Record<Side, Map<string, ScannedSource>>;
  env: NodeJS.ProcessEnv;
  log: (message: string) => void;
  /** Prints the export's output in a collapsed log group. */
  group: { start(title: string): void; end(): void };
  /** Trees checked out for export commands (removed by the caller). */
  worktrees: Map<string, string>;
  /** Exports done in this run by fingerprint: a source whose inputs are the same on both sides runs once. */
  exports: Map<string, string>;
  /** A folder kept between runs (ENERGY_DIFF_EXPORT_CACHE) holding exports by fingerprint, if any. */
  exportCache?: string;
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

/** The command of one export: the bundled helper's argument vector, or the user's shell command. */
function exportCommand(ctx: SideContext, spec: SourceSpec, sourceFile: string, out: string): string | { argv: string[] } {
  if (spec.command !== undefined) return usesBundledHelper(spec.command) ? expandBundledPrefix(spec.command, ctx.env) : spec.command;
  if (!spec.inputs) {
    throw new EnergyDiffError('E_EXPORT', `is a model source but has no example inputs for the bundled exporter: set inputs (e.g. { input: 1x3x224x224 }) on its export.sources entry or on export, or give it a command`, { file: spec.path });
  }
  return {
    argv: [pythonFor(ctx.env), bundledHelper(), `${sourceFile}:${spec.callable}`, ...spec.inputs.flatMap((i) => ['--input', inputArg(i)]), '--out', out],
  };
}

async function runInGroup(ctx: SideContext, title: string, run: (log: (chunk: string) => void) => Promise<void>): Promise<void> {
  const started = Date.now();
  ctx.group.start(title);
  const folding = new FoldingLog((line) => ctx.log(line));
  try {
    await run((chunk) => folding.push(chunk));
  } finally {
    const summary = foldSummary(folding.finish());
    if (summary) ctx.log(summary);
    ctx.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    ctx.group.end();
  }
}

async function exported(ctx: SideContext, side: Side, repoPath: string): Promise<string> {
  const src = ctx.sources[side].get(repoPath);
  if (!src) throw new EnergyDiffError('E_EXPORT', `is not a model source on the ${side} (export.sources)`, { file: repoPath });
  const { spec, fingerprint } = src;
  const ext = spec.format === 'onnx' ? '.onnx' : '.layers.json';
  const done = ctx.exports.get(fingerprint);
  if (done) {
    ctx.log(`${logText(repoPath)} (${side}): the same files and export settings as the other side; its export is reused`);
    return done;
  }
  const out = join(ctx.tmpDir, 'export', side, dirname(repoPath), basename(repoPath) + ext);
  await mkdir(dirname(out), { recursive: true });
  const cached = ctx.exportCache ? join(ctx.exportCache, fingerprint + ext) : undefined;
  if (cached && (await copyFile(cached, out).then(() => true, () => false))) {
    ctx.log(`${logText(repoPath)} (${side}): export taken from the export cache (${fingerprint})`);
  } else {
    const tree = await treeOf(ctx, side);
    const sourceFile = join(tree, repoPath);
    const command = exportCommand(ctx, spec, sourceFile, out);
    await runInGroup(ctx, `energy-diff: exporting ${logText(repoPath)} (${side} ${(side === 'base' ? ctx.baseSha : ctx.headSha).slice(0, 7)})`, async (log) => {
      log(`$ ${typeof command === 'string' ? command : command.argv.map(shellQuote).join(' ')}\n`);
      await runExport(command, { cwd: tree, sourcePath: repoPath, sourceFile, out, env: ctx.env, log });
    });
    if (cached) await saveToCache(out, cached);
  }
  ctx.exports.set(fingerprint, out);
  return out;
}

/** Writes through a temp name and a rename, so a concurrent run never reads half a file. */
async function saveToCache(file: string, cached: string): Promise<void> {
  try {
    await mkdir(dirname(cached), { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await copyFile(file, tmp);
    await rename(tmp, cached);
  } catch {
    // A cache that cannot be written only costs time next run.
  }
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
