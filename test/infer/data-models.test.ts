// The measured models shipped in data/h100: MAC totals against torchvision's published numbers, and
// parameter counts against PyTorch's own count of trainable parameters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { loadOnnx } from './helpers/load.js';
import { cachedPythonJson, hasTorch } from './helpers/python.js';

const MATRIX_OPS = new Set(['Conv', 'ConvTranspose', 'Gemm', 'MatMul']);
const matrixMacs = (m: InferredModel): number => m.layers.filter((l) => MATRIX_OPS.has(l.op)).reduce((s, l) => s + l.macs, 0);

// torchvision's model docs (GFLOPS column, which counts multiply-accumulates) at 224x224, batch 1.
const PUBLISHED_GMACS: Record<string, number> = { resnet18: 1.814, vgg11: 7.609, mobilenet_v2: 0.301, alexnet: 0.714 };
const TORCHVISION = ['resnet18', 'vgg11', 'mobilenet_v2', 'alexnet'];

// mlp_rect_4x2048: 784 inputs, 4 hidden Linear layers of 2048, 10 classes (its name and data/README.md).
const MLP_LAYERS: [number, number][] = [[784, 2048], [2048, 2048], [2048, 2048], [2048, 2048], [2048, 10]];

function recordedParams(model: string): number {
  for (const line of readFileSync('data/h100/models_dev.jsonl', 'utf8').split('\n')) {
    if (!line.includes(`"${model}"`)) continue;
    const r = JSON.parse(line) as { kind: string; model?: string; params?: number };
    if (r.kind === 'model' && r.model === model && r.params !== undefined) return r.params;
  }
  throw new Error(`no params for ${model}`);
}

describe.each(['onnx', 'onnx-train'])('data/h100/%s exports', (dir) => {
  it.each(TORCHVISION)('%s: Conv/Gemm MACs within 1% of torchvision', async (name) => {
    const m = inferModel(await loadOnnx(`data/h100/${dir}/${name}.onnx`));
    expect(m.coverage.unsupported).toEqual([]);
    const gmacs = matrixMacs(m) / 1e9;
    expect(Math.abs(gmacs / (PUBLISHED_GMACS[name] as number) - 1)).toBeLessThan(0.01);
  });

  it('mlp_rect_4x2048: MACs and params from its layer sizes', async () => {
    const m = inferModel(await loadOnnx(`data/h100/${dir}/mlp_rect_4x2048.onnx`));
    const macs = MLP_LAYERS.reduce((s, [i, o]) => s + i * o, 0);
    expect(matrixMacs(m)).toBe(macs);
    expect(m.totals.params).toBe(MLP_LAYERS.reduce((s, [i, o]) => s + i * o + o, 0));
    expect(m.totals.params).toBe(recordedParams('mlp_rect_4x2048'));
  });

  it('batch 8 multiplies every layer MAC count by 8 and keeps params', async () => {
    const model = await loadOnnx(`data/h100/${dir}/resnet18.onnx`);
    const one = inferModel(model);
    const eight = inferModel(model, { batch: 8 });
    expect(eight.batch).toBe(8);
    expect(eight.layers.map((l) => l.macs)).toEqual(one.layers.map((l) => l.macs * 8));
    expect(eight.totals.params).toBe(one.totals.params);
    expect(eight.layers.at(-1)?.outputShapes).toEqual([[8, 1000]]);
  });
});

describe.skipIf(!hasTorch())('onnx-train parameter counts', () => {
  it('equal PyTorch trainable parameters exactly', async () => {
    const expected = cachedPythonJson<Record<string, number>>('test/fixtures/torch/torchvision_params.py', TORCHVISION);
    for (const name of TORCHVISION) {
      const m = inferModel(await loadOnnx(`data/h100/onnx-train/${name}.onnx`));
      expect({ name, params: m.totals.params }).toEqual({ name, params: expected[name] });
      expect(m.totals.params).toBe(recordedParams(name));
    }
  }, 120_000);
});
