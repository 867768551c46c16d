// The inspect table: deterministic text/markdown/json, totals and the coverage line; and the CLI command itself.
import { describe, expect, it } from 'vitest';
import { coverageLine, formatCount, renderInspect } from '../../src/core/infer/format.js';
import { inferModel, type InferredModel } from '../../src/core/infer/index.js';
import { runMain } from '../helpers/cli.js';
import { graph, model, node } from './helpers/build.js';
import { loadOnnx } from './helpers/load.js';

describe('inspect rendering', () => {
  it('formats counts without locale separators', () => {
    expect(formatCount(9999)).toBe('9999');
    expect(formatCount(1_814_073_344)).toBe('1.814 G');
    expect(formatCount(11_689_512)).toBe('11.690 M');
    expect(formatCount(25_088)).toBe('25.088 k');
  });

  it('renders every layer of resnet18 with totals and coverage', async () => {
    const m = inferModel(await loadOnnx('data/h100/onnx-train/resnet18.onnx'), { batch: 2 });
    const text = renderInspect(m, 'text');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^layer\s+op\s+output shape\s+MACs\s+params$/);
    for (const l of m.layers) expect(text).toContain(l.name);
    expect(text).toContain('[2x1000]');
    expect(text).toContain(`total MACs ${formatCount(m.totals.macs)} (${m.totals.macs})`);
    expect(text).toContain('total params 11.690 M (11689512)');
    expect(text).toContain(`${m.layers.length} nodes, ${m.layers.length} estimated, 0 unsupported`);
    const md = renderInspect(m, 'markdown');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(m.layers.length + 1);
    expect(JSON.parse(renderInspect(m, 'json')) as InferredModel).toEqual(m);
    expect(renderInspect(m, 'text')).toBe(text);
  });

  it('lists unsupported ops in the coverage line', () => {
    const m = inferModel(model(graph({
      inputs: { x: [1, 4] },
      nodes: [node('Foo', ['x'], ['a']), node('Foo', ['x'], ['b']), node('Relu', ['a'], ['c']), node('Relu', ['x'], ['d'])],
    })));
    expect(coverageLine(m)).toBe('4 nodes, 1 estimated, 3 unsupported: Foo x2, Relu x1');
    expect(renderInspect(m, 'text')).toMatch(/c\s+Relu\s+\?\s+\?\s+0\s+unsupported: input a unknown/);
  });
});

describe('energy-diff inspect', () => {
  const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    const r = await runMain(['inspect', ...args], {}, process.cwd());
    return { code: r.code, out: r.stdout, err: r.stderr };
  };

  it('prints the table of a real model at a batch size', async () => {
    const r = await run(['data/h100/onnx/vgg11.onnx', '--batch', '4']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[4x1000]');
    expect(r.out).toMatch(/\d+ nodes, \d+ estimated, 0 unsupported/);
  });

  it('emits JSON that parses to the inferred model', async () => {
    const r = await run(['data/h100/onnx/mlp_rect_4x2048.onnx', '--format', 'json', '--input', 'input=3x784']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out) as InferredModel;
    expect(m.layers.at(-1)?.outputShapes).toEqual([[3, 10]]);
    expect(m.totals.params).toBe(14217226);
  });

  it('shows which kernels eager PyTorch launches for each node (--mode picks the plan)', async () => {
    const r = await run(['data/h100/onnx-train/mobilenet_v2.onnx', '--batch', '2']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^layer\s+op\s+output shape\s+MACs\s+params\s+kernel$/);
    expect(r.out).toMatch(/\/features\/features\.0\/features\.0\.0\/Conv\s+Conv\s.*\sk1 Conv\n/);
    expect(r.out).toMatch(/Dropout .*free: identity \(Dropout at inference\)/);
    expect(r.out).toMatch(/kernel plan \(eager-pytorch@1, inference\): 151 kernels for 225 nodes; 74 launch none/);
    const train = await run(['data/h100/onnx-train/mobilenet_v2.onnx', '--batch', '2', '--mode', 'train-step', '--format', 'json']);
    const plan = (JSON.parse(train.out) as { plan: { mode: string; kernels: { kind: string; members: string[] }[] } }).plan;
    expect(plan.mode).toBe('train-step');
    expect(plan.kernels.filter((k) => k.kind === 'Dropout')).toHaveLength(1);
    expect((await run(['data/h100/onnx/vgg11.onnx', '--mode', 'train'])).err).toContain('--mode expects inference or train-step');
  });

  it('rejects a bad --batch with a clear error', async () => {
    const r = await run(['data/h100/onnx/vgg11.onnx', '--batch', 'zero']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--batch expects a positive integer');
  });
});
