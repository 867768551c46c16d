// Budget configuration: absolute (J) and relative (% increase) limits with warn and fail levels,
// per model glob and profile or for the repository total. Parsed from plain JSON/YAML values.
import { EnergyDiffError, isObject, LIMITS } from '../common/index.js';

export interface Limit {
  warn?: number;
  fail?: number;
}

export interface BudgetRule {
  /** Glob over repository-relative model paths (`*` within a folder, `**` across folders); default every model. */
  model?: string;
  /** The rule applies to the repository total per profile instead of each model. */
  total?: boolean;
  /** Profile id; default every profile. */
  profile?: string;
  /** Absolute limit on the head estimate, in J (per inference or per train step, as estimated). */
  maxJ?: Limit;
  /** Relative limit on the increase over the base, in %. */
  maxIncreasePct?: Limit;
  /** Absolute limit on the head's declared training run (workload roll-up), in J per run. */
  maxRunJ?: Limit;
}

export type FailOn = 'estimate' | 'low';

export interface BudgetConfig {
  /** `low`: fail only when over the fail limit even at the low end of the uncertainty band. */
  failOn: FailOn;
  budgets: BudgetRule[];
}

function fail(message: string, file: string, jsonPath: string): never {
  throw new EnergyDiffError('E_BUDGET_CONFIG', message, { file, jsonPath });
}

function parseLimit(v: unknown, file: string, path: string): Limit | undefined {
  if (v === undefined) return undefined;
  // A bare number is a fail limit: the common case `maxJ: 2` reads as "fail above 2 J".
  if (typeof v === 'number') v = { fail: v };
  if (!isObject(v)) fail('expected a number or { warn, fail }', file, path);
  const limit: Limit = {};
  for (const [key, value] of Object.entries(v)) {
    if (key !== 'warn' && key !== 'fail') fail(`unknown key '${key}' (expected warn, fail)`, file, `${path}.${key}`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail('expected a non-negative number', file, `${path}.${key}`);
    if (value > LIMITS.budget) fail(`expected a number of at most ${LIMITS.budget}, got ${value}`, file, `${path}.${key}`);
    limit[key] = value;
  }
  if (limit.warn !== undefined && limit.fail !== undefined && limit.warn > limit.fail) {
    fail(`warn limit ${limit.warn} is above fail limit ${limit.fail}`, file, path);
  }
  return limit;
}

const RULE_KEYS = new Set(['model', 'total', 'profile', 'maxJ', 'maxIncreasePct', 'maxRunJ']);

function parseRule(v: unknown, file: string, path: string): BudgetRule {
  if (!isObject(v)) fail('expected an object', file, path);
  for (const key of Object.keys(v)) {
    if (!RULE_KEYS.has(key)) fail(`unknown key '${key}' (expected ${[...RULE_KEYS].join(', ')})`, file, `${path}.${key}`);
  }
  const rule: BudgetRule = {};
  for (const key of ['model', 'profile'] as const) {
    const s = v[key];
    if (s === undefined) continue;
    if (typeof s !== 'string' || s === '') fail('expected a non-empty string', file, `${path}.${key}`);
    rule[key] = s;
  }
  if (v.total !== undefined) {
    if (typeof v.total !== 'boolean') fail('expected true or false', file, `${path}.total`);
    rule.total = v.total;
  }
  if (rule.total && rule.model !== undefined) fail('a total budget cannot also name a model', file, path);
  const maxJ = parseLimit(v.maxJ, file, `${path}.maxJ`);
  const maxIncreasePct = parseLimit(v.maxIncreasePct, file, `${path}.maxIncreasePct`);
  const maxRunJ = parseLimit(v.maxRunJ, file, `${path}.maxRunJ`);
  if (!maxJ && !maxIncreasePct && !maxRunJ) fail('a budget needs maxJ, maxIncreasePct or maxRunJ', file, path);
  // Training runs are declared per model; the repository has no run of its own to limit.
  if (maxRunJ && rule.total) fail('maxRunJ limits the training run of each model: it cannot be a total budget', file, `${path}.maxRunJ`);
  if (maxJ) rule.maxJ = maxJ;
  if (maxIncreasePct) rule.maxIncreasePct = maxIncreasePct;
  if (maxRunJ) rule.maxRunJ = maxRunJ;
  return rule;
}

/** Validates a parsed JSON/YAML value; errors name the file and the JSON path. `fail-on` is accepted for `failOn`. */
export function parseBudgetConfig(value: unknown, file: string): BudgetConfig {
  if (!isObject(value)) fail('expected an object with a budgets list', file, '$');
  for (const key of Object.keys(value)) {
    if (!['failOn', 'fail-on', 'budgets'].includes(key)) fail(`unknown key '${key}' (expected failOn, budgets)`, file, `$.${key}`);
  }
  const failOn = value.failOn ?? value['fail-on'] ?? 'estimate';
  if (failOn !== 'estimate' && failOn !== 'low') fail(`expected 'estimate' or 'low', got ${JSON.stringify(failOn)}`, file, '$.failOn');
  const budgets = value.budgets ?? [];
  if (!Array.isArray(budgets)) fail('expected a list', file, '$.budgets');
  return { failOn, budgets: budgets.map((b, i) => parseRule(b, file, `$.budgets[${i}]`)) };
}

/** `*` matches within one path segment, `**` across segments, `?` one character. */
export function globMatches(glob: string, path: string): boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        re += '(?:.*/)?';
      } else re += '.*';
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path);
}
