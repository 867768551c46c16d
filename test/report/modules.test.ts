// Module paths from node names, short chart labels, and which layer changes the comment hides.
import { describe, expect, it } from 'vitest';
import type { LayerDelta, LayerSide } from '../../src/core/diff/index.js';
import { countsMacs, groupByModule, isInvisible, moduleOf, shortModuleName } from '../../src/core/report/modules.js';

const side = (o: Partial<LayerSide> = {}): LayerSide => ({ name: 'x', op: 'Conv', energyJ: 1, macs: 10, outputShapes: [[1, 8]], status: 'estimated', ...o });
const delta = (name: string, o: Partial<LayerDelta> = {}): LayerDelta => ({ kind: 'changed', name, op: 'Conv', base: side(), head: side(), deltaJ: 0, deltaMacs: 0, ...o });

describe('moduleOf', () => {
  it.each([
    ['/encoder/layers.4/self_attn/MatMul_1', 'encoder.layers.4.self_attn'],
    ['/encoder/layers.4/self_attn/q_proj/MatMul', 'encoder.layers.4.self_attn.q_proj'],
    ['/layer1/layer1.0/conv1/Conv', 'layer1.0.conv1'],
    ['/features/features.12/Conv', 'features.12'],
    ['/Add_3', 'Add_3'],
    ['conv2', 'conv2'],
    ['Gemm_18', 'Gemm_18'],
    ['encoder.layers.0.self_attn/q_proj/bias', 'encoder.layers.0.self_attn'],
    ['encoder|proj*1', 'encoder|proj*1'],
    ['relu ::x @org/team', 'relu ::x @org/team'],
  ])('%s → %s', (name, module) => expect(moduleOf(name)).toBe(module));
});

describe('shortModuleName', () => {
  it('drops leading parts until the name fits, marking the cut', () => {
    expect(shortModuleName('encoder.layers.4.self_attn', 23)).toBe('…layers.4.self_attn');
    expect(shortModuleName('conv2', 23)).toBe('conv2');
    expect(shortModuleName('a_single_very_long_module_name', 10)).toBe('a_single_very_long_module_name');
  });
});

describe('what the details hide and how they count work', () => {
  it('hides a changed layer only when energy, MACs, output shape, op and status are all the same', () => {
    expect(isInvisible(delta('a'))).toBe(true);
    expect(isInvisible(delta('a', { deltaJ: 1e-9 }))).toBe(false);
    expect(isInvisible(delta('a', { deltaMacs: 1 }))).toBe(false);
    expect(isInvisible(delta('a', { head: side({ outputShapes: [[1, 9]] }) }))).toBe(false);
    expect(isInvisible(delta('a', { kind: 'added', base: null }))).toBe(false);
  });

  it('MACs for convolutions and matrix products, elements for the rest, by family or by op', () => {
    expect(countsMacs({ op: 'MatMul', family: 'matmul' })).toBe(true);
    expect(countsMacs({ op: 'Relu', family: 'activation' })).toBe(false);
    expect(countsMacs({ op: 'Gemm' })).toBe(true);
    expect(countsMacs({ op: 'LayerNormalization' })).toBe(false);
  });

  it('sums layers per module, largest |ΔJ| first, graph order among equals', () => {
    const groups = groupByModule([
      delta('/b/x/MatMul', { deltaJ: 2, deltaMacs: 5, op: 'MatMul', head: side({ op: 'MatMul', family: 'matmul' }) }),
      delta('/a/y/Relu', { deltaJ: -3, deltaMacs: 7, op: 'Relu', head: side({ op: 'Relu', family: 'activation' }) }),
      delta('/b/x/Add', { deltaJ: 1, deltaMacs: 4, op: 'Add', head: side({ op: 'Add', family: 'binary' }) }),
      delta('/c/z/Conv'),
    ]);
    expect(groups.map((g) => [g.module, g.deltaJ, g.deltaMacs, g.deltaElements, g.layers.length])).toEqual([
      ['b.x', 3, 5, 4, 2],
      ['a.y', -3, 0, 7, 1],
    ]);
  });
});
