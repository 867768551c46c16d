// A fuzz host: a child process of the runner (bundled by it) that runs cases one at a time through the real
// entry points, `main` of the CLI and `runAction` of the GitHub Action, each in a fresh folder, and reports
// what happened. The runner enforces the time and memory limits by killing the host; this process resets
// its peak-RSS counter before each case so the peak it reports is the case's own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import { JOURNAL_SUFFIX, validateMeasurement } from '../src/core/measure/index.js';
import { runActionInProcess } from '../test/action/helpers/in-process.js';
import type { FuzzCase, Outcome } from './case.js';

const REPO = resolve(process.env.ENERGY_DIFF_FUZZ_REPO ?? process.cwd());
// The runner names (and removes) this folder: a host killed for a hang cannot clean up after itself.
const ROOT = process.env.ENERGY_DIFF_FUZZ_TMP ?? mkdtempSync(join(tmpdir(), 'energy-diff-fuzz-host-'));
/** Output kept per stream: the start and the end (a case may print 100 MB). */
const KEEP_CHARS = 256 * 1024;

class Capture {
  private head = '';
  private tail = '';
  private total = 0;
  write = (chunk: string | Uint8Array): boolean => {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    this.total += s.length;
    if (this.head.length < KEEP_CHARS) this.head += s.slice(0, KEEP_CHARS - this.head.length);
    else this.tail = (this.tail + s).slice(-KEEP_CHARS);
    return true;
  };
  text(): string {
    return this.total > this.head.length + this.tail.length ? `${this.head}\n[... ${this.total - this.head.length - this.tail.length} characters ...]\n${this.tail}` : this.head + this.tail;
  }
}

function peakRssKiB(): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux, or not allowed: the peak then covers earlier cases too (only ever larger)
  }
}

let escaped: string | undefined;
process.on('uncaughtException', (err) => (escaped ??= `uncaught ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
process.on('unhandledRejection', (err) => (escaped ??= `unhandled rejection ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));

function writeFiles(dir: string, c: FuzzCase): void {
  for (const [path, content] of Object.entries(c.files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  for (const [path, target] of Object.entries(c.links ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
}

const subst = (s: string, dir: string) => s.replaceAll('{dir}', dir).replaceAll('{repo}', REPO).replaceAll('{node}', process.execPath);

// ------------------------------------------------------------------ the action's repository

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'fuzz', GIT_AUTHOR_EMAIL: 'fuzz@example.com', GIT_COMMITTER_NAME: 'fuzz', GIT_COMMITTER_EMAIL: 'fuzz@example.com', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
let actionRepo: { dir: string; base: string; head: string } | undefined;

/** One repository per host: a base commit with a model, a head commit that widens it (a real model change). */
function repoForAction(): { dir: string; base: string; head: string } {
  if (actionRepo) return actionRepo;
  const dir = join(ROOT, 'repo');
  mkdirSync(join(dir, 'models'), { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'models/m.onnx'), readFileSync(join(REPO, 'models/sample-cnn.onnx')));
  writeFileSync(join(dir, 'models/m2.layers.json'), readFileSync(join(REPO, 'models/sample-mlp.layers.json')));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'models/m.onnx'), readFileSync(join(REPO, 'models/sample-cnn-wide.onnx')));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  actionRepo = { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
  return actionRepo;
}

async function runActionCase(c: FuzzCase, dir: string): Promise<Pick<Outcome, 'exitCode' | 'stdout' | 'stderr' | 'summary'>> {
  const repo = repoForAction();
  writeFiles(repo.dir, c);
  const temp = join(dir, 'runner');
  mkdirSync(temp);
  const event = {
    action: 'synchronize', number: 7,
    pull_request: { number: 7, updated_at: '2026-11-30T10:00:00Z', base: { sha: repo.base, ref: 'main', repo: { full_name: 'acme/models' } }, head: { sha: repo.head, ref: 'feature', repo: { full_name: 'acme/models' } } },
    repository: { full_name: 'acme/models' },
  };
  writeFileSync(join(temp, 'event.json'), JSON.stringify(event));
  writeFileSync(join(temp, 'output'), '');
  writeFileSync(join(temp, 'summary'), '');
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: repo.head, GITHUB_WORKSPACE: repo.dir, GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary'), RUNNER_TEMP: temp,
    INPUT_MODELS: '**/*.onnx\n**/*.layers.json', INPUT_CONFIG: '.github/energy-diff.yml', INPUT_MODE: 'gate', INPUT_COMMENT: 'off', 'INPUT_COMMENT-KEY': 'default', 'INPUT_GITHUB-TOKEN': '', INPUT_PROFILES: '',
  };
  for (const [k, v] of Object.entries(c.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = subst(v, repo.dir);
  try {
    // As the runner runs it: the step's variables in process.env, what goes to process.stdout captured.
    const { code, stdout } = await runActionInProcess(env);
    const out = new Capture();
    out.write(stdout);
    return { exitCode: code, stdout: out.text(), stderr: '', summary: readFileSync(join(temp, 'summary'), 'utf8') };
  } finally {
    git(repo.dir, 'reset', '-q', '--hard', repo.head);
    git(repo.dir, 'clean', '-ffdxq');
  }
}

// ------------------------------------------------------------------ measure's own checks

/** The measurement file holds every validly reported epoch and is not left running, with no journal left. */
function checkMeasurement(c: FuzzCase, dir: string): string | undefined {
  const out = join(dir, 'measurement.json');
  if (!existsSync(out)) return 'no measurement file was written';
  if (existsSync(`${out}${JOURNAL_SUFFIX}`)) return 'the journal was left behind';
  let m;
  try {
    m = validateMeasurement(JSON.parse(readFileSync(out, 'utf8')), out);
  } catch (err) {
    return `the measurement file is not valid: ${(err as Error).message}`;
  }
  if (m.status === 'running') return 'the measurement file was left running';
  if (c.expectEpochs !== undefined && m.epochs.length !== c.expectEpochs) return `${m.epochs.length} epochs recorded, the command reported ${c.expectEpochs}`;
  return undefined;
}

// ------------------------------------------------------------------ one case

async function runCase(c: FuzzCase): Promise<Outcome> {
  const dir = mkdtempSync(join(ROOT, `${c.family}-${c.index}-`));
  const started = performance.now();
  escaped = undefined;
  resetPeakRss();
  try {
    let r: Pick<Outcome, 'exitCode' | 'stdout' | 'stderr' | 'summary'>;
    let threw: string | undefined;
    try {
      if (c.entry === 'action') r = await runActionCase(c, dir);
      else {
        writeFiles(dir, c);
        const stdout = new Capture();
        const stderr = new Capture();
        const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
        for (const [k, v] of Object.entries(c.env ?? {})) env[k] = subst(v, dir);
        const exitCode = await main(c.argv.map((a) => subst(a, dir)), { stdout: { write: stdout.write }, stderr: { write: stderr.write }, env, cwd: dir });
        r = { exitCode, stdout: stdout.text(), stderr: stderr.text() };
      }
    } catch (err) {
      threw = err instanceof Error ? (err.stack ?? err.message) : String(err);
      r = { exitCode: null, stdout: '', stderr: '' };
    }
    // Let stray timers of the case fire now, so what they throw is charged to it.
    await new Promise((res) => setTimeout(res, 5));
    const outcome: Outcome = { ...r, ms: performance.now() - started };
    const thrown = threw ?? escaped;
    if (thrown) outcome.threw = thrown;
    const peak = peakRssKiB();
    if (peak !== undefined) outcome.peakRssKiB = peak;
    if (c.family === 'measure' && !thrown) {
      const invalid = checkMeasurement(c, dir);
      if (invalid) outcome.invalid = invalid;
    }
    return outcome;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.on('message', (msg: { case: FuzzCase }) => {
  void runCase(msg.case).then((outcome) => {
    process.send!({ outcome });
    // An exception that escaped may have left this process in any state: start a fresh host.
    if (outcome.threw) process.exit(0);
  });
});
process.on('exit', () => rmSync(ROOT, { recursive: true, force: true }));
process.send!({ ready: true });
