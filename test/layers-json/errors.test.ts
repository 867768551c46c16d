// Every way a layers file is rejected: code E_LAYERS_JSON, the file, and the JSON path (or line:column) of the
// offending value. Structural errors are also rejected by the published JSON Schema; valid documents pass both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';
import { cnnDoc, cnnDocOnnx, text, type Doc } from './helpers/docs.js';
import { validateAgainst } from './helpers/mini-schema.js';

const SCHEMA = JSON.parse(readFileSync('schemas/layers.schema.json', 'utf8')) as Record<string, unknown>;
const FILE = 'models/bad.layers.json';

function rejection(src: string): EnergyDiffError {
  return thrownBy(EnergyDiffError, () => decodeLayersJson(src, FILE));
}

interface Case {
  what: string;
  edit: (d: Doc) => unknown;
  path: string;
  message: RegExp;
  /** false: a rule JSON Schema cannot state (uniqueness, references), checked by the decoder only. */
  schema?: false;
}

const L = (d: Doc, i: number): Record<string, unknown> => d.layers[i] as Record<string, unknown>;

const CASES: Case[] = [
  { what: 'a top-level array', edit: () => [], path: '$', message: /expected an object, got an array/ },
  { what: 'no schema', edit: (d) => { delete d.schema; return d; }, path: '$.schema', message: /missing "schema"/ },
  { what: 'another schema version', edit: (d) => ({ ...d, schema: 'energy-diff/layers@2' }), path: '$.schema', message: /unsupported schema.*layers@2/ },
  { what: 'an estimate report', edit: (d) => ({ ...d, schema: 'energy-diff/estimate@1' }), path: '$.schema', message: /reads "energy-diff\/layers@1"/ },
  { what: 'a misspelt top field', edit: (d) => ({ ...d, layer: [] }), path: '$.layer', message: /unknown field 'layer'/ },
  { what: 'a fractional opset', edit: (d) => ({ ...d, opset: 13.5 }), path: '$.opset', message: /positive integer/ },
  { what: 'no inputs', edit: (d) => { delete (d as Record<string, unknown>).inputs; return d; }, path: '$.inputs', message: /missing "inputs"/ },
  { what: 'empty inputs', edit: (d) => ({ ...d, inputs: [] }), path: '$.inputs', message: /at least one input/ },
  { what: 'an input that is a string', edit: (d) => ({ ...d, inputs: ['x'] }), path: '$.inputs[0]', message: /expected an object/ },
  { what: 'an input without shape', edit: (d) => { delete d.inputs[0]?.shape; return d; }, path: '$.inputs[0].shape', message: /missing "shape" of input 'x'/ },
  { what: 'a negative dim', edit: (d) => { (d.inputs[0] as Record<string, unknown>).shape = ['batch', 3, -32, 32]; return d; }, path: '$.inputs[0].shape[2]', message: /non-negative integer or symbolic name.*-32/ },
  { what: 'a fractional dim', edit: (d) => { (d.inputs[0] as Record<string, unknown>).shape = [1, 3.5]; return d; }, path: '$.inputs[0].shape[1]', message: /number 3.5/ },
  { what: 'an unknown dtype', edit: (d) => { (d.inputs[0] as Record<string, unknown>).dtype = 'fp32'; return d; }, path: '$.inputs[0].dtype', message: /unknown dtype 'fp32'/ },
  { what: 'duplicate input names', edit: (d) => ({ ...d, inputs: [...d.inputs, { name: 'x', shape: [1] }] }), path: '$.inputs[1].name', message: /duplicate input name 'x'/, schema: false },
  { what: 'no layers', edit: (d) => { delete (d as Record<string, unknown>).layers; return d; }, path: '$.layers', message: /missing "layers"/ },
  { what: 'empty layers', edit: (d) => ({ ...d, layers: [] }), path: '$.layers', message: /at least one layer/ },
  { what: 'a layer that is null', edit: (d) => { d.layers[1] = null as unknown as Record<string, unknown>; return d; }, path: '$.layers[1]', message: /expected an object, got null/ },
  { what: 'a layer without op', edit: (d) => { delete L(d, 2).op; return d; }, path: '$.layers[2].op', message: /missing "op"/ },
  { what: 'a layer without name', edit: (d) => { delete L(d, 0).name; return d; }, path: '$.layers[0].name', message: /missing "name"/ },
  { what: 'an empty op', edit: (d) => { L(d, 2).op = ''; return d; }, path: '$.layers[2].op', message: /non-empty string/ },
  { what: 'a misspelt layer field', edit: (d) => { L(d, 0).attributes = {}; return d; }, path: '$.layers[0].attributes', message: /unknown field 'attributes'/ },
  { what: 'attrs as an array', edit: (d) => { L(d, 0).attrs = [3]; return d; }, path: '$.layers[0].attrs', message: /expected an object/ },
  { what: 'an object attribute', edit: (d) => { L(d, 3).attrs = { kernel_shape: { h: 3 } }; return d; }, path: '$.layers[3].attrs.kernel_shape', message: /got an object/ },
  { what: 'a mixed array attribute', edit: (d) => { L(d, 3).attrs = { kernel_shape: [3, 'x'] }; return d; }, path: '$.layers[3].attrs.kernel_shape', message: /array of numbers or of strings/ },
  { what: 'a null attribute', edit: (d) => { L(d, 0).attrs = { 'odd-name': null }; return d; }, path: '$.layers[0].attrs["odd-name"]', message: /got null/ },
  { what: 'a fractional weight dim', edit: (d) => { L(d, 0).weights = { weight: [8, 3, 2.5, 3] }; return d; }, path: '$.layers[0].weights.weight[2]', message: /non-negative integer/ },
  { what: 'a symbolic weight dim', edit: (d) => { L(d, 0).weights = { weight: ['out', 3, 3, 3] }; return d; }, path: '$.layers[0].weights.weight[0]', message: /non-negative integer, got the string "out"/ },
  { what: 'a weight object without shape', edit: (d) => { L(d, 0).weights = { weight: { dims: [8, 3, 3, 3] } }; return d; }, path: '$.layers[0].weights.weight.dims', message: /unknown field 'dims'/ },
  { what: 'a weight with a bad dtype', edit: (d) => { L(d, 0).weights = { weight: { shape: [8, 3, 3, 3], dtype: 'f16' } }; return d; }, path: '$.layers[0].weights.weight.dtype', message: /unknown dtype 'f16'/ },
  { what: 'a fractional constant', edit: (d) => { L(d, 4).op = 'Reshape'; L(d, 4).constants = { shape: [1, 0.5] }; return d; }, path: '$.layers[4].constants.shape[1]', message: /expected an integer/ },
  { what: 'a constant that is a string', edit: (d) => { L(d, 4).op = 'Gather'; L(d, 4).constants = { indices: '0' }; return d; }, path: '$.layers[4].constants.indices', message: /an integer or an array of integers, got the string "0"/ },
  { what: 'a weight named like an activation', edit: (d) => { L(d, 5).weights = { weight: { shape: [10, 8], tensor: 'relu' } }; return d; }, path: '$.layers[5].weights.weight', message: /tensor name 'relu' is also an activation written by \$\.layers\[2\]/, schema: false },
  {
    what: 'a packed attention weight that does not split in three',
    edit: (d) => { d.layers.push({ name: 'attn', op: 'MultiheadAttention', attrs: { embed_dim: 10, num_heads: 2 }, inputShapes: [[1, 4, 10]], weights: { in_proj_weight: [31, 10] } }); return d; },
    path: '$.layers[6].weights.in_proj_weight', message: /dim 0 of \[31, 10\] does not split into 3 equal parts/, schema: false,
  },
  {
    what: 'LSTM weights that do not fill W',
    edit: (d) => { d.layers.push({ name: 'lstm', op: 'LSTM', inputs: ['x'], attrs: { hidden_size: 4, input_size: 5 }, weights: { weight_ih_l0: [16, 6], weight_hh_l0: [16, 4] } }); return d; },
    path: '$.layers[6].weights.weight_ih_l0', message: /weight_ih_l0 hold 96 elements, expected 80 for \[1, 16, 5\]/, schema: false,
  },
  { what: 'a domain that is a number', edit: (d) => { L(d, 2).domain = 1; return d; }, path: '$.layers[2].domain', message: /expected a string/ },
  { what: 'empty outputs', edit: (d) => { L(d, 2).outputs = []; return d; }, path: '$.layers[2].outputs', message: /at least one output/ },
  { what: 'an unknown input tensor', edit: (d) => { L(d, 2).inputs = ['bn', 'bnn']; return d; }, path: '$.layers[2].inputs[1]', message: /unknown tensor 'bnn'/, schema: false },
  { what: 'a duplicate layer name', edit: (d) => { L(d, 3).name = 'bn'; return d; }, path: '$.layers[3].name', message: /duplicate layer name 'bn' \(also \$\.layers\[1\]\)/, schema: false },
  { what: 'an output written twice', edit: (d) => { L(d, 3).outputs = ['relu']; return d; }, path: '$.layers[3].outputs[0]', message: /'relu' is already written by \$\.layers\[2\]/, schema: false },
  { what: 'a layer named like a model input', edit: (d) => { L(d, 0).name = 'x'; return d; }, path: '$.layers[0].name', message: /'x' is already written by \$\.inputs\[0\]/, schema: false },
  { what: 'outputShapes for too few outputs', edit: (d) => { L(d, 2).outputShapes = [[1, 8, 16, 16], [1]]; return d; }, path: '$.layers[2].outputShapes', message: /2 shapes for 1 outputs/, schema: false },
  { what: 'inputShapes for too many inputs', edit: (d) => { L(d, 2).inputShapes = []; return d; }, path: '$.layers[2].inputShapes', message: /0 shapes for 1 inputs/, schema: false },
  { what: 'an unknown model output', edit: (d) => ({ ...d, outputs: ['fc', 'logits'] }), path: '$.outputs[1]', message: /no layer writes a tensor named 'logits'/, schema: false },
  {
    what: 'a tied tensor with other dims',
    edit: (d) => { L(d, 0).weights = { weight: { shape: [8, 3, 3, 3], tensor: 'shared' } }; L(d, 5).weights = { weight: { shape: [10, 8], tensor: 'shared' } }; return d; },
    path: '$.layers[5].weights.weight', message: /'shared' is declared with dims \[10, 8\] here and \[8, 3, 3, 3\] at \$\.layers\[0\]\.weights\.weight/, schema: false,
  },
  { what: 'a weight an alias does not take', edit: (d) => { L(d, 1).weights = { weight: [8], gamma: [8] }; return d; }, path: '$.layers[1].weights.gamma', message: /BatchNorm2d takes no weight 'gamma' \(it takes: weight, scale, bias, B, running_mean/, schema: false },
  { what: 'constants on an alias', edit: (d) => { L(d, 4).constants = { shape: [1, -1] }; return d; }, path: '$.layers[4].constants', message: /constants are for ONNX operators; Flatten derives its own/, schema: false },
];

describe('layers.json rejections', () => {
  it.each(CASES)('$what → $path', ({ edit, path, message, schema }) => {
    const doc = edit(cnnDoc());
    const err = rejection(text(doc));
    expect(err.code).toBe('E_LAYERS_JSON');
    expect(err.place).toEqual({ file: FILE, jsonPath: path });
    expect(err.message).toMatch(message);
    if (schema !== false) expect(validateAgainst(SCHEMA, doc)).not.toEqual([]);
    else expect(validateAgainst(SCHEMA, doc)).toEqual([]);
  });

  it('a byte order mark before the JSON is accepted', () => {
    expect(decodeLayersJson(`\uFEFF${text(cnnDoc())}`, FILE).graph.nodes).toHaveLength(6);
    expect(rejection('\uFEFF{"a" 1}').message).toMatch(/^invalid JSON at line 1, column 6: expected ':'/);
  });

  it('valid documents pass the decoder and the JSON Schema', () => {
    for (const doc of [cnnDoc(), cnnDocOnnx(), JSON.parse(readFileSync('models/sample-mlp.layers.json', 'utf8')) as unknown]) {
      expect(validateAgainst(SCHEMA, doc)).toEqual([]);
      expect(decodeLayersJson(text(doc), FILE).format).toBe('layers-json');
    }
  });
});

describe('invalid JSON names line and column', () => {
  const cases: { what: string; src: string; line: number; column: number; reason: RegExp }[] = [
    { what: 'a trailing comma', src: '{\n "schema": "energy-diff/layers@1",\n "layers": [1, 2,]\n}', line: 3, column: 18, reason: /where a value was expected/ },
    { what: 'an unquoted key', src: '{\n  schema: 1\n}', line: 2, column: 3, reason: /property name in double quotes/ },
    { what: 'a missing comma', src: '{"a": 1\n "b": 2}', line: 2, column: 2, reason: /expected ',' or '}'/ },
    { what: 'an unterminated string', src: '{"name": "conv', line: 1, column: 15, reason: /unterminated string/ },
    { what: 'a truncated file', src: '{"layers": [\n  {"name": "a"},\n', line: 3, column: 1, reason: /end of input/ },
    { what: 'an empty file', src: '', line: 1, column: 1, reason: /end of input/ },
    { what: 'a comment', src: '{\n  // layers\n}', line: 2, column: 3, reason: /property name/ },
    { what: 'a leading zero', src: '[01]', line: 1, column: 3, reason: /expected ',' or ']'/ },
    { what: 'text after the value', src: '{}\n{}', line: 2, column: 1, reason: /after the JSON value/ },
    { what: 'a non-ASCII line before the error', src: '{"name": "résumé",\n "x": tru}', line: 2, column: 7, reason: /where a value was expected/ },
  ];
  it.each(cases)('$what → $line:$column', ({ src, line, column, reason }) => {
    expect(() => JSON.parse(src)).toThrow();
    const err = rejection(src);
    expect(err.code).toBe('E_LAYERS_JSON');
    expect(err.place.file).toBe(FILE);
    expect(err.message).toMatch(new RegExp(`^invalid JSON at line ${line}, column ${column}: `));
    expect(err.message).toMatch(reason);
    // The byte offset points at the same character in the UTF-8 bytes.
    const lines = src.split('\n');
    const charOffset = lines.slice(0, line - 1).reduce((s, l) => s + l.length + 1, 0) + column - 1;
    expect(err.place.byteOffset).toBe(Buffer.byteLength(src.slice(0, charOffset)));
  });
});
