import { describe, expect, it } from 'vitest';
import { EnergyDiffError } from '../src/core/common/index.js';

describe('EnergyDiffError', () => {
  it('carries a code and a place', () => {
    const e = new EnergyDiffError('E_ONNX_TRUNCATED', 'bad', { file: 'a.onnx', byteOffset: 3 });
    expect(e.code).toBe('E_ONNX_TRUNCATED');
    expect(e.place.byteOffset).toBe(3);
  });
});
