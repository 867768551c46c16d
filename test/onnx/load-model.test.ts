// loadModel: the file edge of the readers (ONNX by positioned reads, *.json layer specs, missing files).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';

async function failure(path: string): Promise<EnergyDiffError> {
  const err = await loadModel(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof EnergyDiffError)) throw new Error(`expected an EnergyDiffError, got ${String(err)}`);
  return err;
}

const dir = mkdtempSync(join(tmpdir(), 'ed-load-'));

describe('loadModel', () => {
  it('an ONNX file read from disk equals the same bytes decoded in memory', async () => {
    for (const path of ['data/h100/onnx-train/mobilenet_v2.onnx', 'models/sample-cnn.onnx']) {
      expect(await loadModel(path)).toEqual(decodeModelBytes(new Uint8Array(readFileSync(path)), path));
    }
  });

  it('*.layers.json goes through the layer-spec reader', async () => {
    const path = 'models/sample-mlp.layers.json';
    const m = await loadModel(path);
    expect(m.format).toBe('layers-json');
    expect(m).toEqual(decodeLayersJson(readFileSync(path, 'utf8'), path));
  });

  it('a missing file or a directory: E_FILE_NOT_FOUND naming it', async () => {
    const missing = join(dir, 'nope.onnx');
    expect(await failure(missing)).toMatchObject({ code: 'E_FILE_NOT_FOUND', message: 'no such file', place: { file: missing } });
    expect((await failure(join(dir, 'nope.layers.json'))).code).toBe('E_FILE_NOT_FOUND');
    expect(await failure(dir)).toMatchObject({ code: 'E_FILE_NOT_FOUND', message: 'is a directory, not a model file' });
  });

  it('Git LFS pointers checked out in place of a model or a layer spec: E_LFS_POINTER', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 99\n';
    for (const name of ['m.onnx', 'm.layers.json']) {
      const path = join(dir, name);
      writeFileSync(path, pointer);
      const err = await failure(path);
      expect(err.code).toBe('E_LFS_POINTER');
      expect(err.message).toContain('git lfs pull --include <path>');
      expect(err.place.file).toBe(path);
    }
  });

  it('a JSON file given as .onnx: E_NOT_ONNX pointing at the .json naming rule', async () => {
    const path = join(dir, 'spec.onnx');
    writeFileSync(path, readFileSync('models/sample-mlp.layers.json'));
    expect((await failure(path)).message).toContain('it looks like JSON');
  });
});
