// An onnxruntime profile prices a QDQ Conv (DQ -> Conv -> Relu -> Q) as the one int8 kernel ORT fuses it into,
// at the profile's measured int8 conv constants (not its fp32 ones, not the datasheet ratio).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeasurementFiles } from '../../src/adapters/measurements.js';
import { calibrateRoofline, quantBenchModel } from '../../src/core/calibrate/index.js';
import { specDevice, type HardwareProfile, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { modelBytes } from '../../src/core/onnx-write/index.js';
import { estimateOnRuntime, ortGraphEstimate } from '../../src/core/ort/index.js';

const FILE = join(import.meta.dirname, '../calibrate/fixtures/ort-int8-records.jsonl');
const spec = specDevice('laptop-8c-28w')!;
const profile = calibrateRoofline(readMeasurementFiles([FILE], process.cwd()), {
  id: 'ort-int8', name: 'test', version: '1', device: spec.facts, deviceSource: spec.source, fitDate: '2026-12-02', seed: 1234, dataFiles: [FILE],
});
const CONV = { batch: 1, in_channels: 32, out_channels: 64, image_size: 28, kernel_size: 3, stride: 1, padding: 1, groups: 1 };

function qdqConv() {
  const m = quantBenchModel('Conv2d', CONV, 'qdq');
  if (typeof m === 'string') throw new Error(m);
  const model = decodeModelBytes(modelBytes(m.spec), 'qdq-conv.onnx');
  return { model, inferred: inferModel(model, {}, 'qdq-conv.onnx') };
}

const withInt8Conv = (p: HardwareProfile, scale: number): HardwareProfile => {
  const pr = p.predictor as unknown as RooflinePredictor;
  const conv = pr.precisions!.int8!.conv!;
  return { ...p, predictor: { ...pr, precisions: { int8: { ...pr.precisions!.int8, conv: { ...conv, flopsPerS: conv.flopsPerS * scale } } } } as unknown as HardwareProfile['predictor'] };
};

describe('QDQ Conv on an onnxruntime profile', () => {
  it('is one QLinearConv kernel at int8, its Q and DQ fused, NCHW', () => {
    const { model, inferred } = qdqConv();
    const { plan, estimate } = ortGraphEstimate(model, inferred, profile);
    const conv = plan.groups.find((g) => g.kernel === 'QLinearConv')!;
    expect(conv).toBeDefined();
    expect([conv.precision, conv.layout, conv.rule]).toEqual(['int8', 'nchw', 'qdq']);
    expect(conv.members.map((m) => inferred.layers.find((l) => l.name === m)!.op).sort()).toEqual(['Conv', 'DequantizeLinear', 'QuantizeLinear']);
    // The graph's edges stay: the input's Q and the output's DQ.
    expect(plan.groups.map((g) => g.kernel).sort()).toEqual(['DequantizeLinear', 'QLinearConv', 'QuantizeLinear']);
    expect(estimate.unpriced).toEqual([]);
  });

  it('is priced with the measured int8 conv constants', () => {
    const { model, inferred } = qdqConv();
    const seconds = (p: HardwareProfile) => ortGraphEstimate(model, inferred, p).estimate.groups.find((g) => g.group.kernel === 'QLinearConv')!.seconds;
    const base = seconds(profile);
    // A slower int8 roof makes the kernel slower: the int8 constants, not fp32's, price it.
    expect(seconds(withInt8Conv(profile, 0.25))).toBeGreaterThan(base * 1.2);
    const pr = profile.predictor as unknown as RooflinePredictor;
    const noInt8 = { ...profile, predictor: { ...pr, precisions: undefined } as unknown as HardwareProfile['predictor'] };
    expect(seconds(noInt8)).not.toBeCloseTo(base, 12);
    const report = estimateOnRuntime(inferred, profile, { mode: 'inference', modelPath: 'qdq-conv.onnx', format: 'onnx' }, model);
    const layer = report.layers.find((l) => l.op === 'Conv')!;
    expect(layer.seconds).toBeCloseTo(base, 12);
    // int8 is measured on this profile: no "not measured on this device" label.
    expect(JSON.stringify(report.diagnostics ?? [])).not.toMatch(/int8.*not measured/);
  });
});
