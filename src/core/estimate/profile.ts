// Validation of hardware profiles (schema energy-diff/profile@1) with precise JSON-path errors.
import type { HardwareProfile } from '../profile-types.js';
import type { HardwareProfileSummary } from '../report-types.js';
import { EnergyDiffError } from '../types.js';
import { PRECISIONS } from './precision.js';

export const PROFILE_SCHEMA = 'energy-diff/profile@1';

type Json = unknown;

class Checker {
  constructor(private readonly file: string) {}

  fail(path: string, message: string): never {
    throw new EnergyDiffError('E_PROFILE_FIELD', message, { file: this.file, jsonPath: path });
  }

  object(v: Json, path: string): Record<string, Json> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, `expected an object, got ${describe(v)}`);
    return v as Record<string, Json>;
  }

  string(v: Json, path: string): string {
    if (typeof v !== 'string' || v.length === 0) this.fail(path, `expected a non-empty string, got ${describe(v)}`);
    return v;
  }

  number(v: Json, path: string, opts: { min?: number; positive?: boolean } = {}): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, `expected a finite number, got ${describe(v)}`);
    if (opts.positive && !(v > 0)) this.fail(path, `expected a positive number, got ${v}`);
    if (opts.min !== undefined && v < opts.min) this.fail(path, `expected a number >= ${opts.min}, got ${v}`);
    return v;
  }

  optionalNumber(obj: Record<string, Json>, key: string, path: string, opts: { positive?: boolean } = {}): void {
    if (obj[key] !== undefined) this.number(obj[key], `${path}.${key}`, opts);
  }
}

function describe(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${typeof v === 'object' ? '' : String(v)}`.trim();
}

/** Checks the parsed JSON of a profile and returns it typed; throws E_PROFILE_FIELD naming the JSON path. */
export function validateProfile(json: Json, file: string): HardwareProfile {
  const c = new Checker(file);
  const root = c.object(json, '$');
  if (root.schema !== PROFILE_SCHEMA) {
    c.fail('$.schema', `expected "${PROFILE_SCHEMA}", got ${describe(root.schema)}`);
  }
  const id = c.string(root.id, '$.id');
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) c.fail('$.id', `expected lower-case letters, digits, '.', '_' or '-', got ${JSON.stringify(id)}`);
  c.string(root.name, '$.name');
  c.string(root.version, '$.version');
  if (typeof root.calibrated !== 'boolean') c.fail('$.calibrated', `expected true or false, got ${describe(root.calibrated)}`);
  c.string(root.provenance, '$.provenance');
  if (root.calibratedOn !== undefined) c.string(root.calibratedOn, '$.calibratedOn');
  if (root.fitDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(c.string(root.fitDate, '$.fitDate'))) {
    c.fail('$.fitDate', `expected a date YYYY-MM-DD, got ${describe(root.fitDate)}`);
  }

  const device = c.object(root.device, '$.device');
  c.string(device.name, '$.device.name');
  if (device.kind !== 'cpu' && device.kind !== 'gpu') c.fail('$.device.kind', `expected "cpu" or "gpu", got ${describe(device.kind)}`);
  c.number(device.tdpW, '$.device.tdpW', { positive: true });
  c.number(device.idlePowerW, '$.device.idlePowerW', { min: 0 });
  c.number(device.memoryBandwidthBytesPerS, '$.device.memoryBandwidthBytesPerS', { positive: true });
  for (const key of ['cores', 'sms', 'clockGHz', 'l1Bytes', 'l2Bytes', 'l3Bytes']) c.optionalNumber(device, key, '$.device', { positive: true });
  const peak = c.object(device.peakFlopsPerS, '$.device.peakFlopsPerS');
  if (Object.keys(peak).length === 0) c.fail('$.device.peakFlopsPerS', 'expected at least one dtype, e.g. {"fp32": 1.9e13}');
  for (const [dtype, v] of Object.entries(peak)) c.number(v, `$.device.peakFlopsPerS.${dtype}`, { positive: true });

  const predictor = c.object(root.predictor, '$.predictor');
  c.string(predictor.kind, '$.predictor.kind');

  const band = c.object(root.uncertainty, '$.uncertainty');
  const low = c.number(band.low, '$.uncertainty.low', { positive: true });
  const high = c.number(band.high, '$.uncertainty.high', { positive: true });
  if (low > 1) c.fail('$.uncertainty.low', `expected a factor <= 1 (low end of the band), got ${low}`);
  if (high < 1) c.fail('$.uncertainty.high', `expected a factor >= 1 (high end of the band), got ${high}`);

  if (root.measuredPrecisions !== undefined) {
    const list: Json = root.measuredPrecisions;
    if (!Array.isArray(list)) c.fail('$.measuredPrecisions', `expected an array of precisions, got ${describe(list)}`);
    else list.forEach((p: Json, k: number) => {
      if (typeof p !== 'string' || !PRECISIONS.includes(p)) c.fail(`$.measuredPrecisions[${k}]`, `expected one of ${PRECISIONS.join(', ')}, got ${describe(p)}`);
    });
  }
  if (root.fit !== undefined) validateFit(c, c.object(root.fit, '$.fit'));
  return root as unknown as HardwareProfile;
}

function validateFit(c: Checker, fit: Record<string, Json>): void {
  if (fit.perFamily !== undefined) {
    for (const [family, stats] of Object.entries(c.object(fit.perFamily, '$.fit.perFamily'))) {
      const s = c.object(stats, `$.fit.perFamily.${family}`);
      c.number(s.rows, `$.fit.perFamily.${family}.rows`, { min: 0 });
    }
  }
  if (fit.wholeModel !== undefined) {
    const w = c.object(fit.wholeModel, '$.fit.wholeModel');
    c.number(w.cases, '$.fit.wholeModel.cases', { min: 0 });
    c.number(w.medianApe, '$.fit.wholeModel.medianApe', { min: 0 });
    c.number(w.maxApe, '$.fit.wholeModel.maxApe', { min: 0 });
  }
}

/** What reports and footers show of a profile: identity, version and where its numbers came from. */
export function profileSummary(p: HardwareProfile): HardwareProfileSummary {
  return { id: p.id, name: p.name, kind: p.device.kind, version: p.version, calibrated: p.calibrated, calibratedOn: p.calibratedOn, fitDate: p.fitDate };
}
