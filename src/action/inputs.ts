// The action's inputs (action.yml), validated; errors name the input.
import type { ActionsIo } from '../adapters/actions-io.js';
import type { BudgetRule, FailOn, Limit } from '../core/budget/index.js';
import { EnergyDiffError, LIMITS } from '../core/common/index.js';
import type { MeasureInferenceOptions } from './measure-inference.js';
import type { StickyStrategy } from './sticky.js';

export const DEFAULT_MODEL_GLOBS = ['**/*.onnx', '**/*.layers.json'];
export const DEFAULT_CONFIG = '.github/energy-diff.yml';

export interface ActionInputs {
  modelGlobs: string[];
  configPath: string;
  /** Profiles from the input (overrides the config); empty: config, then the default profile. */
  profiles: string[];
  baseRef?: string;
  mode: 'report' | 'gate';
  /** Budget rules from the budget-* inputs (every model, every profile) and the total. */
  budgetRules: BudgetRule[];
  failOn?: FailOn;
  comment: StickyStrategy;
  commentKey: string;
  minChangePct?: number;
  exportCommand?: string;
  measurementGlobs: string[];
  /** Changed ONNX models run in onnxruntime on this runner (off by default). */
  measureInference: MeasureInferenceOptions;
  token: string;
}

function fail(name: string, message: string): never {
  throw new EnergyDiffError('E_INPUT', `input ${name}: ${message}`, { input: name });
}

function oneOf<T extends string>(io: ActionsIo, name: string, allowed: readonly T[], fallback: T): T {
  const v = io.input(name) || fallback;
  if (!(allowed as readonly string[]).includes(v)) fail(name, `expected one of ${allowed.join(', ')}, got '${v}'`);
  return v as T;
}

function number(io: ActionsIo, name: string, max: number = LIMITS.budget): number | undefined {
  const raw = io.input(name);
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) fail(name, `expected a non-negative number, got '${raw}'`);
  if (n > max) fail(name, `expected a number of at most ${max}, got '${raw}'`);
  return n;
}

function limit(io: ActionsIo, warnName: string, failName: string): Limit | undefined {
  const warn = number(io, warnName);
  const failAt = number(io, failName);
  if (warn === undefined && failAt === undefined) return undefined;
  if (warn !== undefined && failAt !== undefined && warn > failAt) fail(warnName, `warn limit ${warn} is above ${failName} ${failAt}`);
  return { ...(warn !== undefined ? { warn } : {}), ...(failAt !== undefined ? { fail: failAt } : {}) };
}

function budgetRules(io: ActionsIo): BudgetRule[] {
  const rules: BudgetRule[] = [];
  const maxJ = limit(io, 'budget-warn-joules', 'budget-fail-joules');
  const maxIncreasePct = limit(io, 'budget-warn-increase-pct', 'budget-fail-increase-pct');
  if (maxJ || maxIncreasePct) rules.push({ ...(maxJ ? { maxJ } : {}), ...(maxIncreasePct ? { maxIncreasePct } : {}) });
  const totalJ = limit(io, 'budget-total-warn-joules', 'budget-total-fail-joules');
  if (totalJ) rules.push({ total: true, maxJ: totalJ });
  return rules;
}

export function readInputs(io: ActionsIo): ActionInputs {
  const models = io.inputList('models');
  const inputs: ActionInputs = {
    modelGlobs: models.length ? models : DEFAULT_MODEL_GLOBS,
    configPath: io.input('config') || DEFAULT_CONFIG,
    profiles: io.inputList('profiles', { commas: true }),
    mode: oneOf(io, 'mode', ['report', 'gate'] as const, 'report'),
    budgetRules: budgetRules(io),
    comment: oneOf(io, 'comment', ['update', 'new', 'hide-and-new', 'off'] as const, 'update'),
    commentKey: io.input('comment-key') || 'default',
    measurementGlobs: io.inputList('measurement'),
    measureInference: {
      mode: oneOf(io, 'measure-inference', ['off', 'auto', 'on'] as const, 'off'),
      budgetSeconds: number(io, 'measure-inference-budget-seconds', 3600) ?? 300,
      windowSeconds: number(io, 'measure-inference-seconds', 600) ?? 2,
      ...(io.input('measure-inference-profile') ? { profile: io.input('measure-inference-profile') } : {}),
    },
    token: io.input('github-token'),
  };
  if (/\s/.test(inputs.commentKey)) fail('comment-key', `must not contain spaces, got '${inputs.commentKey}'`);
  const baseRef = io.input('base-ref');
  if (baseRef) inputs.baseRef = baseRef;
  const failOn = io.input('fail-on');
  if (failOn) inputs.failOn = oneOf(io, 'fail-on', ['estimate', 'low'] as const, 'estimate');
  const minChangePct = number(io, 'min-change-pct', LIMITS.minChangePct);
  if (minChangePct !== undefined) inputs.minChangePct = minChangePct;
  const exportCommand = io.input('export-command');
  if (exportCommand) inputs.exportCommand = exportCommand;
  return inputs;
}
