// The README's examples stay true: its config file parses, and its rendered comment is what the CLI prints today.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../src/adapters/config.js';
import { runMain } from './helpers/cli.js';

const README = readFileSync(resolve('README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(title);
  expect(start, title).toBeGreaterThan(0);
  // The next heading ends the section; the example comment's own headline (`### ⚡ energy-diff`) does not.
  const rest = README.slice(start + title.length);
  const next = rest.search(/\n#{1,4} (?!⚡)/);
  return README.slice(start, next < 0 ? undefined : start + title.length + next);
}

describe('README', () => {
  it('shows a config file the action accepts', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section('### The config file'))?.[1];
    expect(yaml).toBeDefined();
    const config = parseConfigText(yaml as string, '.github/energy-diff.yml');
    expect(config.budgets?.budgets.length).toBe(2);
    expect(config.models?.length).toBe(2);
  });

  it("shows the comment the CLI renders for the sample models", async () => {
    const text = section('### What the comment looks like');
    const from = text.indexOf('### ⚡ energy-diff');
    const to = text.indexOf('</details>');
    expect(from, 'README shows no rendered comment').toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const shown = text.slice(from, to + '</details>'.length);
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-readme-'));
    writeFileSync(join(dir, 'budgets.yml'), 'budgets:\n  - model: "models/**"\n    maxIncreasePct: { warn: 10, fail: 50 }\n');
    const { stdout } = await runMain(
      ['diff', 'models/sample-cnn.onnx', 'models/sample-cnn-wide.onnx', '--profile', 'h100-sxm', '--profile', 't4', '--budget-config', join(dir, 'budgets.yml'),
        '--base-sha', '3f2c1e0a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e', '--head-sha', '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b'],
      {},
      resolve('.'),
    );
    expect(stdout.startsWith(shown), 'README example differs from `energy-diff diff` output: regenerate it').toBe(true);
  });
});

describe('docs agree on the permissions the check workflow needs', () => {
  const block = (file: string): string => {
    const text = readFileSync(resolve(file), 'utf8');
    const inline = /^permissions: \{ (.*) \}$/m.exec(text)?.[1];
    if (inline) return inline.split(', ').sort().join(', ');
    const lines = /^permissions:\n((?: {2}[a-z-]+: [a-z]+.*\n)+)/m.exec(text)?.[1] ?? '';
    return lines.split('\n').filter(Boolean).map((l) => l.trim().replace(/\s+#.*$/, '')).sort().join(', ');
  };

  it('README, docs/action.md, docs/github-edge.md and pr-diff.yml ask for contents: read and pull-requests: write', () => {
    for (const file of ['README.md', 'docs/action.md', 'docs/github-edge.md', 'docs/workflows/pr-diff.yml']) {
      expect(block(file), file).toBe('contents: read, pull-requests: write');
    }
  });
});
