import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeters } from '../../src/adapters/meters/index.js';
import { createNvmlMeter } from '../../src/adapters/meters/nvml.js';
import { parseGpuLine, selectVisible } from '../../src/adapters/meters/nvml-parse.js';
import { fakeSmiEnv } from './fake-nvidia-smi.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('nvidia-smi meter with a fake nvidia-smi on PATH', () => {
  it('uses the total-energy counter where the GPU has one (each streamed line adds 50 J)', async () => {
    const meter = createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_MODE: 'counter', FAKE_SMI_STEP_MJ: '50000' }), intervalMs: 50 });
    expect(meter.info.method).toMatch(/total_energy_consumption counter/);
    await meter.start(() => performance.now() / 1000);
    await sleep(1000);
    const last = await meter.stop();
    const lines = meter.history().length - 1; // minus the probe baseline
    expect(lines).toBeGreaterThanOrEqual(2);
    expect(last.joules['nvml:gpu0']).toBeCloseTo(50 * lines, 6);
  });

  it('integrates power.draw with the trapezoid rule where there is no counter', async () => {
    const meter = createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_MODE: 'na', FAKE_SMI_POWER_W: '300' }), intervalMs: 50 });
    expect(meter.info.method).toMatch(/trapezoid/);
    const t0 = performance.now() / 1000;
    await meter.start(() => performance.now() / 1000 - t0);
    await sleep(1000);
    const last = await meter.stop();
    expect(meter.history().length).toBeGreaterThanOrEqual(3);
    // Constant 300 W from the baseline (the probe, at start) to the last line.
    expect(last.joules['nvml:gpu0']).toBeCloseTo(300 * (last.t - meter.history()[0]!.t), 6);
    expect(last.powerW?.['nvml:gpu0']).toBe(300);
  });

  it('warns when the stream ends before stop, instead of silently holding the energy flat', async () => {
    const meter = createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_STREAM_LINES: '2', FAKE_SMI_STEP_MJ: '1000' }), intervalMs: 20 });
    await meter.start(() => performance.now() / 1000);
    await sleep(800);
    const last = await meter.stop();
    expect(last.joules['nvml:gpu0']).toBeCloseTo(2, 9);
    expect(meter.warnings.join('\n')).toMatch(/nvidia-smi stream ended early \(exit 0\)/);
  });

  it('meters only the GPUs CUDA_VISIBLE_DEVICES exposes', () => {
    const meter = createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_GPUS: '4', CUDA_VISIBLE_DEVICES: '2,GPU-00000003' }) });
    expect(meter.info.domains.map((d) => d.id)).toEqual(['nvml:gpu2', 'nvml:gpu3']);
    expect(createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_GPUS: '4' }) }).info.domains).toHaveLength(4);
  });

  it('says what is wrong when nvidia-smi is missing or the driver is not loaded', () => {
    expect(() => createNvmlMeter({ env: { PATH: `/nonexistent${delimiter}/also-not` } })).toThrow(/nvidia-smi' not found on PATH: install the NVIDIA driver/);
    expect(() => createNvmlMeter({ env: fakeSmiEnv({ FAKE_SMI_MODE: 'fail' }) })).toThrow(/failed \(exit 9\): NVIDIA-SMI has failed because it couldn't communicate/);
  });

  it('auto keeps what works and records why the other meter was skipped', () => {
    const selection = createMeters('auto', { env: fakeSmiEnv({ ENERGY_DIFF_POWERCAP_ROOT: '/nonexistent-powercap' }) });
    expect(selection.meters.map((m) => m.info.kind)).toEqual(['nvml']);
    expect(selection.skipped[0]).toMatch(/^rapl: no RAPL zones/);
    expect(() => createMeters('auto', { env: { PATH: '/nonexistent', ENERGY_DIFF_POWERCAP_ROOT: '/nonexistent-powercap' } })).toThrow(/no power meter is readable/);
  });
});

describe('nvidia-smi CSV', () => {
  it('parses numbers, [N/A] and [Not Supported]', () => {
    expect(parseGpuLine('0, GPU-abc, NVIDIA A100-SXM4-40GB, 61.23, 123456789', 'x')).toEqual({ index: 0, uuid: 'GPU-abc', name: 'NVIDIA A100-SXM4-40GB', powerW: 61.23, energyMj: 123456789 });
    expect(parseGpuLine('1, GPU-def, Tesla P100, 30.5, [N/A]', 'x').energyMj).toBeUndefined();
    expect(parseGpuLine('1, GPU-def, Tesla K80, [Not Supported], [Not Supported]', 'x').powerW).toBeUndefined();
    expect(() => parseGpuLine('index, uuid', 'x')).toThrow(/unexpected nvidia-smi output/);
  });

  it('stops at the first CUDA_VISIBLE_DEVICES entry that names no GPU, as CUDA does', () => {
    const rows = [0, 1, 2].map((index) => ({ index, uuid: `GPU-${index}aaa`, name: 'g' }));
    expect(selectVisible(rows, '1,7,2').map((r) => r.index)).toEqual([1]);
    expect(() => selectVisible(rows, '')).toThrow(/empty/);
    expect(() => selectVisible(rows, '9')).toThrow(/names no GPU/);
  });
});
