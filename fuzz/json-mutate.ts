// Mutations of JSON documents: values replaced by extremes or by other types, members dropped, added,
// renamed or duplicated, and text-level damage (truncation, stray characters, nesting bombs).
import type { Rng } from './rng.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const EXTREME_NUMBERS = [0, -0, -1, 1, 0.5, 1e-320, 5e-324, 1e-300, 1e300, 1.7976931348623157e308, -1e308, 2 ** 53, 2 ** 53 + 2, 2 ** 31, -(2 ** 31), 1e21, 12345678901234567890];
/** Number tokens JSON.parse turns into Infinity (written as text, since JSON has no Infinity). */
export const OVERFLOW_TOKENS = ['1e999', '-1e999', '1e309'];
const EXTREME_STRINGS = ['', ' ', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'NaN', 'Infinity', '-1', '1e308', '0x10', 'x'.repeat(10_000), 'a\n::error::x', '\u202e', 'batch', '../../../etc/passwd', '/dev/zero'];

interface Slot {
  parent: Json[] | { [k: string]: Json };
  key: string | number;
}

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 40 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ parent: v, key: i }), visit(x, depth + 1)));
    else for (const k of Object.keys(v)) out.push({ parent: v, key: k }), visit(v[k]!, depth + 1);
  };
  visit(root, 0);
  return out;
}

function get(s: Slot): Json {
  return (s.parent as Record<string | number, Json>)[s.key]!;
}

function set(s: Slot, v: Json): void {
  (s.parent as Record<string | number, Json>)[s.key] = v;
}

/** An own member even for `__proto__` (an assignment would set the prototype and vanish from the JSON). */
function own(o: { [k: string]: Json }, key: string, v: Json): void {
  Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
}

function extremeValue(r: Rng, like: Json): Json {
  return r.weighted<() => Json>([
    [5, () => r.pick(EXTREME_NUMBERS)],
    [2, () => (typeof like === 'number' ? like * r.pick([-1, 1e6, 1e-6, 1e300]) : r.pick(EXTREME_NUMBERS))],
    [3, () => r.pick(EXTREME_STRINGS)],
    [1, () => r.pick([true, false, null])],
    [1, () => []],
    [1, () => ({})],
    [1, () => Array.from({ length: r.pick([3, 1000, 100_000]) }, () => r.pick(EXTREME_NUMBERS))],
    [1, () => (typeof like === 'string' ? `${like}${r.pick(['_x', '\u0000', ' '])}` : String(like))],
  ])();
}

/** One structural mutation of the parsed document, in place. */
function mutateValue(r: Rng, doc: Json, keys: readonly string[]): string {
  const all = slots(doc);
  if (all.length === 0) return 'nothing (no members)';
  const s = r.pick(all);
  const kind = r.weighted<string>([[6, 'value'], [2, 'drop'], [2, 'add'], [1, 'duplicate'], [1, 'rename']]);
  const at = `${String(s.key)}`;
  switch (kind) {
    case 'drop':
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return `dropped ${at}`;
    case 'add': {
      const target = r.pick(all.map(get).filter((v): v is { [k: string]: Json } => v !== null && typeof v === 'object' && !Array.isArray(v)).concat([doc as { [k: string]: Json }]));
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return 'nothing';
      const key = r.pick([...keys, ...EXTREME_STRINGS.slice(0, 7)]);
      own(target, key, extremeValue(r, null));
      return `added ${key}`;
    }
    case 'duplicate':
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 0, structuredClone(get(s)));
      else set(s, [get(s), get(s)]);
      return `duplicated ${at}`;
    case 'rename':
      if (Array.isArray(s.parent)) return 'nothing';
      own(s.parent, r.pick([...keys, '__proto__', 'constructor']), get(s));
      delete s.parent[s.key as string];
      return `renamed ${at}`;
    default: {
      const v = extremeValue(r, get(s));
      set(s, v);
      return `${at} = ${JSON.stringify(v)?.slice(0, 40)}`;
    }
  }
}

/** Text-level damage to a serialised document. */
function mutateText(r: Rng, text: string): { what: string; text: string } {
  const kind = r.weighted<string>([[3, 'truncate'], [2, 'char'], [1, 'bomb'], [1, 'overflow'], [1, 'bom'], [1, 'proto']]);
  if (kind === 'truncate') {
    const at = r.int(0, Math.max(0, text.length - 1));
    return { what: `truncated at ${at}`, text: text.slice(0, at) };
  }
  if (kind === 'char') {
    const at = r.int(0, text.length);
    const c = r.pick(['"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\n', 'x']);
    return { what: `inserted ${JSON.stringify(c)} at ${at}`, text: text.slice(0, at) + c + text.slice(at) };
  }
  if (kind === 'bomb') {
    const depth = r.pick([5000, 100_000, 1_000_000]);
    const closed = r.chance(0.5);
    const bomb = '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
    return { what: `${closed ? '' : 'unclosed '}${depth}-deep array`, text: text.replace(/:\s*(\[|\{|"[^"]*"|-?\d[\d.eE+-]*)/, `: ${bomb}`) };
  }
  if (kind === 'overflow') {
    const token = r.pick(OVERFLOW_TOKENS);
    const numbers = [...text.matchAll(/(?<=[:\[,]\s*)-?\d+(\.\d+)?([eE][+-]?\d+)?/g)];
    if (numbers.length === 0) return { what: 'nothing (no number)', text };
    const m = r.pick(numbers);
    return { what: `a number became ${token}`, text: text.slice(0, m.index) + token + text.slice(m.index! + m[0].length) };
  }
  if (kind === 'bom') return { what: 'byte-order mark', text: `\uFEFF${text}` };
  return { what: '"op": "__proto__"-like keys', text: text.replace(/"(op|name|schema|kind|id)"\s*:\s*"[^"]*"/, `"$1": "${r.pick(['__proto__', 'constructor', 'toString'])}"`) };
}

/** 1 to 3 mutations of a JSON document; mostly structural, sometimes textual. */
export function mutateJson(r: Rng, text: string, keys: readonly string[]): { what: string; text: string } {
  const doc = JSON.parse(text) as Json;
  const whats: string[] = [];
  for (let k = r.int(1, 3); k > 0; k--) whats.push(mutateValue(r, doc, keys));
  let out = JSON.stringify(doc, null, r.chance(0.5) ? 1 : undefined);
  if (r.chance(0.3)) {
    const t = mutateText(r, out);
    out = t.text;
    whats.push(t.what);
  }
  return { what: whats.join('; '), text: out };
}
