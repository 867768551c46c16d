// The measure-inference step's decisions without running a model: when it runs (off, auto on self-hosted
// runners only, on), and whether a model's weights are present (inline data, an external file inside the model's
// folder at least as long as the tensor).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HardwareProfile } from '../../src/core/estimate/index.js';
import { loadModel } from '../../src/adapters/load-model.js';
import { comparedProfile, measureInferenceWanted, missingWeights } from '../../src/action/measure-inference.js';
import { loadProfile } from '../../src/adapters/profiles.js';
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

  it('external data that is a symlink out of the folder, or not a regular file, is refused (onnxruntime would read it)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ed-mi-outside-'));
    afterAll(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, 'secret.bin'), new Uint8Array(64));
    symlinkSync(join(outside, 'secret.bin'), join(dir, 'escape.bin'));
    expect(await problem({ ...W, external: { location: 'escape.bin', length: 32 } })).toBe(
      "initializer 'W': the external data file escape.bin resolves outside the workspace (symlinks and '..' must stay inside the repository)");
    mkdirSync(join(dir, 'folder.bin'));
    expect(await problem({ ...W, external: { location: 'folder.bin', length: 32 } })).toBe("initializer 'W': the external data file folder.bin is a directory");
  });
});

describe('comparedProfile: the models run on the CPU, so the estimate they are compared with is a CPU profile', () => {
  let h100: HardwareProfile, laptop: HardwareProfile, server: HardwareProfile;
  beforeAll(async () => {
    h100 = await loadProfile('h100-sxm');
    laptop = await loadProfile('laptop-cpu');
    server = await loadProfile('generic-x86-server');
  });

  it('no profile named: the first CPU profile of the run', () => {
    expect(comparedProfile([h100, laptop, server], undefined)).toEqual({ id: 'laptop-cpu', profile: laptop });
  });

  it('a named CPU profile wins over the first one', () => {
    expect(comparedProfile([h100, laptop, server], 'generic-x86-server')).toEqual({ id: 'generic-x86-server', profile: server });
  });

  it('only GPU profiles, or a GPU profile named: shown, not compared, and says what to set', () => {
    for (const got of [comparedProfile([h100], undefined), comparedProfile([h100, laptop], 'h100-sxm')]) {
      expect(got.id).toBe('h100-sxm');
      expect(got.notCompared).toBe("h100-sxm is a GPU profile and the model ran on this runner's CPU; name a CPU profile of this runner in measure-inference-profile (and profiles) to compare");
    }
  });

  it("a name not among the run's profiles: not compared, the run's profiles listed", () => {
    expect(comparedProfile([h100, laptop], 'xeon-9999')).toEqual({
      id: 'xeon-9999', notCompared: "profile 'xeon-9999' is not one of this run's profiles (h100-sxm, laptop-cpu); add it to the profiles input or the config",
    });
    expect(comparedProfile([], undefined)).toEqual({ id: 'none', notCompared: 'the run has no profile' });
  });
});
