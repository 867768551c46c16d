// The scale section of `npm run bench` (issue 8 item 8): `estimate` and `inspect` on generated graphs of
// 10^4, 10^5 and 10^6 nodes (bench/gen-large-model.ts's tiny-dimension encoder: every op kind of a real
// export, ~100 bytes of weights per node), each command in a fresh process with its output sent to /dev/null.
// Targets: 10^6 nodes estimated in <= 20 s and <= 1.5 GB peak RSS; `inspect` text within 2x of `inspect`
// JSON at every size (its peer in the same run); time per node at 10^6 within 2x of that at 10^5 (linear).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ensureNodesModel } from './gen-large-model.js';

export const SCALE_NODES = [10_000, 100_000, 1_000_000];
const TARGET_ESTIMATE_MS = 20_000;
const TARGET_ESTIMATE_RSS_KIB = 1.5 * 1024 * 1024;
const TARGET_TEXT_OVER_JSON = 2;
const TARGET_LINEARITY = 2;

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

function runOnce(child: string, args: string[]): Run {
  const devNull = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const r = spawnSync(process.execPath, [child, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
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

/** Runs the scale section; returns whether every target held. */
export async function runScale(cache: string, sizes: readonly number[] = SCALE_NODES): Promise<boolean> {
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
  printScaleTable(rows);
  return printScaleTargets(rows);
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

function printScaleTargets(rows: ScaleRow[]): boolean {
  const checks: [string, boolean][] = [];
  const largest = rows[rows.length - 1]!;
  if (largest.nodes >= 1_000_000) {
    const e = largest.runs['estimate json']!;
    checks.push([`scale: ${largest.nodes} nodes estimated (JSON) in ${(e.ms / 1000).toFixed(1)} s (target <= ${TARGET_ESTIMATE_MS / 1000} s)`, e.ms <= TARGET_ESTIMATE_MS]);
    checks.push([`scale: ${largest.nodes} nodes estimated (JSON) in ${mib(e.maxRssKiB)} MiB peak RSS (target <= ${mib(TARGET_ESTIMATE_RSS_KIB)} MiB)`, e.maxRssKiB <= TARGET_ESTIMATE_RSS_KIB]);
  }
  for (const r of rows) {
    const ratio = r.runs['inspect text']!.ms / r.runs['inspect json']!.ms;
    checks.push([`scale: inspect text at ${r.nodes} nodes takes ${ratio.toFixed(2)}x its JSON time (target <= ${TARGET_TEXT_OVER_JSON}x)`, ratio <= TARGET_TEXT_OVER_JSON]);
  }
  if (rows.length >= 2) {
    const [a, b] = [rows[rows.length - 2]!, largest];
    for (const label of ['estimate json', 'inspect text']) {
      const perNode = (r: ScaleRow): number => r.runs[label]!.ms / r.nodes;
      const growth = perNode(b) / perNode(a);
      checks.push([`scale: ${label} time per node at ${b.nodes} is ${growth.toFixed(2)}x that at ${a.nodes} (linear: target <= ${TARGET_LINEARITY}x)`, growth <= TARGET_LINEARITY]);
    }
  }
  console.log('');
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  return checks.every(([, ok]) => ok);
}
