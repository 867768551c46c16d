// The export helper on real torchvision models: the ONNX export and the layers.json of one module give the
// same parameter count (exactly, and equal to PyTorch's) and the same MACs. Documented tolerance: the ONNX
// export is a training-mode graph, where Dropout draws a mask (one MAC per element); in the layers file Dropout
// is the inference no-op. So layers MACs = ONNX MACs - ONNX Dropout MACs, exactly.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { hasTorch, inferFile, macsByOp, runExport, tempDir, torchParams, type ExportRun } from './helpers.js';

const torch = hasTorch();
const MODELS = ['resnet18', 'mobilenet_v2'];

describe.skipIf(!torch)('export helper on torchvision models', () => {
  const dir = torch ? tempDir() : '';
  const runs = new Map<string, { onnx: ExportRun; layers: ExportRun; torchParams: number }>();

  beforeAll(() => {
    for (const name of MODELS) {
      const factory = `torchvision.models:${name}`;
      runs.set(name, {
        onnx: runExport(factory, ['--input', '1x3x224x224'], join(dir, `${name}.onnx`)),
        layers: runExport(factory, ['--input', '1x3x224x224'], join(dir, `${name}.layers.json`)),
        torchParams: torchParams(factory),
      });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(MODELS.flatMap((m) => [1, 4].map((b) => ({ model: m, batch: b }))))('$model at batch $batch: same params and MACs in both formats', async ({ model, batch }) => {
    const run = runs.get(model);
    if (!run) throw new Error('export did not run');
    expect(run.onnx.status, run.onnx.stderr).toBe(0);
    expect(run.layers.status, run.layers.stderr).toBe(0);
    expect(run.layers.stderr).not.toMatch(/forward hooks/); // traced with torch.fx, functional ops included
    const onnx = await inferFile(run.onnx.out, batch);
    const layers = await inferFile(run.layers.out, batch);
    expect(onnx.coverage.unsupported).toEqual([]);
    expect(layers.coverage.unsupported).toEqual([]);
    expect(layers.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(layers.totals.params).toBe(run.torchParams);
    expect(onnx.totals.params).toBe(run.torchParams);
    expect(run.layers.summary?.params).toBe(run.torchParams);
    const onnxOps = macsByOp(onnx);
    expect(layers.totals.macs).toBe(onnx.totals.macs - (onnxOps.Dropout ?? 0));
    const layerOps = macsByOp(layers);
    for (const op of ['Conv', 'Gemm', 'BatchNormalization', 'Add', 'MaxPool', 'GlobalAveragePool', 'Relu', 'Clip']) {
      expect(layerOps[op], op).toBe(onnxOps[op]);
    }
    expect(layers.batch).toBe(batch);
    expect(onnx.layers.find((l) => l.op === 'Conv')?.outputShapes[0]?.[0]).toBe(batch);
  });

  it('mobilenet_v2: the one difference is its Dropout, one element per batch row and feature', async () => {
    const run = runs.get('mobilenet_v2');
    if (!run) throw new Error('export did not run');
    const onnx = await inferFile(run.onnx.out, 2);
    expect(macsByOp(onnx).Dropout).toBe(2 * 1280);
  });
});

describe.skipIf(!torch)('export helper options', () => {
  const dir = torch ? tempDir() : '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tied weights (embedding = output projection) count once, as in PyTorch', async () => {
    const factory = 'test/python/fixtures/tiny_lm.py:build';
    const onnx = runExport(factory, ['--input', 'ids=1x8:int64'], join(dir, 'lm.onnx'));
    const layers = runExport(factory, ['--input', 'ids=1x8:int64'], join(dir, 'lm.layers.json'));
    expect(onnx.status, onnx.stderr).toBe(0);
    expect(layers.status, layers.stderr).toBe(0);
    const params = torchParams(factory);
    const a = await inferFile(onnx.out, 3);
    const b = await inferFile(layers.out, 3);
    expect(b.totals.params).toBe(params);
    expect(a.totals.params).toBe(params);
    expect(b.totals.macs).toBe(a.totals.macs);
    const doc = JSON.parse(readFileSync(layers.out, 'utf8')) as { layers: { name: string; weights?: Record<string, { tensor?: string }> }[] };
    const tied = doc.layers.filter((l) => l.weights?.weight?.tensor === 'embed.weight').map((l) => l.name);
    expect(tied).toEqual(['embed', 'head']);
  });

  it('--no-fx (forward hooks) keeps every module and its parameters but misses functional code', async () => {
    const factory = 'torchvision.models:resnet18';
    const hooks = runExport(factory, ['--input', '1x3x64x64', '--no-fx'], join(dir, 'r18-hooks.layers.json'));
    const onnx = runExport(factory, ['--input', '1x3x64x64'], join(dir, 'r18.onnx'));
    expect(hooks.status, hooks.stderr).toBe(0);
    expect(hooks.stderr).toMatch(/tensor\(s\) came from functional code between modules/);
    const a = await inferFile(onnx.out);
    const b = await inferFile(hooks.out);
    expect(b.totals.params).toBe(torchParams(factory));
    // The residual additions (x + identity) are functional: the only MACs the hooks cannot see.
    expect(b.totals.macs).toBe(a.totals.macs - (macsByOp(a).Add ?? 0));
    expect(macsByOp(b).Conv).toBe(macsByOp(a).Conv);
  });

  it('--weights omit writes dims without payloads: a small file priced the same', async () => {
    const factory = 'torchvision.models:mobilenet_v2';
    const inline = join(dir, 'mnv2.onnx');
    const omitted = join(dir, 'mnv2-omit.onnx');
    expect(runExport(factory, ['--input', '1x3x96x96'], inline).status).toBe(0);
    expect(runExport(factory, ['--input', '1x3x96x96', '--weights', 'omit'], omitted).status).toBe(0);
    expect(statSync(omitted).size).toBeLessThan(statSync(inline).size / 10);
    const model = await loadModel(omitted);
    expect(model.graph.initializers.filter((t) => t.external).length).toBeGreaterThan(50);
    const a = await inferFile(inline, 2);
    const b = await inferFile(omitted, 2);
    expect(b.totals).toEqual(a.totals);
  });

  it('--static-batch keeps axis 0 fixed in both formats', async () => {
    const factory = 'test/python/fixtures/tiny_lm.py:build';
    const onnx = runExport(factory, ['--input', 'ids=2x8:int64', '--static-batch'], join(dir, 'static.onnx'));
    const layers = runExport(factory, ['--input', 'ids=2x8:int64', '--static-batch'], join(dir, 'static.layers.json'));
    expect((await loadModel(onnx.out)).graph.inputs[0]?.shape).toEqual([2, 8]);
    expect((await loadModel(layers.out)).graph.inputs[0]?.shape).toEqual([2, 8]);
    const dynamic = runExport(factory, ['--input', 'ids=2x8:int64'], join(dir, 'dynamic.layers.json'));
    expect((await loadModel(dynamic.out)).graph.inputs[0]?.shape).toEqual(['batch', 8]);
  });

  it('a model spec that is not module:callable fails with a message', () => {
    const r = runExport('torchvision.models.resnet18', ['--input', '1x3x8x8'], join(dir, 'x.onnx'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/model spec must be module:callable/);
  });
});
