import { describe, expect, it } from 'vitest';
import { EnergyDiffError } from '../src/core/types.js';

describe('EnergyDiffError', () => {
  it('carries a code and a place', () => {
    const e = new EnergyDiffError('E_X', 'bad', { file: 'a.onnx', byteOffset: 3 });
    expect(e.code).toBe('E_X');
    expect(e.place.byteOffset).toBe(3);
  });
});
