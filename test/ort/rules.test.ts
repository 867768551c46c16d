// The ORT kernel plan and the fused-graph estimate on small graphs written with the ONNX writer: which nodes a
// rule takes, where the NCHWc boundary puts reorders, and what the estimate charges for a fused group (one pass
// over the boundary tensors) against the layer-by-layer sum of the same constants.
import { describe, expect, it } from 'vitest';
import { estimateEnergy, type HardwareProfile, type RooflineClassParams, type RooflinePredictor } from '../../src/core/estimate/index.js';
import { inferModel } from '../../src/core/infer/index.js';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { f32Raw, modelBytes, type NodeSpec, type TensorSpec } from '../../src/core/onnx-write/index.js';
import { estimateOnRuntime, fusableTransposePerm, fusionNodes, ortKernelPlan, parseOrtProfile, summarizeProfile } from '../../src/core/ort/index.js';

const w = (name: string, dims: number[]): TensorSpec => ({ name, dataType: 1, dims, raw: f32Raw(new Array(dims.reduce((a, b) => a * b, 1)).fill(0.1)) });
const ints = (name: string, value: number[]) => ({ name, type: 'ints' as const, value });

function model(nodes: NodeSpec[], inits: TensorSpec[], input: number[], outputs = ['y']) {
  const bytes = modelBytes({
    opsets: [{ domain: '', version: 17 }],
    graph: { name: 'g', nodes, initializers: inits, inputs: [{ name: 'x', shape: ['batch', ...input.slice(1)] }], outputs: outputs.map((name) => ({ name })) },
  });
  const decoded = decodeModelBytes(bytes);
  return { decoded, inferred: inferModel(decoded, { batch: input[0] }) };
}

function plan(m: ReturnType<typeof model>, nchwcBlock: number) {
  return ortKernelPlan(fusionNodes(m.decoded, m.inferred), { graphOutputs: m.decoded.graph.outputs.map((o) => o.name), nchwcBlock });
}

/** Conv(16→16) → BatchNorm → Relu → Conv → Add(residual) → Relu → Softmax over the last axis. */
function residual() {
  const conv = (name: string, x: string, y: string): NodeSpec => ({ name, opType: 'Conv', inputs: [x, `${name}.w`, `${name}.b`], outputs: [y], attributes: [ints('kernel_shape', [3, 3]), ints('pads', [1, 1, 1, 1])] });
  return model([
    conv('c1', 'x', 'a'),
    { name: 'bn', opType: 'BatchNormalization', inputs: ['a', 's', 'sb', 'm', 'v'], outputs: ['b'] },
    { name: 'r1', opType: 'Relu', inputs: ['b'], outputs: ['c'] },
    conv('c2', 'c', 'd'),
    { name: 'add', opType: 'Add', inputs: ['d', 'x'], outputs: ['e'] },
    { name: 'r2', opType: 'Relu', inputs: ['e'], outputs: ['f'] },
    { name: 'sm', opType: 'Softmax', inputs: ['f'], outputs: ['y'], attributes: [{ name: 'axis', type: 'int', value: -1 }] },
  ], [w('c1.w', [16, 16, 3, 3]), w('c1.b', [16]), w('c2.w', [16, 16, 3, 3]), w('c2.b', [16]), ...['s', 'sb', 'm', 'v'].map((n) => w(n, [16]))], [1, 16, 12, 12]);
}

describe('ORT kernel plan', () => {
  it('folds BatchNorm into the conv, takes the activation, and the residual Add with its Relu', () => {
    const p = plan(residual(), 0);
    expect(p.groups.map((g) => [g.kernel, g.members])).toEqual([
      ['FusedConv', ['c1', 'bn', 'r1']],
      ['FusedConv', ['c2', 'add', 'r2']],
      ['Softmax', ['sm']],
    ]);
    expect(p.reorders).toEqual([]);
  });

  it('with NCHWc kernels, reorders where the layout changes: into the first conv, out before the Softmax', () => {
    const p = plan(residual(), 8);
    expect(p.groups.map((g) => [g.kernel, g.layout])).toEqual([['NchwcConv', 'nchwc'], ['NchwcConv', 'nchwc'], ['Softmax', 'nchw']]);
    // The graph input feeds the first conv and the residual Add: one reorder serves both.
    expect(p.reorders.map((r) => [r.kernel, r.tensor, r.elements])).toEqual([['ReorderInput', 'x', 16 * 144], ['ReorderOutput', 'f', 16 * 144]]);
  });

  it('a 2-D MatMul with a bias becomes a Gemm, a 3-D one stays two kernels; a scale and a transpose fold into a FusedMatMul', () => {
    const two = plan(model([
      { name: 'mm', opType: 'MatMul', inputs: ['x', 'W'], outputs: ['a'] },
      { name: 'bias', opType: 'Add', inputs: ['a', 'B'], outputs: ['b'] },
      { name: 'relu', opType: 'Relu', inputs: ['b'], outputs: ['y'] },
    ], [w('W', [32, 8]), w('B', [8])], [4, 32]), 8);
    expect(two.groups.map((g) => [g.kernel, g.members])).toEqual([['FusedGemm', ['mm', 'bias', 'relu']]]);
    const three = plan(model([
      { name: 'mm', opType: 'MatMul', inputs: ['x', 'W'], outputs: ['a'] },
      { name: 'bias', opType: 'Add', inputs: ['a', 'B'], outputs: ['y'] },
    ], [w('W', [32, 8]), w('B', [8])], [4, 5, 32]), 8);
    expect(three.groups.map((g) => g.kernel)).toEqual(['MatMul', 'Add']);
    const att = plan(model([
      { name: 'kt', opType: 'Transpose', inputs: ['x'], outputs: ['k'], attributes: [ints('perm', [0, 2, 1])] },
      { name: 'q', opType: 'Div', inputs: ['x', 'scale'], outputs: ['qs'] },
      { name: 'mm', opType: 'MatMul', inputs: ['qs', 'k'], outputs: ['y'] },
    ], [w('scale', [])], [2, 5, 8]), 8);
    expect(att.groups.map((g) => [g.kernel, g.members.sort()])).toEqual([['FusedMatMul', ['kt', 'mm', 'q']]]);
  });

  it('takes the Transposes MatmulTransposeFusion takes: last two axes, the batch axis, or both', () => {
    expect([[1, 0], [0, 2, 1], [1, 0, 2], [1, 2, 0], [0, 1, 3, 2], [1, 2, 0, 3]].every(fusableTransposePerm)).toBe(true);
    expect([[0, 1, 2], [2, 1, 0], [0, 2, 1, 3], [0, 2, 3, 1]].some(fusableTransposePerm)).toBe(false);
  });

  it('writes out the erf GELU and its bias as BiasGelu, Sigmoid x Mul as QuickGelu; Identity runs no kernel', () => {
    const p = plan(model([
      { name: 'mm', opType: 'MatMul', inputs: ['x', 'W'], outputs: ['a'] },
      { name: 'bias', opType: 'Add', inputs: ['a', 'B'], outputs: ['b'] },
      { name: 'div', opType: 'Div', inputs: ['b', 'sqrt2'], outputs: ['c'] },
      { name: 'erf', opType: 'Erf', inputs: ['c'], outputs: ['d'] },
      { name: 'one', opType: 'Add', inputs: ['d', 'k1'], outputs: ['e'] },
      { name: 'mul', opType: 'Mul', inputs: ['b', 'e'], outputs: ['f'] },
      { name: 'half', opType: 'Mul', inputs: ['f', 'k05'], outputs: ['g'] },
      { name: 'id', opType: 'Identity', inputs: ['g'], outputs: ['h'] },
      { name: 'sig', opType: 'Sigmoid', inputs: ['h'], outputs: ['i'] },
      { name: 'silu', opType: 'Mul', inputs: ['h', 'i'], outputs: ['y'] },
    ], [w('W', [16, 16]), w('B', [16]), w('sqrt2', []), w('k1', []), w('k05', [])], [2, 5, 16]), 0);
    expect(p.groups.map((g) => [g.kernel, g.members.sort()])).toEqual([
      ['MatMul', ['mm']],
      ['BiasGelu', ['bias', 'div', 'erf', 'half', 'mul', 'one']],
      ['QuickGelu', ['sig', 'silu']],
    ]);
    expect(p.removed).toEqual([{ node: 'id', reason: 'eliminated (Identity)' }]);
  });
});

describe('fused-graph estimate', () => {
  const c = (over: Partial<RooflineClassParams> = {}): RooflineClassParams => ({
    launchS: 5e-6, flopsPerS: 5e10, bytesPerS: 1e10, cacheSpeedup: 1, sharpness: 1, joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0, dynamicPowerW: 5, ...over,
  });
  const predictor: RooflinePredictor = {
    kind: 'roofline-v1', cacheBytes: 32 * 2 ** 20,
    inference: { conv: c(), norm: c(), activation: c(), elementwise: c(), softmax: c(), 'data-movement': c() },
    train: {}, trainFallback: { timeFactor: 3, energyFactor: 3 }, optimizerBytesPerParam: 16,
    composition: { inference: { launchScale: 1, passOverheadS: 4e-5 }, 'train-step': { launchScale: 1, passOverheadS: 0 } },
    runtime: { name: 'onnxruntime', version: '1.30.0', executionProvider: 'cpu', threads: 1, fusion: 'onnxruntime-cpu@1', nchwcBlock: 0, perKernelS: 2e-6 },
  };
  const profile: HardwareProfile = {
    schema: 'energy-diff/profile@1', id: 'ort-test', name: 'test', version: '1', calibrated: true, provenance: 'test',
    device: { name: 'cpu', kind: 'cpu', tdpW: 20, idlePowerW: 5, cores: 2, l2Bytes: 2 ** 20, memoryBandwidthBytesPerS: 2e10, peakFlopsPerS: { fp32: 1e11 } },
    predictor: predictor as unknown as HardwareProfile['predictor'], uncertainty: { low: 0.8, high: 1.2 },
  };
  const m = residual();
  const opts = { mode: 'inference' as const, modelPath: 'residual.onnx', format: 'onnx' as const };

  it('charges each fused kernel once on its anchor; the fused layers show 0 and name it', () => {
    const r = estimateOnRuntime(m.inferred, profile, opts, m.decoded);
    const by = Object.fromEntries(r.layers.map((l) => [l.name, l]));
    expect(by.bn).toMatchObject({ energyJ: 0, seconds: 0, fusedInto: 'c1', status: 'estimated' });
    expect(by.r2).toMatchObject({ energyJ: 0, fusedInto: 'c2' });
    expect(by.c1!.seconds).toBeGreaterThan(0);
    // 3 kernels at 2 us dispatch each, plus the run's 40 us, on top of the kernels' own time.
    const kernels = r.layers.reduce((a, l) => a + (l.seconds ?? 0), 0);
    expect(r.totals.seconds).toBeCloseTo(kernels + 4e-5, 12);
    expect(r.coverage.estimated).toBe(7);
  });

  it('is below the layer-by-layer sum of the same constants, which prices BatchNorm, Add and Relu as passes of their own', () => {
    const fused = estimateOnRuntime(m.inferred, profile, opts, m.decoded).totals.seconds!;
    const eager = estimateEnergy(m.inferred, profile, opts).totals.seconds!;
    expect(fused).toBeLessThan(eager);
  });
});

describe('ORT profile', () => {
  it('puts each kernel in the run it ran in and summarises medians and minima after the warm-up', () => {
    const ev = (name: string, ts: number, dur: number, cat = 'Node', op = 'Conv') => ({ cat, name, ts, dur, args: cat === 'Node' ? { op_name: op, provider: 'CPUExecutionProvider', output_type_shape: [{ float: [1, 8, 4, 4] }] } : {} });
    const text = JSON.stringify([
      ev('model_run', 0, 100, 'Session'), ev('y_nchwc_kernel_time', 10, 80),
      ev('model_run', 200, 50, 'Session'), ev('y_nchwc_kernel_time', 210, 30), ev('ReorderOutput_kernel_time', 241, 5, 'Node', 'ReorderOutput'),
      ev('model_run', 300, 60, 'Session'), ev('y_nchwc_kernel_time', 310, 40), ev('ReorderOutput_kernel_time', 351, 7, 'Node', 'ReorderOutput'),
    ]);
    const p = parseOrtProfile(text, 'p.json');
    expect(p.runs.map((r) => r.kernels.map((k) => k.op))).toEqual([['Conv'], ['Conv', 'ReorderOutput'], ['Conv', 'ReorderOutput']]);
    const s = summarizeProfile(p, 1);
    expect(s.runs).toBe(2);
    // Trace durations are microseconds: compared in microseconds.
    expect(s.kernels.map((k) => [k.op, Math.round(k.seconds * 1e7) / 10, Math.round(k.minSeconds * 1e6), k.outputElements, k.outputTypes])).toEqual([
      ['Conv', 35, 30, 128, ['float']], ['ReorderOutput', 6, 5, 128, ['float']],
    ]);
    expect(() => parseOrtProfile('{"not": "a trace"', 'p.json')).toThrow(/not JSON/);
  });
});

describe('onnxruntime profile block', () => {
  it('a bad runtime block fails at its JSON path', async () => {
    const { checkRooflinePredictor } = await import('../../src/core/estimate/predictors/roofline-check.js');
    const base = { kind: 'roofline-v1', cacheBytes: 1, optimizerBytesPerParam: 16, inference: {}, train: {}, trainFallback: { timeFactor: 3, energyFactor: 3 },
      composition: { inference: { launchScale: 1, passOverheadS: 0 }, 'train-step': { launchScale: 1, passOverheadS: 0 } } };
    const runtime = { name: 'onnxruntime', version: '1.30.0', executionProvider: 'cpu', threads: 1, fusion: 'onnxruntime-cpu@1', nchwcBlock: 8, perKernelS: 1e-6 };
    expect(() => checkRooflinePredictor({ ...base, runtime }, 'p.json')).not.toThrow();
    const failure = (p: Record<string, unknown>): { message: string; jsonPath?: string } => {
      try {
        checkRooflinePredictor(p, 'p.json');
      } catch (err) {
        return { message: (err as Error).message, jsonPath: (err as { place?: { jsonPath?: string } }).place?.jsonPath };
      }
      throw new Error('accepted');
    };
    // Finite and physical, like every other profile number: the path names the field.
    expect(failure({ ...base, runtime: { ...runtime, perKernelS: -1 } })).toEqual({ message: expect.stringMatching(/>= 0/), jsonPath: '$.predictor.runtime.perKernelS' });
    expect(failure({ ...base, runtime: { ...runtime, perKernelS: 5 } }).jsonPath).toBe('$.predictor.runtime.perKernelS');
    expect(failure({ ...base, runtime: { ...runtime, threads: 1.5 } })).toEqual({ message: expect.stringMatching(/integer/), jsonPath: '$.predictor.runtime.threads' });
    expect(failure({ ...base, runtime: { ...runtime, nchwcBlock: Number.POSITIVE_INFINITY } }).jsonPath).toBe('$.predictor.runtime.nchwcBlock');
    expect(failure({ ...base, runtime: { ...runtime, fusion: 3 } })).toEqual({ message: expect.stringMatching(/expected a string/), jsonPath: '$.predictor.runtime.fusion' });
    expect(failure({ ...base, runtime: 'onnxruntime' }).jsonPath).toBe('$.predictor.runtime');
    // A latency fit's spec-derived power per class: positive and bounded.
    const cls = { launchS: 1e-5, flopsPerS: 1e10, bytesPerS: 1e9, cacheSpeedup: 2, sharpness: 2, joulesPerFlop: 0, joulesPerByte: 0, joulesPerCall: 0 };
    expect(() => checkRooflinePredictor({ ...base, inference: { conv: { ...cls, dynamicPowerW: 7 } } }, 'p.json')).not.toThrow();
    expect(failure({ ...base, inference: { conv: { ...cls, dynamicPowerW: -7 } } }).jsonPath).toBe('$.predictor.inference.conv.dynamicPowerW');
  });
});
