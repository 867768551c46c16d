// Reproduction of Getzner et al. (2023), Table 2: test-set R² of the seven per-layer models on the
// published data set, with the model forms of their Table 6.
import { describe, expect, it } from 'vitest';
import { readGetznerCsv, readGetznerRealConfigs, fitGetzner, median } from '../../src/core/calibrate/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { loadGetznerData } from './getzner-fixture.js';

const PAPER_TABLE_2: Record<string, number> = {
  Conv2d: 0.9977,
  MaxPool2d: 0.9995,
  Linear: 0.9992,
  ReLU: 0.9812,
  Sigmoid: 0.9905,
  Tanh: 0.9761,
  Softmax: 0.9913,
};

describe('Getzner reproduction', () => {
  const data = loadGetznerData();

  it('reads kWh per pass as joules and real configs per forward pass', () => {
    const conv = data.find((m) => m.source === 'getzner' && m.op === 'Conv2d')!;
    // First row of conv2d.csv: cpu_energy 0.00012128318066843332 kWh.
    expect(conv.joulesPerCall).toBeCloseTo(0.00012128318066843332 * 3.6e6, 9);
    expect(conv.config).toEqual({ batch_size: 123, image_size: 127, kernel_size: 7, in_channels: 80, out_channels: 29, stride: 1, padding: 2 });
    const real = data.find((m) => m.source === 'getzner-real-config' && m.op === 'Conv2d')!;
    // First row of real-configs/conv2d.csv: 0.0006344011458538 kWh over 58 forward passes.
    expect(real.joulesPerCall).toBeCloseTo((0.0006344011458538 * 3.6e6) / 58, 9);
    expect(real.config.kernel_size).toBe(11);
  });

  it('matches Table 2 within ±0.02 at the default seed', () => {
    for (const fit of fitGetzner(data, 1234)) {
      expect(Math.abs(fit.testR2 - PAPER_TABLE_2[fit.op]!), `${fit.op} R² ${fit.testR2}`).toBeLessThanOrEqual(0.02);
    }
  });

  it('matches Table 2 within ±0.02 in the median over 20 seeds (not a lucky split)', () => {
    const bySeed = Array.from({ length: 20 }, (_, seed) => fitGetzner(data, seed + 1));
    for (const op of Object.keys(PAPER_TABLE_2)) {
      const r2 = bySeed.map((fits) => fits.find((f) => f.op === op)!.testR2);
      expect(Math.abs(median(r2) - PAPER_TABLE_2[op]!), `${op} median R² ${median(r2)}`).toBeLessThanOrEqual(0.02);
    }
  }, 60_000);

  it('names file, line and column of a bad number', () => {
    const text = 'batch_size,input_size,duration,cpu_power,cpu_energy,macs,forward_passes\n1,2,3,4,5,6,7\n1,x,3,4,5,6,7\n';
    try {
      readGetznerCsv(text, 'relu.csv');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(EnergyDiffError);
      expect((err as EnergyDiffError).place).toEqual({ file: 'relu.csv', jsonPath: 'line 3, column 2 (input_size)' });
    }
  });

  it('rejects a real-config row without forward_passes', () => {
    const text = 'project_name,duration,cpu_power,cpu_energy\n"module:Linear,macs:10,batch_size:1,input_size:2,output_size:5",30,70,0.001\n';
    expect(() => readGetznerRealConfigs(text, 'linear.csv')).toThrow(/forward_passes/);
  });
});
