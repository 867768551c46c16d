// Bad input gives one clear EnergyDiffError naming the file and the place, never a crash or a partial model.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { modelBytes, Pb } from '../helpers/onnx-writer.js';
import { thrownBy } from '../helpers/errors.js';
import { concat } from '../helpers/pb.js';
import { featureModel } from './fixtures.js';
import { hasPythonOnnx, tempModel } from './python.js';

function failure(bytes: Uint8Array, file = 'model.onnx'): EnergyDiffError {
  return thrownBy(EnergyDiffError, () => decodeModelBytes(bytes, file));
}

/** Deterministic pseudo-random numbers in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const real = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

describe('truncated files', () => {
  for (const path of ['data/h100/onnx/mlp_rect_4x2048.onnx', 'data/h100/onnx/resnet18.onnx']) {
    it(`${path} cut at every byte offset: always a clean error, never a partial model`, () => {
      const full = real(path);
      const codes = new Map<string, number>();
      for (let n = 0; n < full.length; n++) {
        const err = failure(full.subarray(0, n), path);
        expect(err.place.file).toBe(path);
        codes.set(err.code, (codes.get(err.code) ?? 0) + 1);
      }
      // Cuts inside the graph (nearly all) say where the data ends; a cut between top-level fields
      // leaves no graph or no opset.
      expect([...codes.keys()].sort()).toEqual(['E_NOT_ONNX', 'E_ONNX_OPSET', 'E_ONNX_TRUNCATED']);
      expect(codes.get('E_ONNX_TRUNCATED')).toBeGreaterThan(full.length * 0.95);
    });
  }

  it('names the byte offset and the field path where the data ran out', () => {
    const full = real('data/h100/onnx/resnet18.onnx');
    const err = failure(full.subarray(0, 5000), 'resnet18.onnx');
    expect(err.code).toBe('E_ONNX_TRUNCATED');
    expect(err.place).toEqual({ file: 'resnet18.onnx', byteOffset: expect.any(Number) });
    expect(err.message).toMatch(/^truncated: field 1 needs \d+ bytes but the file ends at byte 5000 \(in graph\.node\[\d+\]\)$/);
    const early = failure(full.subarray(0, 5), 'resnet18.onnx');
    expect([early.message, early.place.byteOffset]).toEqual(['truncated: field 2 needs 7 bytes but the file ends at byte 5', 4]);
  });
});

describe('corrupted files', () => {
  it('2000 single-bit flips in a real export: a model or an EnergyDiffError, never a crash', () => {
    const full = real('data/h100/onnx-train/resnet18.onnx');
    const rnd = lcg(7);
    let errors = 0;
    for (let k = 0; k < 2000; k++) {
      const b = full.slice();
      const at = Math.floor(rnd() * b.length);
      b[at] = (b[at] as number) ^ (1 << Math.floor(rnd() * 8));
      try {
        decodeModelBytes(b, 'flipped.onnx');
      } catch (err) {
        expect(err).toBeInstanceOf(EnergyDiffError);
        errors++;
      }
    }
    expect(errors).toBeGreaterThan(100);
  });

  it('a varint longer than 10 bytes: E_ONNX_VARINT at its offset', () => {
    const good = modelBytes(featureModel());
    // ir_version, then a producer_version field whose length varint never ends
    const bad = concat([good.subarray(0, 2), new Pb().string(2, 'a producer name long enough').finish(), Uint8Array.from([0x1a, ...Array(11).fill(0xff), 0x01])]);
    const err = failure(bad);
    expect(err.code).toBe('E_ONNX_VARINT');
    expect(err.place.byteOffset).toBe(2 + 29 + 1);
    expect(err.message).toBe('bad varint: longer than 10 bytes');
  });

  it('wire type 6 or 7 inside the graph: E_ONNX_WIRE_TYPE naming the field and offset', () => {
    for (const wire of [6, 7]) {
      const g = new Pb().string(2, 'g').raw(Uint8Array.from([(9 << 3) | wire, 0]));
      const bytes = new Pb().varint(1, 8).string(2, 'a producer name long enough').message(7, g).finish();
      const err = failure(bytes);
      expect(err.code).toBe('E_ONNX_WIRE_TYPE');
      expect([err.message, err.place]).toEqual([`bad wire type ${wire} for field 9 (in graph)`, { file: 'model.onnx', byteOffset: 36 }]);
    }
  });

  it('subgraphs nested without end: a clean error, not a stack overflow', () => {
    let g = new Pb().string(2, 'leaf');
    for (let i = 0; i < 200; i++) {
      const attr = new Pb().string(1, 'body').message(6, g).varint(20, 5);
      g = new Pb().message(1, new Pb().string(4, 'Loop').message(5, attr));
    }
    const bytes = new Pb().varint(1, 8).string(2, 'a producer name long enough').message(7, g).finish();
    expect(failure(bytes).code).toBe('E_ONNX_NESTING');
  });
});

describe('files that are not ONNX', () => {
  const lfs = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 46827520\n';

  it('a Git LFS pointer: E_LFS_POINTER with the fix', () => {
    const err = failure(new TextEncoder().encode(lfs), 'models/resnet.onnx');
    expect(err.code).toBe('E_LFS_POINTER');
    expect(err.place).toEqual({ file: 'models/resnet.onnx', byteOffset: 0 });
    expect(err.message).toContain('git lfs pull --include <path>');
    expect(err.message).toContain('lfs: true');
  });

  it('a PNG, JSON, plain text, an empty file: E_NOT_ONNX saying what it looks like', () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    expect(failure(new Uint8Array(png)).message).toBe('not an ONNX model: it looks like a PNG image');
    expect(failure(new TextEncoder().encode('{"schema": "energy-diff/layers@1", "layers": []}')).message).toContain('it looks like JSON');
    expect(failure(new TextEncoder().encode('Conv 3x3 64 channels, then a ReLU\n')).message).toContain('it is plain text');
    expect(failure(new Uint8Array(0)).message).toContain('the file is empty');
    for (const b of [png, '{}', 'hello, world, hello!']) expect(failure(typeof b === 'string' ? new TextEncoder().encode(b) : new Uint8Array(b)).code).toBe('E_NOT_ONNX');
  });

  it.runIf(hasPythonOnnx())('a ZIP archive (PyTorch checkpoint): E_NOT_ONNX', () => {
    const path = tempModel(new Uint8Array(0), 'ckpt.zip');
    execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w") as z: z.writestr("archive/data.pkl", b"x" * 100)', path]);
    const err = failure(new Uint8Array(readFileSync(path)), 'model.pt');
    expect(err.code).toBe('E_NOT_ONNX');
    expect(err.message).toContain('ZIP archive');
  });

  it('2000 random byte strings: all E_NOT_ONNX', () => {
    const rnd = lcg(11);
    for (let k = 0; k < 2000; k++) {
      const b = new Uint8Array(1 + Math.floor(rnd() * 3000));
      for (let i = 0; i < b.length; i++) b[i] = Math.floor(rnd() * 256);
      expect(failure(b, 'random.bin').code).toBe('E_NOT_ONNX');
    }
  });
});

describe('opsets', () => {
  it('a default-domain opset newer than known (99): E_ONNX_OPSET', () => {
    const err = failure(modelBytes({ ...featureModel(), opsets: [{ domain: '', version: 99 }] }));
    expect(err.code).toBe('E_ONNX_OPSET');
    expect(err.message).toContain('default-domain opset 99 is not supported (known: 1..23)');
  });

  it('no opset_import at all: E_ONNX_OPSET', () => {
    expect(failure(modelBytes({ ...featureModel(), opsets: [] })).code).toBe('E_ONNX_OPSET');
  });

  it('custom domains alone and opset 23 are accepted', () => {
    expect(decodeModelBytes(modelBytes({ ...featureModel(), opsets: [{ domain: 'ai.onnx.preview.training', version: 1 }] })).opsetImport).toHaveLength(1);
    expect(decodeModelBytes(modelBytes({ ...featureModel(), opsets: [{ domain: 'ai.onnx', version: 23 }] })).opsetImport[0]?.version).toBe(23);
  });
});
