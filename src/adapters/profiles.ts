// Loads hardware profiles by id (shipped in hardware-profiles/) or by path (a user's own JSON).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateProfile, type HardwareProfile } from '../core/estimate/index.js';
import { parseJsonLocated } from '../core/layers-json/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import { MAX_BYTES, readChecked } from './safe-read.js';

/** The profile used when none is named: calibrated on real H100 measurements (see docs/estimation.md). */
export const DEFAULT_PROFILE_ID = 'h100-sxm';

/**
 * The shipped profiles directory. Walks up from this module so it is found both from src/adapters/
 * (tests, tsx) and from the bundled dist/*.js (CLI and action), which sit at different depths.
 */
export function shippedProfilesDir(): string {
  const override = process.env.ENERGY_DIFF_PROFILES_DIR;
  if (override) return resolve(override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'hardware-profiles');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new EnergyDiffError('E_PROFILE_DIR', 'cannot find the shipped hardware-profiles/ directory next to energy-diff');
}

export function listShippedProfiles(): string[] {
  return readdirSync(shippedProfilesDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function looksLikePath(idOrPath: string): boolean {
  return idOrPath.includes('/') || idOrPath.includes('\\') || idOrPath.endsWith('.json');
}

export interface LoadProfileOptions {
  /** Profile paths come from a pull request (the action's config): they must resolve inside `cwd`, and errors
   *  name the path as written (repository-relative) instead of the absolute one. */
  confine?: boolean;
}

/** Reads and validates a profile; an id names a shipped profile, anything path-like a file. */
export async function loadProfile(idOrPath: string, cwd: string = process.cwd(), opts: LoadProfileOptions = {}): Promise<HardwareProfile> {
  const isPath = looksLikePath(idOrPath);
  const file = isPath ? resolve(cwd, idOrPath) : join(shippedProfilesDir(), `${idOrPath}.json`);
  // An id is a file name in the shipped directory: anything else ('../x', '__proto__') is no shipped profile.
  if (!isPath && (!/^[a-z0-9][a-z0-9._-]*$/.test(idOrPath) || !existsSync(file))) {
    const known = listShippedProfiles();
    throw new EnergyDiffError('E_PROFILE_NOT_FOUND', `unknown profile '${idOrPath}'; shipped profiles: ${known.join(', ')} (or pass a path to a profile JSON)`);
  }
  const shown = isPath && opts.confine ? idOrPath : file;
  const text = readChecked(file, {
    code: 'E_PROFILE_FILE', notFoundCode: 'E_PROFILE_NOT_FOUND', what: 'profile file', maxBytes: MAX_BYTES.profile, display: shown,
    ...(isPath && opts.confine ? { root: cwd } : {}),
  });
  return parseProfileText(text, shown);
}

/** A profile from its JSON text (read from a git tree, say); `file` names it in errors, which never quote the text. */
export function parseProfileText(text: string, file: string): HardwareProfile {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError('E_PROFILE_JSON', `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file });
  }
  return validateProfile(parsed.value, file);
}
