// Runs the user's training command in its own process group: stdout is passed through line by line (so epoch
// markers can be seen), stderr passed through, and stopping escalates SIGINT -> SIGTERM -> SIGKILL. The run
// ends when the command's own process exits; what it left running in its group is then stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { LineSplitter, MAX_EPOCH_LINE_CHARS } from '../core/measure/index.js';
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

/** How long the command's stdout/stderr may stay open after it exited (a grandchild still holding them). */
const DRAIN_MS = 300;
/** Between SIGTERM and SIGKILL to what is left of the process group once the command exited. */
const REAP_GRACE_MS = 1000;

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops whatever the command left in its process group (an orphaned data loader, a `sleep &`). */
async function reapGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < REAP_GRACE_MS && groupAlive(pgid); waited += 50) await new Promise((r) => setTimeout(r, 50));
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export function runCommand(argv: readonly string[], opts: RunOptions): Promise<RunningCommand> {
  const [file, ...args] = argv;
  if (!file) throw new EnergyDiffError('E_ARG', 'no command to run: put it after --, e.g. energy-diff measure -- python train.py');
  // Its own session and process group, so a stop reaches its children too and energy-diff forwards the user's
  // Ctrl-C itself. Without a controlling terminal it could not read one: stdin is /dev/null.
  const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Bounded: a 100 MB line without a newline is passed through but not held (markers are short lines).
  const lines = new LineSplitter(MAX_EPOCH_LINE_CHARS);
  const emit = (found: string[]) => {
    for (const line of found) opts.onStdoutLine(line);
  };
  const streamsClosed = Promise.all([child.stdout!, child.stderr!].map((s) => new Promise<void>((r) => s.once('close', () => r()))));
  // The run ends when the command itself exits, not when every process holding its stdout has closed it: what
  // it wrote before exiting is read for DRAIN_MS, then the pipes are let go and the rest of the group stopped.
  const exited = new Promise<CommandExit>((resolve) =>
    child.once('exit', (exitCode, signal) => {
      void (async () => {
        const drained = await Promise.race([streamsClosed.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), DRAIN_MS))]);
        if (!drained) {
          child.stdout!.destroy();
          child.stderr!.destroy();
        }
        emit(lines.end());
        if (child.pid !== undefined) await reapGroup(child.pid);
        resolve({ exitCode, signal });
      })();
    }),
  );
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    opts.stdout.write(chunk);
    emit(lines.push(chunk));
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
