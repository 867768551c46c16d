// Runs the user's export command (PyTorch/TF source → ONNX or layers.json) for one source file in one tree.
// `{source}` and `{out}` are replaced by shell-quoted paths; the command runs with `sh -c` in the tree root.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { EnergyDiffError } from '../core/common/index.js';

/** Single-quotes a string for POSIX sh (`'` becomes `'\''`). */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Replaces {source} and {out}; a command without {out} cannot tell where to write, so it is refused. */
export function expandExportCommand(command: string, source: string, out: string): string {
  if (!command.includes('{out}')) {
    throw new EnergyDiffError('E_EXPORT', `export-command must contain {out} (where to write the model), got: ${command}`);
  }
  return command.replace(/\{source\}/g, shellQuote(source)).replace(/\{out\}/g, shellQuote(out));
}

export interface ExportOptions {
  /** Tree root the command runs in (the workspace or a base worktree). */
  cwd: string;
  /** Repository-relative source path (shown in errors) and its absolute path in `cwd`. */
  sourcePath: string;
  sourceFile: string;
  out: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Receives the command's output (the action prints it in a log group). */
  log?: (chunk: string) => void;
}

/**
 * The command's environment: the runner's, minus the action's inputs (the github-token among them) and the
 * runner's own tokens. The export runs the pull request's code; it has no business with credentials.
 */
export function exportEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('INPUT_') || /^(GITHUB_TOKEN|GH_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/.test(k)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * Runs the export — a shell command with {source} and {out}, or an argument vector run without a shell —
 * and resolves when {out} exists and is non-empty, else rejects with E_EXPORT naming the source.
 */
export async function runExport(command: string | { argv: string[] }, opts: ExportOptions): Promise<void> {
  const [file, ...args] = typeof command === 'string' ? ['sh', '-c', expandExportCommand(command, opts.sourceFile, opts.out)] : command.argv;
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    opts.log?.(text);
    tail.push(text);
    if (tail.length > 40) tail.shift();
  };
  const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    const child = spawn(file as string, args, { cwd: opts.cwd, env: exportEnv({ ...process.env, ...opts.env }), stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15 * 60_000);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  const lastLines = tail.join('').trim().split('\n').slice(-5).join(' | ');
  if (result.error || result.code !== 0) {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit ${result.code}`;
    throw new EnergyDiffError('E_EXPORT', `export-command failed (${why})${lastLines ? `: ${lastLines}` : ''}`, { file: opts.sourcePath });
  }
  const size = await stat(opts.out).then((s) => s.size, () => -1);
  if (size <= 0) {
    throw new EnergyDiffError('E_EXPORT', `export-command exited 0 but wrote ${size < 0 ? 'nothing' : 'an empty file'} at {out}`, { file: opts.sourcePath });
  }
}
