// Reads per-epoch energy for `energy-diff extrapolate` from: a measurement@1 file, a JSON object or array
// with `epochs`, JSON lines with epoch/joules/seconds, or a CSV with an `epoch,joules,seconds` header.
//
// Strict on purpose: the prediction is a product of these numbers, so a cell that is not plainly a decimal
// number (blank, `0x10`, `"12"` in JSON, `true`, `null`, a decimal comma that shifts the columns) is an error
// naming the file and the CSV line and column or the JSON path, never a coerced value. Epochs must be in
// increasing order: the stable-epoch detection reads them as a time series, so shuffled rows are refused
// rather than silently giving another prediction.
import { EnergyDiffError } from '../common/index.js';
import type { EpochRecord } from './extrapolate.js';
import { MEASUREMENT_SCHEMA, validateMeasurement, type Measurement } from '../measure/index.js';

export interface EpochInput {
  format: 'measurement' | 'json' | 'jsonl' | 'csv';
  epochs: EpochRecord[];
  measurement?: Measurement;
}

const JOULES_KEYS = ['joules', 'energyJ', 'energy_j'];
const SECONDS_KEYS = ['seconds', 'durationS', 'duration_s', 'duration'];
const POWER_KEYS = ['sampledPowerW'];
/** Quoted input is cut to this many characters: a 20 MB line is named, not echoed. */
export const QUOTE_CHARS = 100;
/** A plain decimal number: no hex, no blanks, no thousands separators, no decimal comma. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `text` as a JSON string literal, cut to QUOTE_CHARS characters (control characters stay escaped). */
export function quoteInput(text: string): string {
  return text.length <= QUOTE_CHARS ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, QUOTE_CHARS))}… (${text.length} characters)`;
}

function fail(message: string, file: string, place: string): never {
  throw new EnergyDiffError('E_EPOCHS_INPUT', message, { file, jsonPath: place });
}

/** One row's values before checking: a number, a CSV cell (string), or any JSON value. */
type Raw = { value: unknown; place: string; key: string; csv?: true } | undefined;
type Getter = (keys: readonly string[]) => Raw;

function number(raw: NonNullable<Raw>, file: string): number {
  const { value, place, key } = raw;
  let n: number;
  if (raw.csv && typeof value === 'string') {
    if (value.trim() === '') fail(`${key} is blank`, file, place);
    if (!DECIMAL.test(value.trim())) fail(`${key} must be a decimal number, got ${quoteInput(value)}`, file, place);
    n = Number(value.trim());
  } else if (typeof value === 'number') {
    n = value;
  } else {
    const got = typeof value === 'string' ? `the string ${quoteInput(value)}` : value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : String(value);
    fail(`${key} must be a number, got ${got}`, file, place);
  }
  if (!Number.isFinite(n)) fail(`${key} is out of range (${value === Infinity || value === -Infinity ? 'overflows to infinity' : quoteInput(String(value))})`, file, place);
  return n;
}

function toRecord(get: Getter, fallbackEpoch: number, file: string, rowPlace: string): EpochRecord {
  const joulesRaw = get(JOULES_KEYS);
  const secondsRaw = get(SECONDS_KEYS);
  if (!joulesRaw) fail(`missing joules (one of ${JOULES_KEYS.join(', ')})`, file, rowPlace);
  if (!secondsRaw) fail(`missing seconds (one of ${SECONDS_KEYS.join(', ')})`, file, rowPlace);
  const joules = number(joulesRaw, file);
  const seconds = number(secondsRaw, file);
  if (joules < 0) fail(`joules must be >= 0, got ${joules}`, file, joulesRaw.place);
  if (seconds < 0) fail(`seconds must be >= 0, got ${seconds}`, file, secondsRaw.place);
  const epochRaw = get(['epoch']);
  const epoch = epochRaw ? number(epochRaw, file) : fallbackEpoch;
  if (epochRaw && (!Number.isSafeInteger(epoch) || epoch < 0)) fail(`epoch must be a non-negative integer, got ${epoch}`, file, epochRaw.place);
  const powerRaw = get(POWER_KEYS);
  const power = powerRaw ? number(powerRaw, file) : undefined;
  if (powerRaw && power! < 0) fail(`sampledPowerW must be >= 0, got ${power}`, file, powerRaw.place);
  return { epoch, joules, seconds, ...(power !== undefined ? { sampledPowerW: power } : {}) };
}

/** Epoch numbers strictly increase from row to row (an unsorted or duplicated epoch names both rows). */
function checkOrder(epochs: readonly EpochRecord[], places: readonly string[], file: string): void {
  for (let i = 1; i < epochs.length; i++) {
    const prev = epochs[i - 1]!.epoch;
    const cur = epochs[i]!.epoch;
    if (cur === prev) fail(`epoch ${cur} appears twice (also at ${places[i - 1]})`, file, places[i]!);
    if (cur < prev) {
      fail(`epoch ${cur} comes after epoch ${prev} (at ${places[i - 1]}): epochs must be in increasing order, since the prediction reads them as a time series; sort the rows by epoch`, file, places[i]!);
    }
  }
}

function objectGetter(row: Record<string, unknown>, placeOf: (key: string) => string): Getter {
  return (keys) => {
    for (const k of keys) if (Object.hasOwn(row, k) && row[k] !== undefined) return { value: row[k], place: placeOf(k), key: k };
    return undefined;
  };
}

function fromRows(rows: readonly unknown[], file: string, placeOf: (i: number) => string, format: 'json' | 'jsonl'): EpochInput {
  const places = rows.map((_, i) => placeOf(i));
  const keyPlace = (i: number) => (key: string) => (format === 'json' ? `${places[i]}.${key}` : `${places[i]} ($.${key})`);
  const epochs = rows.map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) fail('expected an object with joules and seconds', file, places[i]!);
    return toRecord(objectGetter(row as Record<string, unknown>, keyPlace(i)), i, file, places[i]!);
  });
  checkOrder(epochs, places, file);
  return { format, epochs };
}

/** A measurement written by `measure`: its epochs are in time order (the labels are the script's own). */
function fromMeasurement(value: unknown, file: string): EpochInput {
  return measurementInput(validateMeasurement(value, file));
}

/** The epochs of a validated measurement (e.g. one folded with its journal). */
export function measurementInput(measurement: Measurement): EpochInput {
  const epochs = measurement.epochs.map((e) => ({ epoch: e.epoch, joules: e.joules, seconds: e.seconds, ...(e.sampledPowerW !== undefined ? { sampledPowerW: e.sampledPowerW } : {}) }));
  return { format: 'measurement', measurement, epochs };
}

function fromJson(value: unknown, file: string): EpochInput {
  if (typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === MEASUREMENT_SCHEMA) return fromMeasurement(value, file);
  const rows = Array.isArray(value) ? value : (value as { epochs?: unknown } | null)?.epochs;
  if (!Array.isArray(rows)) fail('expected a measurement file, an array of epochs or an object with "epochs"', file, '$');
  const base = Array.isArray(value) ? '$' : '$.epochs';
  return fromRows(rows, file, (i) => `${base}[${i}]`, 'json');
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line} column ${offset - lineStart + 1}`;
}

/** A JSON syntax error in our own words: V8's message quotes the input whole. */
function jsonSyntaxError(text: string, err: unknown, file: string): never {
  const message = err instanceof Error ? err.message : String(err);
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : undefined;
  const end = text.trimEnd().length;
  if (/Unexpected end of JSON input/.test(message) || (offset !== undefined && offset >= end)) {
    fail('not valid JSON: it ends early (a truncated file?)', file, lineColumn(text, end));
  }
  if (offset !== undefined) {
    fail(`not valid JSON: unexpected ${quoteInput(text.slice(offset, offset + 20))}`, file, lineColumn(text, offset));
  }
  const token = /^Unexpected token '(.{1,8}?)'/.exec(message);
  fail(`not valid JSON${token ? `: unexpected ${quoteInput(token[1]!)}` : ''}`, file, '$');
}

function fromJsonLines(lines: readonly string[], file: string): EpochInput {
  const rows: unknown[] = [];
  const lineNumbers: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line));
    } catch {
      fail(`not a JSON object: ${quoteInput(line.trim())}`, file, `line ${i + 1}`);
    }
    lineNumbers.push(i + 1);
  });
  return fromRows(rows, file, (k) => `line ${lineNumbers[k]}`, 'jsonl');
}

/** Splits one CSV line into cells (RFC 4180 quotes: `"a,b"` is one cell, `""` is a quote). */
export function splitCsvLine(line: string, file: string, place: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) fail('a quoted cell is not closed', file, place);
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const comma = line.indexOf(',', i);
      const after = comma < 0 ? line.slice(i) : line.slice(i, comma);
      if (after.trim() !== '') fail(`text after a quoted cell: ${quoteInput(after)}`, file, place);
      cells.push(cell);
      if (comma < 0) return cells;
      i = comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      cells.push(comma < 0 ? line.slice(i) : line.slice(i, comma));
      if (comma < 0) return cells;
      i = comma + 1;
    }
  }
}

function fromCsv(lines: readonly string[], file: string): EpochInput {
  const headerAt = lines.findIndex((l) => l.trim() !== '');
  const headerLine = lines[headerAt] ?? '';
  const header = splitCsvLine(headerLine, file, `line ${headerAt + 1}`).map((h) => h.trim());
  if (!header.some((h) => JOULES_KEYS.includes(h)) || !header.some((h) => SECONDS_KEYS.includes(h))) {
    fail(`CSV needs a header with joules and seconds columns (epoch,joules,seconds), got ${quoteInput(headerLine)}`, file, `line ${headerAt + 1}`);
  }
  header.forEach((h, k) => {
    if (h !== '' && header.indexOf(h) !== k) fail(`column ${quoteInput(h)} appears twice in the header`, file, `line ${headerAt + 1} column ${k + 1}`);
  });
  const epochs: EpochRecord[] = [];
  const places: string[] = [];
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const place = `line ${i + 1}`;
    const cells = splitCsvLine(line, file, place);
    if (cells.length !== header.length) {
      const hint = cells.length > header.length ? ' (a decimal comma? write 1.5, not 1,5)' : '';
      fail(`${cells.length} cells, but the header has ${header.length} columns${hint}`, file, place);
    }
    const get: Getter = (keys) => {
      for (const key of keys) {
        const k = header.indexOf(key);
        if (k >= 0) return { value: cells[k]!, place: `${place} column ${k + 1} (${key})`, key, csv: true };
      }
      return undefined;
    };
    epochs.push(toRecord(get, epochs.length, file, place));
    places.push(place);
  }
  checkOrder(epochs, places, file);
  return { format: 'csv', epochs };
}

export function parseEpochInput(text: string, file: string): EpochInput {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed === '') throw new EnergyDiffError('E_EPOCHS_INPUT', 'the file is empty', { file });
  const lines = body.split(/\r?\n/);
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let value: unknown;
    let syntaxError: unknown;
    try {
      value = JSON.parse(body);
    } catch (err) {
      syntaxError = err;
    }
    if (syntaxError === undefined) return fromJson(value, file);
    // JSON lines: every line an object. Anything else that starts like JSON is one (broken) JSON document,
    // reported as such rather than as a CSV without a header.
    const first = lines.find((l) => l.trim() !== '')!.trim();
    if (trimmed.startsWith('{') && isJsonObject(first)) return fromJsonLines(lines, file);
    jsonSyntaxError(body, syntaxError, file);
  }
  return fromCsv(lines, file);
}

function isJsonObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
