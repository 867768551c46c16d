// Loads ONNX files as DecodedModel for tests through the project's own decoder, and decodes them with the
// python onnx dumper (cached by file content) where a test wants an independent oracle to compare with.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadModel } from '../../../src/adapters/load-model.js';
import { decodeModelBytes } from '../../../src/core/onnx/index.js';
import type { DecodedModel } from '../../../src/core/graph/index.js';

export const PYTHON = '/usr/bin/python3';
export const CACHE_DIR = resolve('node_modules/.cache/energy-diff');
const DUMPER = resolve('test/infer/helpers/onnx_to_decoded.py');

/** True when PYTHON can import `modules` (as written after `import`, e.g. 'torch, onnx'): tests that need them skip otherwise. */
export function pythonHas(modules: string): boolean {
  try {
    execFileSync(PYTHON, ['-c', `import ${modules}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
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
  return loadModel(path);
}

/** Decodes many ONNX files; a file that does not decode gives its error message in its place. */
export async function decodeMany(paths: string[]): Promise<(DecodedModel | { error: string })[]> {
  return paths.map((p) => {
    try {
      return decodeModelBytes(new Uint8Array(readFileSync(p)), p);
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
}
