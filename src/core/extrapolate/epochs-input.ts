// Reads per-epoch energy for `energy-diff extrapolate` from: a measurement@1 file, a JSON object or array
// with `epochs`, JSON lines with epoch/joules/seconds, or a CSV with an `epoch,joules,seconds` header.
import { bare, EnergyDiffError } from '../common/index.js';
import type { EpochRecord } from './extrapolate.js';
import { MEASUREMENT_SCHEMA, validateMeasurement, type Measurement } from '../measure/index.js';

export interface EpochInput {
  format: 'measurement' | 'json' | 'jsonl' | 'csv';
  epochs: EpochRecord[];
  measurement?: Measurement;
}

const JOULES_KEYS = ['joules', 'energyJ', 'energy_j'];
const SECONDS_KEYS = ['seconds', 'durationS', 'duration_s', 'duration'];

function pick(row: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) if (row[k] !== undefined) return row[k];
  return undefined;
}

function toRecord(row: unknown, index: number, file: string, place: string): EpochRecord {
  if (typeof row !== 'object' || row === null) throw new EnergyDiffError('E_EPOCHS_INPUT', 'expected an object with joules and seconds', { file, jsonPath: place });
  const r = row as Record<string, unknown>;
  const joules = Number(pick(r, JOULES_KEYS));
  const seconds = Number(pick(r, SECONDS_KEYS));
  const epoch = r.epoch === undefined ? index : Number(r.epoch);
  if (!Number.isFinite(joules) || !Number.isFinite(seconds) || !Number.isFinite(epoch)) {
    throw new EnergyDiffError('E_EPOCHS_INPUT', `expected numeric epoch, joules and seconds (got ${JSON.stringify(row).slice(0, 120)})`, { file, jsonPath: place });
  }
  const power = r.sampledPowerW;
  return { epoch, joules, seconds, ...(typeof power === 'number' && Number.isFinite(power) ? { sampledPowerW: power } : {}) };
}

function fromJson(value: unknown, file: string): EpochInput {
  if (typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === MEASUREMENT_SCHEMA) {
    const measurement = validateMeasurement(value, file);
    return { format: 'measurement', measurement, epochs: measurement.epochs.map((e, i) => toRecord(e, i, file, `$.epochs[${i}]`)) };
  }
  const rows = Array.isArray(value) ? value : (value as { epochs?: unknown } | null)?.epochs;
  if (!Array.isArray(rows)) throw new EnergyDiffError('E_EPOCHS_INPUT', 'expected a measurement file, an array of epochs or an object with "epochs"', { file, jsonPath: '$' });
  const base = Array.isArray(value) ? '$' : '$.epochs';
  return { format: 'json', epochs: rows.map((r, i) => toRecord(r, i, file, `${base}[${i}]`)) };
}

function fromJsonLines(lines: readonly string[], file: string): EpochInput {
  const epochs: EpochRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new EnergyDiffError('E_EPOCHS_INPUT', 'line is not JSON', { file, jsonPath: `line ${i + 1}` });
    }
    epochs.push(toRecord(row, epochs.length, file, `line ${i + 1}`));
  });
  return { format: 'jsonl', epochs };
}

function fromCsv(lines: readonly string[], file: string): EpochInput {
  const rows = lines.filter((l) => l.trim() !== '');
  const header = (rows[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  if (!header.some((h) => JOULES_KEYS.includes(h)) || !header.some((h) => SECONDS_KEYS.includes(h))) {
    throw new EnergyDiffError('E_EPOCHS_INPUT', `CSV needs a header with joules and seconds columns (epoch,joules,seconds), got '${rows[0] ?? ''}'`, { file, jsonPath: 'line 1' });
  }
  const epochs = rows.slice(1).map((line, i) => {
    const cells = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const row = bare<unknown>();
    header.forEach((h, k) => (row[h] = cells[k]));
    return toRecord(row, i, file, `line ${i + 2}`);
  });
  return { format: 'csv', epochs };
}

export function parseEpochInput(text: string, file: string): EpochInput {
  const trimmed = text.trim();
  if (trimmed === '') throw new EnergyDiffError('E_EPOCHS_INPUT', 'the file is empty', { file });
  const lines = trimmed.split(/\r?\n/);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return fromJson(JSON.parse(trimmed), file);
    } catch (err) {
      if (err instanceof EnergyDiffError) throw err;
      // Not one JSON document: fall through to JSON lines.
    }
  }
  if (trimmed.startsWith('{')) return fromJsonLines(lines, file);
  return fromCsv(lines, file);
}
