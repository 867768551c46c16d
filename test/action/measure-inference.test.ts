// The measure-inference step's decisions without running a model: when it runs (off, auto on self-hosted
// runners only, on), and whether a model's weights are present (inline data, an external file inside the model's
// folder at least as long as the tensor).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { measureInferenceWanted, missingWeights } from '../../src/action/measure-inference.js';
import { modelBytes, type TensorSpec } from '../helpers/onnx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'ed-mi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function problem(w: TensorSpec, files: Record<string, number> = {}): Promise<string | null> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.onnx`);
  writeFileSync(file, modelBytes({
    opsets: [{ domain: '', version: 17 }],
    graph: {
      name: 'g', nodes: [{ opType: 'MatMul', name: 'mm', inputs: ['x', 'W'], outputs: ['y'] }],
      inputs: [{ name: 'x', shape: [1, 4] }], outputs: [{ name: 'y', shape: [1, 2] }],
      initializers: [w, { name: 'empty', dataType: 1, dims: [0] }],
    },
  }));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), new Uint8Array(bytes));
  return missingWeights((await loadModel(file)).graph, file);
}

describe('measureInferenceWanted', () => {
  it.each([
    ['off', 'self-hosted', false], ['auto', 'self-hosted', true], ['auto', 'github-hosted', false], ['auto', undefined, false], ['on', 'github-hosted', true],
  ] as const)('%s on %s: %s', (mode, runner, wanted) => {
    expect(measureInferenceWanted(mode, runner ? { RUNNER_ENVIRONMENT: runner } : {})).toBe(wanted);
  });
});

describe('missingWeights', () => {
  const W = { name: 'W', dataType: 1, dims: [4, 2] };
  it('inline data (raw or typed) is present; an empty tensor needs none', async () => {
    expect(await problem({ ...W, raw: new Uint8Array(32) })).toBeNull();
    expect(await problem({ ...W, floatData: [1, 2, 3, 4, 5, 6, 7, 8] })).toBeNull();
  });

  it('a stripped initializer is named', async () => {
    expect(await problem(W)).toBe("initializer 'W' has no data (the weights were stripped from the model)");
  });

  it('external data: present and long enough; missing; too short; outside the folder; no location', async () => {
    expect(await problem({ ...W, external: { location: 'ok.bin', length: 32 } }, { 'ok.bin': 32 })).toBeNull();
    expect(await problem({ ...W, external: { location: 'gone.bin', length: 32 } })).toBe("the external data file gone.bin (initializer 'W') is not in the checkout");
    expect(await problem({ ...W, external: { location: 'short.bin', length: 32 } }, { 'short.bin': 10 })).toBe("the external data file short.bin is shorter than initializer 'W' (a Git LFS pointer?)");
    expect(await problem({ ...W, external: { location: '../../etc/passwd', length: 32 } })).toBe("initializer 'W' names external data outside the model's folder (../../etc/passwd)");
    expect(await problem({ ...W, external: { location: '', length: 32 } })).toBe("initializer 'W' is stored externally but names no file");
  });
});
