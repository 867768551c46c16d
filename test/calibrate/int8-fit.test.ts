// The roofline fit on real int8 records (calibrate bench --runtime onnxruntime --int8 --meter none on a 2-core
// AMD EPYC, a subset of the run in docs/precision.md): fp32 records give the class constants, the int8 ones the
// int8 constants of conv, gemm and matmul, and the profile says int8 is measured. Before, any int8 record was
// refused (E_CALIBRATE).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeasurementFiles } from '../../src/adapters/measurements.js';
import { calibrateRoofline, type LayerMeasurement } from '../../src/core/calibrate/index.js';
import { precisionLabel, precisionSource, specDevice, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';

const FILE = join(import.meta.dirname, 'fixtures/ort-int8-records.jsonl');
const records = readMeasurementFiles([FILE], process.cwd());
const spec = specDevice('laptop-8c-28w')!;
const opts = { id: 'ort-int8', name: 'test', version: '1', device: spec.facts, deviceSource: spec.source, fitDate: '2026-12-02', seed: 1234, dataFiles: [FILE] };

describe('roofline fit of int8 records', () => {
  it('reads the int8 records with their dtype', () => {
    const dtypes = new Set(records.map((m) => m.dtype));
    expect(dtypes).toEqual(new Set(['fp32', 'int8']));
    expect(records.filter((m) => m.dtype === 'int8').every((m) => ['Conv2d', 'Linear', 'MatMul'].includes(m.op))).toBe(true);
  });

  it('fits int8 constants per compute class and marks int8 measured', () => {
    const profile = calibrateRoofline(records, opts);
    const p = profile.predictor as unknown as RooflinePredictor;
    expect(profile.measuredPrecisions).toEqual(['fp32', 'int8']);
    expect(Object.keys(p.precisions?.int8 ?? {}).sort()).toEqual(['conv', 'gemm', 'matmul']);
    for (const cls of ['conv', 'gemm', 'matmul'] as const) {
      const fp32 = p.inference[cls]!;
      const int8 = p.precisions!.int8![cls]!;
      // The fp32 constants scaled: memory side kept, roof and floor refitted on the int8 records.
      expect(int8.bytesPerS).toBe(fp32.bytesPerS);
      expect(int8.flopsPerS).not.toBe(fp32.flopsPerS);
    }
    expect(profile.provenance).toMatch(/int8 constants measured on \d+ int8 records/);
    expect(precisionSource(profile, 'int8', true)).toBe('measured');
    expect(precisionLabel({ precision: 'int8', source: precisionSource(profile, 'int8', true), kernels: 1, energyJ: 1 }, profile.id)).toBeUndefined();
  });

  it('keeps the fp32 constants of the fp32 records alone', () => {
    const fp32Only = calibrateRoofline(records.filter((m) => m.dtype !== 'int8'), opts);
    const both = calibrateRoofline(records, opts);
    expect((both.predictor as unknown as RooflinePredictor).inference).toEqual((fp32Only.predictor as unknown as RooflinePredictor).inference);
    expect(fp32Only.measuredPrecisions).toEqual(['fp32']);
  });

  it('refuses int8 records without fp32 ones, and other precisions, with the file and line', () => {
    const int8 = records.filter((m) => m.dtype === 'int8');
    expect(() => calibrateRoofline(int8, opts)).toThrow(EnergyDiffError);
    expect(() => calibrateRoofline(int8, opts)).toThrow(/int8 records only.*ort-int8-records\.jsonl:\d+|ort-int8-records\.jsonl:\d+: int8 records only/);
    const fp16: LayerMeasurement[] = records.map((m, i) => (i === 3 ? { ...m, dtype: 'fp16' } : m));
    expect(() => calibrateRoofline(fp16, opts)).toThrow(/a fp16 record; the roofline fit takes fp32 and int8/);
  });
});
