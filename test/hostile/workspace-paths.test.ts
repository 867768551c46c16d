// Files the pull request controls (a profile file it adds that the base's config names, the measurement globs of
// its config, the config file itself, model files that are symlinks) are read only when they are regular files
// inside the workspace after resolving symlinks, under a size cap checked before reading; errors never quote the
// file's content. (Profile paths in the pull request's own config are not read at all: the base's config prices.)
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

/** A PR that changes m/a.onnx and brings `files` and `links` (symlinks) with it; `base` adds files to the base. */
async function prWith(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}, base: Record<string, string> = {}) {
  const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8), ...base }, { 'm/a.onnx': tinyCnn(16), ...files }, links);
  return runOn(r.dir, headSha, baseSha);
}

/** The base's config names hw/p.json, which only the pull request has: it is read from the workspace. */
const BASE_NAMES_PROFILE = { [CONFIG]: 'profiles: [hw/p.json]\n' };

function expectRefused(res: Awaited<ReturnType<typeof prWith>>, message: RegExp): void {
  expect(res.code, res.stdout).toBe(1);
  expect(res.stdout).toMatch(message);
  for (const s of SECRETS) expect(res.stdout).not.toContain(s);
  // only the error artifact (written in every outcome): no report, comment body or verdict
  expect(res.outputs).not.toMatch(/^(report-json|comment-body|verdict)<</m);
}

describe('profiles', () => {
  it('a profile the pull request adds, named by the base config, is used (the control case)', async () => {
    const res = await prWith({ 'hw/p.json': H100 }, {}, BASE_NAMES_PROFILE);
    expect(res.code, res.stdout).toBe(0);
    expect(res.report?.profiles.map((p) => p.id)).toEqual(['h100-sxm']);
  });

  it.each([['/etc/passwd'], ['/proc/self/environ'], ['../../../../../../etc/passwd'], ['/dev/zero']])(
    "the pull request's own config naming %s: not read (the base's profiles price and gate)", async (path) => {
      const res = await prWith({ [CONFIG]: `profiles: [${path}]\n` });
      expect(res.code, res.stdout).toBe(0);
      expect(res.report?.profiles.map((p) => p.id)).toEqual(['h100-sxm']);
      for (const s of SECRETS) expect(res.stdout + res.summary).not.toContain(s);
    });

  it.each([['/etc/passwd'], ['/proc/self/environ'], ['/dev/zero']])('the profile file the PR adds is a symlink to %s: refused without reading it', async (target) => {
    expectRefused(await prWith({}, { 'hw/p.json': target }, BASE_NAMES_PROFILE), /::error title=energy-diff E_PROFILE_FILE,file=hw\/p\.json::.*profile file resolves outside the workspace/);
  });

  it('the profile file the PR adds is larger than 4 MiB: refused before it is read', async () => {
    expectRefused(await prWith({ 'hw/p.json': ' '.repeat(5 << 20) }, {}, BASE_NAMES_PROFILE), /profile file is 5242880 bytes, over the 4194304-byte limit/);
  });

  it('the profile file the PR adds is not JSON: line and column, never its content', async () => {
    expectRefused(await prWith({ 'hw/p.json': 'root:x:0:0:root:/root:/bin/bash\n' }, {}, BASE_NAMES_PROFILE), /E_PROFILE_JSON.*invalid JSON at line 1, column 1/);
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
