// The epoch protocol between a training script and `energy-diff measure`.
//
// Preferred: the script appends one JSON line per finished epoch to the file named by ENERGY_DIFF_EPOCH_FILE,
// e.g. {"epoch": 3, "loss": 0.41}. Fallback: it prints `ENERGY_DIFF_EPOCH_END 3` on stdout (the line is still
// passed through to the user's terminal).
//
// Lines come from a program energy-diff does not control, so they are bounded: a line longer than
// MAX_EPOCH_LINE_CHARS or nested deeper than MAX_FIELD_DEPTH is a bad line (skipped with a warning), never a
// reason to stop metering.
export const EPOCH_FILE_ENV = 'ENERGY_DIFF_EPOCH_FILE';
export const STDOUT_MARKER = 'ENERGY_DIFF_EPOCH_END';
/** Longest epoch-file (or stdout) line read; longer ones are skipped without being held in memory. */
export const MAX_EPOCH_LINE_CHARS = 16 * 1024;
/** Deepest nesting of arrays and objects in an epoch line's fields. */
export const MAX_FIELD_DEPTH = 16;

export type EpochLine =
  | { kind: 'epoch'; epoch: number; fields: Record<string, unknown> }
  | { kind: 'invalid'; reason: string };

/** Deepest nesting of `[`/`{` in JSON text (strings skipped); a linear scan, so it never recurses. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) max = depth;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return max;
}

/** Parses one line of the epoch file; null for blank lines. */
export function parseEpochLine(line: string): EpochLine | null {
  const text = line.trim();
  if (text === '') return null;
  if (text.length > MAX_EPOCH_LINE_CHARS) return { kind: 'invalid', reason: `line of ${text.length} characters, longer than ${MAX_EPOCH_LINE_CHARS}` };
  // The object itself is depth 1, its fields start at depth 2.
  if (jsonNestingDepth(text) > MAX_FIELD_DEPTH + 1) return { kind: 'invalid', reason: `fields nested deeper than ${MAX_FIELD_DEPTH} levels: ${text.slice(0, 80)}` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `not JSON: ${text.slice(0, 80)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'invalid', reason: 'expected a JSON object like {"epoch": 1}' };
  const { epoch, ...fields } = value as Record<string, unknown>;
  if (typeof epoch !== 'number' || !Number.isSafeInteger(epoch)) return { kind: 'invalid', reason: `"epoch" must be an integer, got ${String(JSON.stringify(epoch)).slice(0, 80)}` };
  return { kind: 'epoch', epoch, fields };
}

const MARKER_RE = new RegExp(`(?:^|\\s)${STDOUT_MARKER}\\s+(-?\\d{1,15})(?:\\s|$)`);

/** The epoch number of a stdout marker line, or null. Progress bars' carriage returns are tolerated. */
export function parseStdoutMarker(line: string): number | null {
  if (line.length > MAX_EPOCH_LINE_CHARS || !line.includes(STDOUT_MARKER)) return null;
  for (const part of line.split('\r')) {
    const match = MARKER_RE.exec(part);
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * Splits a stream of text chunks into lines, holding at most `maxChars` of an unfinished line: a longer line
 * is dropped as it arrives (counted in `dropped`), so a 100 MB line without a newline costs no memory and no
 * quadratic re-scanning. Each chunk is scanned once.
 */
export class LineSplitter {
  private rest = '';
  private skipping = false;
  /** Lines dropped for being longer than maxChars. */
  dropped = 0;

  constructor(private readonly maxChars: number = MAX_EPOCH_LINE_CHARS) {}

  push(chunk: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      if (this.skipping) this.skipping = false;
      else if (this.rest.length + (nl - start) > this.maxChars) this.dropped++;
      else lines.push(this.rest + chunk.slice(start, nl));
      this.rest = '';
      start = nl + 1;
    }
    if (!this.skipping && start < chunk.length) {
      if (this.rest.length + (chunk.length - start) > this.maxChars) {
        this.rest = '';
        this.skipping = true;
        this.dropped++;
      } else this.rest += chunk.slice(start);
    }
    return lines;
  }

  /** The unfinished last line, at the end of the stream. */
  end(): string[] {
    const last = this.skipping || this.rest === '' ? [] : [this.rest];
    this.rest = '';
    this.skipping = false;
    return last;
  }
}
