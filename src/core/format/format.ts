// Deterministic number formatting (no locale): three significant digits with SI prefixes, and
// escaping of user-controlled names for Markdown, HTML and Mermaid.
import { showInvisible } from './runner-text.js';

const PREFIXES: Record<number, string> = { [-9]: 'n', [-6]: 'µ', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T' };
const MIN_EXP = -9;
const MAX_EXP = 12;

/** Mantissa with `digits` significant digits, never in exponent notation. */
function sig(x: number, digits: number): string {
  if (x >= 10 ** digits) return x.toFixed(0);
  return x.toPrecision(digits);
}

/** `1.23 mJ`, `456 GMAC`: magnitude only, three significant digits, prefix from n to T. */
function si(abs: number, unit: string, minExp: number): string {
  if (abs === 0 || !Number.isFinite(abs)) return `${abs === 0 ? '0' : String(abs)} ${unit}`;
  let exp = Math.min(MAX_EXP, Math.max(minExp, Math.floor(Math.log10(abs) / 3) * 3));
  let text = sig(abs / 10 ** exp, 3);
  // 999.6 rounds up to "1.00e+3" territory: move to the next prefix instead.
  if (Number(text) >= 1000 && exp < MAX_EXP) {
    exp += 3;
    text = sig(abs / 10 ** exp, 3);
  }
  return `${text} ${PREFIXES[exp]}${unit}`;
}

function signed(value: number, body: string): string {
  if (value > 0) return `+${body}`;
  if (value < 0) return `-${body}`;
  return body;
}

export function formatJ(energyJ: number): string {
  return (energyJ < 0 ? '-' : '') + si(Math.abs(energyJ), 'J', MIN_EXP);
}

/** A duration: `3.45 ms`, `120 µs`, `1.20 s` (three significant digits; a minute and more stays in s). */
export function formatSeconds(seconds: number): string {
  const abs = Math.abs(seconds);
  return (seconds < 0 ? '-' : '') + (abs >= 1000 ? `${abs.toFixed(0)} s` : si(abs, 's', MIN_EXP));
}

/** A change: `+1.23 mJ`, `-4.56 J`, `0 J`. */
export function formatDeltaJ(energyJ: number): string {
  return signed(energyJ, si(Math.abs(energyJ), 'J', MIN_EXP));
}

export function formatMacs(macs: number): string {
  return (macs < 0 ? '-' : '') + si(Math.abs(macs), 'MAC', 0);
}

export function formatDeltaMacs(macs: number): string {
  return signed(macs, si(Math.abs(macs), 'MAC', 0));
}

/** `+4.56%`, `-0.123%`, `0%`; `new` when there is no base to relate to. */
export function formatPct(pct: number | null): string {
  if (pct === null) return 'new';
  if (pct === 0) return '0%';
  const abs = Math.abs(pct);
  const body = abs >= 100 ? abs.toFixed(0) : abs.toPrecision(3);
  return signed(pct, `${body}%`);
}

/** A J band of a change: `+1.00 mJ … +1.50 mJ`. */
export function formatDeltaBand(lowJ: number, highJ: number): string {
  return `${formatDeltaJ(lowJ)} … ${formatDeltaJ(highJ)}`;
}

/** Integer with thousands separators: `4,980` (fixed, not locale-dependent). */
export function formatCount(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** `@name` would notify that user or team: a zero-width space after `@` keeps the text and drops the mention. */
function noMention(text: string): string {
  return text.replace(/@/g, '@\u200B');
}

/**
 * A name in Markdown text or a table cell: characters that open inline markup, tables, HTML,
 * entities or mentions are backslash-escaped, a leading list marker is neutralised where the name starts a
 * line or list item (`atLineStart`), `scheme:` / `www.` are broken so GitHub does not autolink a name that
 * looks like a URL, `@mentions` notify no one, and control and bidi characters are shown escaped (`\u202E`).
 */
export function escapeMd(text: string, atLineStart = false): string {
  const inline = noMention(showInvisible(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/[\\`*_[\]<>|~&#!:]/g, (ch) => `\\${ch}`)
    .replace(/(www)\./gi, '$1\\.'));
  return atLineStart ? inline.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : inline;
}

/** A name inside raw HTML (e.g. `<summary>`), where Markdown is not parsed but mentions still are. */
export function escapeHtml(text: string): string {
  return noMention(showInvisible(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string));
}

/** A label inside a quoted Mermaid string: quotes and markup-ish characters removed, length capped. */
export function mermaidLabel(text: string, maxLength = 24): string {
  const clean = showInvisible(text).replace(/["`<>#;{}\[\]\\\r\n\t@]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean || '?';
}

/** `0123456789ab…` → first 7 characters of a commit SHA. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}

/** A count with an SI prefix: `24.3 k`, `11.6 M`, `512` (three significant digits). */
export function formatQuantity(n: number): string {
  return (n < 0 ? '-' : '') + si(Math.abs(n), '', 0).trimEnd();
}

/** Stored bytes with an SI prefix: `95.1 kB`, `1.20 GB`. */
export function formatBytes(bytes: number): string {
  return (bytes < 0 ? '-' : '') + si(Math.abs(bytes), 'B', 0);
}

/** Element operations of non-MAC layers: `+32.8 k elements`. */
export function formatDeltaElements(n: number): string {
  return signed(n, `${si(Math.abs(n), '', 0).trimEnd()} elements`);
}

/** `1 model`, `2 models`: a count and its noun, singular for exactly one. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}
