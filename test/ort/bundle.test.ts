// onnxruntime-node stays out of the action bundle and is loaded by the CLI only when a command runs a model:
// the bundles built from the source contain none of its code, the CLI bundle imports it only dynamically, and a
// missing package is a clear error naming the install line while every other command works.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ortForTests } from './ort-for-tests.js';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'ed-ort-bundle-'));
execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
afterAll(() => rmSync(out, { recursive: true, force: true }));

const action = readFileSync(join(out, 'index.js'), 'utf8');
const cli = readFileSync(join(out, 'cli.js'), 'utf8');
// What bundling the package (or its common half) would bring in.
const ORT_CODE = [/onnxruntime-node/, /onnxruntime-common/, /onnxruntime_binding/, /InferenceSession/, /listSupportedBackends/];

function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(out, 'cli.js'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('onnxruntime-node and the bundles', () => {
  it('the action bundle contains no onnxruntime code and no import of it', () => {
    for (const re of ORT_CODE) expect(action, String(re)).not.toMatch(re);
  });

  it('the action runs models only through the CLI bundle in a child process (measure-inference input)', () => {
    // The child is `cli.js measure-inference --format json`, told where to look for the package by a variable.
    expect(action).toMatch(/new URL\(["']\.\/cli\.js["'], import\.meta\.url\)/);
    expect(action).toContain('ENERGY_DIFF_ORT_SEARCH');
    expect(action).not.toMatch(/\bimport\(\s*["'][^"']*onnx/);
  });

  it('the CLI bundle imports it only dynamically, by name, and bundles none of it', () => {
    expect(cli).not.toMatch(/^import[^;]*["']onnxruntime-node["']/m);
    expect(cli).not.toMatch(/require\(\s*["']onnxruntime-node["']\s*\)/);
    expect(cli).toMatch(/["']onnxruntime-node["']/);
    expect(cli).not.toMatch(/onnxruntime-common|onnxruntime_binding/);
  });

  it('a missing package: commands that run models say how to install it, the others run', () => {
    const env = { ENERGY_DIFF_ORT_MODULE: 'onnxruntime-node-not-installed' };
    const measure = runCli(['measure-inference', 'models/sample-cnn.onnx', '--meter', 'none', '--seconds', '0'], env);
    expect(measure.status).toBe(1);
    expect(measure.stderr).toMatch(/onnxruntime-node-not-installed is not installed\. It is an optional dependency.*ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node \[E_ORT_MISSING\]/);
    const bench = runCli(['calibrate', 'bench', '--runtime', 'onnxruntime', '--meter', 'none', '--per-family', '1', '--out', join(out, 'm.jsonl')], env);
    expect(bench.status).toBe(1);
    expect(bench.stderr).toMatch(/\[E_ORT_MISSING\]/);
    // (a bundle outside the package has no shipped profiles next to it: the profile is given by path)
    const estimate = runCli(['estimate', 'models/sample-cnn.onnx', '--profile', 'hardware-profiles/xeon-gold-5120.json'], env);
    expect(estimate.status, estimate.stderr).toBe(0);
  });

  it('npm ci installs it as an optional dependency whose package holds the CPU binaries (no download with ONNXRUNTIME_NODE_INSTALL=skip)', async (ctx) => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { optional?: boolean; version?: string; optionalDependencies?: Record<string, string> }> };
    expect(lock.packages['']!.optionalDependencies).toHaveProperty('onnxruntime-node');
    expect(lock.packages['node_modules/onnxruntime-node']).toMatchObject({ optional: true });
    if (!(await ortForTests())) return ctx.skip();
    // The native binding of this platform comes in the tarball; the install script would only add CUDA's.
    const bin = join(ROOT, 'node_modules/onnxruntime-node/bin');
    const napi = readdirSync(bin).filter((d) => d.startsWith('napi-v'));
    expect(napi.some((d) => existsSync(join(bin, d, process.platform, process.arch, 'onnxruntime_binding.node')))).toBe(true);
  });
});
