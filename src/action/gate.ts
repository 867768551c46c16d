// The gate: budgets, failOn, the noise floor and the profile list the verdict is computed on. They come from
// the base's config (plus the action's inputs, which the workflow sets), never from the pull request's, so
// a PR cannot raise its own budget; when the PR changes them, the comment shows what applies after merge
// (core/report renders that section).
import { DEFAULT_PROFILE_ID } from '../adapters/profiles.js';
import { applyBudgets, type BudgetConfig } from '../core/budget/index.js';
import type { ActionConfig } from '../core/config/index.js';
import { applyNoiseFloor, type ReportDiff } from '../core/diff/index.js';
import type { GateRules } from '../core/report/index.js';
import type { ActionInputs } from './inputs.js';

/** Config budgets plus the budget inputs; undefined when there is no rule at all (no budget line in the comment). */
function budgetConfig(config: ActionConfig, inputs: ActionInputs): BudgetConfig | undefined {
  const rules = [...config.budgets.budgets, ...inputs.budgetRules];
  if (rules.length === 0) return undefined;
  return { failOn: inputs.failOn ?? config.budgets.failOn, budgets: rules };
}

export function gateRules(config: ActionConfig, inputs: ActionInputs): GateRules {
  const rules: GateRules = { profiles: inputs.profiles.length ? inputs.profiles : (config.profiles ?? [DEFAULT_PROFILE_ID]) };
  const budgets = budgetConfig(config, inputs);
  if (budgets) rules.budgets = budgets;
  const minChangePct = inputs.minChangePct ?? config.minChangePct;
  if (minChangePct !== undefined) rules.minChangePct = minChangePct;
  return rules;
}

/** The diff's noise floor, budgets and verdict under `rules`. */
export function judge(diff: ReportDiff, rules: GateRules): ReportDiff {
  const floored = applyNoiseFloor(diff, rules.minChangePct);
  return rules.budgets ? applyBudgets(floored, rules.budgets) : floored;
}
