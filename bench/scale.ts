// The scale section of `npm run bench` (issue 8 item 8): `estimate` and `inspect` on generated graphs of
// 10^4, 10^5 and 10^6 nodes (bench/gen-large-model.ts's tiny-dimension encoder: every op kind of a real
// export, ~100 bytes of weights per node), each command in a fresh process with its output sent to /dev/null.
// Targets: 10^6 nodes estimated in <= 20 s and <= 1.5 GB peak RSS; `inspect` text within 2x of `inspect`
// JSON at every size (its peer in the same run); time per node at 10^6 within 2x of that at 10^5 (linear).
// And `measure` recording 10^4 and 10^5 fast epochs (issue 8 item 7): every epoch kept, 10^5 in <= 20 s, time
// per epoch at 10^5 within 2x of that at 10^4.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ensureNodesModel } from './gen-large-model.js';

export const SCALE_NODES = [10_000, 100_000, 1_000_000];
const TARGET_ESTIMATE_MS = 20_000;
const TARGET_ESTIMATE_RSS_KIB = 1.5 * 1024 * 1024;
const TARGET_TEXT_OVER_JSON = 2;
const TARGET_LINEARITY = 2;
export const MEASURE_EPOCHS = [10_000, 100_000];
const TARGET_MEASURE_MS = 20_000;

interface Run {
  ms: number;
  maxRssKiB: number;
  wallMs: number;
}

const COMMANDS: Record<string, (model: string) => string[]> = {
  'estimate json': (m) => ['estimate', m, '--format', 'json'],
  'estimate text': (m) => ['estimate', m],
  'inspect text': (m) => ['inspect', m],
  'inspect json': (m) => ['inspect', m, '--format', 'json'],
};

function runOnce(child: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const r = spawnSync(process.execPath, [child, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, env });
    const wallMs = performance.now() - start;
    const last = r.stderr.trim().split('\n').pop() ?? '';
    const m = JSON.parse(last.startsWith('{') ? last : '{}') as { code?: number; ms?: number; maxRssKiB?: number };
    if (r.status !== 0 || m.code !== 0 || m.ms === undefined) throw new Error(`energy-diff ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
    return { ms: m.ms, maxRssKiB: m.maxRssKiB ?? 0, wallMs };
  } finally {
    closeSync(devNull);
  }
}

/** Median by time of `n` fresh processes. */
function measure(child: string, args: string[], n: number): Run {
  const runs = Array.from({ length: n }, () => runOnce(child, args)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)]!;
}

export interface ScaleRow {
  nodes: number;
  fileMB: number;
  runs: Record<string, Run>;
}

/** `measure` of a command that reports `epochs` epochs as fast as it can, on a fake RAPL tree. */
function measureEpochs(child: string, epochs: number): { run: Run; recorded: number; commandMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'energy-diff-bench-measure-'));
  try {
    const zone = join(dir, 'powercap/intel-rapl:0');
    mkdirSync(zone, { recursive: true });
    writeFileSync(join(zone, 'name'), 'package-0\n');
    writeFileSync(join(zone, 'max_energy_range_uj'), '262143328850\n');
    writeFileSync(join(zone, 'energy_uj'), '1000\n');
    writeFileSync(join(zone, 'constraint_0_max_power_uw'), '100000000\n');
    const train = join(dir, 'train.mjs');
    writeFileSync(train, `import { appendFileSync } from 'node:fs';
const t0 = performance.now();
for (let k = 0; k < ${epochs}; k++) appendFileSync(process.env.ENERGY_DIFF_EPOCH_FILE, '{"epoch":' + k + ',"loss":0.5}\\n');
console.error('COMMAND_MS ' + (performance.now() - t0));
`);
    const out = join(dir, 'measurement.json');
    const run = runOnce(child, ['measure', '--meter', 'rapl', '--out', out, '--', process.execPath, train], { ...process.env, ENERGY_DIFF_POWERCAP_ROOT: join(dir, 'powercap') });
    const m = JSON.parse(readFileSync(out, 'utf8')) as { epochs: unknown[] };
    // The command alone, for comparison: what measure adds on top of it is the recording.
    const alone = spawnSync(process.execPath, [train], { encoding: 'utf8', env: { ...process.env, ENERGY_DIFF_EPOCH_FILE: join(dir, 'alone.jsonl') } });
    const commandMs = Number(/COMMAND_MS ([\d.]+)/.exec(alone.stderr)?.[1] ?? NaN);
    return { run, recorded: m.epochs.length, commandMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureSection(child: string, sizes: readonly number[]): [string, boolean][] {
  const rows = sizes.map((epochs) => {
    console.error(`scale: measure with ${epochs} epochs...`);
    return { epochs, ...measureEpochs(child, epochs) };
  });
  console.log('\n| epochs | measure ms | recorded | the command alone ms | measure RSS MiB |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.epochs} | ${r.run.ms.toFixed(0)} | ${r.recorded} | ${r.commandMs.toFixed(0)} | ${mib(r.run.maxRssKiB)} |`);
  console.log('\nmeasure ms: `energy-diff measure --meter rapl` of a command appending the epoch lines as fast as it can (fake');
  console.log('RAPL tree), in a fresh process; "the command alone" is the same command without measure.');
  const checks: [string, boolean][] = rows.map((r) => [`measure: ${r.recorded} of ${r.epochs} epochs recorded`, r.recorded === r.epochs]);
  const largest = rows[rows.length - 1]!;
  if (largest.epochs >= 100_000) checks.push([`measure: ${largest.epochs} epochs in ${(largest.run.ms / 1000).toFixed(1)} s (target <= ${TARGET_MEASURE_MS / 1000} s)`, largest.run.ms <= TARGET_MEASURE_MS]);
  if (rows.length >= 2) {
    const a = rows[rows.length - 2]!;
    const growth = largest.run.ms / largest.epochs / (a.run.ms / a.epochs);
    checks.push([`measure: time per epoch at ${largest.epochs} is ${growth.toFixed(2)}x that at ${a.epochs} (linear: target <= ${TARGET_LINEARITY}x)`, growth <= TARGET_LINEARITY]);
  }
  return checks;
}

/** Runs the scale section; returns whether every target held. */
export async function runScale(cache: string, sizes: readonly number[] = SCALE_NODES, epochs: readonly number[] = MEASURE_EPOCHS): Promise<boolean> {
  const child = join(cache, 'measure-cli.mjs');
  await build({ entryPoints: ['bench/measure-cli.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile: child, logLevel: 'warning', external: ['onnxruntime-node'] });
  const rows: ScaleRow[] = [];
  for (const nodes of sizes) {
    console.error(`scale: generating a graph of ${nodes} nodes (cached after the first run)...`);
    const model = ensureNodesModel(cache, nodes);
    const runs: Record<string, Run> = {};
    for (const [label, args] of Object.entries(COMMANDS)) runs[label] = measure(child, args(model), nodes >= 1_000_000 ? 1 : 3);
    rows.push({ nodes, fileMB: statSync(model).size / 1e6, runs });
    console.error(`scale: measured ${nodes} nodes`);
  }
  if (rows.length) printScaleTable(rows);
  const measureChecks = epochs.length ? measureSection(child, epochs) : [];
  return printScaleTargets(rows, measureChecks);
}

const mib = (kib: number): string => (kib / 1024).toFixed(0);

function printScaleTable(rows: ScaleRow[]): void {
  const labels = Object.keys(COMMANDS);
  const head = ['nodes', 'file MB', ...labels.flatMap((l) => [`${l} ms`, `${l} RSS MiB`]), 'inspect text/json'];
  console.log('\n| ' + head.join(' | ') + ' |');
  console.log('|' + head.map(() => ' ---: ').join('|') + '|');
  for (const r of rows) {
    const cells = labels.flatMap((l) => [r.runs[l]!.ms.toFixed(0), mib(r.runs[l]!.maxRssKiB)]);
    console.log(`| ${r.nodes} | ${r.fileMB.toFixed(1)} | ${cells.join(' | ')} | ${(r.runs['inspect text']!.ms / r.runs['inspect json']!.ms).toFixed(2)}x |`);
  }
  console.log('\nms: the command in a fresh process (load, infer, estimate, output to /dev/null), Node start-up excluded;');
  console.log('median of 3 processes (1 at 10^6 nodes). RSS: the process\'s peak (VmHWM).');
}

function printScaleTargets(rows: ScaleRow[], more: [string, boolean][]): boolean {
  const checks: [string, boolean][] = [];
  const largest = rows[rows.length - 1];
  if (largest && largest.nodes >= 1_000_000) {
    const e = largest.runs['estimate json']!;
    checks.push([`scale: ${largest.nodes} nodes estimated (JSON) in ${(e.ms / 1000).toFixed(1)} s (target <= ${TARGET_ESTIMATE_MS / 1000} s)`, e.ms <= TARGET_ESTIMATE_MS]);
    checks.push([`scale: ${largest.nodes} nodes estimated (JSON) in ${mib(e.maxRssKiB)} MiB peak RSS (target <= ${mib(TARGET_ESTIMATE_RSS_KIB)} MiB)`, e.maxRssKiB <= TARGET_ESTIMATE_RSS_KIB]);
  }
  for (const r of rows) {
    const ratio = r.runs['inspect text']!.ms / r.runs['inspect json']!.ms;
    checks.push([`scale: inspect text at ${r.nodes} nodes takes ${ratio.toFixed(2)}x its JSON time (target <= ${TARGET_TEXT_OVER_JSON}x)`, ratio <= TARGET_TEXT_OVER_JSON]);
  }
  if (largest && rows.length >= 2) {
    const [a, b] = [rows[rows.length - 2]!, largest];
    for (const label of ['estimate json', 'inspect text']) {
      const perNode = (r: ScaleRow): number => r.runs[label]!.ms / r.nodes;
      const growth = perNode(b) / perNode(a);
      checks.push([`scale: ${label} time per node at ${b.nodes} is ${growth.toFixed(2)}x that at ${a.nodes} (linear: target <= ${TARGET_LINEARITY}x)`, growth <= TARGET_LINEARITY]);
    }
  }
  checks.push(...more);
  console.log('');
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  return checks.every(([, ok]) => ok);
}
