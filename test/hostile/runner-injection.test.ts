// No input can put a workflow command on the runner's stdout or stderr: file names, node names and messages
// that quote input are escaped in one place (core/format/runner-text.ts) by the action's log and the CLI's writer.
// In the PR comment, @mentions in model paths and layer names notify no one and bidi/control characters show
// escaped. The runner reads `::cmd::` after leading blanks and the legacy `##[cmd]` anywhere in a line.
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml, escapeMd, logText, safeLines, showInvisible } from '../../src/core/format/index.js';
import { modelBytes } from '../helpers/onnx-writer.js';
import { runMain } from '../helpers/cli.js';
import { tinyCnn } from '../action/helpers/models.js';
import { tempModel } from '../onnx/python.js';
import { cleanupRepos, runnerLines, runOn, twoCommits } from './action-run.js';

afterAll(cleanupRepos);

const EVIL_PATH = 'm/z\n::error title=X::pwned\r::warning::cr ##[error]legacy @octocat \u202Eevil.onnx';
const EVIL_NODE = 'relu\n::error title=Y::node\n  ::add-mask::x ##[set-output name=verdict]pass @org/team \u2066i\u0007';

/** Lines the runner would take as commands: `::` after leading blanks, or `##[` anywhere. */
function commands(text: string): string[] {
  return runnerLines(text).filter((l) => /^\s*::/.test(l) || l.includes('##['));
}

/** Commands carrying what the hostile names hold (energy-diff's own annotations never do). */
function injected(text: string): string[] {
  return commands(text).filter((l) => /pwned|title=[XY]|add-mask::x|##\[|::warning::cr|::error::[ab]|::error::y|::x::/.test(l));
}

function reluModel(nodeName: string): Uint8Array {
  return modelBytes({
    graph: {
      name: 'g', nodes: [{ opType: 'Relu', name: nodeName, inputs: ['x'], outputs: ['y'] }],
      inputs: [{ name: 'x', shape: [1, 4] }], outputs: [{ name: 'y', shape: [1, 4] }],
    },
  });
}

describe('the escaping functions', () => {
  it('logText keeps a quoted string on one line with no command in it', () => {
    const out = logText('::error::a\r\nb 100% ##[x]\u202E');
    expect(out).toBe('%3A:error::a%0D%0Ab 100%25 \\u0023#[x]\\u202E');
    expect(commands(out)).toEqual([]);
  });

  it('safeLines keeps every line but none is a command; JSON stays the same JSON', () => {
    const json = JSON.stringify({ name: '##[error]x \u202E' }, null, 2);
    const out = safeLines(`a\n  ::warning::b\r::x::y\n${json}`);
    expect(runnerLines(out)).toHaveLength(3 + runnerLines(json).length);
    expect(commands(out)).toEqual([]);
    expect(JSON.parse(safeLines(json))).toEqual({ name: '##[error]x \u202E' });
  });

  it('showInvisible spells bidi and C0/C1 controls as \\uXXXX', () => {
    expect(showInvisible('a\u202Eb\u2066c\u0000d\u001be\u0085f\tg')).toBe('a\\u202Eb\\u2066c\\u0000d\\u001Be\\u0085f\tg');
  });

  it('escapeMd and escapeHtml neutralise mentions and show bidi characters escaped', () => {
    expect(escapeMd('@octocat and @org/team')).toBe('@\u200Boctocat and @\u200Borg/team');
    expect(escapeHtml('<b>@octocat</b>\u202E')).toBe('&lt;b&gt;@\u200Boctocat&lt;/b&gt;\\u202E');
    expect(escapeMd('x\u202Ey')).toBe('x\\\\u202Ey');
  });
});

describe('the CLI', () => {
  it('estimate and inspect of a file and a node with command-shaped names print no command', async () => {
    const file = tempModel(reluModel(EVIL_NODE), 'z\n::error title=X::pwned ##[error]y.onnx');
    for (const args of [['estimate', file], ['estimate', file, '--format', 'markdown'], ['estimate', file, '--format', 'json'], ['inspect', file], ['inspect', file, '--format', 'markdown']]) {
      const r = await runMain(args, {}, '/');
      expect(r.code, args.join(' ')).toBe(0);
      expect(commands(r.stdout), args.join(' ')).toEqual([]);
      expect(commands(r.stderr)).toEqual([]);
    }
    // the JSON contract still carries the names exactly
    const json = await runMain(['estimate', file, '--format', 'json'], {}, '/');
    expect(JSON.parse(json.stdout).layers[0].name).toBe(EVIL_NODE);
  });

  it('an error quoting a command-shaped path is one line without a command', async () => {
    const r = await runMain(['inspect', '/nonexistent/a\n::error::b ##[warning]c.onnx'], {}, '/');
    expect(r.code).toBe(1);
    expect(runnerLines(r.stderr.trimEnd())).toHaveLength(1);
    expect(commands(r.stderr)).toEqual([]);
  });

  it('an unknown command name is quoted without a command', async () => {
    const r = await runMain(['x\n::error::y'], {}, '/');
    expect(r.code).toBe(2);
    expect(commands(r.stderr)).toEqual([]);
  });
});

describe('the action', () => {
  it('a model path and a node name with commands, mentions and bidi characters: no command on stdout, none in the comment', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16), [EVIL_PATH]: reluModel(EVIL_NODE) });
    const res = await runOn(r.dir, headSha, baseSha);
    expect(res.code, res.stdout).toBe(0);
    expect(injected(res.stdout)).toEqual([]);
    expect(res.stdout).toContain('energy-diff: added m/z%0A::error title=X::pwned%0D::warning::cr \\u0023#[error]legacy @octocat \\u202Eevil.onnx');
    // The summary is the comment without its marker: no live mention, the bidi override shown, not applied.
    expect(res.summary).not.toMatch(/@(?!\u200B)/);
    expect(res.summary).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007]/);
    expect(res.summary).toContain('\\\\u202Eevil');
    expect(res.summary).toContain('@\u200Boctocat');
    expect(res.summary).toContain('@\u200Borg/team');
    // the report keeps the real names
    expect(res.report?.models.map((m) => m.path)).toContain(EVIL_PATH);
  });
});
