// Models exported here with PyTorch 1.13 (test/fixtures/torch/export_models.py): ShuffleNetV2 (channel
// shuffle), nn.TransformerEncoder, a torchvision VisionTransformer, LSTM+GRU, a BERT-style encoder with
// embeddings and view(batch, seq, heads, dim) attention. Checked against PyTorch's own
// output shapes and parameter counts, against the same model exported at batch N, and against
// onnx.shape_inference, which leaves many shapes of dynamic-batch exports unknown.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import type { DecodedModel } from '../../src/core/graph/index.js';
import { CACHE_DIR, loadOnnx } from './helpers/load.js';
import { cachedPythonJson, hasTorch } from './helpers/python.js';
import { tensorShapes } from './helpers/tensor-shapes.js';

const SCRIPT = 'test/fixtures/torch/export_models.py';

interface Entry {
  files: { b1: string; bn: string; dyn: string; train: string };
  batch: number;
  outputB1: number[];
  outputBn: number[];
  params: number;
  unknownToOnnx: string[];
  /** Of those, the ones the batch-N export produces with the same op and element type (names line up). */
  comparable: string[];
  staticShapes: Record<string, number[]>;
}

let manifest: Record<string, Entry> = {};

function exportAll(): Record<string, Entry> {
  const key = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 16);
  const filesExist = (m: Record<string, Entry>): boolean => Object.values(m).every((e) => Object.values(e.files).every((f) => existsSync(f)));
  return cachedPythonJson<Record<string, Entry>>(SCRIPT, [join(CACHE_DIR, `torch-${key}`)], 240_000, filesExist);
}

const MODELS = ['shufflenet', 'transformer', 'vit', 'recurrent', 'bert'];

describe.skipIf(!hasTorch())('PyTorch exports', () => {
  beforeAll(() => {
    manifest = exportAll();
  }, 240_000);

  const entry = (name: string): Entry => manifest[name] as Entry;
  const load = (path: string): Promise<DecodedModel> => loadOnnx(path);

  it.each(MODELS)('%s: output shape as PyTorch, full coverage, params as PyTorch (training export)', async (name) => {
    const e = entry(name);
    const r = inferModel(await load(e.files.b1));
    expect(r.coverage.unsupported).toEqual([]);
    expect(r.layers.at(-1)?.outputShapes[0]).toEqual(e.outputB1);
    const train = inferModel(await load(e.files.train));
    expect(train.coverage.unsupported).toEqual([]);
    expect(train.totals.params).toBe(e.params);
  });

  it.each(MODELS)('%s: batch override on the batch-1 export equals the batch-N export layer by layer', async (name) => {
    const e = entry(name);
    const b1 = await load(e.files.b1);
    const bn = await load(e.files.bn);
    const over = inferModel(b1, { batch: e.batch });
    const real = inferModel(bn);
    expect(over.coverage.unsupported).toEqual([]);
    expect(over.totals.macs).toBe(real.totals.macs);
    expect(over.layers.at(-1)?.outputShapes[0]).toEqual(e.outputBn);
    // Constant nodes are literal data (e.g. zero initial states sized at export), and tensors the inference
    // itself reports as baked but not re-derived keep batch 1: neither is re-derivable from the graph.
    const reported = over.diagnostics.filter((d) => d.code === 'W_BATCH_BAKED' && !d.message.includes('re-derived in')).map((d) => d.message);
    const constants = new Set(b1.graph.nodes.filter((n) => n.opType === 'Constant').flatMap((n) => n.outputs));
    const got = tensorShapes(b1, over);
    const want = tensorShapes(bn, real);
    let compared = 0;
    for (const [tensor, shape] of want) {
      if (constants.has(tensor) || reported.some((m) => m.includes(tensor))) continue;
      expect({ tensor, shape: got.get(tensor) }).toEqual({ tensor, shape });
      compared++;
    }
    expect(compared).toBeGreaterThan(0.9 * [...want.keys()].filter((t) => !constants.has(t)).length);
    // And every shape onnx.shape_inference knows on the batch-N export agrees.
    for (const [tensor, shape] of Object.entries(e.staticShapes)) {
      if (!constants.has(tensor) && !reported.some((m) => m.includes(tensor))) expect({ tensor, shape: got.get(tensor) }).toEqual({ tensor, shape });
    }
  });

  it('ViT and transformer graphs at batch 1 have baked batch constants that are re-derived, with a diagnostic', async () => {
    const over = inferModel(await load(entry('vit').files.b1), { batch: 8 });
    const baked = over.diagnostics.filter((d) => d.code === 'W_BATCH_BAKED');
    expect(baked.length).toBeGreaterThan(0);
    expect(baked.some((d) => d.op === 'Reshape')).toBe(true);
    // Without re-derivation the same reshapes would fail or mis-shape: a plain batch-1 reading of the
    // targets cannot match 8x the elements.
    expect(baked.every((d) => d.message.includes('batch'))).toBe(true);
    // The class token is expanded with a batch-1 target; Concat finds it and rebatches the Expand.
    expect(baked.some((d) => d.op === 'Concat' && d.message.includes('re-derived in the layer that produced it'))).toBe(true);
    expect(over.layers.find((l) => l.op === 'Expand')?.outputShapes[0]?.[0]).toBe(8);
  });

  it('gets the shapes onnx.shape_inference leaves unknown in dynamic-batch exports', async () => {
    let recovered = 0;
    for (const name of MODELS) {
      const e = entry(name);
      const dyn = await load(e.files.dyn);
      const r = inferModel(dyn, { batch: e.batch });
      expect(r.coverage.unsupported).toEqual([]);
      expect(r.layers.at(-1)?.outputShapes[0]).toEqual(e.outputBn);
      const got = tensorShapes(dyn, r);
      for (const tensor of e.comparable) {
        const want = e.staticShapes[tensor];
        if (!want) continue;
        expect({ tensor, shape: got.get(tensor) }).toEqual({ tensor, shape: want });
        recovered++;
      }
    }
    console.log(`shapes unknown to onnx.shape_inference and inferred here: ${recovered}`);
    expect(recovered).toBeGreaterThan(100);
  });
});
