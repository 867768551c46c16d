// The eager PyTorch kernel plan (core/plan, eager-pytorch@1) on real exports: torch.onnx decompositions
// fused back into the one kernel eager runs, look-alikes left alone, views and shape arithmetic free,
// Dropout by mode, copies where a layout forces them; and the dev ViT against a hand count of its kernels.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { buildKernelPlan, EAGER_PYTORCH, planCells, planSummary, type KernelPlan } from '../../src/core/plan/index.js';
import type { Mode } from '../../src/core/estimate/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import type { InferredModel } from '../../src/core/infer/index.js';
import { devModel } from '../estimate/helpers.js';
import { graph, init, model, node } from '../infer/helpers/build.js';
import { CACHE_DIR, loadOnnx, PYTHON, pythonHas } from '../infer/helpers/load.js';

const SCRIPT = resolve('test/plan/fixtures/export_blocks.py');
const DIR = join(CACHE_DIR, `plan-blocks-${createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 12)}`);
const torch = pythonHas('torch, onnx');

function plan(m: DecodedModel, mode: Mode = 'inference', batch?: number): { inferred: InferredModel; plan: KernelPlan } {
  const inferred = inferModel(m, batch !== undefined ? { batch } : {});
  return { inferred, plan: buildKernelPlan(inferred.layers, EAGER_PYTORCH, mode) };
}

/** Kernel kinds with their member counts, e.g. "Gelu:5", sorted. */
function kinds(p: KernelPlan): string[] {
  return p.kernels.map((k) => `${k.kind}:${k.members.length}`).sort();
}

function counts(p: KernelPlan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of p.kernels) out[k.kind] = (out[k.kind] ?? 0) + 1;
  return out;
}

describe.runIf(torch)('torch.onnx decompositions (PyTorch 1.13 exports)', () => {
  const blocks = new Map<string, DecodedModel>();
  beforeAll(async () => {
    if (!existsSync(join(DIR, 'dropout_train17.onnx'))) execFileSync(PYTHON, [SCRIPT, DIR], { stdio: 'ignore', timeout: 240_000 });
    for (const name of ['gelu13', 'silu13', 'hardswish13', 'mish13', 'layernorm13', 'layernorm17', 'channels_first_ln13', 'mha17',
      'biased_attention17', 'tanh_gelu13', 'transpose_uses17', 'dropout_train17']) blocks.set(name, await loadOnnx(join(DIR, `${name}.onnx`)));
  }, 300_000);
  const get = (name: string): DecodedModel => blocks.get(name)!;

  it('nn.Linear on a 3-D input is one GEMM over all leading dims with its bias; GELU (Div-Erf-Add-Mul-Mul) is one kernel', () => {
    const { inferred, plan: p } = plan(get('gelu13'));
    expect(kinds(p)).toEqual(['Gelu:5', 'Linear:2', 'Linear:2']);
    const linear = p.kernels.find((k) => k.kind === 'Linear')!;
    expect(linear.cost.family).toBe('gemm');
    // rows = batch 2 x 8 tokens; the bias bytes join the weight bytes.
    expect(linear.cost.attrs).toMatchObject({ batch: 16, inFeatures: 16, outFeatures: 32 });
    expect(linear.cost.weightBytes).toBe((16 * 32 + 32) * 4);
    expect(linear.cost.macs).toBe(inferred.layers[linear.anchor]!.macs);
    const gelu = p.kernels.find((k) => k.kind === 'Gelu')!;
    expect(gelu.cost).toMatchObject({ family: 'activation', macs: 2 * 8 * 32, activationBytesIn: 2 * 8 * 32 * 4, activationBytesOut: 2 * 8 * 32 * 4 });
    expect(inferred.layers[gelu.anchor]!.op).toBe('Erf');
  });

  it('SiLU, Hardswish and Mish exported as gates are one activation kernel each', () => {
    // The conv's bias is its own kernel on a GPU (cuDNN convolution, then output.add_(bias)).
    expect(kinds(plan(get('silu13')).plan)).toEqual(['BiasAdd:1', 'Conv:1', 'Silu:2']);
    expect(kinds(plan(get('hardswish13')).plan)).toEqual(['BiasAdd:1', 'Conv:1', 'HardSwish:2']);
    expect(kinds(plan(get('mish13')).plan)).toEqual(['BiasAdd:1', 'Conv:1', 'Mish:3']);
  });

  it('LayerNorm written as reductions (opset 13) is the one norm kernel LayerNormalization (opset 17) is', () => {
    const a = plan(get('layernorm13')).plan;
    const b = plan(get('layernorm17')).plan;
    expect(kinds(a)).toEqual(['LayerNorm:9']);
    expect(kinds(b)).toEqual(['LayerNormalization:1']);
    expect(a.kernels[0]!.cost).toMatchObject({ family: 'norm', macs: b.kernels[0]!.cost.macs, activationBytesIn: b.kernels[0]!.cost.activationBytesIn });
    expect(a.kernels[0]!.cost.weightBytes).toBe(b.kernels[0]!.cost.weightBytes);
  });

  it('hand-written look-alikes stay op by op: LayerNorm over channels, tanh-GELU in Python maths', () => {
    const ln = plan(get('channels_first_ln13')).plan;
    expect(ln.kernels.some((k) => k.members.length > 1)).toBe(false);
    expect(ln.kernels.length).toBeGreaterThanOrEqual(8);
    const gelu = plan(get('tanh_gelu13')).plan;
    expect(gelu.kernels.some((k) => k.members.length > 1)).toBe(false);
    expect(gelu.kernels.map((k) => k.kind)).toContain('Tanh');
  });

  it('nn.MultiheadAttention is three kernels: packed in-projection, fused attention, out-projection', () => {
    const { inferred, plan: p } = plan(get('mha17'));
    expect(kinds(p)).toEqual(['Attention:4', 'Gemm:1', 'Linear:2']);
    const att = p.kernels.find((k) => k.kind === 'Attention')!;
    const members = att.members.map((m) => inferred.layers[m]!.op).sort();
    expect(members).toEqual(['Div', 'MatMul', 'MatMul', 'Softmax']);
    // Both GEMMs' MACs; inputs Q, K, V and output read/written once (the score matrix never is).
    const mm = att.members.filter((m) => inferred.layers[m]!.op === 'MatMul').map((m) => inferred.layers[m]!.macs);
    expect(att.cost.macs).toBe(mm[0]! + mm[1]!);
    expect(att.cost.activationBytesIn).toBe(3 * 10 * 32 * 4);
    expect(att.cost.activationBytesOut).toBe(10 * 32 * 4);
    expect(p.placements.filter((x) => x.kind === 'free' && x.reason.startsWith('view')).length).toBeGreaterThan(6);
  });

  it('attention with a learned bias per head (Swin) is left to the ops eager runs', () => {
    const p = plan(get('biased_attention17')).plan;
    expect(counts(p).Attention).toBeUndefined();
    expect(counts(p)).toMatchObject({ MatMul: 2, Softmax: 1 });
    // transpose(1, 2).reshape(...) of the attention output cannot be a view: eager copies.
    expect(p.kernels.filter((k) => k.kind === 'Copy')).toHaveLength(1);
  });

  it('a transposed activation: a copy before a Linear that must fold it into rows, and before a reshape', () => {
    const { inferred, plan: p } = plan(get('transpose_uses17'));
    const copies = p.kernels.filter((k) => k.kind === 'Copy').map((k) => inferred.layers[k.anchor]!.op).sort();
    expect(copies).toEqual(['MatMul', 'Reshape']);
    expect(p.placements[inferred.layers.findIndex((l) => l.op === 'Transpose')]).toEqual({ kind: 'free', reason: 'view (transpose)' });
  });

  it('Dropout: the identity at inference and at p = 0, one kernel in a train step at p > 0', () => {
    const m = get('dropout_train17');
    const inf = plan(m, 'inference');
    const train = plan(m, 'train-step');
    const dropouts = inf.inferred.layers.flatMap((l, i) => (l.op === 'Dropout' ? [i] : []));
    expect(dropouts).toHaveLength(2);
    expect(dropouts.map((i) => inf.plan.placements[i])).toEqual([
      { kind: 'free', reason: 'identity (Dropout at inference)' }, { kind: 'free', reason: 'identity (Dropout at inference)' },
    ]);
    expect(train.plan.placements[dropouts[1]!]).toEqual({ kind: 'free', reason: 'identity (Dropout with p = 0)' });
    const k = train.plan.kernels.find((x) => x.kind === 'Dropout')!;
    expect(k.members).toEqual([dropouts[0]]);
    expect(k.cost).toMatchObject({ family: 'elementwise', macs: 2 * 8 * 16 });
  });
});

describe('dev models (data/h100)', () => {
  it('vit_b_16 at batch 1 runs the 126 kernels eager PyTorch launches, from either exporter', async () => {
    // Hand count of eager ViT-B/16 inference on a GPU: patch conv and its bias add (cuDNN runs the bias as
    // its own kernel), class-token concat, position add; per encoder
    // block LayerNorm, qkv Linear, SDPA, out-projection, residual add, LayerNorm, Linear, GELU, Linear,
    // residual add (10 x 12); final LayerNorm; head. The class-token select is a view.
    const expected = { Conv: 1, BiasAdd: 1, Concat: 1, Add: 25, LayerNormalization: 25, Linear: 36, Attention: 12, Gemm: 13, Gelu: 12 };
    for (const dir of ['onnx-train', 'onnx'] as const) {
      const { inferred, plan: p } = plan(await devModel(dir, 'vit_b_16'), 'inference', 1);
      expect(counts(p), dir).toEqual(expected);
      expect(p.kernels).toHaveLength(126);
      expect(inferred.layers.length, dir).toBeGreaterThan(1000);
    }
  });

  it('vit_b_16: every shape-arithmetic node is free, and no Transpose or Reshape runs at batch 1', async () => {
    const { inferred, plan: p } = plan(await devModel('onnx-train', 'vit_b_16'), 'inference', 1);
    const free = (op: string): boolean => inferred.layers.every((l, i) => l.op !== op || p.placements[i]!.kind === 'free');
    for (const op of ['Shape', 'Gather', 'Unsqueeze', 'Concat', 'Reshape', 'Transpose', 'Slice', 'Dropout', 'Constant']) {
      if (op === 'Concat') expect(inferred.layers.filter((l, i) => l.op === op && p.placements[i]!.kind !== 'free')).toHaveLength(1);
      else expect(free(op), op).toBe(true);
    }
  });

  it('efficientnet_b0: the 49 SiLU (x·sigmoid(x)) become one kernel each, the 16 squeeze-excitation gates stay Sigmoid and Mul', async () => {
    const p = plan(await devModel('onnx-train', 'efficientnet_b0'), 'inference', 1).plan;
    expect(counts(p)).toMatchObject({ Silu: 49, Sigmoid: 16, Mul: 16, Conv: 81, BatchNormalization: 49 });
  });

  it('mobilenet_v2: its classifier Dropout is free at inference and a kernel in a train step', async () => {
    const m = await devModel('onnx-train', 'mobilenet_v2');
    expect(counts(plan(m, 'inference', 32).plan).Dropout).toBeUndefined();
    expect(counts(plan(m, 'train-step', 32).plan).Dropout).toBe(1);
  });

  it('inspect cells and summary name the kernels and why the other nodes launch none', async () => {
    const { inferred, plan: p } = plan(await devModel('onnx-train', 'vit_b_16'), 'inference', 1);
    const cells = planCells(p);
    const mm = inferred.layers.findIndex((l) => l.name === '/encoder/layers/encoder_layer_0/self_attention/MatMul');
    const add = inferred.layers.findIndex((l) => l.name === '/encoder/layers/encoder_layer_0/self_attention/Add');
    expect(cells[mm]).toMatch(/^k\d+ Linear \(2 nodes\)$/);
    expect(cells[add]).toBe(`→ k${cells[mm]!.match(/^k(\d+)/)![1]}`);
    expect(planSummary(p)).toMatch(/^kernel plan \(eager-pytorch@1, inference\): 126 kernels for 1312 nodes; 1067 launch none \(.*shape arithmetic.*view.*\); fused: 36 Linear, 12 Attention, 12 Gelu$/);
  });
});

describe('layouts on hand-built graphs', () => {
  const x = { x: [2, 4, 6] };
  it('a reshape of a transposed tensor copies once; a transpose feeding a MatMul operand does not', () => {
    const m = model(graph({
      inputs: { ...x, y: [2, 4, 5] },
      inits: [init('shape', [2], [8, 6])],
      nodes: [
        node('Transpose', ['x'], ['t'], { perm: [0, 2, 1] }),
        node('MatMul', ['t', 'y'], ['mm']),
        node('Reshape', ['t', 'shape'], ['r']),
        node('Reshape', ['x', 'shape'], ['rx']),
      ],
    }));
    const { inferred, plan: p } = plan(m);
    const op = (k: number): string => inferred.layers[k]!.name;
    expect(p.kernels.map((k) => `${k.kind}@${op(k.anchor)}`)).toEqual(['MatMul@mm', 'Copy@r']);
    expect(p.placements[inferred.layers.findIndex((l) => l.name === 'rx')]).toEqual({ kind: 'free', reason: 'view (reshape)' });
  });

  it('a kernel that needs dense rows (softmax) copies a transposed input; element-wise ops read it as it is', () => {
    const m = model(graph({
      inputs: x,
      nodes: [node('Transpose', ['x'], ['t'], { perm: [0, 2, 1] }), node('Relu', ['t'], ['a']), node('Softmax', ['a'], ['s'], { axis: -1 })],
    }));
    const p = plan(m).plan;
    expect(p.kernels.map((k) => k.kind)).toEqual(['Relu', 'Copy', 'Softmax']);
    expect(p.kernels[1]!.cost).toMatchObject({ family: 'data-movement', macs: 48, activationBytesIn: 192, activationBytesOut: 192 });
  });

  it('small integer tensors feeding a Reshape target are free even when their values are not known', () => {
    // The shape input comes from a graph input (values unknown): Cast, Concat and Where on it are host maths.
    const m = model(graph({
      inputs: { ...x, dims: [2] },
      inits: [init('six', [1], [6]), init('zero', [1], [0])],
      nodes: [
        node('Cast', ['dims'], ['d64'], { to: 7 }),
        node('Equal', ['d64', 'zero'], ['isz']),
        node('Where', ['isz', 'six', 'd64'], ['fixed']),
        node('Concat', ['fixed', 'six'], ['target'], { axis: 0 }),
        node('Reshape', ['x', 'target'], ['r']),
      ],
    }));
    const { inferred, plan: p } = plan({ ...m, graph: { ...m.graph, inputs: m.graph.inputs.map((i) => (i.name === 'dims' ? { ...i, elemType: 7 } : i)) } });
    for (const name of ['d64', 'isz', 'fixed', 'target']) {
      expect(p.placements[inferred.layers.findIndex((l) => l.name === name)], name).toEqual({ kind: 'free', reason: 'shape arithmetic (integers on the host)' });
    }
  });
});
