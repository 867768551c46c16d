// The runner's process for code that reads it the way @actions/core does: process.env holds the step's
// variables (this process's own, less any runner variables it happens to run under, plus `env`), and what
// goes to process.stdout is captured. Exit status and environment are restored afterwards. (Each vitest
// worker has its own process.env and stdout; tests within a file run one at a time.)
import { runAction } from '../../../src/action/run.js';

const RUNNER_VARIABLE = /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/;

type StepEnv = Record<string, string | undefined>;

function enter(env: StepEnv): { out: () => string; leave: () => void } {
  const saved = { env: process.env, write: process.stdout.write, exitCode: process.exitCode };
  let stdout = '';
  const base = Object.fromEntries(Object.entries(saved.env).filter(([k]) => !RUNNER_VARIABLE.test(k)));
  process.env = { ...base, ...env };
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  return {
    out: () => stdout,
    leave: () => {
      process.stdout.write = saved.write;
      process.env = saved.env;
      process.exitCode = saved.exitCode;
    },
  };
}

export async function inRunner<T>(env: StepEnv, fn: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const step = enter(env);
  try {
    return { value: await fn(), stdout: step.out() };
  } finally {
    step.leave();
  }
}

/** inRunner for synchronous code (reading inputs, one annotation). */
export function inRunnerSync<T>(env: StepEnv, fn: () => T): { value: T; stdout: string } {
  const step = enter(env);
  try {
    return { value: fn(), stdout: step.out() };
  } finally {
    step.leave();
  }
}

/** runAction in this process with the step's variables; its exit status and everything it printed. */
export async function runActionInProcess(env: StepEnv, deps: Parameters<typeof runAction>[0] = {}): Promise<{ code: number; stdout: string }> {
  const { value, stdout } = await inRunner(env, () => runAction(deps));
  return { code: value, stdout };
}
