// The numbers a hardware profile may hold. A profile is JSON a user can edit (or a pull request can add), and
// every estimate divides by or multiplies with its numbers: a subnormal FLOP/s or an idle power of 1e308
// would turn into NaN or absurd joules. Non-zero numbers must be of a physical magnitude, each field within
// its own range (profile.ts, predictors/*-check.ts).

/** Non-zero numbers in a profile lie within these magnitudes (the shipped profiles span 2e-17..1e15). */
export const MIN_MAGNITUDE = 1e-30;
export const MAX_MAGNITUDE = 1e30;
/** Roofs may exceed the datasheet peak they are bounded by only by rounding (fits clamp them to the peak). */
export const PEAK_TOLERANCE = 1e-6;

export interface Bounds {
  min?: number;
  max?: number;
  /** Strictly above 0. */
  positive?: boolean;
  /** Strictly below this value (with what it is, for the message). */
  below?: { value: number; what: string };
  integer?: boolean;
}

export function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${typeof v === 'object' ? '' : String(v)}`.trim();
}

/** Why `v` is not an acceptable profile number within `b`, or undefined. */
export function numberProblem(v: unknown, b: Bounds = {}): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `expected a finite number, got ${describeJson(v)}`;
  if (v !== 0 && (Math.abs(v) < MIN_MAGNITUDE || Math.abs(v) > MAX_MAGNITUDE)) {
    return `${v} is not a physical magnitude (non-zero numbers lie within ${MIN_MAGNITUDE}..${MAX_MAGNITUDE} in absolute value)`;
  }
  if (b.integer && !Number.isInteger(v)) return `expected an integer, got ${v}`;
  if (b.positive && !(v > 0)) return `expected a positive number, got ${v}`;
  if (b.min !== undefined && v < b.min) return `expected a number >= ${b.min}, got ${v}`;
  if (b.max !== undefined && v > b.max) return `expected a number <= ${b.max}, got ${v}`;
  if (b.below && !(v < b.below.value)) return `expected a number below ${b.below.what} (${b.below.value}), got ${v}`;
  return undefined;
}

/** Profiles are a few levels deep; deeper nesting is refused before it can exhaust the stack. */
const MAX_DEPTH = 32;

/** The first number anywhere in `v` that is not finite or not of a physical magnitude: [JSON path, why]. */
export function firstBadNumber(v: unknown, path: string, depth = 0): [string, string] | undefined {
  if (depth > MAX_DEPTH) return [path, `nested deeper than ${MAX_DEPTH} levels`];
  if (typeof v === 'number') {
    const problem = numberProblem(v);
    return problem ? [path, problem] : undefined;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const bad = firstBadNumber(x, `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
  } else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      const bad = firstBadNumber(x, `${path}.${k}`, depth + 1);
      if (bad) return bad;
    }
  }
  return undefined;
}
