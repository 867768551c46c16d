// Python source → the import statements it contains, without a Python parser: a small lexer removes comments
// and string literals (so a docstring that says "import os" is not an import), joins bracketed and
// backslash-continued lines into logical lines, splits them at `;`, and strips compound-statement headers
// (`try: import x`, `if TYPE_CHECKING: from a import b`). Imports anywhere count: inside functions, `try:`
// and `if` blocks alike, because any of them can run when the model is built.

export interface PythonImport {
  /** `import a.b` → 'import'; `from .a import b` → 'from'. */
  kind: 'import' | 'from';
  /** Dotted module name without leading dots ('' for `from . import x`). */
  module: string;
  /** Leading dots of a relative import (0: absolute). */
  level: number;
  /** Imported names of a `from` import (`*` for a star import); empty for `import`. */
  names: string[];
  /** 1-based line where the statement starts. */
  line: number;
}

interface Statement {
  text: string;
  line: number;
}

const STRING_PREFIX = /^(?:[rRuUbBfF]|[bBrR][rRbB]|[fFrR][rRfF])$/;

/** Logical statements with comments dropped and every string literal replaced by `""`. */
export function logicalStatements(source: string): Statement[] {
  const out: Statement[] = [];
  let text = '';
  let line = 1;
  let start = 1;
  let depth = 0;
  const flush = () => {
    const t = text.trim();
    if (t !== '') out.push({ text: t, line: start });
    text = '';
  };
  const n = source.length;
  for (let i = 0; i < n; ) {
    const c = source[i] as string;
    if (text.trim() === '' && c !== '\n') start = line;
    if (c === '#') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && source[i + 1] === '\n') {
      text += ' ';
      i += 2;
      line++;
      continue;
    }
    if (c === '\\' && source[i + 1] === '\r' && source[i + 2] === '\n') {
      text += ' ';
      i += 3;
      line++;
      continue;
    }
    if (c === '"' || c === "'") {
      // A string prefix (r, b, f, rb, ...) is already in `text`: it stays as a harmless identifier-ish word.
      const prefix = /([A-Za-z]{1,2})$/.exec(text)?.[1];
      if (prefix && STRING_PREFIX.test(prefix) && !/[\w]$/.test(text.slice(0, -prefix.length))) text = text.slice(0, -prefix.length);
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      i += quote.length;
      while (i < n) {
        const d = source[i] as string;
        if (d === '\\') {
          if (source[i + 1] === '\n') line++;
          i += 2;
          continue;
        }
        if (d === '\n') {
          line++;
          // An unterminated single-quoted string ends at the line end (a syntax error; keep scanning).
          if (!triple) break;
        }
        if (source.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        i++;
      }
      text += '""';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (c === '\n') {
      line++;
      i++;
      if (depth === 0) flush();
      else text += ' ';
      continue;
    }
    if (c === ';' && depth === 0) {
      flush();
      start = line;
      i++;
      continue;
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

const HEADER = /^(?:if|elif|else|try|except|finally|while|for|with|async\s+(?:with|for))\b/;

/** Index of the first `:` outside brackets, or -1. */
function headerColon(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ':' && depth === 0 && s[i + 1] !== '=') return i;
  }
  return -1;
}

/** `try: import x` → `import x`; a header alone (`try:`) → ''. */
function withoutHeaders(s: string): string {
  let rest = s;
  while (HEADER.test(rest)) {
    const at = headerColon(rest);
    if (at < 0) return rest;
    rest = rest.slice(at + 1).trim();
  }
  return rest;
}

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const DOTTED = /^[\p{L}_][\p{L}\p{N}_]*(?:\s*\.\s*[\p{L}_][\p{L}\p{N}_]*)*$/u;

function dotted(s: string): string | null {
  const t = s.trim();
  return DOTTED.test(t) ? t.replace(/\s+/g, '') : null;
}

/** `a.b as c` → 'a.b'. */
function aliased(item: string): string {
  return item.replace(/\s+as\s+[\p{L}_][\p{L}\p{N}_]*\s*$/u, '').trim();
}

function parseStatement(s: string, line: number): PythonImport[] {
  const m = /^import\s+(.+)$/su.exec(s);
  if (m) {
    return (m[1] as string).split(',').flatMap((item) => {
      const module = dotted(aliased(item));
      return module ? [{ kind: 'import' as const, module, level: 0, names: [], line }] : [];
    });
  }
  const f = /^from(?=[\s.])\s*([.\s]*)(.*)$/su.exec(s);
  if (!f) return [];
  const level = (f[1] as string).replace(/\s/g, '').length;
  // The module name runs up to the `import` keyword (`from .import x` has no space before it).
  const kw = /(^|[\s.])import(?=[\s(*])/u.exec(f[2] as string);
  if (!kw) return [];
  const raw = (f[2] as string).slice(0, kw.index + (kw[1] as string).length).trim();
  const module = raw === '' ? '' : dotted(raw);
  if (module === null || (level === 0 && module === '')) return [];
  const rest = (f[2] as string).slice(kw.index + (kw[1] as string).length + 'import'.length);
  let list = rest.trim();
  if (list.startsWith('(')) list = list.slice(1, list.lastIndexOf(')') < 0 ? undefined : list.lastIndexOf(')'));
  const names = list.split(',').map((x) => aliased(x)).filter((x) => x === '*' || NAME.test(x));
  return [{ kind: 'from', module, level, names, line }];
}

/** Every import statement in a Python source, in order. */
export function parsePythonImports(source: string): PythonImport[] {
  return logicalStatements(source).flatMap((st) => parseStatement(withoutHeaders(st.text), st.line));
}
