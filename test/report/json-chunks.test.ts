// jsonChunks writes exactly JSON.stringify(value, null, 2), in pieces.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/core/format/index.js';
import { estimateModelFile } from '../../src/app/estimate-model.js';
import { loadProfile } from '../../src/adapters/profiles.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const joined = (v: unknown): string => [...jsonChunks(v)].join('');

describe('jsonChunks', () => {
  it.each([
    ['scalars', [1, 'a', true, null, -0, 1e300]],
    ['non-finite numbers and holes', [Number.NaN, Infinity, undefined, () => 1]],
    ['empty containers at every level', { a: [], b: {}, c: [[], {}], d: { e: { f: [], g: {} } } }],
    ['omitted members', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['an object with only omitted members', { a: undefined }],
    ['toJSON', { when: new Date(0), nested: [{ toJSON: () => ({ x: [1, 2] }) }] }],
    ['odd keys and strings', { 'a"b': 'line\nbreak', 'é\u2028': '\u0000', '': [''] }],
    ['deep nesting past the walked levels', { a: [{ b: [{ c: [{ d: [1, { e: [] }] }] }] }] }],
    ['a top-level array', [[1, [2, [3, [4]]]], { a: 1 }]],
    ['a top-level string', 'x'],
    ['large arrays at every depth', { a: Array.from({ length: 300 }, (_, i) => ({ i, b: { c: Array.from({ length: 300 }, () => [i, undefined]) } })) }],
    ['a large top-level array', Array.from({ length: 1000 }, (_, i) => (i % 3 ? { i } : [i, null]))],
  ])('matches JSON.stringify on %s', (_, value) => {
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it('cuts a large array into pieces and matches on a real estimate report', async () => {
    const layers = Array.from({ length: 20_000 }, (_, i) => ({ name: `layer_${i}`, outputShapes: [[1, i]], energyJ: i / 7 }));
    const chunks = [...jsonChunks({ layers })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(JSON.stringify({ layers }, null, 2));
    const profile = await loadProfile('h100-sxm', repo);
    const [report] = await estimateModelFile(`${repo}/models/sample-cnn.onnx`, [profile], { mode: 'inference' });
    expect(joined(report)).toBe(JSON.stringify(report, null, 2));
  });
});
