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

/** Throws NonFiniteReportError at the first number in `value` that is NaN or ±Infinity. */
export function assertFiniteReport(value: unknown, root = '$'): void {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new NonFiniteReportError(path, v);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i] as [string, unknown];
        stack.push([x, `${path}.${k}`]);
      }
    }
  }
}
