// `energy-diff export` runs the helper that ships with energy-diff: from the built CLI in a folder laid out as the
// released action (dist/ next to python/), on a model in a package with relative imports, from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/adapters/load-model.js';
import { inferModel } from '../../src/core/infer/index.js';
import { buildBundle } from '../action/helpers/runner.js';
import { runMain } from '../helpers/cli.js';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';

let built: ReturnType<typeof buildBundle>;
let repo: string;

beforeAll(() => {
  built = buildBundle();
  repo = mkdtempSync(join(tmpdir(), 'ed-export-cli-'));
  const files: Record<string, string> = {
    'src/models/__init__.py': '',
    'src/models/blocks.py': 'import torch.nn as nn\ndef block(i, o):\n    return nn.Sequential(nn.Conv2d(i, o, 3, padding=1), nn.ReLU())\n',
    'src/models/cnn.py': 'import torch.nn as nn\nfrom .blocks import block\ndef build_model():\n    return nn.Sequential(block(3, 8), block(8, 8), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 10))\n',
  };
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, p)), { recursive: true });
    writeFileSync(join(repo, p), text);
  }
});
afterAll(() => {
  built?.cleanup();
  rmSync(repo, { recursive: true, force: true });
});

describe('energy-diff export', () => {
  it('prints its usage, and names the interpreter it cannot run', async () => {
    const help = await runMain(['export', '--help'], {}, repo);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('usage: energy-diff export <module:callable | path/to/file.py:callable>');
    const missing = await runMain(['export', 'src/models/cnn.py:build_model', '--input', '1x3x8x8', '--out', 'x.onnx', '--python', '/nonexistent/python3'], {}, repo);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('energy-diff export: cannot run /nonexistent/python3');
  });

  it.skipIf(!pythonHas('torch'))('runs the bundled helper next to the built CLI on a package module with relative imports', async () => {
    const out = join(repo, 'cnn.onnx');
    const r = spawnSync(process.execPath, [join(built.actionDir, 'dist/cli.js'), 'export', 'src/models/cnn.py:build_model', '--input', '1x3x16x16', '--out', out],
      { cwd: repo, env: { ...process.env, ENERGY_DIFF_PYTHON: PYTHON }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!) as { params: number };
    // Two 3x3 convs (3→8, 8→8) with biases and a Linear 8→10: PyTorch's own parameter count.
    expect(summary.params).toBe(3 * 8 * 9 + 8 + 8 * 8 * 9 + 8 + 8 * 10 + 10);
    const inferred = inferModel(await loadModel(out), {}, out);
    expect(inferred.layers.filter((l) => l.op === 'Conv').map((l) => l.macs)).toEqual([27 * 8 * 256, 72 * 8 * 256]);
  });
});
