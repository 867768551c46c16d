// H100 micro-benchmark records in the Getzner data set's terms (parameter names and MAC conventions).
import { describe, expect, it } from 'vitest';
import { toGetznerConvention, type LayerMeasurement, fitGetzner } from '../../src/core/calibrate/index.js';
import { readMeasurementFiles } from '../../src/adapters/measurements.js';
import { join } from 'node:path';

function h100(op: string, config: Record<string, number>, macs: number): LayerMeasurement {
  return { source: 'h100-jsonl', op, config, mode: 'inference', macs, joulesPerCall: 1, file: 'x.jsonl', line: 1 };
}

describe('toGetznerConvention', () => {
  it('adds the bias add to Conv2d MACs and renames the parameters', () => {
    // layers_train.jsonl line 2: 13 x 9→13 channels, image 8, kernel 7, stride 1, padding 1 → 4x4 output;
    // its macs 1192464 = 13·13·16·9·49 (no bias); Getzner's convention adds 13·13·16 = 2704.
    const m = toGetznerConvention(h100('Conv2d', { batch: 13, in_channels: 9, out_channels: 13, image_size: 8, kernel_size: 7, stride: 1, padding: 1, groups: 1 }, 1192464))!;
    expect(m.macs).toBe(1192464 + 2704);
    expect(m.config).toEqual({ batch_size: 13, image_size: 8, kernel_size: 7, in_channels: 9, out_channels: 13, stride: 1, padding: 1 });
    expect(toGetznerConvention(h100('Conv2d', { batch: 1, in_channels: 8, out_channels: 8, image_size: 8, kernel_size: 3, stride: 1, padding: 1, groups: 8 }, 1))).toBeNull();
  });

  it('counts MaxPool2d as output x kernel² / 2, Linear with bias, Softmax rows as batch', () => {
    // maxpool2d.csv line 2 has macs 938070540 for batch 110, 493 channels, image 152, kernel 6, stride 5, padding 3.
    const pool = toGetznerConvention(h100('MaxPool2d', { batch: 110, channels: 493, image_size: 152, kernel_size: 6, stride: 5, padding: 3 }, 0))!;
    expect(pool.macs).toBe(938070540);
    // linear.csv line 2: 472 x 4645 → 1920 has macs 4210391040.
    expect(toGetznerConvention(h100('Linear', { batch: 472, in_features: 4645, out_features: 1920 }, 0))!.macs).toBe(4210391040);
    expect(toGetznerConvention(h100('Softmax', { rows: 64, cols: 1000 }, 0))!.config).toEqual({ batch_size: 64, input_size: 1000 });
    expect(toGetznerConvention(h100('GELU', { elements: 10 }, 10))).toBeNull();
  });

  it('fits the H100 inference data, leaving out modules with too few configs', () => {
    const rows = readMeasurementFiles(['data/h100/layers_inference.jsonl'], join(import.meta.dirname, '../..'));
    const fits = fitGetzner(rows, 1234);
    // 6 Sigmoid and 6 Tanh records in layers_inference.jsonl: fewer than 10 to split.
    expect(fits.map((f) => f.op)).not.toContain('Sigmoid');
    expect(fits.map((f) => f.op)).toContain('Linear');
  });
});
