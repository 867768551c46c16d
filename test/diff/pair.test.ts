import { describe, expect, it } from 'vitest';
import { pairLayers } from '../../src/core/diff/index.js';
import type { LayerEstimate } from '../../src/core/estimate/index.js';

function layer(name: string, op: string, macs: number, shape: number[], energyJ = macs * 1e-12): LayerEstimate {
  return { name, op, outputShapes: [shape], macs, params: 0, energyJ, status: 'estimated' };
}

describe('pairLayers', () => {
  it('reports nothing for identical layer lists', () => {
    const layers = [layer('a', 'Conv', 100, [1, 8]), layer('b', 'Relu', 8, [1, 8])];
    const d = pairLayers(layers, layers.map((l) => ({ ...l })));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.unchangedCount).toBe(2);
    expect(d.renamedCount).toBe(0);
  });

  it('pairs by name first and computes energy and MAC deltas', () => {
    const base = [layer('conv', 'Conv', 1000, [1, 16])];
    const head = [layer('conv', 'Conv', 3000, [1, 48])];
    const d = pairLayers(base, head);
    expect(d.changed).toHaveLength(1);
    const c = d.changed[0]!;
    expect(c.oldName).toBeUndefined();
    expect(c.deltaMacs).toBe(2000);
    expect(c.deltaJ).toBeCloseTo(2000e-12, 20);
    expect(c.base?.outputShapes).toEqual([[1, 16]]);
    expect(c.head?.outputShapes).toEqual([[1, 48]]);
  });

  it('matches exporter-renumbered nodes by operator and output shape, in graph order', () => {
    // The same network exported twice: torch.onnx names `/layer1/conv_3`, an older exporter `Conv_12`.
    const base = [layer('/layer1/conv_3', 'Conv', 500, [1, 8, 4, 4]), layer('/layer1/conv_4', 'Conv', 500, [1, 8, 4, 4]), layer('/fc', 'Gemm', 80, [1, 10])];
    const head = [layer('Conv_12', 'Conv', 500, [1, 8, 4, 4]), layer('Conv_13', 'Conv', 500, [1, 8, 4, 4]), layer('Gemm_20', 'Gemm', 90, [1, 10])];
    const d = pairLayers(base, head);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.renamedCount).toBe(3);
    expect(d.unchangedCount).toBe(2);
    expect(d.changed.map((c) => [c.oldName, c.name, c.deltaMacs])).toEqual([['/fc', 'Gemm_20', 10]]);
  });

  it('prefers a name match over a signature match', () => {
    const base = [layer('x', 'Conv', 10, [1, 4]), layer('y', 'Conv', 10, [1, 4])];
    const head = [layer('y', 'Conv', 20, [1, 4])];
    const d = pairLayers(base, head);
    expect(d.changed.map((c) => c.name)).toEqual(['y']);
    expect(d.removed.map((r) => r.name)).toEqual(['x']);
  });

  it('reports unmatched layers as added and removed with signed deltas', () => {
    const base = [layer('keep', 'Relu', 4, [1, 4]), layer('drop', 'Conv', 100, [1, 4, 2, 2], 3e-6)];
    const head = [layer('keep', 'Relu', 4, [1, 4]), layer('attn', 'MatMul', 64, [1, 8, 8], 2e-6)];
    const d = pairLayers(base, head);
    expect(d.added.map((a) => [a.name, a.deltaJ, a.deltaMacs, a.base])).toEqual([['attn', 2e-6, 64, null]]);
    expect(d.removed.map((r) => [r.name, r.deltaJ, r.deltaMacs, r.head])).toEqual([['drop', -3e-6, -100, null]]);
    expect(d.top.map((t) => t.name)).toEqual(['drop', 'attn']);
  });

  it('orders top contributors by |ΔJ|, graph order among equals, and keeps topN', () => {
    const base = [layer('c', 'Conv', 1, [3]), layer('b', 'Conv', 1, [2]), layer('a', 'Conv', 1, [1])];
    const head = [layer('c', 'Conv', 1, [3], 5), layer('b', 'Conv', 1, [2], -6), layer('a', 'Conv', 1, [1], 5)];
    const d = pairLayers(base, head, { topN: 2 });
    expect(d.top.map((t) => t.name)).toEqual(['b', 'c']);
    expect(d.changed.map((t) => t.name)).toEqual(['c', 'b', 'a']);
  });

  it('lists changed layers in head graph order whether paired by name or by signature', () => {
    const base = [layer('x1', 'Conv', 1, [1]), layer('keep', 'Relu', 1, [2])];
    const head = [layer('y1', 'Conv', 1, [1], 9), layer('keep', 'Relu', 1, [2], 9)];
    expect(pairLayers(base, head).changed.map((c) => c.name)).toEqual(['y1', 'keep']);
  });

  it('counts a change of op under the same name as changed', () => {
    const d = pairLayers([layer('fc', 'Gemm', 100, [1, 10])], [layer('fc', 'MatMul', 100, [1, 10])]);
    expect(d.changed.map((c) => [c.base?.op, c.head?.op])).toEqual([['Gemm', 'MatMul']]);
  });
});
