// Training-mode exports (training=TRAINING, do_constant_folding off) route LSTM/GRU/RNN weights through
// Slice/Concat/Unsqueeze that reorder the gates. Those initializers are the layer's parameters, and the
// reordering is weight preprocessing that costs nothing per inference. Checked against PyTorch's
// sum(p.numel()), against the constant-folded export of the same model, and against the layers.json path of
// the export helper (python/energy_diff_export.py).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferModel, type InferredModel, type LayerCost } from '../../src/core/infer/index.js';
import { inferFile, runExport, tempDir, torchParams } from '../python/helpers.js';
import { graph, init, model, node } from './helpers/build.js';
import { CACHE_DIR, loadOnnx } from './helpers/load.js';
import { cachedPythonJson, hasTorch } from './helpers/python.js';
import { tensorShapes } from './helpers/tensor-shapes.js';

const SCRIPT = 'test/infer/fixtures/rnn_models.py';
const GATES: Record<string, number> = { LSTM: 4, GRU: 3, RNN: 1 };

/** W, R and both biases of every direction: what PyTorch counts for one layer. */
function rnnParams(l: LayerCost): number {
  const a = l.attrs;
  const [dirs, gates, hidden, input] = [a.directions, a.gates, a.hidden, a.inputSize] as number[];
  return (dirs as number) * (gates as number) * (hidden as number) * ((input as number) + (hidden as number) + 2);
}

const sumBy = (m: InferredModel, family: string, key: 'macs' | 'params'): number =>
  m.layers.filter((l) => l.family === family).reduce((s, l) => s + l[key], 0);

describe('constant-derived weights (hand-built graphs)', () => {
  it('an LSTM whose W, R, B are gate-reordered slices of initializers counts each initializer once, and the slicing costs 0', () => {
    const [h, inp] = [8, 5];
    const starts = (v: number): ReturnType<typeof init> => init(`s${v}`, [1], [v]);
    const g = graph({
      inputs: { x: [6, 2, inp] },
      inits: [init('w', [4 * h, inp]), init('r', [4 * h, h]), init('bi', [4 * h]), init('bh', [4 * h]),
        starts(0), starts(h), starts(2 * h), starts(4 * h), init('ax', [1], [0])],
      nodes: [
        // PyTorch's i,f,g,o → ONNX's i,o,f,c: [0:h], [3h:4h], [h:3h]
        node('Slice', ['w', 's0', `s${h}`, 'ax'], ['w0']), node('Slice', ['w', `s${2 * h}`, `s${4 * h}`, 'ax'], ['w1']),
        node('Slice', ['w', `s${h}`, `s${2 * h}`, 'ax'], ['w2']),
        node('Concat', ['w0', 'w1', 'w2'], ['wc'], { axis: 0 }), node('Unsqueeze', ['wc', 'ax'], ['W']),
        node('Unsqueeze', ['r', 'ax'], ['R']),
        node('Concat', ['bi', 'bh'], ['bc'], { axis: 0 }), node('Unsqueeze', ['bc', 'ax'], ['B']),
        node('LSTM', ['x', 'W', 'R', 'B'], ['y', 'yh', 'yc'], { hidden_size: h }, 'lstm'),
      ],
    });
    const r = inferModel(model(g, 13));
    expect(r.coverage.unsupported).toEqual([]);
    const lstm = r.layers.find((l) => l.name === 'lstm');
    expect(lstm?.params).toBe(4 * h * (inp + h + 2));
    expect(lstm?.weightBytes).toBe(4 * 4 * h * (inp + h + 2));
    expect(r.totals.params).toBe(4 * h * (inp + h + 2));
    const prep = r.layers.filter((l) => l.op !== 'LSTM');
    expect(prep.every((l) => l.macs === 0 && l.family === 'shape' && l.activationBytesOut === 0 && l.attrs.weightPrep === 1)).toBe(true);
    expect(r.totals.macs).toBe(6 * 2 * 4 * h * (inp + h));
  });

  it('a fused weight sliced for two MatMuls: each layer counts the elements it reads, the total counts the initializer once', () => {
    const g = graph({
      inputs: { x: [2, 8] },
      inits: [init('qk', [8, 12]), init('a', [1], [1]), init('s0', [1], [0]), init('s4', [1], [4]), init('s12', [1], [12])],
      nodes: [
        node('Slice', ['qk', 's0', 's4', 'a'], ['q']), node('Slice', ['qk', 's4', 's12', 'a'], ['k']),
        node('MatMul', ['x', 'q'], ['yq'], {}, 'mq'), node('MatMul', ['x', 'k'], ['yk'], {}, 'mk'),
      ],
    });
    const r = inferModel(model(g));
    const by = new Map(r.layers.map((l) => [l.name, l]));
    expect(by.get('mq')?.params).toBe(32);
    expect(by.get('mk')?.params).toBe(64);
    expect(by.get('mq')?.family).toBe('gemm');
    expect(r.totals.params).toBe(96);
    expect(r.totals.macs).toBe(2 * 8 * 12);
  });

  it('a Concat of a weight with an activation is still a copy that costs its elements', () => {
    const g = graph({
      inputs: { x: [1, 3, 4] },
      inits: [init('tok', [1, 1, 4])],
      nodes: [node('Concat', ['tok', 'x'], ['y'], { axis: 1 }, 'cat')],
    });
    const r = inferModel(model(g));
    expect(r.layers[0]?.family).toBe('data-movement');
    expect(r.layers[0]?.macs).toBe(16);
    expect(r.totals.params).toBe(4);
  });
});

interface Entry { file: string; params: number; y: number[]; h: number[] }

describe.skipIf(!hasTorch())('LSTM/GRU/RNN training-mode exports (PyTorch 1.13, opset 11/13/17)', () => {
  let manifest: Record<string, Entry> = {};
  beforeAll(() => {
    const key = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 16);
    const filesExist = (m: Record<string, Entry>): boolean => Object.values(m).every((e) => existsSync(e.file));
    manifest = cachedPythonJson<Record<string, Entry>>(SCRIPT, [join(CACHE_DIR, `rnn-train-${key}`)], 240_000, filesExist);
  }, 240_000);

  const cells = ['lstm', 'gru', 'rnn'];
  const shapes = ['1_uni_seq', '2_bi_batch', '2_bi_seq', '1_bi_batch'];
  it.each(cells.flatMap((c) => shapes.map((s) => `${c}_${s}`)))('%s: params as PyTorch; folding on or off gives the same layers', async (name) => {
    for (const opset of [11, 13, 17]) {
      const [off, on] = await Promise.all(['nofold', 'fold'].map(async (f) => {
        const e = manifest[`${name}_op${opset}_${f}`] as Entry;
        const m = await loadOnnx(e.file);
        const r = inferModel(m);
        expect(r.coverage.unsupported).toEqual([]);
        expect(r.totals.params, `${name} opset ${opset} ${f}`).toBe(e.params);
        const t = tensorShapes(m, r);
        expect([t.get('y'), t.get('h')]).toEqual([e.y, e.h]);
        for (const l of r.layers.filter((x) => x.family === 'rnn')) {
          expect(GATES[l.op]).toBe(l.attrs.gates);
          expect(l.params).toBe(rnnParams(l));
        }
        return r;
      })) as [InferredModel, InferredModel];
      expect(off.totals.macs).toBe(on.totals.macs);
      expect(off.totals.weightBytes).toBe(on.totals.weightBytes);
      expect(sumBy(off, 'data-movement', 'macs')).toBe(sumBy(on, 'data-movement', 'macs'));
    }
  });
});

const HELPER_MODELS: [string, string][] = [
  ['lstm_1_uni_seq', '7x3x10'], ['lstm_2_bi_batch', '3x7x10'], ['gru_1_uni_seq', '7x3x10'],
  ['gru_2_bi_batch', '3x7x10'], ['rnn_1_uni_seq', '7x3x10'], ['rnn_2_bi_batch', '3x7x10'],
];

describe.skipIf(!hasTorch())('export helper: ONNX (training mode) and layers.json agree with PyTorch', () => {
  const dir = hasTorch() ? tempDir() : '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(HELPER_MODELS)('%s', async (name, shape) => {
    const factory = `${SCRIPT}:${name}`;
    const args = ['--input', shape, '--static-batch'];
    const onnxRun = runExport(factory, args, join(dir, `${name}.onnx`));
    const specRun = runExport(factory, args, join(dir, `${name}.layers.json`));
    expect(onnxRun.status, onnxRun.stderr).toBe(0);
    expect(specRun.status, specRun.stderr).toBe(0);
    const [onnx, spec] = [await inferFile(onnxRun.out), await inferFile(specRun.out)];
    const want = torchParams(factory);
    expect(onnx.coverage.unsupported).toEqual([]);
    expect(spec.coverage.unsupported).toEqual([]);
    expect(onnx.totals.params).toBe(want);
    expect(spec.totals.params).toBe(want);
    for (const family of ['rnn', 'gemm', 'elementwise']) {
      expect(sumBy(onnx, family, 'macs'), family).toBe(sumBy(spec, family, 'macs'));
      expect(sumBy(onnx, family, 'params'), family).toBe(sumBy(spec, family, 'params'));
    }
    // No copies of weights left in the ONNX graph: what moves is activations, as in the layers file
    // (which also builds c_n, an LSTM output this model does not return, so it may move more).
    const moved = sumBy(onnx, 'data-movement', 'macs');
    expect(moved).toBeLessThanOrEqual(sumBy(spec, 'data-movement', 'macs'));
    expect(onnx.totals.macs - moved).toBe(spec.totals.macs - sumBy(spec, 'data-movement', 'macs'));
  }, 120_000);
});

describe.skipIf(!hasTorch())('export helper: the recurrent fixtures of test/python (training-mode ONNX)', () => {
  const dir = hasTorch() ? tempDir() : '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Same arguments as test/python/export.test.ts, so the export cache is shared. The tagger was counted as
  // 325 params (its Linear head only) before constant-derived weights; PyTorch says 39,237.
  it.each([
    { factory: 'test/python/fixtures/recurrent.py:tagger', input: '1x7x20', outputs: '3' },
    { factory: 'test/python/fixtures/recurrent.py:encoders', input: '7x1x20', outputs: '3' },
  ])('$factory: params as PyTorch at batch 1 and 4, as in the layers file', async ({ factory, input, outputs }) => {
    const stem = factory.split(':')[1] as string;
    const onnx = runExport(factory, ['--input', input, '--outputs', outputs], join(dir, `${stem}.onnx`));
    const layers = runExport(factory, ['--input', input], join(dir, `${stem}.layers.json`));
    expect(onnx.status, onnx.stderr).toBe(0);
    expect(layers.status, layers.stderr).toBe(0);
    const want = torchParams(factory);
    for (const batch of [1, 4]) {
      const [a, b] = [await inferFile(onnx.out, batch), await inferFile(layers.out, batch)];
      expect(a.coverage.unsupported).toEqual([]);
      expect(a.totals.params).toBe(want);
      expect(a.totals.weightBytes).toBe(4 * want);
      expect(sumBy(a, 'rnn', 'macs')).toBe(sumBy(b, 'rnn', 'macs'));
      expect(sumBy(a, 'rnn', 'params')).toBe(sumBy(b, 'rnn', 'params'));
    }
  }, 120_000);
});
