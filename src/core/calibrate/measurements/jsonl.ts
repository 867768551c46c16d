// JSON-lines measurement readers: the H100 micro-benchmark files (data/h100/layers_*.jsonl) and the
// project's own `energy-diff/layer-measurement@1` records (docs/calibrate.md), told apart per line.
import { PRECISIONS } from '../../estimate/index.js';
import { EnergyDiffError } from '../../common/index.js';
import { LAYER_MEASUREMENT_SCHEMA, type LayerMeasurement } from './measurement-types.js';
import { bare } from '../../common/index.js';

type Obj = Record<string, unknown>;

function fail(message: string, file: string, line: number, field?: string): never {
  throw new EnergyDiffError('E_MEASUREMENT_FORMAT', message, { file, jsonPath: `line ${line}${field ? `, ${field}` : ''}` });
}

function parseLine(text: string, file: string, line: number): Obj {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // V8 reports "... at position N"; turn it into a 1-based column.
    const position = /position (\d+)/.exec(String(err))?.[1];
    const where = position !== undefined ? `line ${line}, column ${Number(position) + 1}` : `line ${line}`;
    throw new EnergyDiffError('E_MEASUREMENT_FORMAT', `invalid JSON: ${(err as Error).message}`, { file, jsonPath: where });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object per line', file, line);
  return value as Obj;
}

/** `o[key]` as a finite number (positive, or non-negative), failing at `<parent>.<key>`. */
function num(o: Obj, key: string, file: string, line: number, opts: { positive?: boolean; optional?: boolean } = {}, parent = '$'): number | undefined {
  const v = o[key];
  if (v === undefined && opts.optional) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`expected a finite number, got ${JSON.stringify(v)}`, file, line, `${parent}.${key}`);
  if (opts.positive ? !(v > 0) : v < 0) fail(`expected a ${opts.positive ? 'positive' : 'non-negative'} number, got ${v}`, file, line, `${parent}.${key}`);
  return v;
}

/** The numeric fields of a config object; `op` and other strings are kept out (op is the record's op). */
function numericConfig(v: unknown, file: string, line: number, path: string): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('expected an object', file, line, path);
  const out = bare<number>();
  for (const [k, x] of Object.entries(v as Obj)) {
    if (typeof x === 'number' && Number.isFinite(x)) out[k] = x;
    else if (typeof x === 'boolean') out[k] = x ? 1 : 0;
  }
  return out;
}

function ownRecord(o: Obj, file: string, line: number): LayerMeasurement {
  if (typeof o.op !== 'string' || o.op === '') fail('expected a non-empty string', file, line, '$.op');
  if (o.mode !== 'inference' && o.mode !== 'train') fail(`expected "inference" or "train", got ${JSON.stringify(o.mode)}`, file, line, '$.mode');
  if (o.device !== undefined && (typeof o.device !== 'object' || o.device === null || Array.isArray(o.device))) fail('expected an object', file, line, '$.device');
  const m: LayerMeasurement = {
    source: 'energy-diff',
    op: o.op,
    config: numericConfig(o.config, file, line, '$.config'),
    mode: o.mode,
    macs: num(o, 'macs', file, line)!,
    file,
    line,
  };
  // A latency record (no energy counter where it was measured) has seconds and no energy.
  const latency = o.measured === 'latency';
  if (o.measured !== undefined && !latency) fail(`expected "latency" or no "measured" field, got ${JSON.stringify(o.measured)}`, file, line, '$.measured');
  if (latency && o.joulesPerCall !== undefined && o.joulesPerCall !== null) fail('a latency record ("measured": "latency") has no energy', file, line, '$.joulesPerCall');
  if (!latency) m.joulesPerCall = num(o, 'joulesPerCall', file, line, { positive: true })!;
  const seconds = num(o, 'secondsPerCall', file, line, { positive: true, optional: !latency });
  const idle = num(o, 'idlePowerW', file, line, { optional: true });
  if (seconds !== undefined) m.secondsPerCall = seconds;
  if (idle !== undefined) m.idlePowerW = idle;
  if (o.device !== undefined) m.device = o.device as Obj;
  if (o.dtype !== undefined) {
    if (typeof o.dtype !== 'string' || !PRECISIONS.includes(o.dtype)) fail(`expected one of ${PRECISIONS.join(', ')}, got ${JSON.stringify(o.dtype)}`, file, line, '$.dtype');
    m.dtype = o.dtype;
  }
  if (o.ort !== undefined) {
    m.runtimeTimes = runtimeTimes(o.ort, file, line);
    const cpu = num(o, 'cpuSecondsPerCall', file, line, { positive: true, optional: true });
    if (cpu !== undefined) m.runtimeTimes.cpuSeconds = cpu;
  }
  return m;
}

/** The `ort` block of an onnxruntime record: its profiled kernel, layout and run seconds per call. */
function runtimeTimes(v: unknown, file: string, line: number): NonNullable<LayerMeasurement['runtimeTimes']> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail('expected an object', file, line, '$.ort');
  const o = v as Obj;
  const at = (k: string, positive: boolean, optional = false) => num(o, k, file, line, { positive, optional }, '$.ort');
  const kernels = o.kernels;
  if (!Array.isArray(kernels) || kernels.length === 0) fail('expected the list of kernels onnxruntime ran', file, line, '$.ort.kernels');
  // The op ran as an NCHWc kernel when ORT put layout reorders around it.
  const nchwc = (kernels as unknown[]).some((k) => k !== null && typeof k === 'object' && /^Reorder(Input|Output)$/.test(String((k as Obj).op)));
  const out: NonNullable<LayerMeasurement['runtimeTimes']> = {
    kernelSeconds: at('kernelSecondsPerCall', true)!, layoutSeconds: at('layoutSecondsPerCall', false)!, runSeconds: at('runSecondsPerCall', true)!,
    kernels: (kernels as unknown[]).length, layout: nchwc ? 'nchwc' : 'nchw',
  };
  const kernelMedian = at('kernelMedianSecondsPerCall', true, true);
  const layoutMedian = at('layoutMedianSecondsPerCall', false, true);
  if (kernelMedian !== undefined) out.kernelMedianSeconds = kernelMedian;
  if (layoutMedian !== undefined) out.layoutMedianSeconds = layoutMedian;
  return out;
}

function h100Record(o: Obj, file: string, line: number, idlePowerW: number | undefined): LayerMeasurement {
  const config = o.config as Obj | undefined;
  const op = config?.op;
  if (typeof op !== 'string') fail('expected config.op to name the layer', file, line, '$.config.op');
  const mode = o.mode ?? 'inference';
  if (mode !== 'inference' && mode !== 'train') fail(`expected "inference" or "train", got ${JSON.stringify(mode)}`, file, line, '$.mode');
  const m: LayerMeasurement = {
    source: 'h100-jsonl',
    op,
    config: numericConfig(config, file, line, '$.config'),
    mode,
    macs: num(o, 'macs', file, line)!,
    joulesPerCall: num(o, 'joules_per_call', file, line, { positive: true })!,
    secondsPerCall: num(o, 'seconds_per_call', file, line, { positive: true })!,
    file,
    line,
  };
  const idle = num(o, 'idle_power_w', file, line, { optional: true }) ?? idlePowerW;
  if (idle !== undefined) m.idlePowerW = idle;
  const power = num(o, 'mean_power_w', file, line, { optional: true });
  if (power !== undefined) m.meanPowerW = power;
  return m;
}

/** Reads every layer record; `kind: "idle"` lines set the idle power of the layer records after them. */
export function readMeasurementJsonl(text: string, file: string): LayerMeasurement[] {
  const out: LayerMeasurement[] = [];
  let idlePowerW: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const o = parseLine(raw, file, i + 1);
    if (o.schema === LAYER_MEASUREMENT_SCHEMA) out.push(ownRecord(o, file, i + 1));
    else if (o.schema !== undefined) fail(`unknown schema ${JSON.stringify(o.schema)}; expected "${LAYER_MEASUREMENT_SCHEMA}"`, file, i + 1, '$.schema');
    else if (o.kind === 'idle') idlePowerW = num(o, 'idle_power_w', file, i + 1);
    else if (o.kind === 'layer') out.push(h100Record(o, file, i + 1, idlePowerW));
    else fail(`not a layer measurement: expected "schema": "${LAYER_MEASUREMENT_SCHEMA}" or an H100 record with "kind"`, file, i + 1);
  }
  return out;
}

/**
 * One record of the project's own format, as `energy-diff measure` and the recalibration job write it; without
 * energy it is a latency record (`"measured": "latency"`).
 */
export function formatLayerMeasurement(m: Omit<LayerMeasurement, 'source' | 'file' | 'line'>): string {
  const record: Obj = { schema: LAYER_MEASUREMENT_SCHEMA, op: m.op, config: m.config, mode: m.mode, macs: m.macs };
  if (m.joulesPerCall !== undefined) record.joulesPerCall = m.joulesPerCall;
  else record.measured = 'latency';
  if (m.secondsPerCall !== undefined) record.secondsPerCall = m.secondsPerCall;
  if (m.idlePowerW !== undefined) record.idlePowerW = m.idlePowerW;
  if (m.device !== undefined) record.device = m.device;
  if (m.dtype !== undefined) record.dtype = m.dtype;
  return JSON.stringify(record);
}
