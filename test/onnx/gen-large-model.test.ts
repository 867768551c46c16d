// The benchmark's generated transformer, at a small size: valid ONNX (onnx.checker), decoded as python
// decodes it, and fully inferred, so the 1.5 GB bench model measures a real graph.
import { closeSync, mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureLargeModel, transformerSpec } from '../../bench/gen-large-model.js';
import { loadModel } from '../../src/adapters/load-model.js';
import { inferModel } from '../../src/core/infer/index.js';
import { fdSink, modelPb } from '../helpers/onnx-writer.js';
import { asJson, checkerError, decodeWithPython, hasPythonOnnx } from './python.js';

const SMALL = { layers: 2, dModel: 64, heads: 4, ffn: 256, vocab: 100, seq: 16 };

describe('bench/gen-large-model', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ed-gen-'));
  const path = ensureLargeModel(dir, SMALL);

  it.runIf(hasPythonOnnx())('writes a model onnx.checker accepts and python decodes as we do', async () => {
    expect(checkerError(path)).toBe('');
    expect(asJson(await loadModel(path))).toEqual(decodeWithPython([path])[0]);
  });

  it('infers every node; MACs and parameters follow from the shape (tied LM head counted once)', async () => {
    const r = inferModel(await loadModel(path), { batch: 2 });
    expect(r.coverage.estimated).toBe(r.coverage.nodes);
    const { layers, dModel: d, ffn, vocab, seq } = SMALL;
    const perLayer = 4 * (d * d + d) + (d * ffn + ffn) + (ffn * d + d) + 4 * d;
    expect(r.totals.params).toBe(vocab * d + layers * perLayer);
    const matmulMacs = 2 * seq * (layers * (4 * d * d + 2 * d * ffn + 2 * seq * d) + d * vocab);
    const matmuls = r.layers.filter((l) => l.op === 'MatMul').reduce((n, l) => n + l.macs, 0);
    expect(matmuls).toBe(matmulMacs);
  });

  it('streams to disk: the file size is the message size computed up front', () => {
    const again = join(dir, 'again.onnx');
    const fd = openSync(again, 'w');
    const pb = modelPb(transformerSpec(SMALL));
    pb.writeTo(fdSink(fd));
    closeSync(fd);
    expect(statSync(again).size).toBe(pb.size);
    expect(readFileSync(again)).toEqual(readFileSync(path));
  });
});
