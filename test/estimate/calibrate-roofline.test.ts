// `energy-diff calibrate fit --method physical` (the old name of --method roofline, kept as an alias)
// in-process on real H100 layer files: a valid roofline-v1 profile whose layer constants equal what the
// h100 fit derives from the same rows.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { estimateEnergy, type RooflinePredictor, validateProfile } from '../../src/core/estimate/index.js';
import { captureIo } from '../helpers/cli.js';
import { cachedFit } from '../helpers/fit-cache.js';
import { inferDev, profile } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');

describe('energy-diff calibrate fit --method physical (alias of roofline)', () => {
  it('fits roofline-v1 from H100 layer files; constants match the shipped h100-sxm fit of the same rows', async () => {
    const files = ['layers_inference', 'layers_real_inference', 'layers_extra', 'layers_train'].map((f) => `data/h100/${f}.jsonl`);
    const args = ['--method', 'physical', '--device', 'h100-sxm5-80gb', '--id', 'h100-cli', '--fit-date', '2026-11-30', ...files];
    const cli = await cachedFit(['calibrate fit', ...args], async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'energy-diff-phys-')), 'h100.json');
      const io = captureIo(ROOT);
      const code = await main(['calibrate', 'fit', ...args, '--out', out], io);
      return { code, out: io.out, err: io.err, profile: code === 0 ? readFileSync(out, 'utf8') : '' };
    });
    expect(cli.err).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/conv\s+158/);
    const fitted = validateProfile(JSON.parse(cli.profile), 'h100.json');
    expect(fitted.predictor.kind).toBe('roofline-v1');
    expect(fitted.calibrated).toBe(true);
    const mine = fitted.predictor as unknown as RooflinePredictor;
    const shipped = profile('h100-sxm').predictor as unknown as RooflinePredictor;
    // Same rows, same idle (the median idle of the measurement files is close to probe.json's, not equal).
    expect(mine.inference.gemm!.flopsPerS / shipped.inference.gemm!.flopsPerS).toBeCloseTo(1, 2);
    expect(mine.composition.inference).toEqual({ launchScale: 1, passOverheadS: 0 });
    const r = estimateEnergy(await inferDev('onnx', 'resnet18', 8), fitted, { mode: 'inference', modelPath: 'r.onnx', format: 'onnx' });
    expect(r.totals.energyJ).toBeGreaterThan(0);
    expect(r.totals.energyJLow).toBeLessThan(r.totals.energyJ);
  }, 120_000);
});
