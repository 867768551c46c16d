// `calibrate fit --device auto`: this machine's CPU from /proc/cpuinfo and sysfs text (fixtures here), the power
// facts from the spec table when the model name matches, from flags, or a stated assumption; latency records
// read as latency (and refused by the energy-only getzner method).
import { describe, expect, it } from 'vitest';
import { autoCpuFacts, cacheTotals, calibrateGetzner, matchSpecCpu, nchwcBlockOf, parseCpuinfo, readMeasurementJsonl, type CacheEntry } from '../../src/core/calibrate/index.js';
import { specDevice } from '../../src/core/estimate/index.js';
import { runMain } from '../helpers/cli.js';

const core = (i: number, model: string, flags: string) => `processor\t: ${i}\nvendor_id\t: GenuineIntel\nmodel name\t: ${model}\ncpu MHz\t\t: 2200.000\nphysical id\t: 0\ncore id\t\t: ${i >> 1}\nflags\t\t: ${flags}\n`;
// Two hyperthreads per core: 4 logical CPUs, 2 cores.
const XEON = [0, 1, 2, 3].map((i) => core(i, 'Intel(R) Xeon(R) Gold 5120 CPU @ 2.20GHz', 'fpu sse2 avx avx2 fma avx512f')).join('\n');
const caches = (cpus: number[], l3Shared: string): CacheEntry[] => cpus.flatMap((cpu) => [
  { cpu, level: 1, type: 'Data', size: '32K', sharedCpus: `${cpu - (cpu % 2)}-${cpu - (cpu % 2) + 1}` },
  { cpu, level: 1, type: 'Instruction', size: '32K', sharedCpus: `${cpu - (cpu % 2)}-${cpu - (cpu % 2) + 1}` },
  { cpu, level: 2, type: 'Unified', size: '1024K', sharedCpus: `${cpu - (cpu % 2)}-${cpu - (cpu % 2) + 1}` },
  { cpu, level: 3, type: 'Unified', size: '19712K', sharedCpus: l3Shared },
]);

describe('--device auto CPU facts', () => {
  it('reads model, cores (not hyperthreads), clock, caches once per shared cache, and the vector width', () => {
    const info = parseCpuinfo(XEON);
    expect(info).toMatchObject({ modelName: 'Intel(R) Xeon(R) Gold 5120 CPU @ 2.20GHz', logical: 4, cores: 2, mhz: 2200 });
    expect(cacheTotals(caches([0, 1, 2, 3], '0-3'))).toEqual({ l1Bytes: 2 * 32 * 1024, l2Bytes: 2 * 1024 * 1024, l3Bytes: 19712 * 1024 });
    expect(nchwcBlockOf(info.flags)).toBe(16);
    expect(nchwcBlockOf(new Set(['avx2']))).toBe(8);
    expect(nchwcBlockOf(new Set(['asimd']))).toBe(0);
  });

  it('takes power facts from the spec table when the model matches, else from flags, else says what it assumed', () => {
    expect(matchSpecCpu('Intel(R) Xeon(R) Gold 5120 CPU @ 2.20GHz')?.id).toBe('xeon-gold-5120');
    expect(matchSpecCpu('AMD Ryzen 7 7840U w/ Radeon 780M Graphics')?.id).toBe('laptop-8c-28w');
    const xeon = autoCpuFacts(parseCpuinfo(XEON), caches([0, 1, 2, 3], '0-3'));
    expect(xeon.facts).toMatchObject({ tdpW: specDevice('xeon-gold-5120')!.facts.tdpW, cores: 2, clockGHz: 2.2, kind: 'cpu' });
    // 2 cores x 2.2 GHz x 2 FMA units x 16 lanes x 2.
    expect(xeon.facts.peakFlopsPerS.fp32).toBe(2 * 2.2e9 * 2 * 16 * 2);
    expect(xeon.assumed).toEqual([]);
    const other = parseCpuinfo(core(0, 'Some CPU 9000', 'avx2 fma') + '\n' + core(2, 'Some CPU 9000', 'avx2 fma'));
    const assumed = autoCpuFacts(other, []);
    expect(assumed.assumed.join('; ')).toMatch(/TDP 12 W assumed .*pass --tdp-w.*idle 3\.6 W = 0\.3 x TDP.*memory bandwidth 25\.6 GB\/s assumed/);
    const given = autoCpuFacts(other, [], { tdpW: 65, idleW: 9, memoryBandwidthGBs: 40 });
    expect(given.facts).toMatchObject({ tdpW: 65, idlePowerW: 9, memoryBandwidthBytesPerS: 40e9 });
    expect(given.assumed).toEqual([]);
    expect(given.sources.join('; ')).toMatch(/TDP 65 W from --tdp-w.*idle 9 W from --idle-w.*40 GB\/s from --memory-bandwidth-gbs/);
  });

  it('calibrate fit --device auto runs on this machine and names its sources (Linux)', async (ctx) => {
    if (process.platform !== 'linux') ctx.skip();
    const rec = (op: string, config: Record<string, number>, macs: number, s: number) => JSON.stringify({ schema: 'energy-diff/layer-measurement@1', op, config, mode: 'inference', macs, measured: 'latency', secondsPerCall: s, device: { threads: 1 } });
    const lines = Array.from({ length: 8 }, (_, i) => rec('ReLU', { elements: 1000 * 2 ** i }, 1000 * 2 ** i, 2e-6 + 1e-9 * 1000 * 2 ** i));
    const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ed-auto-'));
    writeFileSync(join(dir, 'm.jsonl'), lines.join('\n') + '\n');
    const r = await runMain(['calibrate', 'fit', '--method', 'roofline', '--device', 'auto', '--tdp-w', '50', '--data', 'm.jsonl', '--out', 'p.json'], {}, dir);
    expect(r.code, r.stderr).toBe(0);
    const p = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')) as { provenance: string; device: { tdpW: number; kind: string } };
    expect(p.device).toMatchObject({ tdpW: 50, kind: 'cpu' });
    expect(p.provenance).toMatch(/^time calibrated, power spec-derived.*this machine \(--device auto\): model name, \d+ cores and clock from \/proc\/cpuinfo.*TDP 50 W from --tdp-w/);
    const bad = await runMain(['calibrate', 'fit', '--method', 'roofline', '--device', 't4', '--tdp-w', '50', '--data', 'm.jsonl', '--out', 'p.json'], {}, dir);
    expect(bad.stderr).toMatch(/--tdp-w, --idle-w and --memory-bandwidth-gbs go with --device auto.*\[E_ARG\]/);
    // Power facts from flags are bounded like a profile's numbers, and the bench's budget and threads too.
    const absurd = await runMain(['calibrate', 'fit', '--method', 'roofline', '--device', 'auto', '--tdp-w', '1e9', '--data', 'm.jsonl', '--out', 'p.json'], {}, dir);
    expect([absurd.code, absurd.stderr]).toEqual([1, expect.stringMatching(/--tdp-w expects a number of at most 100000, got '1e9'.*\[E_ARG\]/)]);
    for (const [flag, value] of [['--threads', '5000'], ['--budget-minutes', '1e12']]) {
      const r = await runMain(['calibrate', 'bench', '--runtime', 'onnxruntime', '--meter', 'none', flag!, value!, '--out', 'b.jsonl'], {}, dir);
      expect([r.code, r.stderr], flag).toEqual([1, expect.stringMatching(new RegExp(`${flag} expects .*at most.*\\[E_ARG\\]`))]);
    }
  });
});

describe('latency records', () => {
  const line = (extra: Record<string, unknown>) => JSON.stringify({ schema: 'energy-diff/layer-measurement@1', op: 'ReLU', config: { elements: 100 }, mode: 'inference', macs: 100, ...extra });

  it('read as measurements without energy; a latency record with energy, or without seconds, is refused at its line', () => {
    const [m] = readMeasurementJsonl(line({ measured: 'latency', secondsPerCall: 1e-5 }), 'm.jsonl');
    expect(m).toMatchObject({ op: 'ReLU', secondsPerCall: 1e-5 });
    expect(m!.joulesPerCall).toBeUndefined();
    expect(() => readMeasurementJsonl(line({ measured: 'latency', secondsPerCall: 1e-5, joulesPerCall: 1 }), 'm.jsonl')).toThrow(/latency record \("measured": "latency"\) has no energy/);
    let place: unknown;
    try {
      readMeasurementJsonl(line({ measured: 'latency' }), 'm.jsonl');
    } catch (err) {
      place = (err as { place?: unknown }).place;
    }
    expect(place).toEqual({ file: 'm.jsonl', jsonPath: 'line 1, $.secondsPerCall' });
    expect(() => readMeasurementJsonl(line({ measured: 'power', joulesPerCall: 1 }), 'm.jsonl')).toThrow(/expected "latency" or no "measured" field/);
  });

  it('the getzner method, which fits energy, refuses them with the place and the method to use', () => {
    const rows = readMeasurementJsonl(line({ measured: 'latency', secondsPerCall: 1e-5 }), 'm.jsonl');
    const device = specDevice('xeon-gold-5120')!.facts;
    expect(() => calibrateGetzner(rows, { id: 'x', name: 'x', version: '1', device, deviceSource: '', fitDate: '2026-01-01', seed: 1, dataFiles: [] }))
      .toThrow(/latency record \(no energy\) cannot be fitted by the getzner method.*use --method roofline/);
  });
});
