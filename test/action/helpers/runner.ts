// Runs a bundled action (`node index.js`) as a GitHub runner does: a depth-1 checkout of the head, the event
// payload file, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, GITHUB_API_URL at a fake server.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FakeGitHub } from '../../github/fake-github.js';
import type { TempRepo } from './git-repo.js';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Wall time of `node index.js`, spawn to close. */
  ms: number;
}

/**
 * Builds the action into a temp dir laid out as a released action is (`dist/index.js`, `dist/cli.js`, and
 * `python/` and `hardware-profiles/` next to dist/); returns index.js, the action's root and a cleanup.
 */
export function buildBundle(): { bundle: string; actionDir: string; cleanup: () => void } {
  const out = mkdtempSync(join(tmpdir(), 'ed-bundle-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', join(out, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  for (const dir of ['python', 'hardware-profiles']) cpSync(join(ROOT, dir), join(out, dir), { recursive: true, filter: (p) => !p.includes('__pycache__') });
  return { bundle: join(out, 'dist', 'index.js'), actionDir: out, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

/** GITHUB_OUTPUT as the runner reads it back (heredoc blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i] as string);
    out[m[1] as string] = value.join('\n');
  }
  return out;
}

export interface StepOptions {
  bundle: string;
  origin: TempRepo;
  gh: FakeGitHub;
  token: string;
  pr: number;
  base: string;
  head: string;
  inputs?: Record<string, string>;
  updatedAt?: string;
  /** The head branch lives in a fork (another repository's full_name), as on a contributor's PR. */
  fork?: boolean;
  /** Takes the checkout's and temp dir's cleanup instead of running it when the step ends, so files the
   * run wrote (report JSON, artifact dir) can still be read afterwards. */
  defer?: (cleanup: () => void) => void;
  /** More runner environment (PATH of a setup step, say), applied before the inputs. */
  env?: Record<string, string>;
  /** Runs in the checkout before the action (what earlier steps leave there: a downloaded artifact). */
  prepare?: (workspace: string) => void;
}

export async function runActionStep(o: StepOptions): Promise<RunResult> {
  const ws = o.origin.clone(o.head, 1);
  const temp = mkdtempSync(join(tmpdir(), 'ed-runner-'));
  const cleanup = (): void => {
    ws.cleanup();
    rmSync(temp, { recursive: true, force: true });
  };
  try {
    const event = {
      action: 'synchronize',
      number: o.pr,
      pull_request: {
        number: o.pr,
        updated_at: o.updatedAt ?? '2026-11-30T10:00:00Z',
        base: { sha: o.base, ref: 'main', repo: { full_name: 'acme/models' } },
        head: { sha: o.head, ref: 'feature', repo: { full_name: o.fork ? 'contributor/models' : 'acme/models' } },
      },
      repository: { full_name: 'acme/models' },
    };
    writeFileSync(join(temp, 'event.json'), JSON.stringify(event));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(temp, 'event.json'),
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_SHA: o.head,
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_API_URL: o.gh.apiUrl,
      GITHUB_GRAPHQL_URL: o.gh.graphqlUrl,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
      // The bundle sits in a temp dir, not next to hardware-profiles/ as in the released action.
      ENERGY_DIFF_PROFILES_DIR: join(ROOT, 'hardware-profiles'),
      // What the runner sets from action.yml defaults, then the workflow's `with:`.
      INPUT_MODELS: '**/*.onnx\n**/*.layers.json',
      INPUT_CONFIG: '.github/energy-diff.yml',
      INPUT_MODE: 'report',
      INPUT_COMMENT: 'update',
      'INPUT_COMMENT-KEY': 'default',
      'INPUT_GITHUB-TOKEN': o.token,
      INPUT_PROFILES: '',
      ...o.env,
      ...o.inputs,
    };
    o.prepare?.(ws.dir);
    writeFileSync(env.GITHUB_OUTPUT as string, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY as string, '');
    const started = Date.now();
    const child = spawn(process.execPath, [o.bundle], { cwd: ws.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    const ms = Date.now() - started;
    const outputs = parseOutputs(readFileSync(env.GITHUB_OUTPUT as string, 'utf8'));
    // The report JSON lives under RUNNER_TEMP: read it before the temp dir goes.
    if (outputs['report-json']) outputs['report-json-text'] = readFileSync(outputs['report-json'], 'utf8');
    return { code, stdout, stderr, outputs, summary: readFileSync(env.GITHUB_STEP_SUMMARY as string, 'utf8'), ms };
  } finally {
    if (o.defer) o.defer(cleanup);
    else cleanup();
  }
}
