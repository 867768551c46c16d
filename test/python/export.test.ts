// The export helper on real torchvision models: the ONNX export and the layers.json of one module give the
// same parameter count (exactly, and equal to PyTorch's) and the same MACs. Documented tolerance: the ONNX
// export is a training-mode graph, where Dropout draws a mask (one MAC per element); in the layers file Dropout
// is the inference no-op. So layers MACs = ONNX MACs - ONNX Dropout MACs, exactly.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { hasTorch, inferFile, macsByOp, prefetchTorchParams, runExport, tempDir, torchParams, type ExportRun } from './helpers.js';

const torch = hasTorch();
const MODELS = ['resnet18', 'mobilenet_v2'];
const FIXTURES = 'test/python/fixtures';

// Every model whose PyTorch parameter count a test compares with: counted in one python start.
beforeAll(() => {
  if (!torch) return;
  prefetchTorchParams([
    ...[...MODELS, 'shufflenet_v2_x0_5'].map((m) => `torchvision.models:${m}`),
    ...['tiny_lm.py:build', 'tiny_lm.py:shared_block', 'decoder.py:build', 'bert_like.py:build', 'attention.py:small_vit',
      'attention.py:seq_first_block', 'attention.py:encoder', 'recurrent.py:tagger', 'recurrent.py:encoders'].map((f) => `${FIXTURES}/${f}`),
  ]);
}, 300_000);

describe.skipIf(!torch)('export helper on torchvision models', () => {
  const dir = torch ? tempDir() : '';
  const runs = new Map<string, { onnx: ExportRun; layers: ExportRun; fx: ExportRun; torchParams: number }>();

  beforeAll(() => {
    for (const name of MODELS) {
      const factory = `torchvision.models:${name}`;
      runs.set(name, {
        onnx: runExport(factory, ['--input', '1x3x224x224'], join(dir, `${name}.onnx`)),
        layers: runExport(factory, ['--input', '1x3x224x224'], join(dir, `${name}.layers.json`)),
        fx: runExport(factory, ['--input', '1x3x224x224', '--tracer', 'fx'], join(dir, `${name}-fx.layers.json`)),
        torchParams: torchParams(factory),
      });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(MODELS.flatMap((m) => [1, 4].flatMap((b) => ['record', 'fx'].map((tracer) => ({ model: m, batch: b, tracer })))))(
    '$model at batch $batch ($tracer): same params and MACs in both formats',
    async ({ model, batch, tracer }) => {
      const run = runs.get(model);
      if (!run) throw new Error('export did not run');
      const spec = tracer === 'fx' ? run.fx : run.layers;
      expect(run.onnx.status, run.onnx.stderr).toBe(0);
      expect(spec.status, spec.stderr).toBe(0);
      expect(spec.stderr).not.toMatch(/could not trace|unknown origin/);
      const onnx = await inferFile(run.onnx.out, batch);
      const layers = await inferFile(spec.out, batch);
      expect(onnx.coverage.unsupported).toEqual([]);
      expect(layers.coverage.unsupported).toEqual([]);
      expect(layers.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
      expect(layers.totals.params).toBe(run.torchParams);
      expect(onnx.totals.params).toBe(run.torchParams);
      expect(spec.summary?.params).toBe(run.torchParams);
      const onnxOps = macsByOp(onnx);
      expect(layers.totals.macs).toBe(onnx.totals.macs - (onnxOps.Dropout ?? 0));
      const layerOps = macsByOp(layers);
      for (const op of ['Conv', 'Gemm', 'BatchNormalization', 'Add', 'MaxPool', 'GlobalAveragePool', 'Relu', 'Clip']) {
        expect(layerOps[op], op).toBe(onnxOps[op]);
      }
      expect(layers.batch).toBe(batch);
      expect(onnx.layers.find((l) => l.op === 'Conv')?.outputShapes[0]?.[0]).toBe(batch);
    },
  );

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

  it.each(['record', 'fx'])('a module called twice counts its weights once (%s)', async (tracer) => {
    const factory = 'test/python/fixtures/tiny_lm.py:shared_block';
    const run = runExport(factory, ['--input', '1x5x16', '--tracer', tracer], join(dir, `shared-${tracer}.layers.json`));
    expect(run.status, run.stderr).toBe(0);
    const m = await inferFile(run.out, 2);
    expect(m.coverage.unsupported).toEqual([]);
    expect(m.totals.params).toBe(torchParams(factory));
    // block (16→24) twice and back (24→16) once, on 2 x 5 rows.
    const gemmLike = m.layers.filter((l) => l.family === 'gemm').reduce((s, l) => s + l.macs, 0);
    expect(gemmLike).toBe(2 * 5 * (16 * 24 * 2 + 24 * 16));
  });

  it('nn.Upsample, F.interpolate (by scale and to a size) and torch.stack price as the ONNX export', async () => {
    const factory = 'test/python/fixtures/decoder.py:build';
    const layers = runExport(factory, ['--input', '1x3x32x32'], join(dir, 'decoder.layers.json'));
    const onnx = runExport(factory, ['--input', '1x3x32x32'], join(dir, 'decoder.onnx'));
    expect(layers.status, layers.stderr).toBe(0);
    for (const batch of [1, 3]) {
      const a = await inferFile(onnx.out, batch);
      const b = await inferFile(layers.out, batch);
      expect(b.coverage.unsupported).toEqual([]);
      expect(b.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
      expect(b.totals.params).toBe(torchParams(factory));
      expect(b.totals.macs).toBe(a.totals.macs);
      expect(macsByOp(b).Resize).toBe(macsByOp(a).Resize);
    }
  });

  it('a model torch.fx cannot trace (ShuffleNetV2 unpacks shapes in forward) is recorded completely', async () => {
    const factory = 'torchvision.models:shufflenet_v2_x0_5';
    const recorded = runExport(factory, ['--input', '1x3x64x64'], join(dir, 'shuffle.layers.json'));
    const fx = runExport(factory, ['--input', '1x3x64x64', '--tracer', 'fx'], join(dir, 'shuffle-fx.layers.json'));
    const onnx = runExport(factory, ['--input', '1x3x64x64'], join(dir, 'shuffle.onnx'));
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(fx.stderr).toMatch(/torch\.fx could not trace the model .*recording one forward pass instead/);
    const a = await inferFile(onnx.out, 3);
    for (const out of [recorded.out, fx.out]) {
      const b = await inferFile(out, 3);
      expect(b.coverage.unsupported).toEqual([]);
      expect(b.totals.params).toBe(torchParams(factory));
      expect(b.totals.macs).toBe(a.totals.macs);
      expect(macsByOp(b).Split).toBe(macsByOp(a).Slice); // x.chunk(2, dim=1): ONNX spells it as two Slices
    }
  });

  // Attention: the exported ONNX graph has its own layout copies (Transposes of weights and heads, Slices,
  // shape arithmetic), so whole totals differ on tiny models; the multiply-accumulates of the Conv, Gemm and
  // MatMul layers, which dominate any real transformer, must agree exactly, and the parameters too.
  it.each([
    { factory: 'test/python/fixtures/attention.py:small_vit', input: '1x3x32x32', outputs: '1' },
    { factory: 'test/python/fixtures/attention.py:seq_first_block', input: '10x1x48', outputs: '2' },
    { factory: 'test/python/fixtures/attention.py:encoder', input: '1x10x64', outputs: '1' },
  ])('$factory: nn.MultiheadAttention lowered with the same matmul MACs as the ONNX export', async ({ factory, input, outputs }) => {
    const stem = factory.split(':')[1] as string;
    const layers = runExport(factory, ['--input', input], join(dir, `${stem}.layers.json`));
    const onnx = runExport(factory, ['--input', input], join(dir, `${stem}.onnx`));
    expect(layers.status, layers.stderr).toBe(0);
    expect(onnx.status, onnx.stderr).toBe(0);
    expect((await loadModel(onnx.out)).graph.outputs).toHaveLength(Number(outputs));
    const params = torchParams(factory);
    for (const batch of [1, 3]) {
      const a = await inferFile(onnx.out, batch);
      const b = await inferFile(layers.out, batch);
      expect(b.coverage.unsupported).toEqual([]);
      // The class token's expand is recorded at the example batch; inference re-derives it and says so.
      expect(b.diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'W_BATCH_BAKED')).toEqual([]);
      expect(b.totals.params).toBe(params);
      expect(a.totals.params).toBe(params);
      const core = (m: typeof a) => ['Conv', 'Gemm', 'MatMul'].reduce((s, op) => s + (macsByOp(m)[op] ?? 0), 0);
      expect(core(b)).toBe(core(a));
      expect(b.layers.filter((l) => l.op === 'Softmax').map((l) => l.macs)).toEqual(a.layers.filter((l) => l.op === 'Softmax').map((l) => l.macs));
    }
  });

  it('functional code is recorded: arange positions, comparison masks, masked_fill, einsum, F.pad, x.repeat, x[:, 0]', async () => {
    const factory = 'test/python/fixtures/bert_like.py:build';
    const run = runExport(factory, ['--input', 'ids=1x16:int64'], join(dir, 'bert.layers.json'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const params = torchParams(factory);
    for (const b of [1, 3]) {
      const m = await inferFile(run.out, b);
      expect(m.coverage.unsupported).toEqual([]);
      expect(m.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
      expect(m.totals.params).toBe(params);
      const [n, dim, heads] = [16, 32, 4];
      const ops = macsByOp(m);
      expect(ops.Einsum).toBe(b * heads * n * n * (dim / heads));
      // qkv and out projections, probs @ v, and the [CLS] row @ a 32x2 parameter.
      expect(ops.MatMul).toBe(b * n * dim * 3 * dim + b * n * dim * dim + b * heads * n * n * (dim / heads) + b * dim * 2);
      expect(m.layers.find((l) => l.name === 'pos')?.outputShapes).toEqual([[n, dim]]);
    }
  });

  // The training-mode ONNX export reorders gate weights with Slice/Concat of initializers: inference treats that as
  // weight preprocessing (docs/ops.md), so both formats count PyTorch's parameters; the recurrent nodes' MACs match.
  it.each([
    { factory: 'test/python/fixtures/recurrent.py:tagger', input: '1x7x20', outputs: '3', ops: ['LSTM', 'MatMul'] },
    { factory: 'test/python/fixtures/recurrent.py:encoders', input: '7x1x20', outputs: '3', ops: ['GRU', 'RNN'] },
  ])('$factory: LSTM/GRU/RNN lowered to one ONNX node per layer with the export\'s MACs', async ({ factory, input, outputs, ops }) => {
    const stem = factory.split(':')[1] as string;
    const layers = runExport(factory, ['--input', input], join(dir, `${stem}.layers.json`));
    const onnx = runExport(factory, ['--input', input, '--outputs', outputs], join(dir, `${stem}.onnx`));
    expect(layers.status, layers.stderr).toBe(0);
    expect(onnx.status, onnx.stderr).toBe(0);
    for (const batch of [1, 4]) {
      const a = await inferFile(onnx.out, batch);
      const b = await inferFile(layers.out, batch);
      expect(b.coverage.unsupported).toEqual([]);
      expect(b.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
      expect(b.totals.params).toBe(torchParams(factory));
      expect(a.totals.params).toBe(torchParams(factory));
      for (const op of ops) expect(macsByOp(b)[op], op).toBe(macsByOp(a)[op]);
    }
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
