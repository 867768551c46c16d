// The reader against python onnx on real exports: the shared H100 exports (two exporters, external
// weights absent) and every model of Debian's libonnx-testdata suites.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { asJson, decodeWithPython, hasPythonOnnx } from './python.js';

const py = hasPythonOnnx();
const EXPORTS = ['data/h100/onnx', 'data/h100/onnx-train'].flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.onnx')).map((f) => join(d, f)),
);
const SUITES = '/usr/share/libonnx-testdata/data';
const SUITE_MODELS = existsSync(SUITES)
  ? readdirSync(SUITES).flatMap((s) => readdirSync(join(SUITES, s)).map((d) => join(SUITES, s, d, 'model.onnx'))).filter(existsSync).sort()
  : [];

describe('real exports', () => {
  it('finds the 22 shared exports (eleven dev models, two exporters)', () => expect(EXPORTS).toHaveLength(22));

  it.runIf(py)('shared exports decode exactly as python onnx decodes them', async () => {
    const theirs = decodeWithPython(EXPORTS);
    for (const [i, path] of EXPORTS.entries()) {
      expect(asJson(await loadModel(path)), path).toEqual(theirs[i]);
    }
  });

  it('shared exports keep their weights in absent external files, which are sized from the model', async () => {
    for (const path of EXPORTS) {
      const m = await loadModel(path);
      const weights = m.graph.initializers.filter((t) => t.external);
      expect(weights.length, path).toBeGreaterThan(0);
      for (const t of weights) {
        expect(t.byteLength, `${path} ${t.name}`).toBe(t.dims.reduce((a, b) => a * b, 1) * 4);
        expect(t.values).toBeUndefined();
      }
    }
  });

  it.runIf(py && SUITE_MODELS.length > 0)('every libonnx-testdata model decodes exactly as python onnx decodes it', () => {
    const theirs = decodeWithPython(SUITE_MODELS);
    let compared = 0;
    for (const [i, path] of SUITE_MODELS.entries()) {
      const expected = theirs[i];
      if (!expected || 'error' in expected) continue;
      expect(asJson(decodeModelBytes(new Uint8Array(readFileSync(path)), path)), path).toEqual(expected);
      compared++;
    }
    console.log(`libonnx-testdata: ${compared} of ${SUITE_MODELS.length} models equal python onnx's decoding`);
    expect(compared).toBeGreaterThan(1000);
  });
});
