// A regression pipeline as plain data: raw named inputs → [log1p] → [+macs] → [polynomial] →
// [StandardScaler] → linear model → [inverse MinMaxScaler of the target]. It is fitted here and stored
// verbatim in a profile's predictor block, so prediction needs nothing but this object.
import {
  fitMinMaxScaler,
  fitStandardScaler,
  inverseMinMaxRow,
  log1pRow,
  minMaxRow,
  polynomialRow,
  standardizeRow,
  type MinMaxScaler,
  type PolynomialSpec,
  type StandardScaler,
} from './features.js';
import { fitLinear, type LinearModel } from './linear.js';

export interface PipelineForm {
  /** Named parameters read from each row (e.g. batch_size, kernel_size); may be empty. */
  inputs: string[];
  /** Append log1p of each input after the raw inputs. */
  log: boolean;
  /** Append the row's MAC count as the last raw feature. */
  macs: boolean;
  polynomial?: PolynomialSpec;
  standardize: boolean;
  /** MinMax-scale the target before the fit and invert it after prediction. */
  scaleTarget: boolean;
  ridge?: number;
}

export interface FittedPipeline {
  inputs: string[];
  log: boolean;
  macs: boolean;
  polynomial?: PolynomialSpec;
  standardize?: StandardScaler;
  linear: LinearModel;
  target?: MinMaxScaler;
}

export interface FeatureRow {
  params: Record<string, number>;
  macs: number;
}

export interface TargetRow extends FeatureRow {
  target: number;
}

function rawFeatures(row: FeatureRow, inputs: string[], log: boolean, macs: boolean): number[] {
  const values = inputs.map((name) => {
    const v = Object.hasOwn(row.params, name) ? row.params[name] : undefined;
    if (v === undefined || !Number.isFinite(v)) throw new Error(`feature '${name}' missing from row`);
    return v;
  });
  return [...values, ...(log ? log1pRow(values) : []), ...(macs ? [row.macs] : [])];
}

function designRow(row: FeatureRow, p: Omit<FittedPipeline, 'linear' | 'target'>): number[] {
  let x = rawFeatures(row, p.inputs, p.log, p.macs);
  if (p.polynomial) x = polynomialRow(x, p.polynomial);
  if (p.standardize) x = standardizeRow(x, p.standardize);
  return x;
}

export function fitPipeline(form: PipelineForm, rows: TargetRow[]): FittedPipeline {
  if (rows.length === 0) throw new Error('fitPipeline: no rows');
  const base: Omit<FittedPipeline, 'linear' | 'target'> = { inputs: form.inputs, log: form.log, macs: form.macs };
  if (form.polynomial) base.polynomial = form.polynomial;
  let x = rows.map((r) => {
    const raw = rawFeatures(r, form.inputs, form.log, form.macs);
    return form.polynomial ? polynomialRow(raw, form.polynomial) : raw;
  });
  if (form.standardize) {
    base.standardize = fitStandardScaler(x);
    x = x.map((row) => standardizeRow(row, base.standardize!));
  }
  let y = rows.map((r) => r.target);
  let target: MinMaxScaler | undefined;
  if (form.scaleTarget) {
    target = fitMinMaxScaler(y.map((v) => [v]));
    y = y.map((v) => minMaxRow([v], target!)[0]!);
  }
  const linear = fitLinear(x, y, form.ridge ? { ridge: form.ridge } : {});
  return { ...base, linear, ...(target ? { target } : {}) };
}

/** The pipeline's prediction in the target's own units (MinMax scaling undone). */
export function predictPipeline(p: FittedPipeline, row: FeatureRow): number {
  const x = designRow(row, p);
  const scaled = x.reduce((acc, v, j) => acc + v * (p.linear.coef[j] ?? 0), p.linear.intercept);
  return p.target ? inverseMinMaxRow([scaled], p.target)[0]! : scaled;
}
