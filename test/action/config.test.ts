// The action's config file: a full example parses; every error names the file, the JSON path and the YAML line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, jsonPathKeys, loadActionConfig, parseConfigText } from '../../src/adapters/config.js';
import { settingsFor } from '../../src/action/estimate-changes.js';
import { thrownBy } from '../helpers/errors.js';

const FULL = `# .github/energy-diff.yml
profiles: [h100-sxm, xeon-gold-5120]
mode: inference
batch: 1
minChangePct: 0.5
models:
  - path: "models/resnet*.onnx"
    batch: 8
    inputs: { input: [8, 3, 224, 224] }
  - path: "models/**"
    inputs:
      tokens: 8x128
    mode: train-step
    workload:
      trainingRun: { epochs: 30, trainSamples: 50000, batch: 128, evalSamples: 10000 }
      serving: { requestsPerMonth: 1000000 }
    measurement: "measurements/*.json"
    measuredProfile: h100-sxm
export:
  command: python export.py {source} {out}
  sources: ["src/models/*.py"]
failOn: low
budgets:
  - model: "models/**"
    maxJ: { warn: 0.5, fail: 1.0 }
    maxIncreasePct: { fail: 15 }
  - total: true
    profile: h100-sxm
    maxJ: 2
`;

function errorOf(text: string): ConfigError {
  return thrownBy(ConfigError, () => parseConfigText(text, '.github/energy-diff.yml'));
}

describe('config file', () => {
  it('parses every section of a full config', () => {
    const c = parseConfigText(FULL, '.github/energy-diff.yml');
    expect(c.profiles).toEqual(['h100-sxm', 'xeon-gold-5120']);
    expect(c.minChangePct).toBe(0.5);
    expect(c.models[0]).toEqual({ path: 'models/resnet*.onnx', batch: 8, inputShapes: { input: [8, 3, 224, 224] } });
    expect(c.models[1]?.inputShapes).toEqual({ tokens: [8, 128] });
    expect(c.models[1]?.workload?.trainingRun).toEqual({ epochs: 30, trainSamples: 50000, batch: 128, evalSamples: 10000 });
    expect(c.export).toEqual({ command: 'python export.py {source} {out}', sources: [{ path: 'src/models/*.py', dependsOn: [] }], format: 'onnx', dependsOn: [] });
    expect(c.budgets.failOn).toBe('low');
    expect(c.budgets.budgets).toEqual([
      { model: 'models/**', maxJ: { warn: 0.5, fail: 1 }, maxIncreasePct: { fail: 15 } },
      { total: true, profile: 'h100-sxm', maxJ: { fail: 2 } },
    ]);
  });

  it('picks the first matching models[] entry, defaults from the top level', () => {
    const c = parseConfigText(FULL, 'x.yml');
    expect(settingsFor(c, 'models/resnet50.onnx')).toMatchObject({ mode: 'inference', batch: 8 });
    // The entry declares a training run at batch 128 and no batch of its own: the run's batch wins over the top level.
    expect(settingsFor(c, 'models/bert/encoder.onnx')).toMatchObject({ mode: 'train-step', batch: 128, inputShapes: { tokens: [8, 128] } });
    expect(settingsFor(c, 'other/model.onnx')).toEqual({ mode: 'inference', batch: 1 });
  });

  it('export.sources: globs and objects with their own callable, inputs, command and dependsOn', () => {
    const c = parseConfigText([
      'export:',
      '  callable: make',
      '  inputs: { input: 1x3x32x32 }',
      '  dependsOn: configs/common.yml',
      '  sources:',
      '    - "src/vision/*.py"',
      '    - path: src/text/encoder.py',
      '      callable: build_encoder',
      '      inputs: { ids: "2x16:int64", mask: [2, 16] }',
      '      dependsOn: [configs/encoder.json, "gen/**/*.py"]',
      '    - path: tools/custom.py',
      '      command: python tools/custom.py {out}',
    ].join('\n'), 'x.yml');
    expect(c.export).toEqual({
      format: 'onnx', callable: 'make', inputs: [{ name: 'input', dims: [1, 3, 32, 32] }], dependsOn: ['configs/common.yml'],
      sources: [
        { path: 'src/vision/*.py', dependsOn: [] },
        { path: 'src/text/encoder.py', callable: 'build_encoder', inputs: [{ name: 'ids', dims: [2, 16], dtype: 'int64' }, { name: 'mask', dims: [2, 16] }], dependsOn: ['configs/encoder.json', 'gen/**/*.py'] },
        { path: 'tools/custom.py', command: 'python tools/custom.py {out}', dependsOn: [] },
      ],
    });
  });

  it('an empty file is the default config', () => {
    expect(parseConfigText('', 'x.yml')).toEqual({ models: [], budgets: { failOn: 'estimate', budgets: [] } });
    expect(parseConfigText('# only a comment\n', 'x.yml').models).toEqual([]);
  });

  it.each([
    ['a bad batch', 'models:\n  - path: a.onnx\n    batch: 0\n', '$.models[0].batch', 3, 'expected a positive integer, got 0'],
    ['an unknown key', 'profiles: [h100-sxm]\nbatchsize: 4\n', '$.batchsize', 2, "unknown key 'batchsize'"],
    ['a bad shape', 'models:\n  - path: a.onnx\n    inputs:\n      x: [1, -3]\n', '$.models[0].inputs.x[1]', 4, 'expected a positive integer, got -3'],
    ['a bad budget (core parser)', 'budgets:\n  - model: a.onnx\n    maxJ:\n      warn: 2\n      fail: 1\n', '$.budgets[0].maxJ', 4, 'warn limit 2 is above fail limit 1'],
    ['an unknown budget key', 'budgets:\n  - model: a.onnx\n    maxJoules: 1\n', '$.budgets[0].maxJoules', 3, "unknown key 'maxJoules'"],
    ['a bad workload', 'models:\n  - path: a\n    workload:\n      trainingRun: { epochs: 3 }\n', '$.models[0].workload.trainingRun.trainSamples', 4, 'expected a positive integer'],
    ['a bad export format', 'export:\n  sources: "*.py"\n  format: tflite\n', '$.export.format', 3, "expected 'onnx' or 'layers-json'"],
    ['a bad source dtype', 'export:\n  sources:\n    - path: a.py\n      inputs: { ids: "1x16:int8" }\n', '$.export.sources[0].inputs.ids', 4, 'dtype must be one of float32, float16, int64, int32, bool'],
    ['a bad source dim', 'export:\n  sources:\n    - path: a.py\n      inputs:\n        x: 1x0x8\n', '$.export.sources[0].inputs.x[1]', 5, 'expected a positive integer, got 0'],
    ['a bad callable', 'export:\n  callable: "build model"\n  sources: a.py\n', '$.export.callable', 2, 'expected the name of a function or class'],
    ['an unknown source key', 'export:\n  sources:\n    - path: a.py\n      depends: [x]\n', '$.export.sources[0].depends', 4, "unknown key 'depends'"],
    ['a source without a path', 'export:\n  sources:\n    - callable: f\n', '$.export.sources[0].path', 3, 'expected a non-empty string'],
  ])('%s: JSON path and YAML line', (_what, text, jsonPath, line, message) => {
    const err = errorOf(text);
    expect(err.place.file).toBe('.github/energy-diff.yml');
    expect(err.place.jsonPath).toBe(jsonPath);
    expect(err.line).toBe(line);
    expect(err.message).toContain(message);
    expect(err.message).toContain(`at ${jsonPath} (line ${line})`);
  });

  it('reports YAML syntax errors with their line', () => {
    const err = errorOf('profiles: [h100-sxm\nbatch: 2\nmodels:\n  - path: "a\n');
    expect(err.code).toBe('E_CONFIG');
    expect(err.message).toMatch(/^YAML error at line \d+/);
    expect(err.line).toBeGreaterThanOrEqual(1);
    const dup = errorOf('batch: 1\nmode: inference\nbatch: 2\n');
    expect(dup.line).toBe(3);
  });

  it('splits JSON paths into keys', () => {
    expect(jsonPathKeys('$.budgets[12].maxJ.fail')).toEqual(['budgets', 12, 'maxJ', 'fail']);
    expect(jsonPathKeys('$')).toEqual([]);
  });

  it('a missing default file is the default config; a missing named file is an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-cfg-'));
    await expect(loadActionConfig(join(dir, 'none.yml'), '.github/energy-diff.yml', false)).resolves.toMatchObject({ models: [] });
    await expect(loadActionConfig(join(dir, 'none.yml'), 'ci/energy.yml', true)).rejects.toThrow(/config file not found/);
    writeFileSync(join(dir, 'c.yml'), 'mode: training\n');
    await expect(loadActionConfig(join(dir, 'c.yml'), 'c.yml', true)).rejects.toThrow("expected 'inference' or 'train-step', got \"training\" at $.mode (line 1)");
  });
});
