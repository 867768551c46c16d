// The fuzz harness itself (npm run fuzz, fuzz/): the classifier sorts outcomes into the table's categories,
// cases reproduce from (seed, family, index), and a small seeded run of every family goes through the real
// entry points with no failure. The full run (5,000 cases) is `npm run fuzz`, documented in docs/fuzz.md.
import { describe, expect, it } from 'vitest';
import { FAMILIES, type FuzzCase, type Outcome } from '../../fuzz/case.js';
import { classify, hasPlace, nullNumber } from '../../fuzz/classify.js';
import { caseCounts, generateCase, runFuzz } from '../../fuzz/runner.js';

const repo = process.cwd();
const cliCase: FuzzCase = { family: 'layers-json', seed: 1, index: 0, what: 'test', entry: 'cli', argv: ['inspect', 'm.layers.json'], files: { 'm.layers.json': '{}' }, timeoutMs: 1000 };
const outcome = (o: Partial<Outcome>): Outcome => ({ exitCode: 0, stdout: '', stderr: '', ms: 1, ...o });

describe('fuzz classifier', () => {
  it.each<[string, Partial<Outcome>, string]>([
    ['a success', { stdout: 'layer  op\n' }, 'success'],
    ['an error with a code and the file', { exitCode: 1, stderr: 'energy-diff inspect: m.layers.json: $.layers[0]: unknown op [E_LAYERS_JSON]\n' }, 'clean error'],
    ['usage', { exitCode: 2, stderr: 'usage: energy-diff inspect <model>\n' }, 'clean error'],
    ['an error without a code', { exitCode: 1, stderr: 'energy-diff inspect: alias is not a function\n' }, 'crash'],
    ['an error without a place', { exitCode: 1, stderr: 'energy-diff inspect: something broke [E_MODEL]\n' }, 'crash'],
    ['a stack trace', { exitCode: 1, stderr: 'energy-diff inspect: x [E_MODEL] m.layers.json\n    at walk (src/core/infer/walk.ts:10:3)\n' }, 'crash'],
    ['an escaped exception', { exitCode: null, threw: 'RangeError: Maximum call stack size exceeded' }, 'crash'],
    ['an undocumented exit code', { exitCode: 7 }, 'crash'],
    ['a hang', { timedOut: true }, 'hang'],
    ['a blow-up', { peakRssKiB: 2 * 1024 * 1024 }, 'over 1 GB'],
    ['a dead host out of heap', { hostDied: 'exit 134: FATAL ERROR: JavaScript heap out of memory' }, 'over 1 GB'],
    ['NaN in a success', { stdout: 'total NaN J\n' }, 'non-finite'],
    ['a null number in JSON', { stdout: '{"totals":{"energyJ":null}}' }, 'non-finite'],
    ['a wrong measure result', { invalid: '2 epochs recorded, the command reported 6' }, 'invalid result'],
  ])('%s', (_, o, category) => {
    expect(classify(cliCase, outcome(o)).category).toBe(category);
  });

  it('an action error quoting the input (got Infinity) is a clean error, not a non-finite output', () => {
    const c: FuzzCase = { ...cliCase, family: 'config', entry: 'action' };
    const line = '::error title=energy-diff E_CONFIG,file=.github/energy-diff.yml,line=4::.github/energy-diff.yml: E_CONFIG: expected a positive integer, got Infinity at $.batch (line 4)\n';
    expect(classify(c, outcome({ exitCode: 1, stdout: line })).category).toBe('clean error');
    expect(classify(c, outcome({ exitCode: 0, stdout: 'done\n', summary: '| m.onnx | Infinity J |' })).category).toBe('non-finite');
    expect(classify(c, outcome({ exitCode: 1, stdout: '::error::energy-diff failed: boom\n' })).category).toBe('crash');
  });

  it('finds places and null numbers', () => {
    expect(hasPlace('E_ONNX_TRUNCATED at byte 5066', [])).toBe(true);
    expect(hasPlace('E_X: it broke', ['m.onnx'])).toBe(false);
    expect(nullNumber({ layers: [{ name: null, macs: null }] })).toBe('macs');
    expect(nullNumber({ layers: [{ name: null }] })).toBeUndefined();
  });
});

describe('fuzz cases', () => {
  it('reproduce from seed, family and index, and differ between seeds', () => {
    for (const family of FAMILIES) {
      for (const index of [0, 7]) {
        const a = generateCase(family, 3, index, repo);
        const b = generateCase(family, 3, index, repo);
        expect(b, `${family}:${index}`).toEqual(a);
      }
      const seeds = [1, 2, 3, 4].map((seed) => JSON.stringify(generateCase(family, seed, 0, repo)));
      expect(new Set(seeds).size, family).toBeGreaterThan(1);
    }
  });

  it('split --cases between the families, at least one each', () => {
    const n = caseCounts(5000, FAMILIES);
    expect(Object.values(n).reduce((a, b) => a + b, 0)).toBe(5000);
    expect(Object.values(caseCounts(3, FAMILIES)).every((k) => k >= 1)).toBe(true);
  });

  it('a small seeded run of every family through the real entry points has no failure', async () => {
    const summary = await runFuzz({ seed: 20261202, cases: 36, families: [...FAMILIES], jobs: 2, outDir: `${repo}/node_modules/.cache/energy-diff/fuzz-test-failures`, repo, maxSeconds: 120 });
    const why = summary.failures.map((f) => `${f.case.family}:${f.case.index} ${f.verdict.category}: ${f.verdict.why} [${f.case.what}]`);
    expect(why).toEqual([]);
    expect(summary.notRun).toBe(0);
    for (const family of FAMILIES) {
      const row = summary.counts[family];
      expect(row.tried, family).toBeGreaterThan(0);
      expect(row['clean error'] + row.success, family).toBe(row.tried);
    }
  }, 180_000);
});
