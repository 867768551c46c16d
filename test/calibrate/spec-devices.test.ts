// The spec device table: complete, sourced, and consistent with figures the vendors print.
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/core/estimate/index.js';
import { cpuPeakFp32, SPEC_DEVICES, specDevice } from '../../src/core/estimate/spec-devices.js';

describe('spec devices', () => {
  it('lists the agreed devices, each with a source and valid profile facts', () => {
    expect(SPEC_DEVICES.map((d) => d.id)).toEqual([
      'h100-sxm5-80gb', 'a100-sxm4-40gb', 'v100-sxm2', 't4', 'l4', 'rtx-3090', 'rtx-3070', 'gtx-750-ti', 'xeon-gold-5120', 'x86-server-2s-32c', 'laptop-8c-28w',
    ]);
    for (const d of SPEC_DEVICES) {
      expect(d.source.length, d.id).toBeGreaterThan(10);
      expect(d.facts.idlePowerW, d.id).toBeLessThan(d.facts.tdpW);
      // A profile around the facts (with an empty but complete predictor block) must pass the shared validator.
      const predictor = {
        kind: 'roofline-v1', cacheBytes: 1e6, optimizerBytesPerParam: 16, inference: {}, train: {}, trainFallback: { timeFactor: 3, energyFactor: 3 },
        composition: { inference: { launchScale: 1, passOverheadS: 0 }, 'train-step': { launchScale: 1, passOverheadS: 0 } },
      };
      validateProfile(
        { schema: 'energy-diff/profile@1', id: d.id, name: d.facts.name, version: '1', calibrated: false, provenance: d.source, device: d.facts, predictor, uncertainty: { low: 0.5, high: 2 } },
        `${d.id}.json`,
      );
    }
  });

  it('derives CPU peaks from cores x clock x FMA width and matches printed GPU peaks', () => {
    // Xeon Gold 5120: 14 cores x 2.2 GHz x 1 AVX-512 FMA unit x 16 fp32 lanes x 2 = 985.6 GFLOP/s.
    expect(specDevice('xeon-gold-5120')?.facts.peakFlopsPerS.fp32).toBe(985.6e9);
    expect(cpuPeakFp32(1, 1, 2, 8)).toBe(32e9);
    // GTX 750 Ti whitepaper: 1306 GFLOPS single precision (640 cores at 1020 MHz).
    expect(specDevice('gtx-750-ti')?.facts.peakFlopsPerS.fp32).toBeCloseTo(1305.6e9, -6);
    // 6 channels of DDR4-2400 x 8 bytes = 115.2 GB/s.
    expect(specDevice('xeon-gold-5120')?.facts.memoryBandwidthBytesPerS).toBe(115.2e9);
    expect(specDevice('a100-sxm4-40gb')?.facts.l2Bytes).toBe(40 * 1024 * 1024);
    expect(specDevice('nope')).toBeUndefined();
  });
});
