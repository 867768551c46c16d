// Measurement readers on the shipped data files and on small hand-written records.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeasurementText, readMeasurementFiles } from '../../src/adapters/measurements.js';
import { formatLayerMeasurement, readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';

const ROOT = join(import.meta.dirname, '../..');

function placeOf(fn: () => unknown): EnergyDiffError['place'] {
  return thrownBy(EnergyDiffError, fn).place;
}

describe('measurement files', () => {
  it('reads the H100 JSONL with idle power carried from idle lines', () => {
    const rows = readMeasurementFiles(['data/h100/layers_inference.jsonl', 'data/h100/layers_train.jsonl'], ROOT);
    // grep -c '"kind": "layer"' counts 316 + 116 layer records; idle lines are not measurements.
    expect(rows).toHaveLength(432);
    const first = rows[0]!;
    // Second line of layers_inference.jsonl: a Tanh of 294236 elements after the idle line.
    expect(first).toMatchObject({ source: 'h100-jsonl', op: 'Tanh', mode: 'inference', macs: 294236, line: 2 });
    expect(first.config).toEqual({ elements: 294236 });
    expect(first.joulesPerCall).toBeCloseTo(0.002946702963021662, 15);
    expect(first.idlePowerW).toBeCloseTo(124.75173935121495, 12);
    expect(rows.some((r) => r.mode === 'train' && r.op === 'Conv2d' && r.config.groups === 1)).toBe(true);
  });

  it('tells Getzner random and real-config CSVs apart by header', () => {
    const rows = readMeasurementFiles(['data/getzner/linear.csv', 'data/getzner/real-configs/linear.csv'], ROOT);
    expect(rows.filter((r) => r.source === 'getzner')).toHaveLength(992);
    expect(rows.filter((r) => r.source === 'getzner-real-config')).toHaveLength(36);
    expect(new Set(rows.map((r) => r.op))).toEqual(new Set(['Linear']));
  });

  it('round-trips the energy-diff/layer-measurement@1 format', () => {
    const line = formatLayerMeasurement({
      op: 'Conv2d',
      config: { batch: 8, in_channels: 3 },
      mode: 'train',
      macs: 1e6,
      joulesPerCall: 0.5,
      secondsPerCall: 0.001,
      idlePowerW: 60,
      device: { name: 'NVIDIA L4' },
    });
    expect(JSON.parse(line).schema).toBe('energy-diff/layer-measurement@1');
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-meas-'));
    writeFileSync(join(dir, 'own.jsonl'), `${line}\n\n${line}\n`);
    const rows = readMeasurementFiles(['own.jsonl'], dir);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ source: 'energy-diff', op: 'Conv2d', mode: 'train', macs: 1e6, joulesPerCall: 0.5, secondsPerCall: 0.001, idlePowerW: 60, line: 3 });
    expect(rows[1]!.device).toEqual({ name: 'NVIDIA L4' });
  });

  it('names file, line and field of bad records', () => {
    const good = '{"schema":"energy-diff/layer-measurement@1","op":"Linear","config":{},"mode":"inference","macs":1,"joulesPerCall":1}';
    expect(placeOf(() => readMeasurementJsonl(`${good}\n{"schema":"energy-diff/layer-measurement@1","op":"Linear","config":{},"mode":"eval","macs":1,"joulesPerCall":1}\n`, 'm.jsonl'))).toEqual({
      file: 'm.jsonl',
      jsonPath: 'line 2, $.mode',
    });
    expect(placeOf(() => readMeasurementJsonl(good.replace('"joulesPerCall":1', '"joulesPerCall":-1'), 'm.jsonl')).jsonPath).toBe('line 1, $.joulesPerCall');
    expect(placeOf(() => readMeasurementJsonl(`${good}\n${good}\n{"op": oops}\n`, 'm.jsonl')).jsonPath).toMatch(/^line 3(, column \d+)?$/);
    expect(placeOf(() => readMeasurementJsonl('{"hello":1}\n', 'm.jsonl')).jsonPath).toBe('line 1');
    expect(placeOf(() => parseMeasurementText('a,b\n1,2\n', 'weights.txt'))).toEqual({ file: 'weights.txt' });
    expect(placeOf(() => readMeasurementFiles(['nope.jsonl'], ROOT))).toEqual({ file: 'nope.jsonl' });
  });
});
