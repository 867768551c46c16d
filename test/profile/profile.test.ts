import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/adapters/profiles.js';
import { validateProfile } from '../../src/core/estimate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';

const valid = {
  schema: 'energy-diff/profile@1',
  id: 'test-gpu',
  name: 'Test GPU',
  version: '1',
  calibrated: false,
  provenance: 'unit test',
  device: { name: 'Test', kind: 'gpu', tdpW: 300, idlePowerW: 50, memoryBandwidthBytesPerS: 1e12, peakFlopsPerS: { fp32: 1e13 } },
  // A complete roofline-v1 block: the profile is checked whole when it is loaded.
  predictor: {
    kind: 'roofline-v1',
    cacheBytes: 4e7,
    optimizerBytesPerParam: 16,
    inference: {
      conv: { launchS: 2e-5, flopsPerS: 5e12, bytesPerS: 8e11, cacheSpeedup: 2, sharpness: 1, joulesPerFlop: 1e-11, joulesPerByte: 1e-10, joulesPerCall: 1e-4 },
    },
    train: {},
    trainFallback: { timeFactor: 3, energyFactor: 3 },
    composition: { inference: { launchScale: 1, passOverheadS: 0 }, 'train-step': { launchScale: 1, passOverheadS: 0 } },
  },
  uncertainty: { low: 0.8, high: 1.25 },
};

function errorOf(fn: () => unknown): EnergyDiffError {
  return thrownBy(EnergyDiffError, fn);
}

describe('validateProfile', () => {
  it('accepts a complete profile', () => {
    expect(validateProfile(structuredClone(valid), 'p.json').id).toBe('test-gpu');
  });

  it('names the JSON path of a wrong field', () => {
    const bad = structuredClone(valid) as Record<string, any>;
    bad.device.peakFlopsPerS.fp16 = 'fast';
    const e = errorOf(() => validateProfile(bad, 'p.json'));
    expect(e.code).toBe('E_PROFILE_FIELD');
    expect(e.place).toEqual({ file: 'p.json', jsonPath: '$.device.peakFlopsPerS.fp16' });
  });

  it('rejects a band that does not contain the estimate', () => {
    const bad = structuredClone(valid) as Record<string, any>;
    bad.uncertainty.low = 1.2;
    expect(errorOf(() => validateProfile(bad, 'p.json')).place.jsonPath).toBe('$.uncertainty.low');
  });

  it('rejects another schema', () => {
    expect(errorOf(() => validateProfile({ ...valid, schema: 'x@2' }, 'p.json')).place.jsonPath).toBe('$.schema');
  });
});

describe('loadProfile', () => {
  it('loads a profile from a path and reports bad JSON with the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-profile-'));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify(valid));
    writeFileSync(join(dir, 'bad.json'), '{"schema": ');
    expect((await loadProfile('ok.json', dir)).name).toBe('Test GPU');
    await expect(loadProfile('bad.json', dir)).rejects.toMatchObject({ code: 'E_PROFILE_JSON', place: { file: join(dir, 'bad.json') } });
    await expect(loadProfile('missing.json', dir)).rejects.toMatchObject({ code: 'E_PROFILE_NOT_FOUND' });
  });

  it('names the shipped profiles when an id is unknown', async () => {
    await expect(loadProfile('no-such-device')).rejects.toThrow(/unknown profile 'no-such-device'/);
  });
});
