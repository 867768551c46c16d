// JSON.parse with a located error: on failure a small scanner finds the first offending character, so the
// message names line:column the same way on every Node version (V8's own wording and positions vary).

export interface JsonSyntaxError {
  /** Character offset (UTF-16 code units) of the first offending character. */
  offset: number;
  line: number;
  column: number;
  /** UTF-8 byte offset of the same character. */
  byteOffset: number;
  reason: string;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export function parseJsonLocated(text: string): ParsedJson {
  try {
    // A UTF-8 byte order mark (some Windows editors write one) is not part of the JSON text.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (err) {
    const found = new Scanner(text).firstError();
    const offset = found?.offset ?? text.length;
    const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: { offset, ...lineColumn(text, offset), byteOffset: utf8Length(text.slice(0, offset)), reason } };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // editors do not count a byte order mark as a column
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Deeper nesting is reported as an error where it starts: layer files are a few levels deep, and the scanner
 *  recurses per level (10^6 unclosed brackets must not exhaust the stack). */
export const MAX_JSON_DEPTH = 256;

class Fail {
  constructor(readonly offset: number, readonly reason: string) {}
}

/** A strict JSON (RFC 8259) recogniser that only reports where the text first stops being JSON. */
class Scanner {
  private i = 0;
  constructor(private readonly s: string) {}

  firstError(): Fail | undefined {
    try {
      if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
      this.ws();
      this.value(0);
      this.ws();
      if (this.i < this.s.length) throw new Fail(this.i, `unexpected ${this.describe()} after the JSON value`);
      return undefined;
    } catch (e) {
      if (e instanceof Fail) return e;
      throw e;
    }
  }

  private describe(): string {
    if (this.i >= this.s.length) return 'end of input';
    return `character ${JSON.stringify(this.s[this.i])}`;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i] as string)) this.i++;
  }

  private expect(ch: string): void {
    if (this.s[this.i] !== ch) throw new Fail(this.i, `expected '${ch}' but found ${this.describe()}`);
    this.i++;
  }

  private value(depth: number): void {
    if (depth >= MAX_JSON_DEPTH) throw new Fail(this.i, `nested more than ${MAX_JSON_DEPTH} levels deep`);
    const c = this.s[this.i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    throw new Fail(this.i, `unexpected ${this.describe()} where a value was expected`);
  }

  private object(depth: number): void {
    if (this.opened('}')) return;
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') throw new Fail(this.i, `expected a property name in double quotes but found ${this.describe()}`);
      this.string();
      this.ws();
      this.expect(':');
      this.ws();
      this.value(depth + 1);
      if (this.closed('}')) return;
    }
  }

  private array(depth: number): void {
    if (this.opened(']')) return;
    for (;;) {
      this.ws();
      this.value(depth + 1);
      if (this.closed(']')) return;
    }
  }

  /** Steps over the opening bracket; true (and steps over `close`) when the container is empty. */
  private opened(close: '}' | ']'): boolean {
    this.i++;
    this.ws();
    if (this.s[this.i] !== close) return false;
    this.i++;
    return true;
  }

  /** After a member: false at ',' (another member follows), true at `close`; both stepped over. */
  private closed(close: '}' | ']'): boolean {
    this.ws();
    if (this.s[this.i] === ',') {
      this.i++;
      return false;
    }
    if (this.s[this.i] === close) {
      this.i++;
      return true;
    }
    throw new Fail(this.i, `expected ',' or '${close}' but found ${this.describe()}`);
  }

  private string(): void {
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return;
      }
      if (c < 0x20) throw new Fail(this.i, 'control character in string');
      if (c === 92) {
        const e = this.s[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) throw new Fail(this.i, 'bad \\u escape');
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) throw new Fail(this.i, 'bad escape in string');
        this.i += 2;
        continue;
      }
      this.i++;
    }
    throw new Fail(this.i, 'unterminated string');
  }

  private number(): void {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.s.slice(this.i, this.i + 400));
    if (!m || m[0] === '-' || m[0] === '') throw new Fail(this.i, 'malformed number');
    this.i += m[0].length;
  }
}
