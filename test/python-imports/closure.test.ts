// importClosure on a real package tree, against what Python really loads when the export helper imports the
// entry (python/energy_diff_load.py, the loader the export uses): every file Python loads must be in the
// closure, and the closure may only add the branches Python did not take this time (the `except ImportError`
// fallback), never unrelated files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importChain, importClosure, importRoots, repoFiles, resolveImport, type PythonImport } from '../../src/core/python-imports/index.js';
import { PYTHON } from '../infer/helpers/load.js';

const TREE: Record<string, string> = {
  'src/models/__init__.py': '',
  'src/models/resnetish.py': [
    '"""A model built from shared blocks."""',
    'from .blocks import ResBlock',
    'from models.common import act      # absolute, through the package root src/',
    'try:',
    '    from .fast import speedup',
    'except ImportError:',
    '    from .slow import speedup',
    'import utils.registry as registry   # from the repository root',
    'import json, os                      # standard library: not in the repository',
    'if False:',
    '    import configs.never             # no such file anywhere',
    'def build_model():',
    '    from . import heads',
    '    return heads.Head()',
  ].join('\n'),
  'src/models/blocks.py': 'from . import common\nimport helpers  # the script folder, as for `python src/models/x.py`\nclass ResBlock: pass\n',
  'src/models/common.py': 'def act():\n    from .blocks import ResBlock  # a cycle: blocks → common → blocks\n    return ResBlock\n',
  'src/models/fast.py': 'speedup = 2\n',
  'src/models/slow.py': 'speedup = 1\n',
  'src/models/helpers.py': '',
  'src/models/heads/__init__.py': 'from .linear import Head\n',
  'src/models/heads/linear.py': 'class Head: pass\n',
  'utils/__init__.py': '',
  'utils/registry.py': 'from nsp import tool  # a namespace package (no __init__.py)\n',
  'nsp/tool.py': '',
  'unrelated.py': 'import utils.registry\n',
  'src/models/unused.py': '',
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function materialise(tree: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ed-pyimports-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

/** Repository files Python has loaded after the helper's loader imported `entry` and called build_model. */
function loadedByPython(dir: string, entry: string): string[] {
  const code = [
    'import os, sys',
    `sys.path.insert(0, ${JSON.stringify(resolve('python'))})`,
    'from energy_diff_load import load_module',
    `m = load_module(${JSON.stringify(entry)})`,
    'm.build_model()',
    'root = os.getcwd() + os.sep',
    'print("\\n".join(sorted({os.path.relpath(f, root) for f in (getattr(x, "__file__", None) for x in list(sys.modules.values())) if f and f.startswith(root)})))',
  ].join('\n');
  return execFileSync(PYTHON, ['-c', code], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
}

const source = (tree: Record<string, string>) => ({
  files: repoFiles(Object.keys(tree)),
  read: async (p: string) => tree[p] ?? null,
});

describe('importClosure', () => {
  it('covers every repository file Python loads for the entry, plus only the untaken fallback', async () => {
    const entry = 'src/models/resnetish.py';
    const closure = await importClosure(entry, source(TREE));
    const ours = [...closure.keys()].sort();
    const python = loadedByPython(materialise(TREE), entry);
    expect(python).toEqual(expect.arrayContaining(["src/models/blocks.py", "nsp/tool.py", "src/models/heads/linear.py", "src/models/fast.py", "src/models/helpers.py"]));
    expect(ours.filter((f) => !python.includes(f))).toEqual(['src/models/slow.py']);
    expect(python.filter((f) => !ours.includes(f))).toEqual([]);
    expect(ours).not.toContain('unrelated.py');
    expect(ours).not.toContain('src/models/unused.py');
  });

  it('names the chain from a deep dependency back to the entry', async () => {
    const closure = await importClosure('src/models/resnetish.py', source(TREE));
    expect(importChain(closure, 'nsp/tool.py')).toEqual(['nsp/tool.py', 'utils/registry.py', 'src/models/resnetish.py']);
    expect(importChain(closure, 'src/models/heads/linear.py')).toEqual(['src/models/heads/linear.py', 'src/models/heads/__init__.py', 'src/models/resnetish.py']);
  });

  it('terminates on cycles and on files it cannot read', async () => {
    const tree = { 'a.py': 'import b\n', 'b.py': 'import a\nimport c\n', 'c.py': 'import a\n' };
    const closure = await importClosure('a.py', { files: repoFiles([...Object.keys(tree), 'gone.py']), read: async (p) => (tree as Record<string, string>)[p] ?? null });
    expect([...closure.keys()].sort()).toEqual(['a.py', 'b.py', 'c.py']);
    const missing = await importClosure('x.py', { files: repoFiles(['x.py', 'gone.py']), read: async (p) => (p === 'x.py' ? 'import gone\n' : null) });
    expect([...missing.keys()].sort()).toEqual(['gone.py', 'x.py']);
  });
});

describe('resolveImport', () => {
  const files = repoFiles(Object.keys(TREE));
  const imp = (kind: 'import' | 'from', module: string, level = 0, names: string[] = []): PythonImport => ({ kind, module, level, names, line: 1 });

  it('searches the entry folder, the package root and the repository root, in that order', () => {
    expect(importRoots('src/models/resnetish.py', files)).toEqual(['src/models', 'src', '']);
    expect(importRoots('unrelated.py', files)).toEqual(['']);
    const roots = importRoots('src/models/resnetish.py', files);
    expect(resolveImport(imp('import', 'helpers'), 'src/models/blocks.py', roots, files)).toEqual(['src/models/helpers.py']);
    expect(resolveImport(imp('from', 'models.heads', 0, ['linear', 'Head']), 'src/models/resnetish.py', roots, files))
      .toEqual(['src/models/__init__.py', 'src/models/heads/__init__.py', 'src/models/heads/linear.py']);
    expect(resolveImport(imp('import', 'torch.nn'), 'src/models/resnetish.py', roots, files)).toEqual([]);
  });

  it('resolves relative imports against the importing file\'s package, not beyond the repository', () => {
    const roots = [''];
    expect(resolveImport(imp('from', '', 2, ['utils']), 'src/models/heads/linear.py', roots, files)).toEqual([]);
    expect(resolveImport(imp('from', 'blocks', 2, ['ResBlock']), 'src/models/heads/linear.py', roots, files)).toEqual(['src/models/blocks.py']);
    expect(resolveImport(imp('from', '', 1, ['heads', 'nothing']), 'src/models/resnetish.py', roots, files)).toEqual(['src/models/heads/__init__.py']);
    expect(resolveImport(imp('from', 'x', 5, ['y']), 'src/models/resnetish.py', roots, files)).toEqual([]);
  });
});
