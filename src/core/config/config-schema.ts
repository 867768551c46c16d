// The action's config file (.github/energy-diff.yml) as a plain value → a validated ActionConfig.
// Errors are E_CONFIG with the JSON path; src/adapters/config.ts adds the YAML line.
import { parseBudgetConfig, type BudgetConfig } from '../budget/index.js';
import type { Mode, Serving, TrainingRun } from '../estimate/index.js';
import { EnergyDiffError, isObject, LIMITS } from '../common/index.js';

/** Settings for the models whose repository path matches `path` (a glob). */
export interface ModelSettings {
  path: string;
  batch?: number;
  /** Graph input name → shape, e.g. { input: [1, 3, 224, 224] }. */
  inputShapes?: Record<string, number[]>;
  mode?: Mode;
  workload?: { trainingRun?: TrainingRun; serving?: Serving };
  /** Glob of measurement artifacts (`energy-diff measure` output) for this model. */
  measurement?: string;
  /** Profile a measurement was taken on (default: the first profile). */
  measuredProfile?: string;
}

export interface ExportSettings {
  /** Shell command with {source} and {out} placeholders; the action input export-command overrides it. */
  command?: string;
  /** Source files that define models: a glob each, with optional per-source settings. */
  sources: ExportSource[];
  /** What the command writes: an ONNX file or a layers.json spec. */
  format: 'onnx' | 'layers-json';
  /** Defaults for every source: the callable that builds the model, its example inputs, extra dependencies. */
  callable?: string;
  inputs?: ExportInput[];
  dependsOn: string[];
}

export interface ActionConfig {
  profiles?: string[];
  mode?: Mode;
  batch?: number;
  minChangePct?: number;
  models: ModelSettings[];
  export?: ExportSettings;
  budgets: BudgetConfig;
  /** Grid carbon intensity for workload roll-ups (gCO2e per kWh); no default. */
  gridIntensityGCO2ePerKWh?: number;
  /** Electricity price per kWh for workload roll-ups, in the user's currency; no default. */
  pricePerKWh?: number;
}

const TOP_KEYS = ['profiles', 'mode', 'batch', 'minChangePct', 'models', 'export', 'budgets', 'failOn', 'fail-on', 'gridIntensityGCO2ePerKWh', 'pricePerKWh'];
const MODEL_KEYS = ['path', 'batch', 'inputs', 'mode', 'workload', 'measurement', 'measuredProfile'];

function fail(message: string, file: string, jsonPath: string): never {
  throw new EnergyDiffError('E_CONFIG', message, { file, jsonPath });
}

function onlyKeys(v: Record<string, unknown>, keys: readonly string[], file: string, path: string): void {
  for (const k of Object.keys(v)) if (!keys.includes(k)) fail(`unknown key '${k}' (expected ${keys.join(', ')})`, file, `${path}.${k}`);
}

function posInt(v: unknown, file: string, path: string, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) fail(`expected a positive integer, got ${shown(v)}`, file, path);
  if (v > max) fail(`expected a positive integer of at most ${max}, got ${shown(v)}`, file, path);
  return v;
}

/** A number within [0, max] (finite: YAML's .inf and .nan are refused). */
function boundedNumber(v: unknown, file: string, path: string, max: number, unit: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`expected a non-negative number${unit}, got ${shown(v)}`, file, path);
  if (v > max) fail(`expected a number of at most ${max}${unit}, got ${shown(v)}`, file, path);
  return v;
}

/** A value as the message quotes it: JSON, except the non-finite numbers JSON has no words for. */
function shown(v: unknown): string {
  return typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v) ?? String(v);
}

function str(v: unknown, file: string, path: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(`expected a non-empty string, got ${JSON.stringify(v)}`, file, path);
  return v;
}

/** A glob the config (that is, the pull request) names: relative to the workspace and staying inside it. */
function workspaceGlob(v: unknown, file: string, path: string): string {
  const glob = str(v, file, path);
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob) || glob.split(/[\\/]/).includes('..')) {
    fail(`expected a glob relative to the repository, without '..', got ${JSON.stringify(glob)}`, file, path);
  }
  return glob;
}

function mode(v: unknown, file: string, path: string): Mode {
  if (v !== 'inference' && v !== 'train-step') fail(`expected 'inference' or 'train-step', got ${JSON.stringify(v)}`, file, path);
  return v;
}

function stringList(v: unknown, file: string, path: string): string[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) fail('expected a string or a non-empty list of strings', file, path);
  return list.map((s, i) => str(s, file, `${path}[${i}]`));
}

/** `inputs: { input: [1, 3, 224, 224] }` or `{ input: "1x3x224x224" }`. */
function inputShapes(v: unknown, file: string, path: string): Record<string, number[]> {
  if (!isObject(v)) fail('expected a map of input name to shape', file, path);
  // Keyed by input names from the file ('__proto__' included): no prototype to write through.
  const out = Object.create(null) as Record<string, number[]>;
  for (const [name, shape] of Object.entries(v)) {
    const dims = typeof shape === 'string' ? shape.split(/[x,]/).map((d) => Number(d.trim())) : shape;
    if (!Array.isArray(dims) || dims.length === 0) fail('expected a list of dimensions or "1x3x224x224"', file, `${path}.${name}`);
    out[name] = dims.map((d, i) => posInt(d, file, `${path}.${name}[${i}]`, LIMITS.dim));
  }
  return out;
}

function workload(v: unknown, file: string, path: string): ModelSettings['workload'] {
  if (!isObject(v)) fail('expected { trainingRun, serving }', file, path);
  onlyKeys(v, ['trainingRun', 'serving'], file, path);
  const out: NonNullable<ModelSettings['workload']> = {};
  if (v.trainingRun !== undefined) {
    const t = v.trainingRun;
    const p = `${path}.trainingRun`;
    if (!isObject(t)) fail('expected { epochs, trainSamples, batch, evalSamples }', file, p);
    onlyKeys(t, ['epochs', 'trainSamples', 'batch', 'evalSamples'], file, p);
    out.trainingRun = {
      epochs: posInt(t.epochs, file, `${p}.epochs`, LIMITS.epochs),
      trainSamples: posInt(t.trainSamples, file, `${p}.trainSamples`, LIMITS.samples),
      batch: posInt(t.batch, file, `${p}.batch`, LIMITS.batch),
    };
    if (t.evalSamples !== undefined) out.trainingRun.evalSamples = posInt(t.evalSamples, file, `${p}.evalSamples`, LIMITS.samples);
  }
  if (v.serving !== undefined) {
    const s = v.serving;
    if (!isObject(s)) fail('expected { requestsPerMonth }', file, `${path}.serving`);
    onlyKeys(s, ['requestsPerMonth'], file, `${path}.serving`);
    out.serving = { requestsPerMonth: posInt(s.requestsPerMonth, file, `${path}.serving.requestsPerMonth`, LIMITS.requestsPerMonth) };
  }
  return out;
}

function modelSettings(v: unknown, file: string, path: string): ModelSettings {
  if (!isObject(v)) fail('expected an object with a path glob', file, path);
  onlyKeys(v, MODEL_KEYS, file, path);
  const m: ModelSettings = { path: str(v.path, file, `${path}.path`) };
  if (v.batch !== undefined) m.batch = posInt(v.batch, file, `${path}.batch`, LIMITS.batch);
  if (v.inputs !== undefined) m.inputShapes = inputShapes(v.inputs, file, `${path}.inputs`);
  if (v.mode !== undefined) m.mode = mode(v.mode, file, `${path}.mode`);
  if (v.workload !== undefined) m.workload = workload(v.workload, file, `${path}.workload`);
  // The model is estimated at its run's batch (a train step at another batch would price another run).
  const runBatch = m.workload?.trainingRun?.batch;
  if (runBatch !== undefined && m.batch !== undefined && m.batch !== runBatch) {
    fail(`the training run's batch ${runBatch} differs from the model's batch ${m.batch}: set one (the estimate uses the run's batch when batch is omitted)`, file, `${path}.workload.trainingRun.batch`);
  }
  if (v.measurement !== undefined) m.measurement = workspaceGlob(v.measurement, file, `${path}.measurement`);
  if (v.measuredProfile !== undefined) m.measuredProfile = str(v.measuredProfile, file, `${path}.measuredProfile`);
  return m;
}

function exportSettings(v: unknown, file: string): ExportSettings {
  if (!isObject(v)) fail('expected { command, sources, format }', file, '$.export');
  onlyKeys(v, ['command', 'sources', 'format', ...EXPORT_DEFAULT_KEYS], file, '$.export');
  const format = v.format ?? 'onnx';
  if (format !== 'onnx' && format !== 'layers-json') fail(`expected 'onnx' or 'layers-json', got ${JSON.stringify(format)}`, file, '$.export.format');
  const out: ExportSettings = { sources: exportSources(v.sources, file, '$.export.sources'), format, ...exportDefaults(v, file, '$.export') };
  if (v.command !== undefined) out.command = str(v.command, file, '$.export.command');
  return out;
}

/** An empty file (null) is the default config. */
export function parseActionConfig(value: unknown, file: string): ActionConfig {
  if (value === null || value === undefined) return { models: [], budgets: { failOn: 'estimate', budgets: [] } };
  if (!isObject(value)) fail('expected a mapping at the top level', file, '$');
  onlyKeys(value, TOP_KEYS, file, '$');
  const config: ActionConfig = { models: [], budgets: { failOn: 'estimate', budgets: [] } };
  if (value.profiles !== undefined) config.profiles = stringList(value.profiles, file, '$.profiles');
  if (value.mode !== undefined) config.mode = mode(value.mode, file, '$.mode');
  if (value.batch !== undefined) config.batch = posInt(value.batch, file, '$.batch', LIMITS.batch);
  if (value.minChangePct !== undefined) config.minChangePct = boundedNumber(value.minChangePct, file, '$.minChangePct', LIMITS.minChangePct, ' (percent)');
  for (const key of ['gridIntensityGCO2ePerKWh', 'pricePerKWh'] as const) {
    if (value[key] !== undefined) config[key] = boundedNumber(value[key], file, `$.${key}`, LIMITS[key], '');
  }
  if (value.models !== undefined) {
    if (!Array.isArray(value.models)) fail('expected a list of { path, batch, inputs, ... }', file, '$.models');
    config.models = value.models.map((m, i) => modelSettings(m, file, `$.models[${i}]`));
  }
  if (value.export !== undefined) config.export = exportSettings(value.export, file);
  // Budgets keep the CLI's format (docs/comment.md): failOn and budgets at the top level.
  const budgetValue: Record<string, unknown> = {};
  for (const k of ['failOn', 'fail-on', 'budgets']) if (value[k] !== undefined) budgetValue[k] = value[k];
  config.budgets = parseBudgetConfig(budgetValue, file);
  return config;
}

// ---------------------------------------------------------------- export.sources entries and their settings

/** One example input of the model's forward, in order: `input: 1x3x224x224` or `ids: "1x128:int64"`. */
export interface ExportInput {
  name: string;
  dims: number[];
  dtype?: ExportDtype;
}

export type ExportDtype = 'float32' | 'float16' | 'int64' | 'int32' | 'bool';
const EXPORT_DTYPES: readonly ExportDtype[] = ['float32', 'float16', 'int64', 'int32', 'bool'];

/** A glob of model sources and how to export them; unset fields fall back to `export`'s. */
export interface ExportSource {
  path: string;
  /** Name of the function (or class) in the source that returns the nn.Module; default `build_model`. */
  callable?: string;
  inputs?: ExportInput[];
  /** Shell command with {source} and {out} for this source (`energy-diff export …` runs the bundled helper). */
  command?: string;
  /** Globs of files the export reads that imports do not show (configs, generated code). */
  dependsOn: string[];
}

const EXPORT_DEFAULT_KEYS = ['callable', 'inputs', 'dependsOn'] as const;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function exportInputs(v: unknown, file: string, path: string): ExportInput[] {
  if (!isObject(v) || Object.keys(v).length === 0) fail('expected a map of input name to shape, e.g. { input: 1x3x224x224 } or { ids: "1x128:int64" }', file, path);
  return Object.entries(v).map(([name, shape]) => {
    const p = `${path}.${name}`;
    if (!IDENTIFIER.test(name)) fail(`input name must be an identifier, got ${JSON.stringify(name)}`, file, p);
    let dims: unknown = shape;
    let dtype: string | undefined;
    if (typeof shape === 'string') {
      const [d, t, ...extra] = shape.split(':');
      if (extra.length) fail(`expected "1x3x224x224" or "1x128:int64", got ${JSON.stringify(shape)}`, file, p);
      dims = (d ?? '').split(/[x,]/).map((x) => (x.trim() === '' ? NaN : Number(x.trim())));
      dtype = t?.trim();
    }
    if (!Array.isArray(dims) || dims.length === 0) fail('expected a list of dimensions or "1x3x224x224"', file, p);
    const out: ExportInput = { name, dims: dims.map((x, i) => posInt(x, file, `${p}[${i}]`, LIMITS.dim)) };
    if (dtype !== undefined) {
      if (!(EXPORT_DTYPES as readonly string[]).includes(dtype)) fail(`dtype must be one of ${EXPORT_DTYPES.join(', ')}, got ${JSON.stringify(dtype)}`, file, p);
      out.dtype = dtype as ExportDtype;
    }
    return out;
  });
}

/** `callable`, `inputs` and `dependsOn`, shared by `export` (defaults) and each source object. */
function exportDefaults(v: Record<string, unknown>, file: string, path: string): { callable?: string; inputs?: ExportInput[]; dependsOn: string[] } {
  const out: { callable?: string; inputs?: ExportInput[]; dependsOn: string[] } = {
    dependsOn: v.dependsOn === undefined ? [] : stringList(v.dependsOn, file, `${path}.dependsOn`),
  };
  if (v.callable !== undefined) {
    const c = str(v.callable, file, `${path}.callable`);
    if (!IDENTIFIER.test(c)) fail(`expected the name of a function or class in the source, got ${JSON.stringify(c)}`, file, `${path}.callable`);
    out.callable = c;
  }
  if (v.inputs !== undefined) out.inputs = exportInputs(v.inputs, file, `${path}.inputs`);
  return out;
}

function exportSource(v: unknown, file: string, path: string): ExportSource {
  if (typeof v === 'string') return { path: str(v, file, path), dependsOn: [] };
  if (!isObject(v)) fail('expected a glob or { path, callable, inputs, command, dependsOn }', file, path);
  onlyKeys(v, ['path', 'command', ...EXPORT_DEFAULT_KEYS], file, path);
  const out: ExportSource = { path: str(v.path, file, `${path}.path`), ...exportDefaults(v, file, path) };
  if (v.command !== undefined) out.command = str(v.command, file, `${path}.command`);
  return out;
}

/** `sources: "src/models/*.py"`, a list of globs, or a list mixing globs and source objects. */
function exportSources(v: unknown, file: string, path: string): ExportSource[] {
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || list.length === 0) fail('expected a glob or a non-empty list of globs and { path, ... } entries', file, path);
  return list.map((s, i) => exportSource(s, file, `${path}[${i}]`));
}
