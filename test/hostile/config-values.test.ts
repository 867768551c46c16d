// Numbers a user declares (the action's config file, its inputs, the CLI's options) are finite and bounded;
// errors name the file, the JSON path and the YAML line. `minChangePct: .inf` would call every model unchanged
// and pass the gate; `epochs: 1e300` would put Infinity J in the comment.
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/adapters/config.js';
import { ActionsIo } from '../../src/adapters/actions-io.js';
import { inRunnerSync } from '../action/helpers/in-process.js';
import { readInputs } from '../../src/action/inputs.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';
import { runMain } from '../helpers/cli.js';
import { tinyCnn } from '../action/helpers/models.js';
import { cleanupRepos, runOn, twoCommits } from './action-run.js';

afterAll(cleanupRepos);

const FILE = '.github/energy-diff.yml';
const run = (epochs: string) => `models:\n  - path: "**/*.onnx"\n    workload:\n      trainingRun: { epochs: ${epochs}, trainSamples: 50000, batch: 32 }\n`;

describe('config numbers are finite and bounded, with the YAML line', () => {
  it.each([
    ['minChangePct: .inf', 'minChangePct: .inf\n', '$.minChangePct', 1, /expected a non-negative number \(percent\), got Infinity/],
    ['minChangePct: .nan', 'budgets: []\nminChangePct: .nan\n', '$.minChangePct', 2, /got NaN/],
    ['minChangePct above 100 %', 'minChangePct: 1e9\n', '$.minChangePct', 1, /at most 100 \(percent\)/],
    ['epochs: 1e300', run('1e300'), '$.models[0].workload.trainingRun.epochs', 4, /at most 1000000, got 1e\+300/],
    ['trainSamples of 10^15', 'models:\n  - path: a.onnx\n    workload:\n      trainingRun:\n        epochs: 1\n        trainSamples: 1e15\n        batch: 1\n', '$.models[0].workload.trainingRun.trainSamples', 6, /at most 1000000000000/],
    ['a batch of 2^30', 'batch: 1073741824\n', '$.batch', 1, /at most 16777216/],
    ['requestsPerMonth: .inf', 'models:\n  - path: a.onnx\n    workload:\n      serving: { requestsPerMonth: .inf }\n', '$.models[0].workload.serving.requestsPerMonth', 4, /positive integer, got Infinity/],
    ['a grid intensity of 1e9 g/kWh', 'gridIntensityGCO2ePerKWh: 1e9\n', '$.gridIntensityGCO2ePerKWh', 1, /at most 10000/],
    ['an input dim of 2^40', 'models:\n  - path: a.onnx\n    inputs: { x: [1, 1099511627776] }\n', '$.models[0].inputs.x[1]', 3, /at most 2147483647/],
  ] as [string, string, string, number, RegExp][])('%s', (_what, text, jsonPath, line, message) => {
    const err = thrownBy(ConfigError, () => parseConfigText(text, FILE));
    expect(err.code).toBe('E_CONFIG');
    expect(err.place).toMatchObject({ file: FILE, jsonPath });
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
  });

  it('a budget of .inf J is refused with its line', () => {
    const err = thrownBy(ConfigError, () => parseConfigText('budgets:\n  - maxJ: { warn: 1, fail: .inf }\n', FILE));
    expect(err).toMatchObject({ code: 'E_BUDGET_CONFIG', line: 2, place: { jsonPath: '$.budgets[0].maxJ.fail' } });
  });

  it('the limits themselves are accepted (the control case)', () => {
    const c = parseConfigText(`minChangePct: 100\nbatch: 16777216\n${run('1000000')}`, FILE);
    expect(c.minChangePct).toBe(100);
    expect(c.models[0]?.workload?.trainingRun?.epochs).toBe(1e6);
  });
});

describe('action inputs and CLI options', () => {
  it.each([['Infinity'], ['1e400'], ['101']])('min-change-pct %s is refused naming the input', (v) => {
    const err = thrownBy(EnergyDiffError, () => inRunnerSync({ 'INPUT_MIN-CHANGE-PCT': v }, () => readInputs(new ActionsIo())));
    expect(err.code).toBe('E_INPUT');
    expect(err.place.input).toBe('min-change-pct');
  });

  it.each([
    [['--epochs', '1e300', '--train-samples', '10'], /--epochs expects a positive integer of at most 1000000/],
    [['--epochs', '1', '--train-samples', '1e300'], /--train-samples expects a positive integer of at most 1000000000000/],
    [['--requests-per-month', '1e300'], /--requests-per-month expects a number of at most 1000000000000000/],
    [['--grid-gco2e-per-kwh', '1e300', '--requests-per-month', '1'], /--grid-gco2e-per-kwh expects a number of at most 10000/],
    [['--batch', '1e300'], /--batch expects a positive integer of at most 16777216/],
  ] as [string[], RegExp][])('estimate %j: E_ARG, no estimate', async (args, message) => {
    const r = await runMain(['estimate', 'models/sample-cnn.onnx', ...args], {}, process.cwd());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\[E_ARG\]/);
  });
});

describe('the action refuses a config that would disable the gate', () => {
  it('minChangePct: .inf is an ::error on its line, and nothing is written', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(64), [FILE]: 'mode: inference\nminChangePct: .inf\n' });
    const res = await runOn(r.dir, headSha, baseSha, { INPUT_MODE: 'gate', 'INPUT_BUDGET-FAIL-INCREASE-PCT': '10' });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/^::error title=energy-diff E_CONFIG,file=\.github\/energy-diff\.yml,line=2::.*minChangePct/m);
    // only the error artifact (written in every outcome): no report, comment body or verdict
  expect(res.outputs).not.toMatch(/^(report-json|comment-body|verdict)<</m);
    expect(res.summary).toBe('');
  });
});
