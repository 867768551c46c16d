// Recognises and checks `energy-diff/estimate@1` JSON (one report or a list) as diff input. Other JSON
// (a *.layers.json model) is not an estimate: the caller then reads the file as a model.
import type { EstimateReport } from '../estimate/index.js';
import { EnergyDiffError, isObject } from '../common/index.js';

const SCHEMA = 'energy-diff/estimate@1';

function looksLikeEstimate(v: unknown): boolean {
  return isObject(v) && v.schema === SCHEMA;
}

function check(ok: boolean, file: string, jsonPath: string, message: string): void {
  if (!ok) throw new EnergyDiffError('E_ESTIMATE_JSON', message, { file, jsonPath });
}

const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** Counts and joules of a report are non-negative and far from overflowing when the diff adds and subtracts them. */
const MAX_VALUE = 1e30;

function checkNum(v: unknown, file: string, jsonPath: string, message = 'expected a number'): void {
  check(isNum(v), file, jsonPath, message);
  check((v as number) >= 0 && (v as number) <= MAX_VALUE, file, jsonPath, `expected a number from 0 to ${MAX_VALUE}, got ${String(v)}`);
}

/** The fields the diff reads; a report missing them would render as NaN, so it is refused here. */
function validate(v: Record<string, unknown>, file: string, at: string): EstimateReport {
  const model = v.model;
  check(isObject(model) && typeof model.path === 'string', file, `${at}.model.path`, 'expected a string');
  const profile = v.profile;
  check(isObject(profile) && typeof profile.id === 'string', file, `${at}.profile.id`, 'expected a string');
  checkNum(v.batch, file, `${at}.batch`);
  check(v.mode === 'inference' || v.mode === 'train-step', file, `${at}.mode`, "expected 'inference' or 'train-step'");
  const totals = v.totals;
  check(isObject(totals), file, `${at}.totals`, 'expected an object');
  for (const key of ['macs', 'params', 'energyJ', 'energyJLow', 'energyJHigh']) {
    checkNum((totals as Record<string, unknown>)[key], file, `${at}.totals.${key}`);
  }
  check(Array.isArray(v.layers), file, `${at}.layers`, 'expected a list');
  (v.layers as unknown[]).forEach((l, i) => {
    const p = `${at}.layers[${i}]`;
    check(isObject(l) && typeof l.name === 'string' && typeof l.op === 'string', file, p, 'expected { name, op, ... }');
    const layer = l as Record<string, unknown>;
    checkNum(layer.energyJ, file, `${p}.energyJ`, 'expected numeric energyJ and macs');
    checkNum(layer.macs, file, `${p}.macs`, 'expected numeric energyJ and macs');
    check(Array.isArray(layer.outputShapes), file, `${p}.outputShapes`, 'expected a list');
  });
  const cov = v.coverage;
  check(isObject(cov) && isNum(cov.nodes) && isNum(cov.estimated) && Array.isArray(cov.unsupported), file, `${at}.coverage`, 'expected { nodes, estimated, unsupported }');
  if (v.workload !== undefined) validateWorkload(v.workload, file, `${at}.workload`);
  return v as unknown as EstimateReport;
}

/** The optional roll-ups the diff carries and the comment prints: numbers where present. */
function validateWorkload(w: unknown, file: string, at: string): void {
  check(isObject(w), file, at, 'expected an object');
  const o = w as Record<string, unknown>;
  const numbers = (v: unknown, p: string, keys: string[]) => {
    check(isObject(v), file, p, 'expected an object');
    for (const k of keys) checkNum((v as Record<string, unknown>)[k], file, `${p}.${k}`);
  };
  if (o.trainingRun !== undefined) numbers(o.trainingRun, `${at}.trainingRun`, ['energyJ', 'energyJLow', 'energyJHigh', 'steps']);
  if (o.serving !== undefined) numbers(o.serving, `${at}.serving`, ['energyJPerMonth', 'energyJLowPerMonth', 'energyJHighPerMonth']);
  for (const k of ['kWh', 'gCO2e', 'cost']) if (o[k] !== undefined) checkNum(o[k], file, `${at}.${k}`);
}

/** Estimate reports from parsed JSON, or null when the value is not estimate JSON at all. */
export function parseEstimateReports(value: unknown, file: string): EstimateReport[] | null {
  if (looksLikeEstimate(value)) return [validate(value as Record<string, unknown>, file, '$')];
  if (Array.isArray(value) && value.length > 0 && value.every(looksLikeEstimate)) {
    return value.map((v, i) => validate(v as Record<string, unknown>, file, `$[${i}]`));
  }
  return null;
}
