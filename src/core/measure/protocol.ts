// The epoch protocol between a training script and `energy-diff measure`.
//
// Preferred: the script appends one JSON line per finished epoch to the file named by ENERGY_DIFF_EPOCH_FILE,
// e.g. {"epoch": 3, "loss": 0.41}. Fallback: it prints `ENERGY_DIFF_EPOCH_END 3` on stdout (the line is still
// passed through to the user's terminal).
export const EPOCH_FILE_ENV = 'ENERGY_DIFF_EPOCH_FILE';
export const STDOUT_MARKER = 'ENERGY_DIFF_EPOCH_END';

export type EpochLine =
  | { kind: 'epoch'; epoch: number; fields: Record<string, unknown> }
  | { kind: 'invalid'; reason: string };

/** Parses one line of the epoch file; null for blank lines. */
export function parseEpochLine(line: string): EpochLine | null {
  const text = line.trim();
  if (text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `not JSON: ${text.slice(0, 80)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'invalid', reason: 'expected a JSON object like {"epoch": 1}' };
  const { epoch, ...fields } = value as Record<string, unknown>;
  if (typeof epoch !== 'number' || !Number.isInteger(epoch)) return { kind: 'invalid', reason: `"epoch" must be an integer, got ${JSON.stringify(epoch)}` };
  return { kind: 'epoch', epoch, fields };
}

const MARKER_RE = new RegExp(`(?:^|\\s)${STDOUT_MARKER}\\s+(-?\\d+)(?:\\s|$)`);

/** The epoch number of a stdout marker line, or null. Progress bars' carriage returns are tolerated. */
export function parseStdoutMarker(line: string): number | null {
  for (const part of line.split('\r')) {
    const match = MARKER_RE.exec(part);
    if (match) return Number(match[1]);
  }
  return null;
}

/** Splits a growing text buffer into complete lines and the unfinished rest. */
export function takeLines(buffer: string): { lines: string[]; rest: string } {
  const cut = buffer.lastIndexOf('\n');
  if (cut < 0) return { lines: [], rest: buffer };
  return { lines: buffer.slice(0, cut).split('\n'), rest: buffer.slice(cut + 1) };
}
