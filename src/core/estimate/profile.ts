// Validation of hardware profiles (schema energy-diff/profile@1) with precise JSON-path errors naming the
// profile file: structure, physical ranges of every number (profile-numbers.ts), idle power below TDP, and
// the predictor block of its kind (roofs not above the datasheet peaks the device names).
import type { DeviceFacts, HardwareProfile } from './profile-types.js';
import type { HardwareProfileSummary } from './estimate-types.js';
import { EnergyDiffError } from '../common/index.js';
import { checkGetznerPredictor } from './predictors/getzner-check.js';
import { GETZNER_V1 } from './predictors/getzner.js';
import { PREDICTOR_KINDS } from './predictors/registry.js';
import { checkRooflinePredictor } from './predictors/roofline-check.js';
import { ROOFLINE_V1 } from './predictors/roofline.js';
import { describeJson as describe, firstBadNumber, numberProblem, type Bounds } from './profile-numbers.js';

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

  number(v: Json, path: string, bounds: Bounds = {}): number {
    const problem = numberProblem(v, bounds);
    if (problem) this.fail(path, problem);
    return v as number;
  }

  optionalNumber(obj: Record<string, Json>, key: string, path: string, bounds: Bounds = {}): void {
    if (obj[key] !== undefined) this.number(obj[key], `${path}.${key}`, bounds);
  }
}

/** Ranges of the device facts: no single device draws 100 kW, moves 10 PB/s or computes 10 EFLOP/s. */
const DEVICE_LIMITS = {
  tdpW: { positive: true, max: 1e5 },
  memoryBandwidthBytesPerS: { min: 1e6, max: 1e16 },
  peakFlopsPerS: { min: 1e6, max: 1e19 },
} satisfies Record<string, Bounds>;
const OPTIONAL_DEVICE: Record<string, Bounds> = {
  cores: { integer: true, min: 1, max: 1e7 },
  sms: { integer: true, min: 1, max: 1e7 },
  clockGHz: { positive: true, max: 100 },
  l1Bytes: { min: 1, max: 1e13 },
  l2Bytes: { min: 1, max: 1e13 },
  l3Bytes: { min: 1, max: 1e13 },
};

/** Checks the parsed JSON of a profile and returns it typed; throws E_PROFILE_FIELD naming `file` and the JSON path. */
export function validateProfile(json: Json, file: string): HardwareProfile {
  const c = new Checker(file);
  const root = c.object(json, '$');
  if (root.schema !== PROFILE_SCHEMA) {
    c.fail('$.schema', `expected "${PROFILE_SCHEMA}", got ${describe(root.schema)}`);
  }
  // Every number, wherever it is (fit statistics, pipeline coefficients ...): finite and of a physical magnitude.
  const bad = firstBadNumber(root, '$');
  if (bad) c.fail(bad[0], bad[1]);
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
  const tdpW = c.number(device.tdpW, '$.device.tdpW', DEVICE_LIMITS.tdpW);
  // The estimate's dynamic power is TDP - idle: an idle power at or above TDP leaves no room for work.
  c.number(device.idlePowerW, '$.device.idlePowerW', { min: 0, below: { value: tdpW, what: 'the TDP $.device.tdpW' } });
  c.number(device.memoryBandwidthBytesPerS, '$.device.memoryBandwidthBytesPerS', DEVICE_LIMITS.memoryBandwidthBytesPerS);
  for (const [key, bounds] of Object.entries(OPTIONAL_DEVICE)) c.optionalNumber(device, key, '$.device', bounds);
  const peak = c.object(device.peakFlopsPerS, '$.device.peakFlopsPerS');
  if (Object.keys(peak).length === 0) c.fail('$.device.peakFlopsPerS', 'expected at least one dtype, e.g. {"fp32": 1.9e13}');
  for (const [dtype, v] of Object.entries(peak)) c.number(v, `$.device.peakFlopsPerS.${dtype}`, DEVICE_LIMITS.peakFlopsPerS);

  const predictor = c.object(root.predictor, '$.predictor');
  const kind = c.string(predictor.kind, '$.predictor.kind');
  if (!PREDICTOR_KINDS.includes(kind)) c.fail('$.predictor.kind', `unknown predictor kind ${JSON.stringify(kind)}; known: ${PREDICTOR_KINDS.join(', ')}`);
  if (kind === ROOFLINE_V1) checkRooflinePredictor(predictor, file, device as unknown as DeviceFacts);
  if (kind === GETZNER_V1) checkGetznerPredictor(predictor, file);

  const band = c.object(root.uncertainty, '$.uncertainty');
  const low = c.number(band.low, '$.uncertainty.low', { positive: true });
  const high = c.number(band.high, '$.uncertainty.high', { positive: true });
  if (low > 1 || low < 0.01) c.fail('$.uncertainty.low', `expected a factor within 0.01..1 (low end of the band), got ${low}`);
  if (high < 1 || high > 100) c.fail('$.uncertainty.high', `expected a factor within 1..100 (high end of the band), got ${high}`);

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
