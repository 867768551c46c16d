// Paths the pull request controls (the config's profiles and measurement globs, the config file itself, model
// files that are symlinks) are read only when they are regular files inside the workspace after resolving
// symlinks, under a size cap checked before reading; errors never quote the file's content.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyCnn } from '../action/helpers/models.js';
import { cleanupRepos, runOn, twoCommits } from './action-run.js';

afterAll(cleanupRepos);

const CONFIG = '.github/energy-diff.yml';
const H100 = readFileSync('hardware-profiles/h100-sxm.json', 'utf8');
/** Text that must never reach the log: the first bytes of /etc/passwd and this process's environment. */
const SECRETS = ['root:', 'ENERGY_DIFF_SECRET_MARKER'];
process.env.ENERGY_DIFF_SECRET_MARKER = 'ENERGY_DIFF_SECRET_MARKER';

/** A PR that changes m/a.onnx and brings `files` and `links` (symlinks) with it. */
async function prWith(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}) {
  const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16), ...files }, links);
  return runOn(r.dir, headSha, baseSha);
}

function expectRefused(res: Awaited<ReturnType<typeof prWith>>, message: RegExp): void {
  expect(res.code, res.stdout).toBe(1);
  expect(res.stdout).toMatch(message);
  for (const s of SECRETS) expect(res.stdout).not.toContain(s);
  expect(res.outputs).toBe('');
}

describe('profiles named by the config', () => {
  it('a profile copied into the repository is used (the control case)', async () => {
    const res = await prWith({ [CONFIG]: 'profiles: [hw/my-h100.json]\n', 'hw/my-h100.json': H100 });
    expect(res.code, res.stdout).toBe(0);
    expect(res.report?.profiles.map((p) => p.id)).toEqual(['h100-sxm']);
  });

  it.each([
    ['/etc/passwd', /::error title=energy-diff E_PROFILE_FILE,file=\/etc\/passwd::.*profile file resolves outside the workspace/],
    ['/proc/self/environ', /E_PROFILE_FILE.*resolves outside the workspace/],
    ['../../../../../../etc/passwd', /E_PROFILE_FILE.*resolves outside the workspace/],
    ['/dev/zero', /E_PROFILE_FILE.*resolves outside the workspace/],
  ])('profiles: [%s] is refused without reading it', async (path, message) => {
    expectRefused(await prWith({ [CONFIG]: `profiles: [${path}]\n` }), message);
  });

  it('a profile that is a symlink to /etc/passwd is refused', async () => {
    expectRefused(await prWith({ [CONFIG]: 'profiles: [hw/p.json]\n' }, { 'hw/p.json': '/etc/passwd' }), /file=hw\/p\.json::.*resolves outside the workspace/);
  });

  it('a profile that is a symlink to /dev/zero is refused without reading it', async () => {
    expectRefused(await prWith({ [CONFIG]: 'profiles: [hw/p.json]\n' }, { 'hw/p.json': '/dev/zero' }), /resolves outside the workspace/);
  });

  it('a profile larger than 4 MiB is refused before it is read', async () => {
    expectRefused(await prWith({ [CONFIG]: 'profiles: [hw/big.json]\n', 'hw/big.json': ' '.repeat(5 << 20) }), /profile file is 5242880 bytes, over the 4194304-byte limit/);
  });

  it('a profile that is not JSON: line and column, never its content', async () => {
    expectRefused(await prWith({ [CONFIG]: 'profiles: [hw/p.json]\n', 'hw/p.json': 'root:x:0:0:root:/root:/bin/bash\n' }), /E_PROFILE_JSON.*invalid JSON at line 1, column 1/);
  });
});

describe('measurement globs named by the config', () => {
  it.each([
    ['/proc/self/environ', /must|relative to the repository/],
    ['../../../etc/*.json', /without '\.\.'/],
  ])('measurement: %s is refused', async (glob, message) => {
    const res = await prWith({ [CONFIG]: `models:\n  - path: m/a.onnx\n    measurement: "${glob}"\n` });
    expectRefused(res, message);
    expect(res.stdout).toMatch(/E_CONFIG,file=\.github\/energy-diff\.yml,line=3::/);
  });

  it('a measurement artifact that is a symlink is never followed', async () => {
    const res = await prWith({ [CONFIG]: 'models:\n  - path: m/a.onnx\n    measurement: "runs/*.json"\n' }, { 'runs/a.measurement.json': '/proc/self/environ' });
    expect(res.code, res.stdout).toBe(0);
    expect(res.summary).not.toContain('Measured');
    for (const s of SECRETS) expect(res.stdout + res.summary).not.toContain(s);
  });
});

describe('model files and the config file that are symlinks', () => {
  it('a model symlinked to another model in the workspace is read (the control case)', async () => {
    const res = await prWith({ 'm/real.onnx': tinyCnn(4) }, { 'm/alias.onnx': 'real.onnx' });
    expect(res.code, res.stdout).toBe(0);
    expect(res.report?.models.map((m) => m.path)).toContain('m/alias.onnx');
  });

  it.each([['/etc/passwd'], ['/dev/zero'], ['/proc/self/environ']])('a model symlinked to %s is refused without reading it', async (target) => {
    expectRefused(await prWith({}, { 'm/evil.onnx': target }), /::error title=energy-diff E_MODEL_FILE,file=m\/evil\.onnx::.*model file resolves outside the workspace/);
  });

  it('a config file symlinked to /etc/passwd is refused', async () => {
    expectRefused(await prWith({}, { [CONFIG]: '/etc/passwd' }), /::error title=energy-diff E_CONFIG,file=\.github\/energy-diff\.yml::.*config file resolves outside the workspace/);
  });
});
