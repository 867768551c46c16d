// Sorts a case's outcome into one category. Pure.
//
// A clean error is exit 1 (or 2 for usage) with an E_* code, a place (a file of the case, a byte offset,
// a line, a JSON path, a node, an option) and no stack trace. Anything else that is not a success is a
// failure: a crash (an exception escaping, a stack trace, an undocumented exit code, an error without a code
// or place), a hang, a blow-up past 1 GB, a NaN or Infinity in the output, or a wrong result.
import type { FuzzCase, Outcome, Verdict } from './case.js';

export const MEMORY_LIMIT_KIB = 1024 * 1024;

const STACK = /\n\s+at .+(\(|:\d+:\d+)/;
const CODE = /\bE_[A-Z0-9_]+\b/;
const NON_FINITE = /(?<![\w"'])(NaN|-?Infinity)(?![\w"'])/;
/** JSON keys that hold numbers in the reports (a null there is a NaN or Infinity JSON.stringify hid). */
const NUMERIC_KEY = /(J|JLow|JHigh|Pct|macs|flops|params|seconds|PowerW|Bytes|kWh|gCO2e|cost|predicted\w*)$/;

function basenames(c: FuzzCase): string[] {
  return Object.keys(c.files).map((p) => p.split('/').pop()!).filter((n) => n.length > 0);
}

/** Where a clean error says the problem is. */
export function hasPlace(text: string, files: readonly string[]): boolean {
  if (files.some((f) => text.includes(f))) return true;
  return /\bbyte \d+|\bline \d+|\$[.[]|\bnode '|\binput '|--[a-z][a-z-]+|\.github\/|\bat [\w$.[\]]+/.test(text);
}

/** A numeric report field that came out null: JSON.stringify writes NaN and Infinity as null. */
export function nullNumber(value: unknown, key = '', depth = 0): string | undefined {
  if (depth > 64) return undefined;
  if (value === null) return NUMERIC_KEY.test(key) ? key : undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = nullNumber(v, key, depth + 1);
      if (hit) return hit;
    }
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const hit = nullNumber(v, k, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Workflow-command lines (::error, ::warning) may quote the input ("got Infinity at $.batch"): not output. */
const COMMAND_LINE = /^::(error|warning|notice)\b.*$/gm;

function nonFinite(o: Outcome): string | undefined {
  const texts = [o.stdout.replace(COMMAND_LINE, ''), o.summary ?? ''];
  for (const t of texts) {
    const m = NON_FINITE.exec(t);
    if (m) return `'${m[0]}' in the output: ${t.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\n/g, '⏎')}`;
  }
  const trimmed = o.stdout.trim();
  if (trimmed.startsWith('{')) {
    try {
      const key = nullNumber(JSON.parse(trimmed));
      if (key) return `null for the number '${key}' in the JSON output`;
    } catch {
      // not one JSON document (text output)
    }
  }
  return undefined;
}

export function classify(c: FuzzCase, o: Outcome): Verdict {
  if (o.timedOut) return { category: 'hang', why: `still running after ${c.timeoutMs} ms` };
  if ((o.peakRssKiB ?? 0) > MEMORY_LIMIT_KIB) return { category: 'over 1 GB', why: `peak RSS ${Math.round((o.peakRssKiB ?? 0) / 1024)} MiB` };
  if (o.hostDied) return { category: /heap|memory/i.test(o.hostDied) ? 'over 1 GB' : 'crash', why: `the process died: ${o.hostDied}` };
  if (o.threw) return { category: 'crash', why: `exception: ${o.threw.split('\n')[0]}` };
  const all = `${o.stdout}\n${o.stderr}`;
  const allowed = [0, 1, 2, ...(c.extraExitCodes ?? [])];
  if (o.exitCode === null || !allowed.includes(o.exitCode)) return { category: 'crash', why: `exit code ${o.exitCode} (documented: ${allowed.join(', ')})` };
  if (STACK.test(all)) return { category: 'crash', why: 'a stack trace in the output' };
  if (o.exitCode === 0 || c.entry === 'action') {
    const nf = nonFinite(o);
    if (nf) return { category: 'non-finite', why: nf };
  }
  if (o.invalid) return { category: 'invalid result', why: o.invalid };
  if (o.exitCode === 0 || (c.extraExitCodes ?? []).includes(o.exitCode)) return { category: 'success', why: '' };
  return cleanError(c, o);
}

function cleanError(c: FuzzCase, o: Outcome): Verdict {
  if (c.entry === 'action') {
    // The action reports errors as ::error workflow commands on stdout; exit 1 is also a failed budget gate.
    const errors = o.stdout.split('\n').filter((l) => l.startsWith('::error'));
    if (errors.length === 0) return { category: 'success', why: 'gate failed' };
    const bad = errors.find((l) => !CODE.test(l) || /energy-diff failed:/.test(l));
    if (bad) return { category: 'crash', why: `an error without an E_ code: ${bad.slice(0, 200)}` };
    return { category: 'clean error', why: errors[0]!.slice(0, 200) };
  }
  if (o.exitCode === 2 && /usage: energy-diff/.test(o.stderr)) return { category: 'clean error', why: 'usage' };
  const line = o.stderr.trim().split('\n').filter((l) => l.startsWith('energy-diff')).pop() ?? o.stderr.trim();
  if (!CODE.test(line)) return { category: 'crash', why: `an error without an E_ code: ${line.slice(0, 200)}` };
  if (!hasPlace(line, basenames(c))) return { category: 'crash', why: `an error without a place: ${line.slice(0, 200)}` };
  return { category: 'clean error', why: line.slice(0, 200) };
}
