// Fits are deterministic functions of the data and the code: a test that needs a fit (or a whole
// `calibrate fit` run) computes it once and reuses the result while neither changes. The key hashes every
// file of data/, src/ and bench/, package-lock.json and the caller's own key parts, so any change to the
// fitting code or the data refits. Results live in .cache/fits/ (git-ignored).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listSourceFiles } from './architecture.js';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, '.cache/fits');

let inputsHash: string | undefined;

/** One hash of everything that can change a fit: the data, src/, bench/ and the locked dependencies. */
function hashOfInputs(): string {
  if (inputsHash === undefined) {
    const h = createHash('sha256');
    const files = [...listFiles('data'), ...listSourceFiles(ROOT, 'src'), ...listSourceFiles(ROOT, 'bench'), 'package-lock.json'];
    for (const f of files) h.update(f).update(readFileSync(join(ROOT, f)));
    inputsHash = h.digest('hex');
  }
  return inputsHash;
}

function listFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The cache key: what the caller computes (`parts`: a name and its arguments) and everything it may read. */
export function fitKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).update(hashOfInputs()).digest('hex').slice(0, 32);
}

/** True when JSON gives the value back as it is: no NaN, ±Infinity, -0, undefined array slots or class instances. */
function jsonExact(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (Array.isArray(v)) return v.every((x) => x !== undefined && jsonExact(x));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every((x) => x === undefined || jsonExact(x));
  return false;
}

/**
 * `compute()`, or the stored result of the same computation on the same data and code. A result that JSON
 * cannot carry exactly is returned but not stored.
 */
export async function cachedFit<T>(parts: unknown[], compute: () => T | Promise<T>): Promise<T> {
  const file = join(DIR, `${fitKey(parts)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const value = await compute();
  const text = JSON.stringify(value);
  if (text !== undefined && jsonExact(value)) {
    mkdirSync(DIR, { recursive: true });
    // Written whole, then renamed: a parallel test file never reads half a result.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  }
  return value;
}
