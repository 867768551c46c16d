// What one fuzz case is (the files it needs and the entry point it runs) and what running it gave.

export const FAMILIES = ['onnx', 'layers-json', 'config', 'profile', 'measurement', 'measure'] as const;
export type Family = (typeof FAMILIES)[number];

export interface FuzzCase {
  family: Family;
  seed: number;
  index: number;
  /** One line on what the generator did, for the failure report. */
  what: string;
  /** `cli`: `energy-diff <argv>` (src/cli/main.ts) in the case folder; `action`: the GitHub Action (src/action/run.ts). */
  entry: 'cli' | 'action';
  argv: string[];
  /** Files written into the case folder (the action's workspace for `action`), by relative path. */
  files: Record<string, Uint8Array | string>;
  /** Symbolic links created in the case folder: path → target (a PR can add links). */
  links?: Record<string, string>;
  env?: Record<string, string>;
  /** `action` inputs (INPUT_* variables, without the prefix). */
  inputs?: Record<string, string>;
  timeoutMs: number;
  /** Exit codes the entry point documents for this case besides 0, 1 and 2 (measure returns the command's). */
  extraExitCodes?: number[];
  /** measure: the epochs the fake training command reported validly, which the measurement file must hold. */
  expectEpochs?: number;
}

export type Category = 'clean error' | 'success' | 'crash' | 'hang' | 'over 1 GB' | 'non-finite' | 'invalid result';
export const CATEGORIES: readonly Category[] = ['clean error', 'success', 'crash', 'hang', 'over 1 GB', 'non-finite', 'invalid result'];
export const FAILURES: readonly Category[] = ['crash', 'hang', 'over 1 GB', 'non-finite', 'invalid result'];

/** What the host saw while running a case. */
export interface Outcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The action's job summary (the comment body), where the entry point is the action. */
  summary?: string;
  /** An exception that escaped the entry point, or was raised while the case ran (uncaught, unhandled). */
  threw?: string;
  /** The host process died while running the case (signal, exit, out of memory). */
  hostDied?: string;
  timedOut?: boolean;
  peakRssKiB?: number;
  /** A family-specific check that failed (measure: epochs lost, file left running). */
  invalid?: string;
  ms: number;
}

export interface Verdict {
  category: Category;
  why: string;
}
