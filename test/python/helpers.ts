// Runs python/energy_diff_export.py with Debian's python3 into a temp folder and infers what it wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { loadModel } from '../../src/adapters/load-model.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { PYTHON } from '../infer/helpers/load.js';

export { PYTHON };
export const EXPORT = resolve('python/energy_diff_export.py');

export { hasTorch } from '../infer/helpers/python.js';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'energy-diff-export-'));

export interface ExportRun {
  out: string;
  status: number;
  stderr: string;
  /** The helper's one-line summary: {out, format, params, torch}. */
  summary?: { out: string; format: string; params: number; torch: string };
}

const CACHE = resolve('node_modules/.cache/energy-diff/export');

/** What decides an export's result: the helper's sources, a model file named by path, the arguments. */
function cacheKey(model: string, args: string[], out: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(resolve('python')).filter((n) => n.startsWith('energy_diff_') && n.endsWith('.py')).sort()) {
    h.update(f).update(readFileSync(resolve('python', f)));
  }
  const file = model.split(':')[0] ?? '';
  if (file.endsWith('.py')) h.update(readFileSync(file));
  return h.update(JSON.stringify([model, args, extname(out)])).digest('hex').slice(0, 24);
}

/** Runs the helper, or reuses the result of an identical earlier run (cached under node_modules/.cache). */
export function runExport(model: string, args: string[], out: string): ExportRun {
  const key = cacheKey(model, args, out);
  const dir = join(CACHE, key);
  if (existsSync(join(dir, 'run.json'))) {
    copyFileSync(join(dir, 'model'), out);
    return { ...(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as ExportRun), out };
  }
  const r = spawnSync(PYTHON, [EXPORT, model, ...args, '--out', out], { encoding: 'utf8', timeout: 300_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const run: ExportRun = { out, status: r.status ?? -1, stderr: r.stderr, ...(line.startsWith('{') ? { summary: JSON.parse(line) as ExportRun['summary'] } : {}) };
  if (run.status === 0 && existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    copyFileSync(out, join(dir, 'model'));
    writeFileSync(join(dir, 'run.json'), JSON.stringify(run));
  }
  return run;
}

const PARAMS_CACHE = join(CACHE, '..', 'torch-params');
const paramsSeen = new Map<string, number>();

/** The model file named by path and the torch/torchvision versions decide a parameter count. */
function paramsKey(factory: string): string {
  const h = createHash('sha256').update(factory).update(torchVersions());
  const file = factory.split(':')[0] ?? '';
  if (file.endsWith('.py')) h.update(readFileSync(file));
  return h.digest('hex').slice(0, 24);
}

let versions: string | undefined;
/** Installed torch and torchvision versions, read without importing torch (fast). */
function torchVersions(): string {
  versions ??= execFileSync(PYTHON, ['-c', "import importlib.metadata as m; print(m.version('torch'), m.version('torchvision'))"], { encoding: 'utf8' }).trim();
  return versions;
}

function knownParams(factory: string): number | undefined {
  const seen = paramsSeen.get(factory);
  if (seen !== undefined) return seen;
  const file = join(PARAMS_CACHE, `${paramsKey(factory)}.json`);
  if (!existsSync(file)) return undefined;
  const n = JSON.parse(readFileSync(file, 'utf8')) as number;
  paramsSeen.set(factory, n);
  return n;
}

/**
 * Counts the parameters of every factory not counted before, in one python start (importing torch costs
 * seconds each time); results are cached by paramsKey under node_modules/.cache.
 */
export function prefetchTorchParams(factories: string[]): void {
  const missing = [...new Set(factories)].filter((f) => knownParams(f) === undefined);
  if (missing.length === 0) return;
  const code = [
    'import importlib, importlib.util as u, json, sys',
    'out = []',
    'for spec in json.loads(sys.argv[1]):',
    "    mod, fn = spec.split(':')",
    "    if mod.endswith('.py'):",
    "        s = u.spec_from_file_location('m', mod); m = u.module_from_spec(s); s.loader.exec_module(m)",
    '    else:',
    '        m = importlib.import_module(mod)',
    '    out.append(sum(p.numel() for p in getattr(m, fn)().parameters()))',
    'print(json.dumps(out))',
  ].join('\n');
  const counts = JSON.parse(execFileSync(PYTHON, ['-c', code, JSON.stringify(missing)], { encoding: 'utf8' }).trim().split('\n').pop()!) as number[];
  mkdirSync(PARAMS_CACHE, { recursive: true });
  missing.forEach((f, i) => {
    paramsSeen.set(f, counts[i]!);
    writeFileSync(join(PARAMS_CACHE, `${paramsKey(f)}.json`), JSON.stringify(counts[i]));
  });
}

/** sum(p.numel() for p in model.parameters()), the count PyTorch users know (shared parameters once). */
export function torchParams(factory: string): number {
  prefetchTorchParams([factory]);
  return knownParams(factory)!;
}

export async function inferFile(path: string, batch?: number): Promise<InferredModel> {
  return inferModel(await loadModel(path), batch === undefined ? {} : { batch }, path);
}

/** MACs summed per operator type. */
export function macsByOp(m: InferredModel): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of m.layers) out[l.op] = (out[l.op] ?? 0) + l.macs;
  return out;
}
