// JSON.stringify(value, null, 2), byte for byte, produced in pieces of about CHUNK_CHARS: a report of 10^6
// layers is ~250 MB of text, which should reach stdout without ever being one string. The top levels (the
// report, its `layers`, `coverage.unsupported`) are walked here; anything deeper is small and handed to
// JSON.stringify, re-indented.

const CHUNK_CHARS = 1 << 16;
/** Levels walked here; deeper values go to JSON.stringify whole. */
const WALK_DEPTH = 3;

type Json = unknown;

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(v: Json): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** A value as JSON.stringify sees it: after its toJSON, if it has one. */
function resolved(v: Json, key: string): Json {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(k: string): Json }).toJSON(key) : v;
}

export function* jsonChunks(value: Json): Generator<string> {
  let buffer = '';
  function* emit(x: Json, pad: string, depth: number): Generator<string> {
    if (depth >= WALK_DEPTH || x === null || typeof x !== 'object') {
      const text = JSON.stringify(x, null, 2) ?? 'null';
      buffer += depth > 0 && text.includes('\n') ? text.replace(/\n/g, `\n${pad}`) : text;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
      return;
    }
    const inner = `${pad}  `;
    if (Array.isArray(x)) {
      if (x.length === 0) {
        buffer += '[]';
        return;
      }
      buffer += '[';
      for (let i = 0; i < x.length; i++) {
        const item = resolved(x[i], String(i));
        buffer += `${i > 0 ? ',' : ''}\n${inner}`;
        yield* emit(omitted(item) ? null : item, inner, depth + 1);
      }
      buffer += `\n${pad}]`;
      return;
    }
    buffer += '{';
    let first = true;
    for (const k of Object.keys(x)) {
      const child = resolved((x as Record<string, Json>)[k], k);
      if (omitted(child)) continue;
      buffer += `${first ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
      first = false;
      yield* emit(child, inner, depth + 1);
    }
    buffer += first ? '}' : `\n${pad}}`;
  }
  const top = resolved(value, '');
  if (omitted(top)) return;
  yield* emit(top, '', 0);
  if (buffer) yield buffer;
}
