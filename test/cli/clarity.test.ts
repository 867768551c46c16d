// issue 13's CLI points: several --profile flags, the profiles table, labels, forward-only MACs of a train step,
// the paper-reproduction profile's floor warning, error places said once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listShippedProfiles } from '../../src/adapters/profiles.js';
import { describeError } from '../../src/action/errors.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { estimateEnergy, validateProfile, type EstimateReport } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeLayersJson } from '../../src/core/layers-json/index.js';
import { runMain } from '../helpers/cli.js';

const ROOT = resolve('.');
const run = (args: string[]) => runMain(['estimate', ...args], {}, ROOT);

describe('estimate with several profiles', () => {
  it('JSON: one estimate@1 report per profile, in the order given, each equal to the single-profile run', async () => {
    const r = await run(['models/sample-cnn.onnx', '--profile', 't4', '--profile', 'h100-sxm', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const list = JSON.parse(r.stdout) as EstimateReport[];
    expect(list.map((x) => x.profile.id)).toEqual(['t4', 'h100-sxm']);
    const single = JSON.parse((await run(['models/sample-cnn.onnx', '--profile', 't4', '--format', 'json'])).stdout) as EstimateReport;
    expect(list[0]).toEqual(single);
  });

  it('text: one block per profile, each with its label and band', async () => {
    const r = await run(['models/sample-cnn.onnx', '--profile', 'h100-sxm', '--profile', 't4']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^models\/sample-cnn\.onnx: /gm)).toHaveLength(2);
    expect(r.stdout).toContain('profile h100-sxm v1: estimate calibrated on NVIDIA H100 80GB HBM3, 2026-11-30, band ×0.882 … ×1.21');
    expect(r.stdout).toContain('profile t4 v1: estimate from NVIDIA T4 spec-sheet numbers, not calibrated, band ×0.5 … ×2');
    // The data files a profile was fitted on are the project's, not the reader's.
    expect(r.stdout).not.toMatch(/data\/|\.jsonl/);
  });

  it('a train step says its MACs are one forward pass', async () => {
    const r = await run(['models/sample-cnn.onnx', '--mode', 'train-step', '--batch', '8']);
    expect(r.stdout.split('\n')[0]).toMatch(/per training step at batch 8 .*, [\d.]+ MMAC forward \(the step computes about 3× as many\), /);
  });
});

describe('--list-profiles', () => {
  it('is a table of every shipped profile: id, device, kind, fit date, band, read from the profile files', async () => {
    const r = await run(['--list-profiles']);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['id', 'device', 'kind', 'fit date', 'band']);
    expect(rows.map((l) => l.split(/\s{2,}/)[0])).toEqual(listShippedProfiles());
    for (const line of rows) {
      const [id, device, kind, date, band] = line.split(/\s{2,}/);
      const p = JSON.parse(readFileSync(`hardware-profiles/${id}.json`, 'utf8'));
      expect(device).toBe(p.device.name);
      expect(kind).toBe(!p.calibrated ? 'spec-derived' : p.predictor.kind === 'getzner-v1' ? 'paper reproduction' : 'calibrated');
      expect(date).toBe(p.fitDate);
      expect(band).toBe(`×${Number(p.uncertainty.low.toPrecision(3))} … ×${Number(p.uncertainty.high.toPrecision(3))}`);
    }
    expect(rows.find((l) => l.startsWith('xeon-gold-5120-getzner '))).toContain('paper reproduction');
  });
});

describe('the paper-reproduction profile far outside its data', () => {
  const profile = validateProfile(JSON.parse(readFileSync('hardware-profiles/xeon-gold-5120-getzner.json', 'utf8')), 'xeon-gold-5120-getzner.json');
  const conv = (cin: number, cout: number, image: number, batch: number) => {
    const spec = {
      schema: 'energy-diff/layers@1', inputs: [{ name: 'x', shape: ['batch', cin, image, image] }],
      layers: [{ name: 'conv', op: 'Conv2d', attrs: { kernel_size: 3, padding: 1 }, weights: { weight: [cout, cin, 3, 3] } }],
    };
    return estimateEnergy(inferModel(decodeLayersJson(JSON.stringify(spec), 'c.layers.json'), { batch }), profile, { mode: 'inference', modelPath: 'c.layers.json', format: 'layers-json' });
  };

  it('warns on the 11.6 MMAC sample CNN (571 J per inference), and the CLI prints the warning', async () => {
    const r = await run(['models/sample-cnn.onnx', '--profile', 'xeon-gold-5120-getzner']);
    expect(r.stdout).toMatch(/^warning W_OUTSIDE_FIT_RANGE: 4 layers \(Conv, Gemm\) are far smaller than the layers profile xeon-gold-5120-getzner's regressions were fitted on: .* so 571 J of the 571 J total is the regressions' floor/m);
  });

  it('does not warn on a convolution the size of the paper\'s large ones (halving its MACs halves its energy)', () => {
    const small = conv(16, 16, 32, 1);
    const large = conv(512, 512, 224, 64); // 7.6e12 MACs, inside the data's 3.4e5 … 7.7e13
    expect(small.diagnostics.map((d) => d.code)).toContain('W_OUTSIDE_FIT_RANGE');
    expect(large.diagnostics.map((d) => d.code)).not.toContain('W_OUTSIDE_FIT_RANGE');
    const half = conv(512, 256, 224, 64);
    expect(half.totals.energyJ / large.totals.energyJ).toBeLessThan(0.9);
  });
});

describe('error messages', () => {
  it('say a place once: no "E_INPUT at input mode: input mode:"', () => {
    const e = new EnergyDiffError('E_INPUT', "input mode: expected one of report, gate, got 'block'", { input: 'mode' });
    expect(describeError(e)).toBe("E_INPUT: input mode: expected one of report, gate, got 'block'");
    const n = new EnergyDiffError('E_MODEL', 'bad attribute', { node: 'conv1', byteOffset: 12 });
    expect(describeError(n)).toBe('E_MODEL at byte 12, node conv1: bad attribute');
  });
});

describe('symbolic-dimension hints fit the input', () => {
  const spec = (dtype: string, shape: (string | number)[]) => JSON.stringify({
    schema: 'energy-diff/layers@1', inputs: [{ name: 'ids', shape, dtype }],
    layers: [{ name: 'embed', op: 'Embedding', weights: { weight: [100, 8] } }],
  });
  const hint = (dtype: string, shape: (string | number)[]) => {
    try {
      inferModel(decodeLayersJson(spec(dtype, shape), 'm.layers.json'), {}, 'm.layers.json');
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };

  it('integer token ids get a sequence, not an image shape', () => {
    expect(hint('int64', ['batch', 'seq'])).toBe("model input 'ids' has a symbolic dimension 'seq' at axis 1; pass its shape, e.g. --input ids=1x128");
  });

  it('known dimensions are kept and float images get an image shape', async () => {
    const { exampleShape } = await import('../../src/core/infer/inputs.js');
    expect(exampleShape({ elemType: 1, shape: ['n', 3, 'h', 'w'] })).toBe('1x3x224x224');
    expect(exampleShape({ elemType: 1, shape: ['n', 'seq', 512] })).toBe('1x128x512');
    expect(exampleShape({ elemType: 7, shape: undefined })).toBe('1x128');
  });
});

describe('calibrate fit: held-out R² explained, not printed bare', () => {
  it('shows R² on enough rows, n/a* with a footnote on tiny sets or a negative R²', async () => {
    const { r2Cell, r2Note } = await import('../../src/cli/commands/calibrate.js');
    expect(r2Cell(0.9876, 200, 3)).toBe('0.988');
    expect(r2Cell(0.9876, 5, 3)).toBe('n/a*');
    expect(r2Cell(-3.2, 200, 3)).toBe('n/a*');
    expect(r2Note([[0.99, 200]])).toBe('');
    expect(r2Note([[0.99, 200], [-0.4, 8]])).toMatch(/^\* R² not shown: on fewer than 20 rows, or where it is negative .*; read MAPE instead\n$/);
  });
});
