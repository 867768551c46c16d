// Runs the user's training command in its own process group: stdout is passed through line by line (so epoch
// markers can be seen), stderr passed through, and stopping escalates SIGINT -> SIGTERM -> SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { EnergyDiffError } from '../core/common/index.js';

export interface CommandExit {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Every complete stdout line, after it was passed through. */
  onStdoutLine(line: string): void;
}

export interface RunningCommand {
  readonly pid: number;
  readonly exited: Promise<CommandExit>;
  /** SIGINT, then SIGTERM after graceMs, then SIGKILL after another graceMs; resolves when the command exited. */
  stop(graceMs: number): Promise<CommandExit>;
  /** Sends one signal to the whole process group (data-loader workers included). */
  signal(sig: NodeJS.Signals): void;
}

function signalGroup(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    child.kill(sig);
  }
}

export function runCommand(argv: readonly string[], opts: RunOptions): Promise<RunningCommand> {
  const [file, ...args] = argv;
  if (!file) throw new EnergyDiffError('E_ARG', 'no command to run: put it after --, e.g. energy-diff measure -- python train.py');
  // Its own session and process group, so a stop reaches its children too and energy-diff forwards the user's
  // Ctrl-C itself. Without a controlling terminal it could not read one: stdin is /dev/null.
  const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise<CommandExit>((resolve) => child.once('close', (exitCode, signal) => resolve({ exitCode, signal })));
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    opts.stdout.write(chunk);
    pending += chunk;
    const cut = pending.lastIndexOf('\n');
    if (cut < 0) return;
    const lines = pending.slice(0, cut).split('\n');
    pending = pending.slice(cut + 1);
    for (const line of lines) opts.onStdoutLine(line);
  });
  child.stdout!.on('end', () => {
    if (pending) opts.onStdoutLine(pending);
    pending = '';
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => opts.stderr.write(chunk));
  const wait = (ms: number) => Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), ms).unref())]);
  const running: RunningCommand = {
    pid: child.pid ?? -1,
    exited,
    signal: (sig) => signalGroup(child, sig),
    async stop(graceMs) {
      for (const sig of ['SIGINT', 'SIGTERM'] as const) {
        signalGroup(child, sig);
        if (await wait(graceMs)) return exited;
      }
      signalGroup(child, 'SIGKILL');
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(running));
    child.once('error', (err) => {
      const code = (err as NodeJS.ErrnoException).code;
      reject(new EnergyDiffError('E_COMMAND', code === 'ENOENT' ? `command not found: ${file}` : `cannot start ${file}: ${err.message}`));
    });
  });
}
