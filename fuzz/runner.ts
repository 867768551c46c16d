// The fuzz runner: generates the cases of each family from a seed, runs them in a pool of host processes
// (fuzz/host.ts, bundled) under a time and a memory limit, classifies each outcome, prints a table per
// family and writes every failing case to a folder, with its seed and index, so it reproduces.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { CATEGORIES, FAILURES, type Category, type Family, type FuzzCase, type Outcome, type Verdict } from './case.js';
import { classify, MEMORY_LIMIT_KIB } from './classify.js';
import { configCase } from './families/config.js';
import { layersJsonCase } from './families/layers-json.js';
import { measureCase } from './families/measure.js';
import { measurementCase } from './families/measurement.js';
import { onnxCase } from './families/onnx.js';
import { profileCase } from './families/profile.js';
import { Rng } from './rng.js';

type Generator = (r: Rng, repo: string, seed: number, index: number) => FuzzCase;

export const GENERATORS: Record<Family, Generator> = {
  onnx: onnxCase,
  'layers-json': layersJsonCase,
  config: configCase,
  profile: profileCase,
  measurement: measurementCase,
  measure: measureCase,
};

/** Share of the cases each family gets (of --cases). */
export const SHARES: Record<Family, number> = { onnx: 0.5, 'layers-json': 0.12, config: 0.07, profile: 0.1, measurement: 0.17, measure: 0.04 };

export function generateCase(family: Family, seed: number, index: number, repo: string): FuzzCase {
  return GENERATORS[family](Rng.forCase(seed, family, index), repo, seed, index);
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  families: Family[];
  jobs: number;
  /** Where failing cases are written. */
  outDir: string;
  repo: string;
  /** Run exactly these cases (family and index), e.g. to reproduce one. */
  only?: { family: Family; index: number }[];
  /** Wall-clock budget: no case is started after it (each case is bounded by its own timeout). */
  maxSeconds?: number;
  log?: (line: string) => void;
}

export interface CaseResult {
  case: FuzzCase;
  outcome: Outcome;
  verdict: Verdict;
}

export interface FuzzSummary {
  counts: Record<Family, Record<Category | 'tried', number>>;
  failures: CaseResult[];
  /** Cases not started because the time budget ran out. */
  notRun: number;
  ms: number;
}

/** How many cases of each family a run of `total` cases has (at least one per family asked for). */
export function caseCounts(total: number, families: readonly Family[]): Record<Family, number> {
  const share = families.reduce((s, f) => s + SHARES[f], 0);
  const out = {} as Record<Family, number>;
  for (const f of families) out[f] = Math.max(1, Math.round((total * SHARES[f]) / share));
  return out;
}

async function bundleHost(repo: string): Promise<string> {
  const dir = join(repo, 'node_modules/.cache/energy-diff/fuzz');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'host.mjs');
  await build({
    entryPoints: [join(repo, 'fuzz/host.ts')], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile, logLevel: 'warning',
    banner: { js: "import { createRequire as __edCreateRequire } from 'node:module'; const require = __edCreateRequire(import.meta.url);" },
    external: ['onnxruntime-node'],
  });
  return outfile;
}

function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** One host process; runs one case at a time and is replaced after a hang, a blow-up or a death. */
class Host {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private stderr = '';
  private tmp = '';

  constructor(private readonly bundle: string, private readonly repo: string) {}

  private start(): Promise<void> {
    this.tmp = mkdtempSync(join(tmpdir(), 'energy-diff-fuzz-'));
    this.stderr = '';
    const child = fork(this.bundle, [], {
      cwd: this.repo,
      // A heap limit above the memory limit: the RSS watch below decides, V8 only stops a runaway.
      execArgv: ['--max-old-space-size=2048'],
      env: { ...process.env, ENERGY_DIFF_FUZZ_REPO: this.repo, ENERGY_DIFF_FUZZ_TMP: this.tmp },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    this.child = child;
    return new Promise((res, rej) => {
      child.once('message', () => res());
      child.once('exit', (code) => rej(new Error(`fuzz host exited at start (${code}): ${this.stderr}`)));
    });
  }

  stop(): void {
    if (this.child && this.child.exitCode === null) this.child.kill('SIGKILL');
    this.child = undefined;
    this.ready = undefined;
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }

  async run(c: FuzzCase): Promise<Outcome> {
    this.ready ??= this.start();
    await this.ready;
    const child = this.child!;
    const started = performance.now();
    return new Promise<Outcome>((resolveOutcome) => {
      let peak = 0;
      const done = (o: Outcome, restart: boolean) => {
        clearTimeout(timer);
        clearInterval(watch);
        child.removeAllListeners('message');
        child.removeAllListeners('exit');
        if (restart) this.stop();
        resolveOutcome(o);
      };
      const base = (): Outcome => ({ exitCode: null, stdout: '', stderr: '', ms: performance.now() - started, peakRssKiB: peak });
      const timer = setTimeout(() => done({ ...base(), timedOut: true }, true), c.timeoutMs);
      const watch = setInterval(() => {
        peak = Math.max(peak, rssKiB(child.pid!));
        if (peak > MEMORY_LIMIT_KIB) done(base(), true);
      }, 50);
      child.once('message', (msg: { outcome: Outcome }) => {
        const o = msg.outcome;
        o.peakRssKiB = Math.max(o.peakRssKiB ?? 0, peak);
        done(o, o.threw !== undefined);
      });
      child.once('exit', (code, signal) => {
        setTimeout(() => done({ ...base(), hostDied: `exit ${code ?? signal}: ${this.stderr.trim().split('\n').slice(-3).join(' | ')}` }, true), 20);
      });
      child.send({ case: c });
    });
  }
}

function failureDir(outDir: string, r: CaseResult): string {
  const c = r.case;
  const dir = join(outDir, `${c.family}-seed${c.seed}-case${c.index}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(c.files)) {
    const file = join(dir, 'files', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  const meta = { family: c.family, seed: c.seed, index: c.index, what: c.what, entry: c.entry, argv: c.argv, env: c.env, inputs: c.inputs, links: c.links, expectEpochs: c.expectEpochs };
  writeFileSync(join(dir, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
  const o = r.outcome;
  writeFileSync(
    join(dir, 'outcome.txt'),
    [
      `${r.verdict.category}: ${r.verdict.why}`,
      `reproduce: npm run fuzz -- --seed ${c.seed} --case ${c.family}:${c.index}`,
      `exit ${o.exitCode}, ${o.ms.toFixed(0)} ms, peak RSS ${Math.round((o.peakRssKiB ?? 0) / 1024)} MiB`,
      o.threw ? `threw:\n${o.threw}` : '',
      o.hostDied ? `host died: ${o.hostDied}` : '',
      `--- stdout (${o.stdout.length} chars)\n${o.stdout.slice(0, 20_000)}`,
      `--- stderr (${o.stderr.length} chars)\n${o.stderr.slice(0, 20_000)}`,
      o.summary ? `--- job summary\n${o.summary.slice(0, 20_000)}` : '',
    ].filter(Boolean).join('\n'),
  );
  return dir;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const repo = resolve(opts.repo);
  const bundle = await bundleHost(repo);
  const counts = {} as FuzzSummary['counts'];
  const queue: { family: Family; index: number }[] = [];
  if (opts.only) queue.push(...opts.only);
  else {
    const n = caseCounts(opts.cases, opts.families);
    // Interleaved, so every family is under way early and a slow family does not come last.
    const longest = Math.max(...Object.values(n));
    for (let i = 0; i < longest; i++) for (const f of opts.families) if (i < n[f]) queue.push({ family: f, index: i });
  }
  for (const { family } of queue) counts[family] ??= Object.fromEntries([['tried', 0], ...CATEGORIES.map((c) => [c, 0])]) as Record<Category | 'tried', number>;
  const failures: CaseResult[] = [];
  const hosts = Array.from({ length: Math.max(1, opts.jobs) }, () => new Host(bundle, repo));
  let next = 0;
  let done = 0;
  const deadline = opts.maxSeconds !== undefined ? started + opts.maxSeconds * 1000 : Infinity;
  const worker = async (host: Host) => {
    while (next < queue.length && performance.now() < deadline) {
      const item = queue[next++]!;
      let c: FuzzCase;
      try {
        c = generateCase(item.family, opts.seed, item.index, repo);
      } catch (err) {
        throw new Error(`fuzz: generating ${item.family}:${item.index} failed: ${(err as Error).stack}`);
      }
      const outcome = await host.run(c);
      const verdict = classify(c, outcome);
      const row = counts[c.family];
      row.tried++;
      row[verdict.category]++;
      if (FAILURES.includes(verdict.category)) {
        const r = { case: c, outcome, verdict };
        failures.push(r);
        const dir = failureDir(opts.outDir, r);
        opts.log?.(`FAIL ${c.family}:${c.index} ${verdict.category}: ${verdict.why.slice(0, 160)} (${c.what.slice(0, 100)}) -> ${dir}`);
      }
      if (++done % 250 === 0) opts.log?.(`${done}/${queue.length} cases, ${failures.length} failing, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  try {
    await Promise.all(hosts.map(worker));
  } finally {
    for (const h of hosts) h.stop();
  }
  return { counts, failures, notRun: queue.length - next, ms: performance.now() - started };
}

export function formatTable(s: FuzzSummary): string {
  const cols: (Category | 'tried')[] = ['tried', ...CATEGORIES];
  const fams = Object.keys(s.counts) as Family[];
  const total = Object.fromEntries(cols.map((c) => [c, fams.reduce((n, f) => n + s.counts[f][c], 0)])) as Record<Category | 'tried', number>;
  const rows = [['family', ...cols], ...fams.map((f) => [f, ...cols.map((c) => String(s.counts[f][c]))]), ['all', ...cols.map((c) => String(total[c]))]];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
