// Which failures are bugs: the entry points print a stack and ask for a report only for those. Bad input is an
// EnergyDiffError (a clear message naming the place); a bad option or a system error (ENOENT, EACCES, ENOSPC)
// is the user's or the machine's, and its message says enough.
import { EnergyDiffError } from './errors.js';

export const ISSUES_URL = 'https://github.com/energy-diff/energy-diff/issues';

export function isInternalError(err: unknown): boolean {
  if (err instanceof EnergyDiffError) return false;
  const e = err as { code?: unknown; syscall?: unknown } | undefined;
  if (typeof e?.code === 'string' && (e.code.startsWith('ERR_PARSE_ARGS') || e.syscall !== undefined)) return false;
  return true;
}
