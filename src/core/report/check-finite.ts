// The invariant at the report boundary: no NaN or Infinity is ever written to a comment, a JSON report, an
// output or a job summary. Inputs are validated long before (profiles, configs, layer counts); a number that
// still comes out non-finite is a bug, so this throws an internal error naming the field and nothing is written.

/** An internal error (a bug to report), not a problem with the user's input. */
export class NonFiniteReportError extends Error {
  constructor(readonly field: string, readonly value: number) {
    super(`internal error: the report has the non-finite number ${value} at ${field}; nothing was written`);
    this.name = 'NonFiniteReportError';
  }
}

/** True when every number in `v` is finite (reports are a few levels deep: plain recursion, no paths built). */
function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) {
    for (const x of v) if (!allFinite(x)) return false;
    return true;
  }
  for (const k in v) if (Object.hasOwn(v, k) && !allFinite((v as Record<string, unknown>)[k])) return false;
  return true;
}

/** The JSON path and value of the first non-finite number (only walked once one is known to exist). */
function firstNonFinite(v: unknown, path: string): [string, number] | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : [path, v];
  if (typeof v !== 'object' || v === null) return undefined;
  const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [`${path}[${i}]`, x]) : Object.entries(v).map(([k, x]) => [`${path}.${k}`, x]);
  for (const [p, x] of entries) {
    const found = firstNonFinite(x, p);
    if (found) return found;
  }
  return undefined;
}

/** Throws NonFiniteReportError at the first number in `value` that is NaN or ±Infinity. */
export function assertFiniteReport(value: unknown, root = '$'): void {
  if (allFinite(value)) return;
  const [field, v] = firstNonFinite(value, root) as [string, number];
  throw new NonFiniteReportError(field, v);
}
