// The few things a CLI command touches, passed in so tests can run commands in-process.
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command returns its exit status. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
