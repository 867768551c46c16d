// Runner I/O without @actions/core: input variables, GITHUB_OUTPUT heredoc blocks, workflow commands, inputs.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionsIo, escapeData, fileCommandBlock, inputEnvName, workflowCommand } from '../../src/adapters/actions-io.js';
import { readInputs } from '../../src/action/inputs.js';
import { EnergyDiffError } from '../../src/core/common/index.js';

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

function sink() {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

describe('inputs', () => {
  it('names input variables as the runner does: upper-cased, spaces to _, dashes kept', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('comment key')).toBe('INPUT_COMMENT_KEY');
    expect(inputEnvName('min-change-pct')).toBe('INPUT_MIN-CHANGE-PCT');
  });

  it('reads defaults when only the runner defaults are set, and lists split on lines (globs keep commas)', () => {
    const io = new ActionsIo({ 'INPUT_MODELS': 'models/{a,b}.onnx\n  nets/**/*.layers.json  \n\n', 'INPUT_PROFILES': 'h100-sxm, xeon-gold-5120\na100' }, sink());
    const inputs = readInputs(io);
    expect(inputs.modelGlobs).toEqual(['models/{a,b}.onnx', 'nets/**/*.layers.json']);
    expect(inputs.profiles).toEqual(['h100-sxm', 'xeon-gold-5120', 'a100']);
    expect(inputs.mode).toBe('report');
    expect(inputs.comment).toBe('update');
    expect(inputs.commentKey).toBe('default');
    expect(inputs.configPath).toBe('.github/energy-diff.yml');
    expect(inputs.budgetRules).toEqual([]);
    expect(readInputs(new ActionsIo({}, sink())).modelGlobs).toEqual(['**/*.onnx', '**/*.layers.json']);
  });

  it('turns budget inputs into one rule for every model and one for the total', () => {
    const io = new ActionsIo({
      'INPUT_BUDGET-WARN-JOULES': '0.5', 'INPUT_BUDGET-FAIL-JOULES': '1', 'INPUT_BUDGET-FAIL-INCREASE-PCT': '10',
      'INPUT_BUDGET-TOTAL-WARN-JOULES': '3', 'INPUT_FAIL-ON': 'low', 'INPUT_MODE': 'gate', 'INPUT_MIN-CHANGE-PCT': '0.5',
    }, sink());
    const inputs = readInputs(io);
    expect(inputs.budgetRules).toEqual([{ maxJ: { warn: 0.5, fail: 1 }, maxIncreasePct: { fail: 10 } }, { total: true, maxJ: { warn: 3 } }]);
    expect(inputs.failOn).toBe('low');
    expect(inputs.mode).toBe('gate');
    expect(inputs.minChangePct).toBe(0.5);
  });

  it.each([
    [{ INPUT_MODE: 'strict' }, 'mode', "input mode: expected one of report, gate, got 'strict'"],
    [{ INPUT_COMMENT: 'sticky' }, 'comment', 'expected one of update, new, hide-and-new, off'],
    [{ 'INPUT_BUDGET-FAIL-JOULES': '-1' }, 'budget-fail-joules', "expected a non-negative number, got '-1'"],
    [{ 'INPUT_BUDGET-WARN-JOULES': '2', 'INPUT_BUDGET-FAIL-JOULES': '1' }, 'budget-warn-joules', 'warn limit 2 is above budget-fail-joules 1'],
    [{ 'INPUT_COMMENT-KEY': 'a b' }, 'comment-key', 'must not contain spaces'],
  ])('rejects %j naming the input', (env, input, message) => {
    let err: unknown;
    try {
      readInputs(new ActionsIo(env, sink()));
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
  it('appends heredoc blocks to GITHUB_OUTPUT that the runner parses back byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-io-'));
    const env = { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
    const io = new ActionsIo(env, sink());
    const body = '<!-- marker -->\n### ⚡ energy-diff\n\nname<<EOF\n| a | b |\nEOF\n';
    io.setOutput('comment-body', body);
    io.setOutput('delta-joules', '-0.00125');
    io.setOutput('empty', '');
    const parsed = parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'));
    expect(parsed).toEqual({ 'comment-body': body, 'delta-joules': '-0.00125', empty: '' });
    expect(io.appendSummary('# one')).toBe(true);
    expect(io.appendSummary('two\n')).toBe(true);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# one\ntwo\n');
  });

  it('refuses a value that contains its delimiter', () => {
    expect(() => fileCommandBlock('x', 'a\nDELIM\nb', 'DELIM')).toThrow(/delimiter/);
  });

  it('without a runner, prints outputs and reports no summary file', () => {
    const out = sink();
    const io = new ActionsIo({}, out);
    io.setOutput('over-budget', 'true');
    expect(io.appendSummary('x')).toBe(false);
    expect(out.text()).toBe('over-budget=true\n');
  });
});

describe('workflow commands', () => {
  it('escapes data and properties so a message stays one annotation', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(workflowCommand('error', 'bad: value\nsecond line', { file: 'models/a,b:c.onnx', line: 7, title: 'energy-diff E_X' })).toBe(
      '::error title=energy-diff E_X,file=models/a%2Cb%3Ac.onnx,line=7::bad: value%0Asecond line',
    );
    expect(workflowCommand('warning', 'plain')).toBe('::warning::plain');
  });

  it('writes annotations and masks to stdout', () => {
    const out = sink();
    const io = new ActionsIo({}, out);
    io.error('broken', { file: 'm.onnx' });
    io.warning('careful');
    io.mask('ghs_secret');
    expect(out.text()).toBe('::error file=m.onnx::broken\n::warning::careful\n::add-mask::ghs_secret\n');
  });
});
