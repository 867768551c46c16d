// Pad whose `pads` input torch.onnx computes in the graph (opset 11+): ConstantOfShape → Concat → Reshape →
// Slice(step -1) → Transpose → Reshape → Cast, and in a UNet decoder Shape/Gather/Sub of two feature maps.
// Models exported here with PyTorch 1.13 (test/infer/fixtures/pad_models.py), checked against PyTorch's
// real output shapes and against every shape onnx.shape_inference knows.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inferModel } from '../../src/core/infer/index.js';
import { CACHE_DIR, loadOnnx } from './helpers/load.js';
import { cachedPythonJson, hasTorch } from './helpers/python.js';
import { tensorShapes } from './helpers/tensor-shapes.js';
import { graph, init, model, node } from './helpers/build.js';

const SCRIPT = 'test/infer/fixtures/pad_models.py';

interface Entry {
  file: string;
  outputs: Record<string, number[]>;
  onnxShapes: Record<string, number[]>;
  pads: number;
}

const KEYS = ['padzoo', 'unet'].flatMap((m) => [11, 13, 17].flatMap((o) => [`${m}_op${o}`, `${m}_op${o}_dyn`]));

describe('pads folded from constant sub-graphs', () => {
  it('N-D Slice with a negative step and N-D Concat of constants fold (the pads pattern, by hand)', () => {
    // torch's pattern for F.pad(x, (1, 2, 3, 4)) on a 4-D input: [1,2,3,4] ++ zeros(4) → [4,2] → rows reversed →
    // transposed → flat: begins of axes 0..3 then ends.
    const g = graph({
      inputs: { x: [1, 3, 16, 17] },
      inits: [
        init('given', [4], [1, 2, 3, 4]), init('zlen', [1], [4]), init('two', [2], [-1, 2]), init('flat', [1], [-1]),
        init('s', [1], [-1]), init('e', [1], [-9007199254740991]), init('a', [1], [0]), init('st', [1], [-1]),
      ],
      nodes: [
        node('ConstantOfShape', ['zlen'], ['zeros'], {}),
        node('Concat', ['given', 'zeros'], ['all'], { axis: 0 }),
        node('Reshape', ['all', 'two'], ['pairs']),
        node('Slice', ['pairs', 's', 'e', 'a', 'st'], ['rev']),
        node('Transpose', ['rev'], ['t'], { perm: [1, 0] }),
        node('Concat', ['t', 't'], ['tt'], { axis: 1 }),
        node('Reshape', ['t', 'flat'], ['pads']),
        node('Cast', ['pads'], ['pads64'], { to: 7 }),
        node('Pad', ['x', 'pads64'], ['y']),
      ],
    });
    g.nodes[0]!.attributes.value = { type: 'tensor', value: { ...init('v', [1], [0]) } };
    const r = inferModel(model(g, 11));
    expect(r.coverage.unsupported).toEqual([]);
    const byName = new Map(r.layers.map((l) => [l.name, l]));
    // rows reversed: [[0,0],[0,0],[3,4],[1,2]] → transposed [[0,0,3,1],[0,0,4,2]]
    expect(byName.get('y')?.outputShapes[0]).toEqual([1, 3, 16 + 3 + 4, 17 + 1 + 2]);
    expect(byName.get('tt')?.outputShapes[0]).toEqual([2, 8]);
    expect(byName.get('y')?.macs).toBe(3 * 23 * 20);
  });
});

describe.skipIf(!hasTorch())('PyTorch exports with F.pad / nn.*Pad* (opset 11, 13, 17)', () => {
  let manifest: Record<string, Entry> = {};
  beforeAll(() => {
    const key = createHash('sha256').update(readFileSync(SCRIPT)).digest('hex').slice(0, 16);
    const filesExist = (m: Record<string, Entry>): boolean => Object.values(m).every((e) => existsSync(e.file));
    manifest = cachedPythonJson<Record<string, Entry>>(SCRIPT, [join(CACHE_DIR, `pads-${key}`)], 240_000, filesExist);
  }, 240_000);

  it.each(KEYS)('%s: every Pad inferred; outputs as PyTorch; every shape onnx knows agrees', async (key) => {
    const e = manifest[key] as Entry;
    const m = await loadOnnx(e.file);
    const r = inferModel(m);
    expect(r.coverage.unsupported).toEqual([]);
    const pads = r.layers.filter((l) => l.op === 'Pad');
    expect(pads).toHaveLength(e.pads);
    expect(e.pads).toBeGreaterThan(0);
    const shapes = tensorShapes(m, r);
    for (const [tensor, shape] of Object.entries(e.outputs)) expect({ tensor, shape: shapes.get(tensor) }).toEqual({ tensor, shape });
    let compared = 0;
    for (const [tensor, shape] of Object.entries(e.onnxShapes)) {
      if (!shapes.has(tensor)) continue;
      expect({ tensor, shape: shapes.get(tensor) }).toEqual({ tensor, shape });
      compared++;
    }
    expect(compared).toBeGreaterThan(0.9 * Object.keys(e.onnxShapes).length);
    // A pad copies: one MAC per element written.
    for (const p of pads) expect(p.macs).toBe((p.outputShapes[0] ?? []).reduce((a, b) => a * b, 1));
  });

  it.each([11, 13, 17])('unet opset %i: batch 4 on the static export equals the dynamic-batch export at batch 4', async (opset) => {
    const fixed = inferModel(await loadOnnx((manifest[`unet_op${opset}`] as Entry).file), { batch: 4 });
    const dyn = inferModel(await loadOnnx((manifest[`unet_op${opset}_dyn`] as Entry).file), { batch: 4 });
    expect(fixed.coverage.unsupported).toEqual([]);
    expect(dyn.coverage.unsupported).toEqual([]);
    expect(fixed.layers.at(-1)?.outputShapes[0]).toEqual([4, 2, 37, 45]);
    expect(dyn.layers.at(-1)?.outputShapes[0]).toEqual([4, 2, 37, 45]);
    expect(fixed.totals.macs).toBe(dyn.totals.macs);
    const one = inferModel(await loadOnnx((manifest[`unet_op${opset}`] as Entry).file));
    // Pad and everything else scale with the batch.
    expect(fixed.totals.macs).toBe(4 * one.totals.macs);
  });
});
