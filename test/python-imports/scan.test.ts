// The import scanner against hand-written edge cases and against Python's own parser (ast) on real files:
// the installed PyTorch sources (hundreds of files with every import form) and this repository's helpers.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePythonImports, type PythonImport } from '../../src/core/python-imports/index.js';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';

const ORACLE = resolve(import.meta.dirname, 'ast_imports.py');
type Row = [PythonImport['kind'], string, number, string[], number];

const rows = (src: string): Row[] =>
  parsePythonImports(src).map((i): Row => [i.kind, i.module, i.level, i.names, i.line]).sort((a, b) => a[4] - b[4] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

describe('parsePythonImports', () => {
  it('reads every statement form', () => {
    const src = [
      'import os',
      'import a.b.c as abc, d',
      'from .x import y',
      'from ..pkg.mod import (one,',
      '    two as deux,  # a comment inside the brackets',
      '    three,',
      ')',
      'from . import sibling',
      'from .import tight',
      'from a.b import *',
      'import e; from f import g',
      'from h \\',
      '    import i',
    ].join('\n');
    expect(rows(src)).toEqual([
      ['import', 'os', 0, [], 1],
      ['import', 'a.b.c', 0, [], 2],
      ['import', 'd', 0, [], 2],
      ['from', 'x', 1, ['y'], 3],
      ['from', 'pkg.mod', 2, ['one', 'two', 'three'], 4],
      ['from', '', 1, ['sibling'], 8],
      ['from', '', 1, ['tight'], 9],
      ['from', 'a.b', 0, ['*'], 10],
      ['import', 'e', 0, [], 11],
      ['from', 'f', 0, ['g'], 11],
      ['from', 'h', 0, ['i'], 12],
    ]);
  });

  it('finds imports in try/except, if blocks, functions and one-line compound statements', () => {
    const src = [
      'try:',
      '    import fast_blocks as blocks',
      'except ImportError:  # fall back',
      '    from . import slow_blocks as blocks',
      'if TYPE_CHECKING: from typing_extensions import Self',
      'def build(cfg: dict = {"k": 1}):',
      '    if cfg.get("wide"):',
      '        from .wide import Wide',
      '        return Wide()',
      'else: import fallback',
      'with ctx(): import inside_with',
    ].join('\n');
    expect(rows(src).map((r) => `${r[0]} ${'.'.repeat(r[2])}${r[1]} ${r[3].join(',')} @${r[4]}`)).toEqual([
      'import fast_blocks  @2',
      'from . slow_blocks @4',
      'from typing_extensions Self @5',
      'from .wide Wide @8',
      'import fallback  @10',
      'import inside_with  @11',
    ]);
  });

  it('is not fooled by comments, strings, docstrings or names that contain "import"', () => {
    const src = [
      '"""Module docstring.',
      'import not_a_module',
      'from fake import x',
      '"""',
      "# import commented_out",
      "s = 'import quoted'; t = \"from q import r\"",
      "raw = r'\\'import escaped'",
      "multi = '''",
      "from triple import quoted",
      "'''",
      'b = b"import bytes"; f = f"{x} import fstring"',
      'importer = 1',
      'from_here = 2',
      'x = importlib.import_module("dynamic")',
      'print("""a""" + "import" )',
      'import real  # the only one',
    ].join('\n');
    expect(rows(src)).toEqual([['import', 'real', 0, [], 16]]);
  });

  it('keeps line numbers right after multi-line strings and continuations', () => {
    const src = 'x = """\n\n\n"""\ny = (1,\n 2)\nz = 1 + \\\n  2\nimport after\n';
    expect(rows(src)).toEqual([['import', 'after', 0, [], 9]]);
  });
});

/** Real Python files: torch.nn and torch.onnx from the installed PyTorch, and this repository's helpers. */
function corpus(): string[] {
  const torchDir = execFileSync(PYTHON, ['-c', 'import importlib.util, os; print(os.path.dirname(importlib.util.find_spec("torch").origin))'], { encoding: 'utf8' }).trim();
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === '__pycache__' ? [] : walk(join(dir, e.name))) : e.name.endsWith('.py') ? [join(dir, e.name)] : []);
  return [...walk(join(torchDir, 'nn')), ...walk(join(torchDir, 'onnx')), ...walk(join(torchDir, 'fx')), ...walk(resolve('python'))].sort();
}

const hasTorch = () => pythonHas('importlib.util; assert importlib.util.find_spec("torch")');

describe.skipIf(!hasTorch())('parsePythonImports against Python\'s ast', () => {
  it('finds exactly the imports ast finds in the PyTorch sources and the helpers', () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(200);
    const oracle = JSON.parse(execFileSync(PYTHON, [ORACLE, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, Row[]>;
    let statements = 0;
    const wrong: string[] = [];
    for (const f of files) {
      const got = rows(readFileSync(f, 'utf8'));
      const want = oracle[f] ?? [];
      statements += want.length;
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(f);
    }
    expect(wrong).toEqual([]);
    expect(statements).toBeGreaterThan(1500);
  });
});
