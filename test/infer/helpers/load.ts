// Loads ONNX files as DecodedModel for tests: through H1's loadModel when it exists, else through the
// python onnx dumper (cached by file content). Both read real bytes; nothing is mocked.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DecodedModel } from '../../../src/core/types.js';

export const PYTHON = '/usr/bin/python3';
export const CACHE_DIR = resolve('node_modules/.cache/energy-diff');
const DUMPER = resolve('test/infer/helpers/onnx_to_decoded.py');
const LOADER = resolve('src/adapters/load-model.ts');
const DECODER = resolve('src/core/onnx/index.ts');

type LoadModel = (path: string) => Promise<DecodedModel>;

async function tsLoader(): Promise<LoadModel | undefined> {
  if (process.env.ENERGY_DIFF_TEST_PY_DECODER === '1' || !existsSync(LOADER)) return undefined;
  const mod = (await import(/* @vite-ignore */ LOADER)) as { loadModel?: LoadModel };
  return mod.loadModel;
}

function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).update(readFileSync(DUMPER)).digest('hex').slice(0, 24);
}

/** Decodes many ONNX files with one python start; results cached under node_modules/.cache. */
export function decodeWithPython(paths: string[]): (DecodedModel | { error: string })[] {
  const dir = join(CACHE_DIR, 'decoded');
  mkdirSync(dir, { recursive: true });
  const keys = paths.map(hashFile);
  const missing = paths.filter((_, i) => !existsSync(join(dir, `${keys[i] as string}.json`)));
  for (let start = 0; start < missing.length; start += 200) {
    const chunk = missing.slice(start, start + 200);
    const out = execFileSync(PYTHON, [DUMPER, ...chunk], { maxBuffer: 1 << 30 }).toString();
    const parsed = JSON.parse(out.replace(/\bNaN\b/g, 'null').replace(/-?Infinity\b/g, 'null')) as unknown[];
    chunk.forEach((p, i) => writeFileSync(join(dir, `${keys[paths.indexOf(p)] as string}.json`), JSON.stringify(parsed[i])));
  }
  return keys.map((k) => JSON.parse(readFileSync(join(dir, `${k}.json`), 'utf8')) as DecodedModel | { error: string });
}

export async function loadOnnx(path: string): Promise<DecodedModel> {
  const load = await tsLoader();
  if (load) return load(path);
  const [m] = decodeWithPython([path]);
  if (!m || 'error' in m) throw new Error(`cannot decode ${path}: ${m && 'error' in m ? m.error : '?'}`);
  return m;
}

type DecodeBytes = (bytes: Uint8Array, file?: string) => DecodedModel;

async function tsDecoder(): Promise<DecodeBytes | undefined> {
  if (process.env.ENERGY_DIFF_TEST_PY_DECODER === '1' || !existsSync(DECODER)) return undefined;
  const mod = (await import(/* @vite-ignore */ DECODER)) as { decodeModelBytes?: DecodeBytes };
  return mod.decodeModelBytes;
}

/** Decodes many ONNX files: with H1's decodeModelBytes when present, else the python dumper. */
export async function decodeMany(paths: string[]): Promise<(DecodedModel | { error: string })[]> {
  const decode = await tsDecoder();
  if (!decode) return decodeWithPython(paths);
  return paths.map((p) => {
    try {
      return decode(new Uint8Array(readFileSync(p)), p);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
}
