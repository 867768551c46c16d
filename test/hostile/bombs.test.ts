// YAML and JSON bombs and prototype-chain keys: each is a clean E_CONFIG / E_LAYERS_JSON with the file and the
// line or JSON path, never a raw ReferenceError, a stack overflow or "alias is not a function". Look-ups keyed
// by input strings see only their table's own entries. A stack is printed only for an internal error.
import { afterAll, describe, expect, it } from 'vitest';
import { ActionsIo } from '../../src/adapters/actions-io.js';
import { inRunnerSync } from '../action/helpers/in-process.js';
import { ConfigError, parseConfigText } from '../../src/adapters/config.js';
import { loadProfile } from '../../src/adapters/profiles.js';
import { reportError } from '../../src/action/errors.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';
import { runMain } from '../helpers/cli.js';
import { modelBytes } from '../helpers/onnx-writer.js';
import { tinyCnn } from '../action/helpers/models.js';
import { tempModel } from '../onnx/python.js';
import { cleanupRepos, runOn, twoCommits } from './action-run.js';

afterAll(cleanupRepos);

const FILE = '.github/energy-diff.yml';
const letters = 'abcdefghij';
/** The billion laughs: nine levels of nine aliases each. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...[...letters.slice(1, 9)].map((l, i) => `${l}: &${l} [${Array(9).fill(`*${letters[i]}`).join(', ')}]`)].join('\n') + '\n';

describe('YAML bombs in the action config', () => {
  it.each([
    ['an alias bomb', ALIAS_BOMB, 2, /aliases expand to more than 100 nodes/],
    ['an undefined alias', 'batch: 1\nprofiles: *nope\n', 2, /alias \*nope names no anchor defined before it/],
    ['flow nesting 10^5 deep', `profiles: ${'['.repeat(1e5)}${']'.repeat(1e5)}\n`, 1, /nested too deeply/],
    ['block nesting 100 deep', Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n', 33, /nested more than 32 levels deep/],
    ['a duplicate key', 'batch: 1\nbatch: 2\n', 2, /Map keys must be unique/],
  ] as [string, string, number, RegExp][])('%s: E_CONFIG with the file and line', (_what, text, line, message) => {
    const err = thrownBy(ConfigError, () => parseConfigText(text, FILE));
    expect(err.code).toBe('E_CONFIG');
    expect(err.place.file).toBe(FILE);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
  });

  it('in the action: one ::error on the config line, no ReferenceError and no stack', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16), [FILE]: ALIAS_BOMB });
    const res = await runOn(r.dir, headSha, baseSha);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe(`::error title=energy-diff E_CONFIG,file=${FILE},line=2::${FILE}: E_CONFIG: YAML error at line 2: its aliases expand to more than 100 nodes (an alias bomb?)\n`);
  });
});

describe('layers.json bombs and prototype keys', () => {
  const doc = (layers: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ schema: 'energy-diff/layers@1', inputs: [{ name: 'x', shape: [1, 3, 8, 8] }], layers, ...extra });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('"op": "%s" is a clean E_LAYERS_JSON at its JSON path', (op) => {
    const err = thrownBy(EnergyDiffError, () => decodeLayersJson(doc([{ name: 'a', op }]), 'm.layers.json'));
    expect(err).toMatchObject({ code: 'E_LAYERS_JSON', place: { file: 'm.layers.json', jsonPath: '$.layers[0].op' } });
    expect(err.message).toMatch(/is not an operator name/);
  });

  it('an unknown op that is an identifier still passes through as unsupported (the control case)', () => {
    const m = inferModel(decodeLayersJson(doc([{ name: 'a', op: 'MyFancyOp' }]), 'm.layers.json'));
    expect(m.coverage.unsupported).toEqual([{ op: 'MyFancyOp', node: 'a', reason: 'operator MyFancyOp is not supported' }]);
  });

  it('a dtype named "constructor" is an unknown dtype, not a function', () => {
    const text = JSON.stringify({ schema: 'energy-diff/layers@1', inputs: [{ name: 'x', shape: [1, 4], dtype: 'constructor' }], layers: [{ name: 'a', op: 'Relu' }] });
    expect(thrownBy(EnergyDiffError, () => decodeLayersJson(text, 'm.layers.json'))).toMatchObject({ code: 'E_LAYERS_JSON', place: { jsonPath: '$.inputs[0].dtype' } });
  });

  it('an attribute named __proto__ is an attribute like any other, not the prototype of the attributes', () => {
    // (a JS literal `{ __proto__: ... }` would set the prototype: the key is written into the JSON text instead)
    const text = doc([{ name: 'a', op: 'Relu', attrs: { PROTO: [3, 3], alpha: 0.5 } }]).replace('"PROTO"', '"__proto__"');
    const m = decodeLayersJson(text, 'm.layers.json');
    const attrs = m.graph.nodes[0]?.attributes ?? {};
    expect(Object.getPrototypeOf(attrs)).not.toEqual([3, 3]);
    expect(Object.keys(attrs).sort()).toEqual(['__proto__', 'alpha']);
  });

  it('an upsample mode named "constructor" falls back to nearest instead of calling Object', () => {
    const m = decodeLayersJson(doc([{ name: 'up', op: 'Upsample', attrs: { mode: 'constructor', scale_factor: 2 } }]), 'm.layers.json');
    expect(m.graph.nodes[0]?.attributes.mode).toEqual({ type: 'string', value: 'nearest' });
  });

  it('a 10^6-deep unclosed array: E_LAYERS_JSON with line and column, no stack overflow', () => {
    const err = thrownBy(EnergyDiffError, () => decodeLayersJson('['.repeat(1e6), 'deep.layers.json'));
    expect(err.code).toBe('E_LAYERS_JSON');
    expect(err.message).toMatch(/invalid JSON at line 1, column \d+: nested more than 256 levels deep/);
  });

  it('through the CLI: exit 1 and one error line', async () => {
    const file = tempModel(new TextEncoder().encode('['.repeat(1e6)), 'deep.layers.json');
    const r = await runMain(['inspect', file], {}, '/');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^energy-diff inspect: .*deep\.layers\.json: byte \d+: invalid JSON at line 1, column \d+: nested more than 256 levels deep \[E_LAYERS_JSON\]\n$/);
  });
});

describe('look-ups keyed by input strings never reach the prototype chain', () => {
  it('--input __proto__=... and a graph input named constructor', async () => {
    const file = tempModel(modelBytes({
      graph: { name: 'g', nodes: [{ opType: 'Relu', name: 'r', inputs: ['constructor'], outputs: ['y'] }], inputs: [{ name: 'constructor', shape: ['n', 4] }], outputs: [{ name: 'y' }] },
    }));
    const plain = await runMain(['inspect', file, '--format', 'json'], {}, '/');
    expect(plain.code, plain.stderr).toBe(0);
    expect(JSON.parse(plain.stdout).layers[0].outputShapes).toEqual([[1, 4]]);
    const given = await runMain(['inspect', file, '--input', '__proto__=2x4', '--input', 'constructor=3x4', '--format', 'json'], {}, '/');
    expect(given.code, given.stderr).toBe(0);
    expect(JSON.parse(given.stdout).layers[0].outputShapes).toEqual([[3, 4]]);
  });

  it('a config whose inputs name __proto__ and constructor', () => {
    const c = parseConfigText('models:\n  - path: a.onnx\n    inputs: { __proto__: [1, 2], constructor: [3] }\n', FILE);
    const shapes = c.models[0]?.inputShapes ?? {};
    expect(Object.keys(shapes).sort()).toEqual(['__proto__', 'constructor']);
    expect(shapes.constructor).toEqual([3]);
  });

  it.each(['__proto__', 'constructor', 'toString'])('profile id %s is an unknown profile', async (id) => {
    await expect(loadProfile(id)).rejects.toMatchObject({ code: 'E_PROFILE_NOT_FOUND' });
  });

  it.each(['constructor', '__proto__', 'hasOwnProperty'])('CLI command %s is an unknown command', async (name) => {
    const r = await runMain([name], {}, '/');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown command '${name}'`);
  });
});

describe("the action's top-level handler", () => {
  /** What reportError prints on the runner's stdout. */
  const capture = (err: unknown) => inRunnerSync({}, () => reportError(new ActionsIo(), err)).stdout;

  it('an EnergyDiffError: one ::error with its place, no stack', () => {
    const text = capture(new EnergyDiffError('E_LAYERS_JSON', 'bad', { file: 'm.layers.json', jsonPath: '$.layers[0]' }));
    expect(text).toBe('::error title=energy-diff E_LAYERS_JSON,file=m.layers.json::m.layers.json: E_LAYERS_JSON at $.layers[0]: bad\n');
  });

  it('a system error (ENOSPC): its message, no stack', () => {
    const text = capture(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
    expect(text).toBe('::error::energy-diff failed: ENOSPC: no space left on device, write\n');
  });

  it('a bug: says internal error, please report, then the stack', () => {
    const text = capture(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(text).toMatch(/^::error title=energy-diff internal error::energy-diff internal error, please report it at https:\/\/github\.com\/energy-diff\/energy-diff\/issues/);
    expect(text).toMatch(/\nTypeError: Cannot read properties of undefined \(reading 'x'\)\n\s+at /);
  });
});
