// Check of a getzner-v1 predictor block: each module's regression pipeline has the fields and lengths
// predictPipeline reads, so an edited profile fails with the JSON path (E_PROFILE_FIELD) instead of a TypeError
// or NaN inside an estimate. Its numbers were already checked for magnitude (profile.ts).
import { EnergyDiffError, isObject, own } from '../../common/index.js';
import { numberProblem } from '../profile-numbers.js';
import { GETZNER_FEATURES } from './getzner.js';

type Obj = Record<string, unknown>;

export function checkGetznerPredictor(p: Obj, file: string): void {
  const fail = (path: string, message: string): never => {
    throw new EnergyDiffError('E_PROFILE_FIELD', message, { file, jsonPath: `$.predictor${path}` });
  };
  const numbers = (v: unknown, path: string, length?: number, nonZero = false): number[] => {
    if (!Array.isArray(v)) fail(path, 'expected an array of numbers');
    const list = v as unknown[];
    if (length !== undefined && list.length !== length) fail(path, `expected ${length} numbers, got ${list.length}`);
    list.forEach((x, i) => {
      const problem = numberProblem(x) ?? (nonZero && x === 0 ? 'expected a non-zero number' : undefined);
      if (problem) fail(`${path}[${i}]`, problem);
    });
    return list as number[];
  };
  const bool = (v: unknown, path: string): boolean => (typeof v === 'boolean' ? v : fail(path, 'expected true or false'));
  if (p.trainStepFactor !== undefined) {
    const problem = numberProblem(p.trainStepFactor, { min: 0.01, max: 1e3 });
    if (problem) fail('.trainStepFactor', problem);
  }
  if (!isObject(p.modules)) fail('.modules', 'expected an object of fitted pipelines per module');
  for (const [name, m] of Object.entries(p.modules as Obj)) {
    const at = `.modules.${name}`;
    if (!isObject(m)) fail(at, 'expected a fitted pipeline');
    const f = m as Obj;
    const known = own(GETZNER_FEATURES, name) ?? fail(at, `unknown module; known: ${Object.keys(GETZNER_FEATURES).join(', ')}`);
    if (!Array.isArray(f.inputs) || !f.inputs.every((s) => typeof s === 'string')) fail(`${at}.inputs`, 'expected an array of feature names');
    const unknown = (f.inputs as string[]).find((s) => !known.includes(s));
    if (unknown !== undefined) fail(`${at}.inputs`, `${name} has no feature ${JSON.stringify(unknown)}; its features: ${known.join(', ') || 'none (MACs only)'}`);
    const raw = (f.inputs as string[]).length * (bool(f.log, `${at}.log`) ? 2 : 1) + (bool(f.macs, `${at}.macs`) ? 1 : 0);
    let width = raw;
    if (f.polynomial !== undefined) {
      const poly = f.polynomial;
      if (!isObject(poly) || (poly as Obj).degree !== 2) fail(`${at}.polynomial`, 'expected {"degree": 2, "interactionOnly": ..., "includeBias": ...}');
      const pairs = bool((poly as Obj).interactionOnly, `${at}.polynomial.interactionOnly`) ? (raw * (raw - 1)) / 2 : (raw * (raw + 1)) / 2;
      width = (bool((poly as Obj).includeBias, `${at}.polynomial.includeBias`) ? 1 : 0) + raw + pairs;
    }
    if (f.standardize !== undefined) {
      if (!isObject(f.standardize)) fail(`${at}.standardize`, 'expected {"mean": [...], "scale": [...]}');
      numbers((f.standardize as Obj).mean, `${at}.standardize.mean`, width);
      numbers((f.standardize as Obj).scale, `${at}.standardize.scale`, width, true);
    }
    if (!isObject(f.linear)) fail(`${at}.linear`, 'expected {"coef": [...], "intercept": ...}');
    numbers((f.linear as Obj).coef, `${at}.linear.coef`, width);
    const intercept = numberProblem((f.linear as Obj).intercept);
    if (intercept) fail(`${at}.linear.intercept`, intercept);
    if (f.target !== undefined) {
      if (!isObject(f.target)) fail(`${at}.target`, 'expected {"min": [...], "range": [...]}');
      numbers((f.target as Obj).min, `${at}.target.min`, 1);
      numbers((f.target as Obj).range, `${at}.target.range`, 1, true);
    }
  }
}
