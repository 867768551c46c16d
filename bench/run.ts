// npm run bench: parse+infer time and peak RSS of energy-diff's reader + inference against python onnx
// (onnx.load + onnx.shape_inference.infer_shapes) on the same files, each run in its own fresh process.
// Models: the shared H100 exports, a torchvision ResNet-50 export and a generated ~1.5 GB transformer
// with inline weights. Targets: on the large model >= 10x faster and <= 1/5 of the peer's peak memory;
// ResNet-50 under 100 ms. Then the scale section (bench/scale.ts): estimate and inspect at 10^4..10^6 nodes.
// `npm run bench -- --only scale [--nodes 10000,100000] [--epochs 10000]` runs the scale section alone
// (`--nodes 0` or `--epochs 0` leaves that part out).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { ensureLargeModel } from './gen-large-model.js';
import { MEASURE_EPOCHS, runScale, SCALE_NODES } from './scale.js';

const PYTHON = '/usr/bin/python3';
// ENERGY_DIFF_BENCH_CACHE moves the cache (generated models, bundles) elsewhere in the checkout, e.g. where
// node_modules is a shared symlink; the bundled CLI finds hardware-profiles/ from any folder inside it.
const CACHE = resolve(process.env.ENERGY_DIFF_BENCH_CACHE ?? 'node_modules/.cache/energy-diff/bench');
const OURS_RUNS = 3;
const TARGET_SPEEDUP = 10;
const TARGET_MEMORY_RATIO = 1 / 5;
const TARGET_RESNET50_MS = 100;

// External data files of the shared exports are absent, so the peer must not try to load them; for
// models with inline weights the flag changes nothing.
const PEER = `
import json, re, sys, time
import onnx
t0 = time.perf_counter()
m = onnx.load(sys.argv[1], load_external_data=False)
t1 = time.perf_counter()
onnx.shape_inference.infer_shapes(m)
t2 = time.perf_counter()
hwm = int(re.search(r"VmHWM:\\s+(\\d+) kB", open("/proc/self/status").read()).group(1))
print(json.dumps({"parseMs": (t1 - t0) * 1e3, "inferMs": (t2 - t1) * 1e3, "totalMs": (t2 - t0) * 1e3, "maxRssKiB": hwm}))
`;

const RESNET50 = `
import sys, torch, torchvision
m = torchvision.models.resnet50().eval()
torch.onnx.export(m, torch.randn(1, 3, 224, 224), sys.argv[1], opset_version=13, input_names=["input"],
                  output_names=["logits"], dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
`;

interface Measure {
  parseMs: number;
  inferMs: number;
  totalMs: number;
  maxRssKiB: number;
  wallMs: number;
  macs?: number;
  nodes?: number;
  estimated?: number;
}

function child(cmd: string, args: string[]): Measure {
  const start = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  return { ...(JSON.parse(r.stdout.trim().split('\n').pop() as string) as Omit<Measure, 'wallMs'>), wallMs };
}

function median(ms: Measure[]): Measure {
  return [...ms].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(ms.length / 2)] as Measure;
}

function resnet50(): string | undefined {
  const path = join(CACHE, 'resnet50-torchvision-opset13.onnx');
  if (existsSync(path)) return path;
  try {
    execFileSync(PYTHON, ['-c', RESNET50, path], { stdio: ['ignore', 'ignore', 'pipe'] });
    return path;
  } catch (err) {
    console.error(`ResNet-50 export skipped (needs torch + torchvision in ${PYTHON}): ${String(err).slice(0, 200)}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  mkdirSync(CACHE, { recursive: true });
  const { values } = parseArgs({ options: { only: { type: 'string' }, nodes: { type: 'string' }, epochs: { type: 'string' } } });
  if (values.only !== undefined && values.only !== 'scale' && values.only !== 'parse') throw new Error(`--only expects scale or parse, got '${values.only}'`);
  const list = (text: string | undefined, fallback: readonly number[], min: number, name: string): number[] => {
    if (text === '0') return [];
    const out = text?.split(',').map(Number) ?? [...fallback];
    if (out.some((n) => !Number.isSafeInteger(n) || n < min)) throw new Error(`--${name} expects counts of at least ${min}, got '${text}'`);
    return out;
  };
  const sizes = list(values.nodes, SCALE_NODES, 100, 'nodes');
  const epochs = list(values.epochs, MEASURE_EPOCHS, 1, 'epochs');
  const parseOk = values.only === 'scale' ? true : await parseSection();
  const scaleOk = values.only === 'parse' ? true : await runScale(CACHE, sizes, epochs);
  return parseOk && scaleOk ? 0 : 1;
}

async function parseSection(): Promise<boolean> {
  const ours = join(CACHE, 'measure-ours.mjs');
  await build({ entryPoints: ['bench/measure-ours.ts'], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile: ours, logLevel: 'warning' });
  const models: { label: string; path: string }[] = readdirSync('data/h100/onnx')
    .filter((f) => f.endsWith('.onnx'))
    .sort()
    .map((f) => ({ label: `h100/onnx/${f}`, path: join('data/h100/onnx', f) }));
  const r50 = resnet50();
  if (r50) models.push({ label: 'resnet50 (torchvision, inline)', path: r50 });
  console.error('generating the large model (cached after the first run)...');
  models.push({ label: 'transformer 27L d1024 (inline)', path: ensureLargeModel(CACHE) });

  const rows: { label: string; sizeMB: number; ours: Measure; peer: Measure }[] = [];
  for (const m of models) {
    const sizeMB = statSync(m.path).size / 1e6;
    const oursRuns = Array.from({ length: OURS_RUNS }, () => child(process.execPath, [ours, m.path]));
    const peerRuns = Array.from({ length: sizeMB > 500 ? 1 : OURS_RUNS }, () => child(PYTHON, ['-c', PEER, m.path]));
    rows.push({ label: m.label, sizeMB, ours: median(oursRuns), peer: median(peerRuns) });
    console.error(`measured ${m.label}`);
  }
  printTable(rows);
  return printTargets(rows, r50 !== undefined) === 0;
}

const mib = (kib: number): string => (kib / 1024).toFixed(0);
const ms = (x: number): string => (x < 10 ? x.toFixed(1) : x.toFixed(0));

function printTable(rows: { label: string; sizeMB: number; ours: Measure; peer: Measure }[]): void {
  const head = ['model', 'file MB', 'ours ms', 'ours parse ms', 'ours RSS MiB', 'peer ms', 'peer RSS MiB', 'speedup', 'memory', 'ours wall ms', 'peer wall ms', 'ours nodes estimated'];
  const lines = rows.map((r) => [
    r.label,
    r.sizeMB.toFixed(r.sizeMB < 1 ? 3 : 0),
    ms(r.ours.totalMs),
    ms(r.ours.parseMs),
    mib(r.ours.maxRssKiB),
    ms(r.peer.totalMs),
    mib(r.peer.maxRssKiB),
    `${(r.peer.totalMs / r.ours.totalMs).toFixed(1)}x`,
    `${((r.ours.maxRssKiB / r.peer.maxRssKiB) * 100).toFixed(1)}%`,
    ms(r.ours.wallMs),
    ms(r.peer.wallMs),
    `${r.ours.estimated}/${r.ours.nodes}`,
  ]);
  console.log('| ' + head.join(' | ') + ' |');
  console.log('|' + head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|') + '|');
  for (const l of lines) console.log('| ' + l.join(' | ') + ' |');
  console.log('\nms: parse+infer in-process (ours: loadModel + inferModel; peer: onnx.load + infer_shapes), median of');
  console.log(`${OURS_RUNS} fresh processes (peer: 1 on files over 500 MB). RSS: the process's peak (VmHWM),`);
  console.log('interpreter included. wall: the whole child process, start-up and imports included.');
}

function printTargets(rows: { label: string; ours: Measure; peer: Measure }[], hasResnet: boolean): number {
  const large = rows[rows.length - 1] as { ours: Measure; peer: Measure };
  const speedup = large.peer.totalMs / large.ours.totalMs;
  const memory = large.ours.maxRssKiB / large.peer.maxRssKiB;
  const r50 = rows.find((r) => r.label.startsWith('resnet50'));
  const checks: [string, boolean][] = [
    [`large model: ${speedup.toFixed(0)}x faster than the peer (target >= ${TARGET_SPEEDUP}x)`, speedup >= TARGET_SPEEDUP],
    [`large model: ${(memory * 100).toFixed(1)}% of the peer's peak RSS (target <= ${TARGET_MEMORY_RATIO * 100}%)`, memory <= TARGET_MEMORY_RATIO],
    [
      hasResnet && r50 ? `resnet50: ${r50.ours.totalMs.toFixed(1)} ms parse+infer (target < ${TARGET_RESNET50_MS} ms)` : 'resnet50: not measured (no torch)',
      hasResnet && r50 !== undefined && r50.ours.totalMs < TARGET_RESNET50_MS,
    ],
  ];
  console.log('');
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  return checks.every(([, ok]) => ok) ? 0 : 1;
}

process.exitCode = await main();
