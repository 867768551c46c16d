// The layer model's physics on its own (seeded random layers and constants), and the bounded
// Levenberg–Marquardt fitter recovering known constants from data the model generated.
import { describe, expect, it } from 'vitest';
import { levenbergMarquardt, seededRandom } from '../../src/core/calibrate/index.js';
import { layerEnergy, layerTime, type LayerFeatures, type RooflineClassParams } from '../../src/core/estimate/index.js';

const device = { idlePowerW: 120, tdpW: 700 };
const CACHE = 50 * 2 ** 20;
const random = seededRandom(7);
const logUniform = (lo: number, hi: number): number => Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo)));

function params(): RooflineClassParams {
  return {
    launchS: logUniform(5e-6, 5e-5), flopsPerS: logUniform(1e12, 4e14), bytesPerS: logUniform(5e11, 3e12), cacheSpeedup: logUniform(1, 5),
    sharpness: logUniform(1, 8), joulesPerFlop: logUniform(1e-13, 1e-10), joulesPerByte: logUniform(1e-11, 5e-10), joulesPerCall: logUniform(1e-9, 1e-3),
  };
}

function features(): LayerFeatures {
  return { cls: 'gemm', flops: logUniform(1, 1e13), bytes: logUniform(1, 1e10), aligned: true, narrowInput: false, tiles: 0 };
}

describe('roofline layer model', () => {
  it('power stays between idle and TDP, time above the launch floor and the roofs, for any layer and constants', () => {
    for (let i = 0; i < 2000; i++) {
      const c = params();
      const f = features();
      const e = layerEnergy(f, c, device, CACHE);
      expect(e.seconds).toBeGreaterThanOrEqual(c.launchS * (1 - 1e-12));
      expect(e.seconds).toBeGreaterThanOrEqual((f.flops / c.flopsPerS) * (1 - 1e-12));
      expect(e.energyJ / e.seconds).toBeGreaterThanOrEqual(device.idlePowerW * (1 - 1e-12));
      expect(e.energyJ / e.seconds).toBeLessThanOrEqual(device.tdpW * (1 + 1e-12));
    }
  });

  it('time and energy never fall when a layer does more work or moves more bytes', () => {
    for (let i = 0; i < 1000; i++) {
      const c = params();
      const f = features();
      const base = layerEnergy(f, c, device, CACHE);
      for (const more of [{ ...f, flops: f.flops * 2 }, { ...f, bytes: f.bytes * 2 }]) {
        const e = layerEnergy(more, c, device, CACHE);
        expect(e.seconds).toBeGreaterThanOrEqual(base.seconds * (1 - 1e-12));
        expect(e.energyJ).toBeGreaterThanOrEqual(base.energyJ * (1 - 1e-12));
      }
    }
  });

  it('fewer output tiles than fill the device slow the compute roof in proportion', () => {
    const c = { ...params(), launchS: 1e-9, bytesPerS: 1e15, sharpness: 8, saturationTiles: 100 };
    const f = { ...features(), flops: 1e12, bytes: 1, tiles: 25 };
    expect(layerTime(f, c, CACHE).seconds / layerTime({ ...f, tiles: 400 }, c, CACHE).seconds).toBeCloseTo(4, 2);
  });
});

describe('levenbergMarquardt', () => {
  it('recovers the constants of time = (L^p + (F/P)^p + (B/W)^p)^(1/p) from 200 noiseless layers', () => {
    const truth = { ...params(), sharpness: 2.5, cacheSpeedup: 1 };
    const rows = Array.from({ length: 200 }, () => features()).map((f) => ({ f, t: layerTime(f, truth, CACHE).seconds }));
    const make = (x: number[]): RooflineClassParams => ({ ...truth, launchS: Math.exp(x[0]!), flopsPerS: Math.exp(x[1]!), bytesPerS: Math.exp(x[2]!), sharpness: Math.exp(x[3]!) });
    const fit = levenbergMarquardt((x) => rows.map((r) => Math.log(layerTime(r.f, make(x), CACHE).seconds) - Math.log(r.t)),
      [Math.log(1e-5), Math.log(1e13), Math.log(1e12), Math.log(2)],
      { lower: [Math.log(1e-7), Math.log(1e10), Math.log(1e10), 0], upper: [Math.log(1e-3), Math.log(1e16), Math.log(1e14), Math.log(8)] });
    const got = make(fit.x);
    expect(got.launchS / truth.launchS).toBeCloseTo(1, 3);
    expect(got.flopsPerS / truth.flopsPerS).toBeCloseTo(1, 3);
    expect(got.bytesPerS / truth.bytesPerS).toBeCloseTo(1, 3);
    expect(got.sharpness).toBeCloseTo(2.5, 3);
  });

  it('stays inside its bounds', () => {
    const fit = levenbergMarquardt((x) => [x[0]! - 10], [0], { lower: [-1], upper: [1] });
    expect(fit.x[0]).toBe(1);
  });
});
