// Workloads in the action's config: the run's batch becomes the estimate's batch, a disagreeing model batch
// is an error at its JSON path and YAML line, and the top-level conversions are validated and passed on.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/adapters/config.js';
import { settingsFor } from '../../src/action/estimate-changes.js';
import { thrownBy } from '../helpers/errors.js';

const FILE = '.github/energy-diff.yml';

function errorOf(text: string): ConfigError {
  return thrownBy(ConfigError, () => parseConfigText(text, FILE));
}

const CONFIG = `batch: 4
gridIntensityGCO2ePerKWh: 380
pricePerKWh: 0.21
models:
  - path: "models/train/**"
    workload:
      trainingRun: { epochs: 30, trainSamples: 50000, batch: 128, evalSamples: 10000 }
  - path: "models/serve/*.onnx"
    batch: 16
    workload:
      serving: { requestsPerMonth: 3000000 }
  - path: "models/both.onnx"
    batch: 64
    workload:
      trainingRun: { epochs: 2, trainSamples: 640, batch: 64 }
      serving: { requestsPerMonth: 10 }
`;

describe('workloads in the action config', () => {
  const c = parseConfigText(CONFIG, FILE);

  it('reads the top-level conversions', () => {
    expect([c.gridIntensityGCO2ePerKWh, c.pricePerKWh]).toEqual([380, 0.21]);
  });

  it('estimates a training run at its batch (over the top-level batch), the spec without the batch', () => {
    expect(settingsFor(c, 'models/train/resnet.onnx')).toMatchObject({
      mode: 'inference', batch: 128,
      workload: { trainingRun: { epochs: 30, trainSamples: 50000, evalSamples: 10000 }, gridIntensityGCO2ePerKWh: 380, pricePerKWh: 0.21 },
    });
    expect(settingsFor(c, 'models/train/resnet.onnx').workload?.trainingRun).not.toHaveProperty('batch');
    // Serving only: the entry's (or the top-level) batch stays.
    expect(settingsFor(c, 'models/serve/bert.onnx')).toMatchObject({ batch: 16, workload: { serving: { requestsPerMonth: 3000000 } } });
    expect(settingsFor(c, 'models/both.onnx')).toMatchObject({ batch: 64, workload: { trainingRun: { epochs: 2 }, serving: { requestsPerMonth: 10 } } });
    expect(settingsFor(c, 'models/other.onnx')).toEqual({ mode: 'inference', batch: 4 });
  });

  it('without conversions the spec has none', () => {
    const plain = parseConfigText('models:\n  - path: a.onnx\n    workload:\n      serving: { requestsPerMonth: 5 }\n', FILE);
    expect(settingsFor(plain, 'a.onnx').workload).toEqual({ serving: { requestsPerMonth: 5 } });
  });

  it.each([
    [
      'a model batch that disagrees with its run',
      'models:\n  - path: a.onnx\n    batch: 8\n    workload:\n      trainingRun:\n        epochs: 1\n        trainSamples: 100\n        batch: 32\n',
      '$.models[0].workload.trainingRun.batch', 8, "the training run's batch 32 differs from the model's batch 8",
    ],
    ['a negative grid intensity', 'models: []\ngridIntensityGCO2ePerKWh: -5\n', '$.gridIntensityGCO2ePerKWh', 2, 'expected a non-negative number, got -5'],
    ['a price that is not a number', 'pricePerKWh: "0.2 EUR"\n', '$.pricePerKWh', 1, 'expected a non-negative number, got "0.2 EUR"'],
    ['a run budget on the total', 'budgets:\n  - total: true\n    maxRunJ: 5\n', '$.budgets[0].maxRunJ', 3, 'cannot be a total budget'],
  ])('%s: JSON path and YAML line', (_what, text, jsonPath, line, message) => {
    const err = errorOf(text);
    expect(err.place).toMatchObject({ file: FILE, jsonPath });
    expect(err.line).toBe(line);
    expect(err.message).toContain(message);
  });

  it('accepts a model batch equal to its run batch', () => {
    const ok = parseConfigText('models:\n  - path: a.onnx\n    batch: 32\n    workload:\n      trainingRun: { epochs: 1, trainSamples: 100, batch: 32 }\n', FILE);
    expect(settingsFor(ok, 'a.onnx').batch).toBe(32);
  });
});
