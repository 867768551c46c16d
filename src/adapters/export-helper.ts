// The PyTorch export helper that ships with energy-diff (python/energy_diff_export.py): found next to the
// running code (the action's own folder on a runner, the package folder for the CLI), never copied into the
// user's repository.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EnergyDiffError } from '../core/common/index.js';
import { shellQuote } from './export-command.js';
import { PYTHON_ENV } from './layer-bench.js';

const HELPER = 'energy_diff_export.py';

/** The bundled python/ folder: walks up from this module (src/adapters/ in tests, dist/ when bundled). */
export function bundledPythonDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'python', HELPER))) return join(dir, 'python');
    dir = dirname(dir);
  }
  throw new EnergyDiffError('E_EXPORT_HELPER', `cannot find python/${HELPER} next to energy-diff (${dirname(fileURLToPath(import.meta.url))})`);
}

export function bundledHelper(): string {
  return join(bundledPythonDir(), HELPER);
}

/** The interpreter that runs the helper: $ENERGY_DIFF_PYTHON, else python3 on PATH (actions/setup-python's). */
export function pythonFor(env: NodeJS.ProcessEnv): string {
  return env[PYTHON_ENV] || 'python3';
}

let digest: string | undefined;

/** A digest of the helper's sources, so cached exports are never reused across helper versions. */
export function helperDigest(): string {
  if (digest === undefined) {
    const dir = bundledPythonDir();
    const h = createHash('sha256');
    for (const f of readdirSync(dir).filter((n) => n.startsWith('energy_diff_') && n.endsWith('.py')).sort()) h.update(f).update(readFileSync(join(dir, f)));
    digest = h.digest('hex').slice(0, 16);
  }
  return digest;
}

const PREFIX = /^\s*energy-diff\s+export(?=\s|$)/;

/** True when a command runs the bundled helper (`energy-diff export …`). */
export function usesBundledHelper(command: string | undefined): boolean {
  return command === undefined || PREFIX.test(command);
}

/** `energy-diff export {source}:build_model …` → `'python3' '/…/python/energy_diff_export.py' {source}:build_model …`. */
export function expandBundledPrefix(command: string, env: NodeJS.ProcessEnv): string {
  return command.replace(PREFIX, `${shellQuote(pythonFor(env))} ${shellQuote(bundledHelper())}`);
}
