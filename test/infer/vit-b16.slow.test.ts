// Opt-in (ENERGY_DIFF_SLOW_TESTS=1): torchvision's real vit_b_16 exported at batch 1, inferred at batch 8,
// against the same model exported at batch 8 and torchvision's published 17.564 GFLOPS (MACs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { CACHE_DIR, loadOnnx } from './helpers/load.js';
import { cachedPythonJson, hasTorch } from './helpers/python.js';
import { tensorShapes } from './helpers/tensor-shapes.js';

const slow = process.env.ENERGY_DIFF_SLOW_TESTS === '1';

describe.skipIf(!slow || !hasTorch())('vit_b_16 batch override', () => {
  it('batch 8 on the batch-1 export equals the batch-8 export', async () => {
    const m = cachedPythonJson<{ params: number; files: Record<string, string>; outputs: Record<string, number[]> }>(
      'test/fixtures/torch/export_vit_b16.py', [join(CACHE_DIR, 'vit-b16')], 600_000, (v) => Object.values(v.files).every((f) => existsSync(f)));
    const b1 = await loadOnnx(m.files['1'] as string);
    const b8 = await loadOnnx(m.files['8'] as string);
    const one = inferModel(b1);
    const matrix = one.layers.filter((l) => ['Conv', 'Gemm', 'MatMul'].includes(l.op)).reduce((s, l) => s + l.macs, 0);
    expect(Math.abs(matrix / 1e9 / 17.564 - 1)).toBeLessThan(0.01);
    const over = inferModel(b1, { batch: 8 });
    const real = inferModel(b8);
    expect(over.coverage.unsupported).toEqual([]);
    expect(over.totals.macs).toBe(real.totals.macs);
    expect(over.layers.at(-1)?.outputShapes[0]).toEqual(m.outputs['8']);
    const reported = over.diagnostics.filter((d) => d.code === 'W_BATCH_BAKED' && !d.message.includes('re-derived in')).map((d) => d.message);
    const constants = new Set(b1.graph.nodes.filter((n) => n.opType === 'Constant').flatMap((n) => n.outputs));
    const got = tensorShapes(b1, over);
    for (const [tensor, shape] of tensorShapes(b8, real)) {
      if (constants.has(tensor) || reported.some((r) => r.includes(tensor))) continue;
      expect({ tensor, shape: got.get(tensor) }).toEqual({ tensor, shape });
    }
  }, 900_000);
});
