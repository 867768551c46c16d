// Loads hardware profiles by id (shipped in hardware-profiles/) or by path (a user's own JSON).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateProfile } from '../core/estimate/profile.js';
import type { HardwareProfile } from '../core/profile-types.js';
import { EnergyDiffError } from '../core/types.js';

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

/** Reads and validates a profile; an id names a shipped profile, anything path-like a file. */
export async function loadProfile(idOrPath: string, cwd: string = process.cwd()): Promise<HardwareProfile> {
  const file = looksLikePath(idOrPath) ? resolve(cwd, idOrPath) : join(shippedProfilesDir(), `${idOrPath}.json`);
  if (!existsSync(file)) {
    if (looksLikePath(idOrPath)) throw new EnergyDiffError('E_PROFILE_NOT_FOUND', 'profile file not found', { file });
    const known = listShippedProfiles();
    throw new EnergyDiffError('E_PROFILE_NOT_FOUND', `unknown profile '${idOrPath}'; shipped profiles: ${known.join(', ')} (or pass a path to a profile JSON)`);
  }
  return parseProfileText(readFileSync(file, 'utf8'), file);
}

/** A profile from its JSON text (read from a git tree, say); `file` names it in errors. */
export function parseProfileText(text: string, file: string): HardwareProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new EnergyDiffError('E_PROFILE_JSON', `invalid JSON: ${(err as Error).message}`, { file });
  }
  return validateProfile(json, file);
}
