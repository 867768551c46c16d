// Runs /usr/bin/python3 scripts for tests and caches their JSON output by script + arguments.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_DIR, PYTHON, pythonHas } from './load.js';

export function hasTorch(): boolean {
  return pythonHas('torch, torchvision, onnx');
}

/** Runs `script args...` (which prints one JSON document) once per distinct content; cached. A cached
 *  result that `valid` rejects (e.g. its exported files were deleted) is recomputed. */
export function cachedPythonJson<T>(script: string, args: string[], timeoutMs = 300_000, valid: (v: T) => boolean = () => true): T {
  const path = resolve(script);
  const key = createHash('sha256').update(readFileSync(path)).update(JSON.stringify(args)).digest('hex').slice(0, 24);
  const dir = join(CACHE_DIR, 'python');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  if (existsSync(file) && !valid(JSON.parse(readFileSync(file, 'utf8')) as T)) rmSync(file);
  if (!existsSync(file)) {
    const out = execFileSync(PYTHON, [path, ...args], { timeout: timeoutMs, maxBuffer: 1 << 28 }).toString();
    writeFileSync(file, out);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
