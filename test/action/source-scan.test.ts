// Which sources a pull request re-exports, on real git trees (GitTree reads both commits): changes in imports,
// dependsOn files, the export command's script, export settings, renames and removals; and the fingerprint
// that lets one export serve both sides. Plus the pieces around it: settings changes, the gate, profile files
// read from the base, and the folding of repeated export output.
import { afterAll, describe, expect, it } from 'vitest';
import { GitTree } from '../../src/adapters/git-tree.js';
import { changedFiles } from '../../src/adapters/git.js';
import { parseActionConfig, type ExportSettings } from '../../src/core/config/index.js';
import { FoldingLog, foldSummary } from '../../src/action/export-log.js';
import { sourceSpecs } from '../../src/action/export-spec.js';
import { gateRules } from '../../src/action/gate.js';
import { gateSection } from '../../src/core/report/index.js';
import { loadGateProfiles } from '../../src/action/gate-profiles.js';
import type { ActionInputs } from '../../src/action/inputs.js';
import { settingsChanges } from '../../src/action/settings-changes.js';
import { commandScripts, scanSources, sourceChanges } from '../../src/action/source-scan.js';
import { TempRepo } from './helpers/git-repo.js';

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const exp = (sources: ExportSettings['sources'], extra: Partial<ExportSettings> = {}): ExportSettings => ({ sources, format: 'onnx', dependsOn: [], ...extra });
const OPTS = { python: 'python3' };

async function scenario(base: Record<string, string>, head: Record<string, string | null>, exports: { base: ExportSettings; head?: ExportSettings }) {
  const r = new TempRepo();
  repos.push(r);
  for (const [p, t] of Object.entries(base)) r.write(p, t);
  const b = r.commit('base');
  for (const [p, t] of Object.entries(head)) {
    if (t === null) r.remove(p);
    else r.write(p, t);
  }
  const h = r.commit('head');
  const [bt, ht] = [await GitTree.load(r.dir, b), await GitTree.load(r.dir, h)];
  const scans = { base: await scanSources(bt, exports.base, OPTS), head: await scanSources(ht, exports.head ?? exports.base, OPTS) };
  const changes = sourceChanges(await changedFiles(r.dir, b, h), scans.base, scans.head, { baseHas: (p) => bt.blobs.has(p), headHas: (p) => ht.blobs.has(p) });
  return { scans, changes, notes: changes.map((c) => `${c.status} ${c.path}: ${c.note}`) };
}

const TREE = {
  'src/models/__init__.py': '',
  'src/models/net.py': 'from .blocks import block\nfrom models import heads\n',
  'src/models/blocks.py': 'import torch\nfrom .layers.conv import conv\n',
  'src/models/layers/__init__.py': '',
  'src/models/layers/conv.py': 'X = 1\n',
  'src/models/heads.py': '',
  'src/models/other.py': 'import torch\n',
  'configs/net.yaml': 'width: 8\n',
  'scripts/export.py': 'import tools.shared\n',
  'tools/__init__.py': '',
  'tools/shared.py': '',
  'README.md': 'hi\n',
};

describe('sourceChanges on real git trees', () => {
  it('re-exports a source when a file it imports, however deep, changes, and names the chain', async () => {
    const { notes, scans } = await scenario(TREE, { 'src/models/layers/conv.py': 'X = 2\n', 'README.md': 'changed\n' }, { base: exp([{ path: 'src/models/*.py', dependsOn: [] }]) });
    expect(notes).toEqual([
      'modified src/models/net.py: re-exported: src/models/layers/conv.py changed (import chain src/models/net.py → src/models/blocks.py → src/models/layers/conv.py)',
      // blocks.py and heads.py match the glob too: each is a source of its own.
      'modified src/models/blocks.py: re-exported: src/models/layers/conv.py changed (src/models/blocks.py imports it)',
    ].sort());
    expect([...scans.head.get('src/models/net.py')!.deps.keys()].sort()).toEqual([
      'src/models/__init__.py', 'src/models/blocks.py', 'src/models/heads.py', 'src/models/layers/__init__.py', 'src/models/layers/conv.py', 'src/models/net.py',
    ]);
    // other.py imports nothing of the repository: untouched.
    expect(notes.some((n) => n.includes('other.py'))).toBe(false);
  });

  it('a package __init__.py, a dependsOn file and the export command\'s script (and its imports) are dependencies', async () => {
    const one = (command?: string) => exp([{ path: 'src/models/net.py', dependsOn: ['configs/*.yaml'], ...(command ? { command } : {}) }]);
    expect((await scenario(TREE, { 'src/models/__init__.py': 'VERSION = 2\n' }, { base: one() })).notes)
      .toEqual(['modified src/models/net.py: re-exported: src/models/__init__.py changed (src/models/net.py imports it)']);
    expect((await scenario(TREE, { 'configs/net.yaml': 'width: 16\n' }, { base: one() })).notes)
      .toEqual(['modified src/models/net.py: re-exported: configs/net.yaml changed (dependsOn configs/*.yaml)']);
    const command = 'python scripts/export.py {source} {out}';
    expect((await scenario(TREE, { 'tools/shared.py': 'Y = 1\n' }, { base: one(command) })).notes)
      .toEqual(['modified src/models/net.py: re-exported: tools/shared.py changed (scripts/export.py imports it)']);
    expect((await scenario(TREE, { 'README.md': 'x\n' }, { base: one(command) })).notes).toEqual([]);
    expect(commandScripts("python './scripts/export.py' {source} --cfg configs/net.yaml {out}", (p) => p in TREE)).toEqual(['scripts/export.py', 'configs/net.yaml']);
  });

  it('export settings that differ between the sides re-export; renames pair; a source only one side declares is added or removed', async () => {
    const base = exp([{ path: 'src/models/net.py', inputs: [{ name: 'input', dims: [1, 3, 32, 32] }], dependsOn: [] }]);
    const head = exp([{ path: 'src/models/net.py', inputs: [{ name: 'input', dims: [1, 3, 64, 64] }], dependsOn: [] }]);
    expect((await scenario(TREE, {}, { base, head })).notes).toEqual(['modified src/models/net.py: re-exported: export settings changed: inputs input=1x3x32x32 → input=1x3x64x64']);

    const r = new TempRepo();
    repos.push(r);
    for (const [p, t] of Object.entries(TREE)) r.write(p, t);
    const b = r.commit('base');
    r.move('src/models/net.py', 'src/models/net2.py');
    const h = r.commit('rename');
    const all = exp([{ path: 'src/models/net*.py', dependsOn: [] }]);
    const [bt, ht] = [await GitTree.load(r.dir, b), await GitTree.load(r.dir, h)];
    const renamed = sourceChanges(await changedFiles(r.dir, b, h), await scanSources(bt, all, OPTS), await scanSources(ht, all, OPTS), { baseHas: (p) => bt.blobs.has(p), headHas: (p) => ht.blobs.has(p) });
    expect(renamed).toEqual([{ kind: 'source', status: 'renamed', path: 'src/models/net2.py', oldPath: 'src/models/net.py', note: 'src/models/net2.py changed' }]);

    const declared = await scenario(TREE, {}, { base: exp([{ path: 'src/models/other.py', dependsOn: [] }]), head: exp([{ path: 'src/models/net.py', dependsOn: [] }]) });
    expect(declared.notes).toEqual([
      'added src/models/net.py: an export source on the head only (the base config does not declare it)',
      'removed src/models/other.py: an export source on the base only (the head config does not declare it)',
    ]);
    expect((await scenario(TREE, { 'src/models/net.py': null }, { base: exp([{ path: 'src/models/net.py', dependsOn: [] }]) })).notes).toEqual(['removed src/models/net.py: source removed']);
  });

  it('the fingerprint is equal on both sides exactly when the files and settings are', async () => {
    const one = exp([{ path: 'src/models/net.py', dependsOn: [] }]);
    const same = await scenario(TREE, { 'README.md': 'x\n' }, { base: one });
    expect(same.scans.base.get('src/models/net.py')!.fingerprint).toBe(same.scans.head.get('src/models/net.py')!.fingerprint);
    const deep = await scenario(TREE, { 'src/models/layers/conv.py': 'X = 3\n' }, { base: one });
    expect(deep.scans.base.get('src/models/net.py')!.fingerprint).not.toBe(deep.scans.head.get('src/models/net.py')!.fingerprint);
    const callable = await scenario(TREE, {}, { base: one, head: exp([{ path: 'src/models/net.py', callable: 'make', dependsOn: [] }]) });
    expect(callable.scans.base.get('src/models/net.py')!.fingerprint).not.toBe(callable.scans.head.get('src/models/net.py')!.fingerprint);
  });

  it('the first matching entry sets a source up; unset fields fall back to export\'s, the command to the input', () => {
    const settings = exp([{ path: 'a/*.py', callable: 'make', dependsOn: ['x.yml'] }, { path: '**/*.py', command: 'own {out}', dependsOn: [] }], { callable: 'build', inputs: [{ name: 'input', dims: [1, 3] }], dependsOn: ['all.yml'] });
    const specs = sourceSpecs(settings, ['a/m.py', 'b/n.py', 'c.txt'], 'input-cmd {out}');
    expect(specs.get('a/m.py')).toEqual({ path: 'a/m.py', callable: 'make', inputs: [{ name: 'input', dims: [1, 3] }], dependsOn: ['all.yml', 'x.yml'], format: 'onnx', command: 'input-cmd {out}' });
    expect(specs.get('b/n.py')).toMatchObject({ callable: 'build', command: 'own {out}' });
    expect(specs.has('c.txt')).toBe(false);
  });
});

describe('settings changes and the gate', () => {
  const config = (yaml: Record<string, unknown>) => parseActionConfig(yaml, '.github/energy-diff.yml');
  const inputs = { profiles: [], budgetRules: [] } as unknown as ActionInputs;

  it('a model whose batch, inputs or mode differ between the configs is changed, with the difference in words', () => {
    const base = config({ batch: 1, models: [{ path: 'm/a.onnx', inputs: { x: '1x3x8x8' } }] });
    const head = config({ batch: 4, models: [{ path: 'm/a.onnx', inputs: { x: '1x3x16x16' } }, { path: 'm/c.onnx', mode: 'train-step' }] });
    expect(settingsChanges(['m/a.onnx', 'm/b.onnx', 'm/c.onnx'], () => 'model', base, head, 'cfg.yml').map((c) => `${c.path}: ${c.note}`)).toEqual([
      'm/a.onnx: settings changed in cfg.yml: batch 1 → 4; inputs x=1x3x8x8 → x=1x3x16x16',
      'm/b.onnx: settings changed in cfg.yml: batch 1 → 4',
      'm/c.onnx: settings changed in cfg.yml: mode inference → train-step; batch 1 → 4',
    ]);
    expect(settingsChanges(['m/a.onnx'], () => 'model', base, base, 'cfg.yml')).toEqual([]);
  });

  it('the gate section lists what the PR changes, applied now and after merge, and says nothing when the gate is the same', () => {
    const base = gateRules(config({ budgets: [{ model: 'm/**', maxIncreasePct: { fail: 20 } }] }), inputs);
    const head = gateRules(config({ failOn: 'low', minChangePct: 1, profiles: ['h100-sxm', 't4'], budgets: [{ model: 'm/**', maxIncreasePct: { fail: 50 } }, { total: true, maxJ: { warn: 2 } }] }), inputs);
    const section = gateSection({ configPath: 'cfg.yml', baseSha: 'a'.repeat(40), baseHasConfig: true, applied: base, proposed: head, proposedVerdict: 'pass' });
    expect(section).toEqual([
      '**Gate rules changed**', '',
      "This pull request changes the gate (`cfg.yml` or the profiles it names). This check applies the base's rules (`aaaaaaa`): a pull request cannot loosen its own gate. The new rules apply after merge.", '',
      '| Rule | Applied now | After merge |', '| - | - | - |',
      '| budgets | `m/**`: increase fail +20% | `m/**`: increase fail +50%<br>repository total: energy warn 2.00 J |',
      '| failOn | estimate | low |',
      '| minChangePct | none | 1% |',
      '| profiles | h100-sxm | h100-sxm, t4 |',
      '', 'Under the rules after merge this change would be ✅ pass.', '',
    ]);
    expect(gateSection({ configPath: 'cfg.yml', baseSha: 'a'.repeat(40), baseHasConfig: true, applied: base, proposed: base })).toEqual([]);
    const first = gateSection({ configPath: 'cfg.yml', baseSha: 'a'.repeat(40), baseHasConfig: false, applied: gateRules(config({}), inputs), proposed: base });
    expect(first[2]).toBe("`cfg.yml` is new in this pull request. This check applies the defaults and the action's inputs; the file's rules apply after merge.");
    // The action's inputs are part of both gates.
    const withInput = { ...inputs, budgetRules: [{ maxJ: { fail: 1 } }] } as ActionInputs;
    expect(gateRules(config({}), withInput).budgets).toEqual({ failOn: 'estimate', budgets: [{ maxJ: { fail: 1 } }] });
  });

  it('a profile file in the repository is read as the base has it, and its edit is listed', async () => {
    const r = new TempRepo();
    repos.push(r);
    const profile = (await import('node:fs')).readFileSync('hardware-profiles/h100-sxm.json', 'utf8');
    r.write('profiles/mine.json', profile);
    const b = r.commit('base');
    const cheap = JSON.parse(profile) as { name?: string };
    r.write('profiles/mine.json', JSON.stringify({ ...cheap, name: 'edited by the PR' }));
    r.write('profiles/new.json', profile);
    const h = r.commit('head');
    const trees = { base: await GitTree.load(r.dir, b), head: await GitTree.load(r.dir, h) };
    const got = await loadGateProfiles(['profiles/mine.json', './profiles/new.json', 'h100-sxm'], r.dir, trees);
    expect(got.changedFiles).toEqual(['profiles/mine.json']);
    expect(got.profiles[0]!.name).toBe(JSON.parse(profile).name);
    expect(got.profiles.map((p) => p.id)).toEqual([JSON.parse(profile).id, JSON.parse(profile).id, 'h100-sxm']);
  });
});

describe('FoldingLog', () => {
  it('prints each distinct line once, across chunk boundaries, and counts the repeats', () => {
    const printed: string[] = [];
    const log = new FoldingLog((l) => printed.push(l));
    log.push('loading\nwarn: slow path\r\nwarn: slo');
    log.push('w path\nlayer 1\nwarn: slow path\n\nlayer 2\nwarn: slow path\nTracerWarning: x');
    log.push('\nTracerWarning: x\nlast line without newline');
    const folded = log.finish();
    expect(printed).toEqual(['loading', 'warn: slow path', 'layer 1', 'layer 2', 'TracerWarning: x', 'last line without newline']);
    expect(folded).toEqual([{ line: 'warn: slow path', count: 4 }, { line: 'TracerWarning: x', count: 2 }]);
    expect(foldSummary(folded)).toBe('folded 4 repeated lines of output: ×4 "warn: slow path", ×2 "TracerWarning: x"');
    expect(foldSummary([])).toBeNull();
  });
});
