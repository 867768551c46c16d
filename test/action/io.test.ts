// Runner I/O through @actions/core, read back the way the runner reads it: input variables, GITHUB_OUTPUT
// heredoc blocks, the job summary, workflow commands on stdout; and the action's inputs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsIo } from '../../src/adapters/actions-io.js';
import { readInputs } from '../../src/action/inputs.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { inRunner, inRunnerSync } from './helpers/in-process.js';

/** Reads GITHUB_OUTPUT the way the runner does: `name<<DELIM` … `DELIM` blocks, or `name=value` lines. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; lines[i] !== delim; i++) {
        if (i >= lines.length) throw new Error(`unterminated block ${name}`);
        value.push(lines[i] as string);
      }
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The action's inputs with these INPUT_* variables set, as the runner sets them. */
function inputsWith(env: Record<string, string>) {
  return inRunnerSync(env, () => readInputs(new ActionsIo())).value;
}

describe('inputs', () => {
  it('reads input variables as the runner names them: upper-cased, spaces to _, dashes kept', () => {
    const io = new ActionsIo();
    const got = inRunnerSync({ 'INPUT_GITHUB-TOKEN': ' t ', INPUT_COMMENT_KEY: 'k', 'INPUT_MIN-CHANGE-PCT': '2' }, () => [io.input('github-token'), io.input('comment key'), io.input('min-change-pct'), io.input('absent')]);
    expect(got.value).toEqual(['t', 'k', '2', '']);
  });

  it('reads defaults when only the runner defaults are set, and lists split on lines (globs keep commas)', () => {
    const inputs = inputsWith({ 'INPUT_MODELS': 'models/{a,b}.onnx\n  nets/**/*.layers.json  \n\n', 'INPUT_PROFILES': 'h100-sxm, xeon-gold-5120\na100' });
    expect(inputs.modelGlobs).toEqual(['models/{a,b}.onnx', 'nets/**/*.layers.json']);
    expect(inputs.profiles).toEqual(['h100-sxm', 'xeon-gold-5120', 'a100']);
    expect(inputs.mode).toBe('report');
    expect(inputs.comment).toBe('update');
    expect(inputs.commentKey).toBe('default');
    expect(inputs.configPath).toBe('.github/energy-diff.yml');
    expect(inputs.budgetRules).toEqual([]);
    expect(inputsWith({}).modelGlobs).toEqual(['**/*.onnx', '**/*.layers.json']);
  });

  it('turns budget inputs into one rule for every model and one for the total', () => {
    const inputs = inputsWith({
      'INPUT_BUDGET-WARN-JOULES': '0.5', 'INPUT_BUDGET-FAIL-JOULES': '1', 'INPUT_BUDGET-FAIL-INCREASE-PCT': '10',
      'INPUT_BUDGET-TOTAL-WARN-JOULES': '3', 'INPUT_FAIL-ON': 'low', 'INPUT_MODE': 'gate', 'INPUT_MIN-CHANGE-PCT': '0.5',
    });
    expect(inputs.budgetRules).toEqual([{ maxJ: { warn: 0.5, fail: 1 }, maxIncreasePct: { fail: 10 } }, { total: true, maxJ: { warn: 3 } }]);
    expect(inputs.failOn).toBe('low');
    expect(inputs.mode).toBe('gate');
    expect(inputs.minChangePct).toBe(0.5);
  });

  it('measure-inference: off by default, a 300 s budget, a 2 s window per model, no profile named', () => {
    expect(inputsWith({}).measureInference).toEqual({ mode: 'off', budgetSeconds: 300, windowSeconds: 2 });
    expect(inputsWith({
      'INPUT_MEASURE-INFERENCE': 'auto', 'INPUT_MEASURE-INFERENCE-BUDGET-SECONDS': '60', 'INPUT_MEASURE-INFERENCE-SECONDS': '0', 'INPUT_MEASURE-INFERENCE-PROFILE': 'laptop-cpu',
    }).measureInference).toEqual({ mode: 'auto', budgetSeconds: 60, windowSeconds: 0, profile: 'laptop-cpu' });
  });

  it.each([
    [{ INPUT_MODE: 'strict' }, 'mode', "input mode: expected one of report, gate, got 'strict'"],
    [{ INPUT_COMMENT: 'sticky' }, 'comment', 'expected one of update, new, hide-and-new, off'],
    [{ 'INPUT_BUDGET-FAIL-JOULES': '-1' }, 'budget-fail-joules', "expected a non-negative number, got '-1'"],
    [{ 'INPUT_BUDGET-WARN-JOULES': '2', 'INPUT_BUDGET-FAIL-JOULES': '1' }, 'budget-warn-joules', 'warn limit 2 is above budget-fail-joules 1'],
    [{ 'INPUT_COMMENT-KEY': 'a b' }, 'comment-key', 'must not contain spaces'],
    [{ 'INPUT_MEASURE-INFERENCE': 'yes' }, 'measure-inference', "expected one of off, auto, on, got 'yes'"],
    [{ 'INPUT_MEASURE-INFERENCE-BUDGET-SECONDS': 'soon' }, 'measure-inference-budget-seconds', "expected a non-negative number, got 'soon'"],
    [{ 'INPUT_MEASURE-INFERENCE-SECONDS': '1e6' }, 'measure-inference-seconds', "expected a number of at most 600, got '1e6'"],
  ])('rejects %j naming the input', (env, input, message) => {
    let err: unknown;
    try {
      inputsWith(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EnergyDiffError);
    expect((err as EnergyDiffError).code).toBe('E_INPUT');
    expect((err as EnergyDiffError).place.input).toBe(input);
    expect((err as EnergyDiffError).message).toContain(message);
  });
});

describe('outputs and summary', () => {
  it('appends heredoc blocks to GITHUB_OUTPUT that the runner parses back byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-io-'));
    const env = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    const io = new ActionsIo();
    const body = '<!-- marker -->\n### ⚡ energy-diff\n\nname<<EOF\n| a | b |\nEOF\n';
    const { value: appended, stdout } = await inRunner(env, async () => {
      io.setOutput('comment-body', body);
      io.setOutput('delta-joules', '-0.00125');
      io.setOutput('empty', '');
      return [await io.appendSummary('# one'), await io.appendSummary('two\n')];
    });
    const parsed = parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
    expect(parsed).toEqual({ 'comment-body': body, 'delta-joules': '-0.00125', empty: '' });
    expect(appended).toEqual([true, true]);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# one\ntwo\n');
    expect(stdout).toBe(''); // no ::set-output
    // The next run (in the same process, as in these tests) writes the summary file its environment names.
    const next = join(dir, 'summary2');
    writeFileSync(next, '');
    await inRunner({ GITHUB_STEP_SUMMARY: next }, () => new ActionsIo().appendSummary('three'));
    expect([readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), readFileSync(next, 'utf8')]).toEqual(['# one\ntwo\n', 'three\n']);
  });

  it('without a runner, prints outputs (no ::set-output) and reports no summary file', async () => {
    const io = new ActionsIo();
    const { value, stdout } = await inRunner({}, async () => {
      io.setOutput('over-budget', 'true');
      io.setOutput('body', '::error::x\ny');
      return io.appendSummary('x');
    });
    expect(value).toBe(false);
    expect(stdout).toBe('over-budget=true\nbody="::error::x\\ny"\n');
  });
});

describe('workflow commands', () => {
  it('escapes data and properties so a message stays one annotation; lines and columns as the runner names them', () => {
    const io = new ActionsIo();
    const { stdout } = inRunnerSync({}, () => {
      io.error('bad: value\nsecond line 100%', { file: 'models/a,b:c.onnx', line: 7, endLine: 9, col: 2, title: 'energy-diff E_X' });
      io.warning('plain');
      io.notice('note \u202Eflip', { file: 'm\u0007.onnx' });
    });
    expect(stdout).toBe(
      '::error title=energy-diff E_X,file=models/a%2Cb%3Ac.onnx,line=7,endLine=9,col=2::bad: value%0Asecond line 100%25\n' +
        '::warning::plain\n' +
        '::notice file=m\\u0007.onnx::note \\u202Eflip\n',
    );
  });

  it('writes groups, masks and debug lines; a log line quoting input is never a command', () => {
    const io = new ActionsIo();
    const { stdout } = inRunnerSync({}, () => {
      io.startGroup('exporting a\nb');
      io.info('::error::from the PR\n  ::add-mask::x');
      io.endGroup();
      io.mask('ghs_secret');
      io.debug('only with RUNNER_DEBUG');
    });
    expect(stdout).toBe(
      '::group::exporting a%0Ab\n%3A:error::from the PR\n  %3A:add-mask::x\n::endgroup::\n::add-mask::ghs_secret\n::debug::only with RUNNER_DEBUG\n',
    );
  });

  it('fail: an error annotation and exit status 1 for the step', () => {
    const io = new ActionsIo();
    const { value, stdout } = inRunnerSync({}, () => {
      io.fail('energy-diff failed: boom');
      return process.exitCode;
    });
    expect(value).toBe(1);
    expect(stdout).toBe('::error::energy-diff failed: boom\n');
  });
});
