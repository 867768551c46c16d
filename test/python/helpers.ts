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

/** sum(p.numel() for p in model.parameters()), the count PyTorch users know (shared parameters once). */
export function torchParams(factory: string): number {
  const [mod, fn] = factory.split(':') as [string, string];
  const load = mod.endsWith('.py')
    ? `import importlib.util as u; s=u.spec_from_file_location('m', ${JSON.stringify(mod)}); m=u.module_from_spec(s); s.loader.exec_module(m)`
    : `import importlib; m=importlib.import_module(${JSON.stringify(mod)})`;
  const code = `${load}\nmodel=getattr(m, ${JSON.stringify(fn)})()\nprint(sum(p.numel() for p in model.parameters()))`;
  return Number(execFileSync(PYTHON, ['-c', code], { encoding: 'utf8' }).trim());
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
