// Weights are never read: a model with large inline raw_data decodes by reading only message headers.
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileSource } from '../../src/adapters/byte-source.js';
import { loadModel } from '../../src/adapters/load-model.js';
import { bytesSource, decodeModel, type ByteSource } from '../../src/core/onnx/index.js';
import { fdSink, modelPb, type LazyBytes, type TensorSpec } from '../helpers/onnx-writer.js';

const MIB = 1 << 20;

/** `bytes` of a repeating non-zero pattern, produced 1 MiB at a time. */
function lazyPayload(bytes: number): LazyBytes {
  const block = Uint8Array.from({ length: MIB }, (_, i) => (i * 31 + 7) & 0xff);
  return {
    length: bytes,
    *chunks() {
      for (let left = bytes; left > 0; left -= MIB) yield left >= MIB ? block : block.subarray(0, left);
    },
  };
}

function bigModelSpec(): Parameters<typeof modelPb>[0] {
  const weights: TensorSpec[] = [
    { name: 'w0', dataType: 1, dims: [4096, 8192], raw: lazyPayload(4096 * 8192 * 4) },
    { name: 'w1', dataType: 1, dims: [8192, 4096], raw: lazyPayload(8192 * 4096 * 4) },
    { name: 'shape', dataType: 7, dims: [2], int64Data: [-1, 4096] },
  ];
  return {
    graph: {
      name: 'big',
      inputs: [{ name: 'x', elemType: 1, shape: ['batch', 4096] }],
      outputs: [{ name: 'y', elemType: 1, shape: ['batch', 4096] }],
      initializers: weights,
      nodes: [
        { opType: 'MatMul', name: 'mm0', inputs: ['x', 'w0'], outputs: ['h'] },
        { opType: 'MatMul', name: 'mm1', inputs: ['h', 'w1'], outputs: ['h2'] },
        { opType: 'Reshape', name: 'r', inputs: ['h2', 'shape'], outputs: ['y'] },
      ],
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'ed-onnx-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inline weights are skipped', () => {
  const path = join(dir, 'big.onnx');
  const fd = openSync(path, 'w');
  const sizeBytes = modelPb(bigModelSpec()).writeTo(fdSink(fd));
  closeSync(fd);

  it('a 256 MiB model decodes reading under 256 KiB of it from disk', async () => {
    expect(sizeBytes).toBeGreaterThan(256 * MIB);
    const source = openFileSource(path);
    try {
      const m = decodeModel(source, path);
      expect(m.graph.initializers.map((t) => [t.name, t.byteLength, t.values])).toEqual([
        ['w0', 128 * MIB, undefined],
        ['w1', 128 * MIB, undefined],
        ['shape', 16, [-1, 4096]],
      ]);
      expect(source.bytesRead).toBeLessThan(256 * 1024);
    } finally {
      source.close();
    }
    expect((await loadModel(path)).graph.nodes.map((n) => n.opType)).toEqual(['MatMul', 'MatMul', 'Reshape']);
  });

  it('over an in-memory source, the bytes handed to the decoder are a tiny fraction of the file', () => {
    const bytes = modelPb(bigModelSpec()).finish();
    const inner = bytesSource(bytes);
    let handed = 0;
    const counting: ByteSource = {
      sizeBytes: inner.sizeBytes,
      read(offset, length) {
        const b = inner.read(offset, length);
        handed += b.length;
        return b;
      },
    };
    decodeModel(counting, 'big.onnx');
    expect(handed).toBeLessThan(512 * 1024);
  });
});
