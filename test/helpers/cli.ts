// Runs the CLI in-process as `energy-diff <args>` would, capturing what it writes.
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CliIo that keeps what the CLI writes to stdout in `out` and to stderr in `err`. */
export function captureIo(cwd: string, env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { write: (s: string) => (io.out += s) },
    stderr: { write: (s: string) => (io.err += s) },
    env,
    cwd,
  };
  return io;
}

export async function runMain(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<CliRun> {
  const io = captureIo(cwd, env);
  const code = await main(args, io);
  return { code, stdout: io.out, stderr: io.err };
}
