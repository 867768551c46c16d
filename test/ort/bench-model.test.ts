// The one-node models `calibrate bench --runtime onnxruntime` writes: one per benchmark module (a fixed config
// each, plus configs of the seeded CPU grid) must pass python3-onnx's checker with shape inference, decode with
// our own reader to the node the fit prices, and load and run in onnxruntime with the output shape inferred.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ortForTests } from './ort-for-tests.js';
import { OrtRunner } from '../../src/adapters/onnxruntime.js';
import { QUANT_OPS, benchModel, feedValues, layerOfConfig, quantBenchModel, randomGrid, type QuantForm } from '../../src/core/calibrate/index.js';
import { BENCH_OPS } from '../../src/core/calibrate/bench-plan/plan.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { modelBytes } from '../../src/core/onnx-write/index.js';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';

/** One valid config per module (BENCH_OPS keys), small enough to run in milliseconds. */
const FIXED: Record<string, Record<string, number>> = {
  Conv2d: { batch: 2, in_channels: 16, out_channels: 24, image_size: 12, kernel_size: 3, stride: 1, padding: 1, groups: 1 },
  Linear: { batch: 4, in_features: 64, out_features: 32 },
  MatMul: { batch: 3, m: 16, k: 8, n: 12 },
  MaxPool2d: { batch: 2, channels: 8, image_size: 10, kernel_size: 3, stride: 2, padding: 1 },
  AvgPool2d: { batch: 2, channels: 8, image_size: 10, kernel_size: 2, stride: 2, padding: 0 },
  AdaptiveAvgPool2d: { batch: 2, channels: 16, image_size: 7 },
  BatchNorm2d: { batch: 2, channels: 16, image_size: 8 },
  LayerNorm: { tokens: 32, features: 64 },
  Softmax: { rows: 16, cols: 50 },
  ReLU: { elements: 1000 },
  GELU: { elements: 1000 },
  Sigmoid: { elements: 1000 },
  Tanh: { elements: 1000 },
  HardSwish: { elements: 1000 },
  Hardsigmoid: { elements: 1000 },
  Clip: { elements: 1000 },
  Add: { elements: 1000 },
  MulBroadcast: { batch: 2, channels: 16, image_size: 8 },
  Concat: { batch: 2, channels: 8, image_size: 6, parts: 3 },
  TransposeContiguous: { batch: 2, tokens: 10, heads: 4, head_dim: 16 },
  Embedding: { batch: 2, tokens: 12, vocab: 100, dim: 32 },
};

const entries = [
  ...Object.entries(FIXED).map(([op, config]) => ({ op, config })),
  // The grid's own configs (a few of each family) as the bench draws them.
  ...randomGrid({ device: 'cpu', seed: 1234, modes: ['inference'], perFamily: 2 }).map(({ op, config }) => ({ op, config })),
];

const dir = mkdtempSync(join(tmpdir(), 'energy-diff-bench-models-'));
const files = entries.map((e, i) => {
  const m = benchModel(e.op, e.config);
  if (typeof m === 'string') throw new Error(`${e.op}: ${m}`);
  const file = join(dir, `${i}-${e.op}.onnx`);
  writeFileSync(file, modelBytes(m.spec));
  return { ...e, file, model: m };
});

/** The int8 models (--int8): every form of every int8 module, on the fixed configs and grouped / odd-sized ones. */
const INT8_CONFIGS: { op: string; config: Record<string, number> }[] = [
  ...Object.keys(QUANT_OPS).map((op) => ({ op, config: FIXED[op]! })),
  { op: 'Conv2d', config: { batch: 1, in_channels: 12, out_channels: 12, image_size: 9, kernel_size: 3, stride: 2, padding: 1, groups: 12 } },
  { op: 'Linear', config: { batch: 3, in_features: 17, out_features: 5 } },
];
const int8Files = INT8_CONFIGS.flatMap((e, i) => QUANT_OPS[e.op]!.map((form: QuantForm) => {
  const m = quantBenchModel(e.op, e.config, form);
  if (typeof m === 'string') throw new Error(`${e.op} ${form}: ${m}`);
  const file = join(dir, `int8-${i}-${e.op}-${form}.onnx`);
  writeFileSync(file, modelBytes(m.spec));
  return { ...e, form, file, model: m };
}));

describe('int8 one-node bench models', () => {
  it('name the integer kernel they measure', () => {
    const kernels = int8Files.map((f) => `${f.op}/${f.form}:${f.model.opType}`);
    expect(new Set(kernels)).toEqual(new Set([
      'Conv2d/qdq:Conv', 'Conv2d/qlinear:QLinearConv', 'Linear/qdq:Gemm', 'Linear/integer:MatMulInteger',
      'MatMul/qdq:MatMul', 'MatMul/qlinear:QLinearMatMul', 'MatMul/integer:MatMulInteger',
    ]));
    expect(quantBenchModel('ReLU', FIXED.ReLU!, 'qdq')).toMatch(/no int8 model/);
    expect(quantBenchModel('Conv2d', FIXED.Conv2d!, 'integer')).toMatch(/no 'integer' int8 model/);
  });

  it.skipIf(!pythonHas('onnx'))('pass onnx.checker.check_model with full shape inference', () => {
    const results = JSON.parse(execFileSync(PYTHON, [join(import.meta.dirname, 'check_models.py'), ...int8Files.map((f) => f.file)]).toString()) as Record<string, string>;
    expect(Object.entries(results).filter(([, r]) => r !== 'ok')).toEqual([]);
    expect(Object.keys(results)).toHaveLength(int8Files.length);
  });

  it('decode with our reader to the config\'s MACs (the integer node, or the float node of the QDQ unit)', () => {
    for (const f of int8Files) {
      const layers = inferModel(decodeModelBytes(modelBytes(f.model.spec), f.file)).layers;
      const node = layers.find((l) => l.op === f.model.opType)!;
      expect([f.op, f.form, node.status, node.outputShapes[0]]).toEqual([f.op, f.form, 'estimated', f.model.outputDims]);
      expect(node.macs, `${f.op} ${f.form}`).toBe(layerOfConfig(f.op, f.config)!.macs);
    }
  });

  it('load and run in onnxruntime with the inferred output shape', async (ctx) => {
    const ort = await ortForTests();
    if (!ort) return ctx.skip();
    for (const f of int8Files) {
      const feeds = Object.fromEntries(f.model.feeds.map((x, i) => [x.name, { type: x.elemType, data: feedValues(x, i + 1), dims: x.dims }]));
      const runner = await OrtRunner.create(ort, modelBytes(f.model.spec), feeds, { threads: 1, executionProvider: 'cpu' });
      const out = await runner.outputs();
      await runner.release();
      expect([f.op, f.form, out.y]).toEqual([f.op, f.form, f.model.outputDims]);
    }
  });
});

describe('one-node bench models', () => {
  it('cover every benchmark module', () => {
    expect(Object.keys(FIXED).sort()).toEqual(Object.keys(BENCH_OPS).sort());
  });

  it.skipIf(!pythonHas('onnx'))('pass onnx.checker.check_model with full shape inference', () => {
    const results = JSON.parse(execFileSync(PYTHON, [join(import.meta.dirname, 'check_models.py'), ...files.map((f) => f.file)]).toString()) as Record<string, string>;
    const failed = Object.entries(results).filter(([, r]) => r !== 'ok');
    expect(failed).toEqual([]);
    expect(Object.keys(results)).toHaveLength(files.length);
  });

  it('decode with our reader to the node the fit prices (same MACs and output shape)', () => {
    for (const f of files) {
      const decoded = decodeModelBytes(modelBytes(f.model.spec), f.file);
      expect(decoded.graph.nodes).toHaveLength(1);
      const expected = layerOfConfig(f.op, f.config)!;
      if (f.model.domain !== '') continue; // GELU: com.microsoft Gelu, which our inference does not size
      const layer = inferModel(decoded).layers[0]!;
      expect([f.op, layer.status, layer.outputShapes[0]]).toEqual([f.op, 'estimated', expected.outputShapes[0]]);
      expect(layer.macs, f.op).toBe(expected.macs);
    }
  });

  it('load and run in onnxruntime with the inferred output shape', async (ctx) => {
    const ort = await ortForTests();
    if (!ort) return ctx.skip();
    for (const f of files) {
      const feeds = Object.fromEntries(f.model.feeds.map((x, i) => [x.name, { type: x.elemType, data: feedValues(x, i + 1), dims: x.dims }]));
      const runner = await OrtRunner.create(ort, modelBytes(f.model.spec), feeds, { threads: 1, executionProvider: 'cpu' });
      const out = await runner.outputs();
      await runner.release();
      expect([f.op, out.y]).toEqual([f.op, f.model.outputDims]);
    }
  });
});
