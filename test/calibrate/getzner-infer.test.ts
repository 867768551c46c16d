// getzner-v1 on layers from the real inference code (core/infer): every MaxPool2d, Conv2d, Linear and
// activation config of the Getzner data set, rebuilt as an ONNX node and inferred, must come back as
// exactly the features and MAC count the data set records for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGetznerCsv, type LayerMeasurement } from '../../src/core/calibrate/index.js';
import { getznerFeatures } from '../../src/core/estimate/predictors/getzner.js';
import { inferModel, type LayerCost } from '../../src/core/infer/index.js';
import { graph, init, model, node } from '../infer/helpers/build.js';

const DATA = join(import.meta.dirname, '../../data/getzner');

function rows(stem: string, limit = 150): LayerMeasurement[] {
  const file = join(DATA, `${stem}.csv`);
  return readGetznerCsv(readFileSync(file, 'utf8'), file).slice(0, limit);
}

function inferOne(spec: Parameters<typeof graph>[0]): LayerCost {
  const inferred = inferModel(model(graph(spec)));
  expect(inferred.coverage.unsupported).toEqual([]);
  return inferred.layers.at(-1)!;
}

describe('getzner-v1 features of inferred layers', () => {
  it('MaxPool2d: parameters and MACs as in maxpool2d.csv', () => {
    for (const m of rows('maxpool2d', 1000)) {
      const { batch_size: n, image_size: s, kernel_size: k, in_channels: c, stride, padding: p } = m.config as Record<string, number>;
      const layer = inferOne({
        inputs: { x: [n!, c!, s!, s!] },
        nodes: [node('MaxPool', ['x'], ['y'], { kernel_shape: [k!, k!], strides: [stride!, stride!], pads: [p!, p!, p!, p!] })],
      });
      expect(getznerFeatures(layer), `maxpool2d.csv line ${m.line}`).toEqual({ module: 'MaxPool2d', row: { params: m.config, macs: m.macs } });
    }
  });

  it('Conv2d and Linear: the data set MACs (bias add included)', () => {
    for (const m of rows('conv2d', 100)) {
      const { batch_size: n, image_size: s, kernel_size: k, in_channels: cin, out_channels: cout, stride, padding: p } = m.config as Record<string, number>;
      const layer = inferOne({
        inputs: { x: [n!, cin!, s!, s!] },
        inits: [init('w', [cout!, cin!, k!, k!]), init('b', [cout!])],
        nodes: [node('Conv', ['x', 'w', 'b'], ['y'], { strides: [stride!, stride!], pads: [p!, p!, p!, p!] })],
      });
      expect(getznerFeatures(layer), `conv2d.csv line ${m.line}`).toEqual({ module: 'Conv2d', row: { params: {}, macs: m.macs } });
    }
    for (const m of rows('linear', 100)) {
      const { batch_size: n, input_size: fin, output_size: fout } = m.config as Record<string, number>;
      const layer = inferOne({
        inputs: { x: [n!, fin!] },
        inits: [init('w', [fout!, fin!]), init('b', [fout!])],
        nodes: [node('Gemm', ['x', 'w', 'b'], ['y'], { transB: 1 })],
      });
      expect(getznerFeatures(layer), `linear.csv line ${m.line}`).toEqual({ module: 'Linear', row: { params: {}, macs: m.macs } });
    }
  });

  it('activations: batch and elements per sample as in the activation CSVs', () => {
    for (const [stem, op, module] of [['relu', 'Relu', 'ReLU'], ['sigmoid', 'Sigmoid', 'Sigmoid'], ['tanh', 'Tanh', 'Tanh'], ['softmax', 'Softmax', 'Softmax']] as const) {
      for (const m of rows(stem, 30)) {
        const { batch_size: n, input_size: size } = m.config as Record<string, number>;
        const layer = inferOne({ inputs: { x: [n!, size!] }, nodes: [node(op, ['x'], ['y'])] });
        const f = getznerFeatures(layer);
        expect(f?.module, `${stem}.csv line ${m.line}`).toBe(module);
        expect(f?.row.params).toMatchObject({ batch_size: n, input_size: size });
        // relu.csv records batch x input_size as MACs; the other activation CSVs record 0 (unused by their models).
        if (stem === 'relu') expect(f?.row.macs).toBe(m.macs);
      }
    }
  });
});
