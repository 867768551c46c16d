// Precision on real exports (test/plan/fixtures/export_precision.py): one CNN exported by PyTorch 1.13 in
// fp32, converted to fp16 by python3-onnx, with an fp16 Cast island, and as a hand-built int8 QDQ graph.
// Bytes come from the element types (halved and quartered exactly, weights checked against numpy's sizes),
// the kernel plan prices each kernel at the precision it runs (QDQ groups as one integer kernel, no priced
// Q/DQ where they fuse), and estimates say which precisions a profile has not measured.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/adapters/profiles.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { parseActionConfig } from '../../src/core/config/index.js';
import { estimateEnergy, precisionSpeedup, UNMEASURED_PRECISION_BAND, validateProfile, type EstimateReport, type HardwareProfile } from '../../src/core/estimate/index.js';
import { castModel, type DecodedModel } from '../../src/core/graph/index.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { buildKernelPlan, EAGER_PYTORCH, planCells, type KernelPlan, type PlannedKernel } from '../../src/core/plan/index.js';
import { diffReports } from '../../src/core/diff/index.js';
import { renderComment } from '../../src/core/report/index.js';
import { runMain } from '../helpers/cli.js';
import { CACHE_DIR, loadOnnx, PYTHON, pythonHas } from '../infer/helpers/load.js';

const SCRIPT = resolve('test/plan/fixtures/export_precision.py');
const DIR = join(CACHE_DIR, `precision-${createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 12)}`);
const torch = pythonHas('torch, onnx');
const ROOT = resolve('.');

interface Planned {
  inferred: InferredModel;
  plan: KernelPlan;
}

function planOf(m: DecodedModel): Planned {
  const inferred = inferModel(m);
  return { inferred, plan: buildKernelPlan(inferred.layers, EAGER_PYTORCH, 'inference') };
}

/** The kernel anchored on the node named `name` (its first, when it anchors a follow-up too). */
function kernelOn(p: Planned, name: string): PlannedKernel {
  const i = p.inferred.layers.findIndex((l) => l.name === name);
  const k = p.plan.kernels.find((k) => k.anchor === i);
  if (!k) throw new Error(`no kernel on ${name}`);
  return k;
}

describe.runIf(torch)('precisions of one CNN (PyTorch 1.13 export, python3-onnx conversions)', () => {
  const models = new Map<string, DecodedModel>();
  let manifest: Record<string, Record<string, number>> = {};
  const profiles = new Map<string, HardwareProfile>();
  beforeAll(async () => {
    if (!existsSync(join(DIR, 'manifest.json'))) execFileSync(PYTHON, [SCRIPT, DIR], { stdio: 'ignore', timeout: 240_000 });
    for (const name of ['fp32', 'fp16', 'mixed', 'int8']) models.set(name, await loadOnnx(join(DIR, `cnn_${name}.onnx`)));
    manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as typeof manifest;
    for (const id of ['h100-sxm', 't4', 'xeon-gold-5120', 'v100']) profiles.set(id, await loadProfile(id, ROOT));
  }, 300_000);
  const get = (name: string): Planned => planOf(models.get(name)!);
  const estimate = (m: DecodedModel, id: string): EstimateReport =>
    estimateEnergy(inferModel(m), profiles.get(id)!, { mode: 'inference', modelPath: 'cnn.onnx', format: 'onnx' });

  it('weights are the bytes numpy counts in each file: fp16 half of fp32, int8 weights a quarter with int32 biases', () => {
    const sum = (m: Record<string, number>, keep: (name: string) => boolean = () => true): number =>
      Object.entries(m).filter(([n]) => keep(n)).reduce((a, [, b]) => a + b, 0);
    const fp32 = get('fp32');
    const fp16 = get('fp16');
    const int8 = get('int8');
    expect(fp32.inferred.totals.weightBytes).toBe(sum(manifest.cnn_fp32!));
    expect(fp16.inferred.totals.weightBytes).toBe(sum(manifest.cnn_fp16!));
    expect(fp16.inferred.totals.weightBytes * 2).toBe(fp32.inferred.totals.weightBytes);
    // The QDQ file's weights: int8 kernels and int32 biases (scales and zero points are metadata).
    expect(int8.inferred.totals.weightBytes).toBe(sum(manifest.cnn_int8!, (n) => n.endsWith('_int8') || n.endsWith('_int32')));
    expect(int8.inferred.totals.params).toBe(fp32.inferred.totals.params);
  });

  it('every fp16 kernel moves exactly half the bytes of its fp32 twin and computes at fp16', () => {
    const a = get('fp32').plan.kernels;
    const b = get('fp16').plan.kernels;
    expect(b.map((k) => k.kind)).toEqual(a.map((k) => k.kind));
    b.forEach((k, n) => {
      const f = a[n]!.cost;
      expect([k.cost.weightBytes * 2, k.cost.activationBytesIn * 2, k.cost.activationBytesOut * 2], k.kind).toEqual([f.weightBytes, f.activationBytesIn, f.activationBytesOut]);
      expect(k.cost.macs).toBe(f.macs);
      expect(k.cost.precision).toBe('fp16');
      expect(a[n]!.cost.precision).toBe('fp32');
    });
  });

  it('--precision fp16 on the fp32 export prices the same kernels as the python-converted fp16 file', () => {
    const cast = planOf(castModel(models.get('fp32')!, 'fp16')).plan.kernels;
    const converted = get('fp16').plan.kernels;
    const view = (k: PlannedKernel) => [k.kind, k.cost.precision, k.cost.weightBytes, k.cost.activationBytesIn, k.cost.activationBytesOut, k.cost.macs];
    expect(cast.map(view)).toEqual(converted.map(view));
    expect(planOf(castModel(models.get('fp32')!, 'bf16')).plan.kernels.every((k) => k.cost.precision === 'bf16')).toBe(true);
  });

  it('a Cast island prices its conv at fp16 and the rest at fp32, the Casts as kernels of their own', () => {
    const p = get('mixed');
    expect(kernelOn(p, '/0/Conv').cost.precision).toBe('fp16');
    expect(kernelOn(p, '/4/Conv').cost.precision).toBe('fp32');
    expect(kernelOn(p, 'cast_in').cost.activationBytesOut).toBe(3 * 32 * 32 * 2);
    expect(kernelOn(p, 'cast_out').cost.activationBytesOut).toBe(16 * 32 * 32 * 4);
    expect(kernelOn(p, '/0/Conv').cost.weightBytes * 2).toBe(kernelOn(get('fp32'), '/0/Conv').cost.weightBytes);
  });

  it('the QDQ graph runs integer kernels: DQ inputs, the op, its Relu and the output Q fused; no priced Q/DQ where they fuse', () => {
    const p = get('int8');
    const fp32 = get('fp32');
    const kinds = p.plan.kernels.map((k) => `${k.kind}:${k.members.length}`);
    expect(kinds).toEqual(['QuantizeLinear:1', 'QLinearConv:4', 'QLinearMaxPool:3', 'QLinearConv:4', 'QLinearGlobalAveragePool:3', 'QLinearGemm:3', 'DequantizeLinear:1']);
    // The only Q/DQ kernels quantize the graph input and dequantize its output: nothing to fuse them with.
    const qdqKernels = p.plan.kernels.filter((k) => /^(Quantize|Dequantize)Linear$/.test(k.kind)).map((k) => p.inferred.layers[k.anchor]!.name);
    expect(qdqKernels).toEqual(['x_Q', 'y_DQ']);
    const conv = kernelOn(p, '/0/Conv');
    expect(conv.cost.precision).toBe('int8');
    expect(conv.cost.family).toBe('conv');
    // int8 weight (16x3x3x3 bytes) and int32 bias; uint8 input and output: a quarter of the fp32 conv's and Relu's.
    expect(conv.cost.weightBytes).toBe(16 * 3 * 3 * 3 + 16 * 4);
    expect(conv.cost.activationBytesIn * 4).toBe(kernelOn(fp32, '/0/Conv').cost.activationBytesIn);
    expect(conv.cost.activationBytesOut * 4).toBe(kernelOn(fp32, '/2/Relu').cost.activationBytesOut);
    // The scale work: one rescale per output element on top of the convolution's MACs.
    expect(conv.cost.macs).toBe(kernelOn(fp32, '/0/Conv').cost.macs + 16 * 32 * 32);
    // Weight DQs are load-time preprocessing; the Flatten between a Q and a DQ drops the pair.
    const cells = planCells(p.plan, { precision: true });
    const at = (name: string): string => cells[p.inferred.layers.findIndex((l) => l.name === name)]!;
    expect(at('4.weight_DQ')).toBe('free: weight preprocessing (folded at load)');
    expect(at('/7/Flatten')).toBe('free: quantized view (Q/DQ pair dropped)');
    expect(at('/0/Conv')).toBe('k2 QLinearConv (4 nodes) int8');
  });

  it('inspect shows the precision each layer computes at', () => {
    const cell = (name: string, m: string): string => {
      const p = get(m);
      return planCells(p.plan, { precision: true })[p.inferred.layers.findIndex((l) => l.name === name)]!;
    };
    expect(cell('/0/Conv', 'fp32')).toBe('k1 Conv fp32, k2 BiasAdd fp32');
    expect(cell('/0/Conv', 'fp16')).toBe('k1 Conv fp16, k2 BiasAdd fp16');
    expect(cell('/8/Gemm', 'mixed')).toMatch(/^k\d+ Gemm fp32$/);
  });

  it('an fp16 estimate on the H100 uses the tensor-core ratio, says the roofs are from the datasheet, and widens its band', () => {
    const h100 = profiles.get('h100-sxm')!;
    const fp32 = estimate(models.get('fp32')!, 'h100-sxm');
    const fp16 = estimate(models.get('fp16')!, 'h100-sxm');
    expect(fp16.totals.energyJ).toBeLessThan(fp32.totals.energyJ);
    expect(fp32.precision).toBeUndefined();
    expect(fp32.diagnostics.map((d) => d.code)).not.toContain('I_PRECISION_DATASHEET');
    expect(fp16.precision).toEqual([{ precision: 'fp16', kernels: 9, energyJ: expect.any(Number), source: 'datasheet' }]);
    const note = fp16.diagnostics.find((d) => d.code === 'I_PRECISION_DATASHEET')!;
    expect(note.message).toMatch(/^fp16 roofs from the datasheet, not measured on this device \(h100-sxm\): 9 kernels, 100% of the layers' energy/);
    // All kernels unmeasured: the band is the profile's times the unmeasured-precision factors, around the kernels' energy.
    expect(fp16.totals.energyJHigh / fp16.totals.energyJ).toBeGreaterThan(h100.uncertainty.high);
    expect(fp16.totals.energyJHigh / fp16.totals.energyJ).toBeLessThanOrEqual(h100.uncertainty.high * UNMEASURED_PRECISION_BAND.high + 1e-12);
    expect(fp32.totals.energyJHigh / fp32.totals.energyJ).toBeCloseTo(h100.uncertainty.high, 12);
    // Per layer: the conv computes twice as fast (fp16 989.4 vs TF32 494.7 TFLOP/s), the Gemm 14.8x (vs fp32 67).
    expect(precisionSpeedup(h100.device, 'conv', 'fp16')).toBeCloseTo(2, 12);
    expect(precisionSpeedup(h100.device, 'gemm', 'fp16')).toBeCloseTo(989.4 / 67, 12);
    expect(precisionSpeedup(h100.device, 'elementwise', 'fp16')).toBe(1);
    expect(fp16.layers.find((l) => l.name === '/0/Conv')?.precision).toBe('fp16');
  });

  it('int8 is priced from the T4 datasheet; a device without an int8 peak computes it at the fp32 rate and says so', () => {
    const t4 = estimate(models.get('int8')!, 't4');
    expect(t4.precision?.find((s) => s.precision === 'int8')?.source).toBe('datasheet');
    expect(precisionSpeedup(profiles.get('t4')!.device, 'conv', 'int8')).toBeCloseTo(130 / 8.1, 12);
    for (const id of ['v100', 'xeon-gold-5120']) {
      const r = estimate(models.get('int8')!, id);
      expect(r.precision?.find((s) => s.precision === 'int8')?.source, id).toBe('base-rate');
      expect(r.diagnostics.find((d) => d.code === 'W_PRECISION_UNMODELLED')?.message, id).toMatch(new RegExp(`^int8: the datasheet of ${id} has no int8 peak`));
    }
    // Same MACs on the same CPU roofs: the int8 graph costs less only through its bytes.
    const cpu32 = estimate(models.get('fp32')!, 'xeon-gold-5120');
    const cpu8 = estimate(models.get('int8')!, 'xeon-gold-5120');
    expect(cpu8.totals.energyJ).toBeLessThan(cpu32.totals.energyJ);
  });
});

describe('deployment precision on the CLI and in the comment', () => {
  it('estimate --precision bf16 prices an fp32 export at bf16 and says so; a bad value is an argument error', async () => {
    const run = (extra: string[]) => runMain(['estimate', 'models/sample-cnn.onnx', '--profile', 'h100-sxm', '--batch', '64', ...extra], {}, ROOT);
    const fp32 = JSON.parse((await run(['--format', 'json'])).stdout) as EstimateReport;
    const bf16 = JSON.parse((await run(['--format', 'json', '--precision', 'bf16'])).stdout) as EstimateReport;
    expect(bf16.totals.energyJ).toBeLessThan(fp32.totals.energyJ);
    expect(bf16.precision?.map((p) => [p.precision, p.source])).toEqual([['bf16', 'datasheet']]);
    expect(bf16.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['I_PRECISION_DEPLOYED', 'I_PRECISION_DATASHEET']));
    const text = await run(['--precision', 'bf16']);
    expect(text.stdout).toMatch(/precision bf16: \d+ kernels, .* \(bf16 roofs from the datasheet, not measured on this device \(h100-sxm\); band widened\)/);
    const bad = await run(['--precision', 'int8']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--precision expects one of fp32, fp16, bf16, got 'int8'/);
    // The comment of a PR that switches the model to bf16 says where the head's numbers come from.
    const comment = renderComment(diffReports({ base: { reports: [fp32] }, head: { reports: [bf16] } }));
    expect(comment).toContain('models/sample-cnn.onnx: bf16 roofs from the datasheet, not measured on this device (h100-sxm); its band is widened.');
    expect(renderComment(diffReports({ base: { reports: [fp32] }, head: { reports: [fp32] } }))).not.toContain('datasheet, not measured');
  });
});

describe('precision in profiles, records and configs', () => {
  it('a profile may list the precisions it measured; anything else is an error at its path', async () => {
    const base = JSON.parse(readFileSync(resolve('hardware-profiles/xeon-gold-5120.json'), 'utf8')) as Record<string, unknown>;
    expect(validateProfile({ ...base, measuredPrecisions: ['fp32', 'int8'] }, 'p.json').measuredPrecisions).toEqual(['fp32', 'int8']);
    const err = (() => { try { validateProfile({ ...base, measuredPrecisions: ['fp32', 'int9'] }, 'p.json'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(EnergyDiffError);
    expect((err as EnergyDiffError).place.jsonPath).toBe('$.measuredPrecisions[1]');
  });

  it('layer records carry their dtype; an unknown one is refused at its line', () => {
    const rec = (dtype: unknown): string => JSON.stringify({ schema: 'energy-diff/layer-measurement@1', op: 'Conv2d', config: {}, mode: 'inference', macs: 1, joulesPerCall: 1, dtype });
    expect(readMeasurementJsonl(rec('int8'), 'm.jsonl')[0]!.dtype).toBe('int8');
    expect(readMeasurementJsonl(JSON.stringify({ schema: 'energy-diff/layer-measurement@1', op: 'Conv2d', config: {}, mode: 'inference', macs: 1, joulesPerCall: 1 }), 'm.jsonl')[0]!.dtype).toBeUndefined();
    expect(() => readMeasurementJsonl(rec('float'), 'm.jsonl')).toThrow(/dtype|expected one of/);
  });

  it('config precision: per model and as the default, validated', () => {
    const c = parseActionConfig({ precision: 'fp16', models: [{ path: 'models/*.onnx', precision: 'bf16' }] }, 'c.yml');
    expect(c.precision).toBe('fp16');
    expect(c.models[0]!.precision).toBe('bf16');
    const err = (() => { try { parseActionConfig({ models: [{ path: 'a.onnx', precision: 'int8' }] }, 'c.yml'); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(EnergyDiffError);
    expect((err as EnergyDiffError).place.jsonPath).toBe('$.models[0].precision');
  });
});
