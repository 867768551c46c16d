// JSON.stringify(value, null, 2), byte for byte, produced in pieces of about CHUNK_CHARS: a report of 10^6
// layers is ~250 MB of text, which should reach stdout without ever being one string. The top level (the
// report), its members and theirs are walked here, and any array of more than BATCH elements (`layers`,
// `coverage.unsupported`) goes to JSON.stringify in batches of elements; anything else whole, re-indented.

const CHUNK_CHARS = 1 << 16;
/** Levels walked here; deeper values go to JSON.stringify whole. */
const WALK_DEPTH = 3;
/** Array elements stringified at once. */
const BATCH = 256;

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
    const large = Array.isArray(x) && x.length > BATCH;
    if (x === null || typeof x !== 'object' || (depth >= WALK_DEPTH && !large)) {
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
      // Elements in batches, each batch one JSON.stringify (it indents them as elements of an array at
      // column 0; only the batch's line starts are shifted to this array's indentation).
      for (let i = 0; i < x.length; i += BATCH) {
        const text = JSON.stringify(x.slice(i, i + BATCH), null, 2);
        const body = text.slice(1, -2);
        buffer += `${i > 0 ? ',' : ''}${pad ? body.replace(/\n/g, `\n${pad}`) : body}`;
        if (buffer.length >= CHUNK_CHARS) {
          yield buffer;
          buffer = '';
        }
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
