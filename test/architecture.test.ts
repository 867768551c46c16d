// The import rules of docs/architecture.md, enforced on src/ — and the checker itself, shown failing on
// synthetic edge lists that break each rule.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, folderCycles, listSourceFiles, readImports, type ImportEdge } from './helpers/architecture.js';

const ROOT = join(import.meta.dirname, '..');

describe('the source tree', () => {
  it('follows the import rules: layers one way, no folder cycles, module folders entered through index.ts', () => {
    const files = listSourceFiles(ROOT, 'src');
    const edges = readImports(ROOT, files);
    // The reader found the tree's imports (a broken reader would pass any tree).
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'src/cli/main.ts', to: 'src/cli/commands/estimate.ts' });
    expect(checkArchitecture(files, edges)).toEqual([]);
  });

  it('scripts/ (which writes the shipped profiles) imports product code only, never bench/ or test/', () => {
    const files = listSourceFiles(ROOT, 'scripts');
    const bad = readImports(ROOT, files).filter((e) => e.to.startsWith('bench/') || e.to.startsWith('test/'));
    expect(bad).toEqual([]);
  });
});

/** Files implied by the edges, plus an index.ts for every core/* folder unless listed in `noIndex`. */
function tree(edges: ImportEdge[], extra: string[] = []): string[] {
  const files = new Set([...edges.map((e) => e.from), ...edges.map((e) => e.to).filter((t) => t.startsWith('src/')), ...extra]);
  for (const f of [...files]) {
    const parts = f.split('/');
    if (parts[1] === 'core' && parts.length > 3) files.add(`${parts.slice(0, 3).join('/')}/index.ts`);
  }
  return [...files].sort();
}

const check = (edges: ImportEdge[], extra: string[] = []): string[] => checkArchitecture(tree(edges, extra), edges);

describe('the architecture checker', () => {
  it('accepts a tree that follows the rules', () => {
    const edges = [
      { from: 'src/core/estimate/index.ts', to: 'src/core/infer/index.ts' },
      { from: 'src/core/estimate/x.ts', to: 'src/core/estimate/predictors/y.ts' },
      { from: 'src/core/calibrate/fit/a.ts', to: 'ml-matrix' },
      { from: 'src/core/format/table.ts', to: 'markdown-table' },
      { from: 'src/adapters/load.ts', to: 'src/core/onnx/index.ts' },
      { from: 'src/adapters/load.ts', to: 'node:fs' },
      { from: 'src/app/run.ts', to: 'src/adapters/load.ts' },
      { from: 'src/cli/main.ts', to: 'src/app/run.ts' },
      { from: 'src/action/run.ts', to: 'src/core/report/index.ts' },
      { from: 'src/index.ts', to: 'src/action/run.ts' },
    ];
    expect(check(edges)).toEqual([]);
  });

  it('fails on a cycle between core modules, naming the path', () => {
    const edges = [
      { from: 'src/core/budget/index.ts', to: 'src/core/report/index.ts' },
      { from: 'src/core/report/sections.ts', to: 'src/core/budget/index.ts' },
    ];
    expect(check(edges)).toEqual(['cycle between folders of src/core/: budget → report → budget']);
  });

  it('fails on a longer cycle and on one between sibling folders inside a module', () => {
    expect(folderCycles([
      { from: 'src/core/a/x.ts', to: 'src/core/b/index.ts' },
      { from: 'src/core/b/x.ts', to: 'src/core/c/index.ts' },
      { from: 'src/core/c/x.ts', to: 'src/core/a/index.ts' },
    ])).toEqual(['cycle between folders of src/core/: a → b → c → a']);
    expect(folderCycles([
      { from: 'src/core/calibrate/getzner/fit.ts', to: 'src/core/calibrate/fit/index.ts' },
      { from: 'src/core/calibrate/fit/split.ts', to: 'src/core/calibrate/getzner/index.ts' },
    ])).toEqual(['cycle between folders of src/core/calibrate/: fit → getzner → fit']);
    // A module's own index importing its subfolders is not a cycle.
    expect(folderCycles([
      { from: 'src/core/calibrate/index.ts', to: 'src/core/calibrate/fit/index.ts' },
      { from: 'src/core/calibrate/fit/split.ts', to: 'src/core/calibrate/fit/metrics.ts' },
    ])).toEqual([]);
  });

  it('fails when core imports anything outside core: other layers, node built-ins, I/O packages', () => {
    expect(check([{ from: 'src/core/diff/x.ts', to: 'src/adapters/git.ts' }])).toEqual(['src/core/diff/x.ts → src/adapters/git.ts: core imports only core']);
    expect(check([{ from: 'src/core/diff/x.ts', to: 'src/app/estimate-model.ts' }])).toEqual(['src/core/diff/x.ts → src/app/estimate-model.ts: core imports only core']);
    expect(check([{ from: 'src/core/onnx/x.ts', to: 'node:fs' }])).toEqual(['src/core/onnx/x.ts → node:fs: core imports no package outside ml-matrix, markdown-table (no I/O)']);
    expect(check([{ from: 'src/core/config/x.ts', to: 'yaml' }])).toHaveLength(1);
  });

  it('fails when adapters import action/, cli/ or app/', () => {
    for (const to of ['src/action/config-schema.ts', 'src/cli/args.ts', 'src/app/estimate-model.ts']) {
      expect(check([{ from: 'src/adapters/config.ts', to }])).toEqual([`src/adapters/config.ts → ${to}: adapters import only core and adapters`]);
    }
  });

  it('fails on upward edges between the other layers and between the two entry points', () => {
    expect(check([{ from: 'src/app/estimate-model.ts', to: 'src/cli/args.ts' }])).toEqual(['src/app/estimate-model.ts → src/cli/args.ts: app may import only layers below it']);
    expect(check([{ from: 'src/action/run.ts', to: 'src/cli/main.ts' }])).toEqual(['src/action/run.ts → src/cli/main.ts: action may import only layers below it']);
    expect(check([{ from: 'src/lib/x.ts', to: 'src/core/diff/index.ts' }])).toEqual(['src/lib/x.ts → src/core/diff/index.ts: unknown layer (src/ has core, adapters, app, action, cli)']);
  });

  it('fails on a deep import into another module folder, at any depth', () => {
    expect(check([{ from: 'src/cli/commands/calibrate.ts', to: 'src/core/calibrate/roofline/calibrate.ts' }], ['src/core/calibrate/roofline/index.ts']))
      .toEqual(['src/cli/commands/calibrate.ts → src/core/calibrate/roofline/calibrate.ts: deep import into src/core/calibrate/ (import src/core/calibrate/index.ts)']);
    expect(check([{ from: 'src/core/diff/x.ts', to: 'src/core/estimate/predictors/roofline.ts' }]))
      .toEqual(['src/core/diff/x.ts → src/core/estimate/predictors/roofline.ts: deep import into src/core/estimate/ (import src/core/estimate/index.ts)']);
    // Between sibling subfolders of one module, the sibling's index is the way in.
    expect(check([{ from: 'src/core/calibrate/getzner/fit.ts', to: 'src/core/calibrate/fit/split.ts' }], ['src/core/calibrate/fit/index.ts']))
      .toEqual(['src/core/calibrate/getzner/fit.ts → src/core/calibrate/fit/split.ts: deep import into src/core/calibrate/fit/ (import src/core/calibrate/fit/index.ts)']);
    expect(check([{ from: 'src/cli/commands/measure.ts', to: 'src/adapters/meters/session.ts' }], ['src/adapters/meters/index.ts']))
      .toEqual(['src/cli/commands/measure.ts → src/adapters/meters/session.ts: deep import into src/adapters/meters/ (import src/adapters/meters/index.ts)']);
  });

  it('fails on loose files at the core root, core folders without index.ts, and src/ importing test/ or bench/', () => {
    expect(checkArchitecture(['src/core/types.ts'], [])).toEqual(['src/core/types.ts: a loose file at the core root (put it in a module folder)']);
    expect(checkArchitecture(['src/core/measure/schema.ts'], [])).toEqual(['src/core/measure: a core module folder without index.ts']);
    expect(check([{ from: 'src/adapters/fit-data.ts', to: 'test/infer/helpers/load.ts' }])).toEqual(['src/adapters/fit-data.ts → test/infer/helpers/load.ts: src/ imports only src/ (never test/, bench/ or scripts/)']);
    expect(check([{ from: 'src/core/calibrate/roofline/h100.ts', to: 'bench/h100-dev.ts' }])).toEqual(['src/core/calibrate/roofline/h100.ts → bench/h100-dev.ts: src/ imports only src/ (never test/, bench/ or scripts/)']);
  });
});

describe('the import reader', () => {
  it('reads static, type-only, re-export and dynamic imports and resolves .js to .ts', () => {
    const root = mkdtempSync(join(tmpdir(), 'energy-diff-arch-'));
    const write = (file: string, text: string): void => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write('src/a/x.ts', [
      "import { b } from '../b/index.js';",
      "import type { C } from '../c/types.js';",
      "export { d } from './d.js';",
      "export * from '../e/index.js';",
      "const f = await import('../f/index.js');",
      "import { readFileSync } from 'node:fs';",
      '// import { g } from "../g/index.js";  (a comment is not an import)',
    ].join('\n'));
    expect(readImports(root, ['src/a/x.ts']).map((e) => e.to)).toEqual([
      'src/b/index.ts', 'src/c/types.ts', 'src/a/d.ts', 'src/e/index.ts', 'src/f/index.ts', 'node:fs',
    ]);
  });
});
