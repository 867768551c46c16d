// action.yml and the copyable workflows: valid YAML, inputs that the code reads and the workflows use,
// and the relay's safety rules (no checkout, no PR code, its script parses).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

function yaml(path: string): Record<string, any> {
  const doc = parseDocument(read(path));
  expect(doc.errors.map((e) => e.message), path).toEqual([]);
  return doc.toJS() as Record<string, any>;
}

const action = yaml('action.yml');
const inputNames = Object.keys(action.inputs);

/** Every input name the source reads through ActionsIo.input / inputList. */
function inputsReadByCode(): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(join(ROOT, 'src/action'))) {
    for (const m of read(`src/action/${f}`).matchAll(/\b(?:input|inputList|oneOf|number|limit)\(io, '([a-z-]+)'(?:, '([a-z-]+)')?/g)) {
      names.add(m[1]!);
      if (m[2]) names.add(m[2]);
    }
    for (const m of read(`src/action/${f}`).matchAll(/io\.input(?:List)?\('([a-z-]+)'/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

describe('action.yml', () => {
  it('runs dist/index.js on node20 and declares exactly the inputs the code reads', () => {
    expect(action.runs).toEqual({ using: 'node20', main: 'dist/index.js' });
    expect(inputsReadByCode()).toEqual([...inputNames].sort());
    for (const name of inputNames) expect(name, name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(action.inputs.models.default).toBe('**/*.onnx\n**/*.layers.json\n');
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['report-json', 'comment-body', 'delta-joules', 'over-budget']));
  });

  it('sets every output it declares', () => {
    const run = read('src/action/run.ts');
    for (const name of Object.keys(action.outputs)) expect(run, name).toContain(`setOutput('${name}'`);
  });
});

describe('copyable workflows', () => {
  const files = readdirSync(join(ROOT, 'docs/workflows')).filter((f) => f.endsWith('.yml'));

  it('are the four documented ones and use only declared inputs of the action', () => {
    expect(files.sort()).toEqual(['measure-gpu.yml', 'pr-diff.yml', 'recalibrate.yml', 'relay-comment.yml']);
    for (const f of files) {
      const wf = yaml(`docs/workflows/${f}`);
      for (const job of Object.values(wf.jobs) as { steps: { uses?: string; with?: Record<string, unknown> }[] }[]) {
        for (const step of job.steps) {
          if (!step.uses?.startsWith('energy-diff/energy-diff')) continue;
          for (const key of Object.keys(step.with ?? {})) expect(inputNames, `${f}: ${key}`).toContain(key);
        }
      }
    }
  });

  it('the relay never checks out or runs pull request code, and its script parses', () => {
    const wf = yaml('docs/workflows/relay-comment.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_run']);
    const steps = wf.jobs.relay.steps as { uses?: string; run?: string; with?: Record<string, string> }[];
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(steps.some((s) => s.run !== undefined)).toBe(false);
    const script = steps.find((s) => s.uses?.startsWith('actions/github-script'))!.with!.script!;
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => unknown;
    expect(() => new AsyncFunction('require', 'core', 'github', 'context', script)).not.toThrow();
    expect(script).toContain('relay.headSha !== process.env.RUN_HEAD_SHA');
  });

  it('the PR diff runs with a read-only-safe trigger and uploads the relay artifact', () => {
    const wf = yaml('docs/workflows/pr-diff.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'merge_group']);
    const upload = wf.jobs.energy.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload.with.name).toBe(yaml('docs/workflows/relay-comment.yml').jobs.relay.steps[0].with.name);
  });

  it('measured epochs are label-gated on a self-hosted GPU runner without pull_request_target', () => {
    const wf = yaml('docs/workflows/measure-gpu.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.jobs.measure.if).toContain("'energy-measure'");
    expect(wf.jobs.measure['runs-on']).toEqual(expect.arrayContaining(['self-hosted', 'gpu']));
  });
});

describe('docs/action.md', () => {
  const doc = read('docs/action.md');

  it('documents every input and output of action.yml', () => {
    for (const name of inputNames) expect(doc, name).toMatch(new RegExp('(\\| |, )`' + name + '`'));
    for (const name of Object.keys(action.outputs)) expect(doc, name).toContain(`| \`${name}\` |`);
  });

  it('shows a rendered comment that starts with the sticky marker and the verdict headline', () => {
    const example = /````markdown\n([\s\S]*?)\n````/.exec(doc)?.[1] ?? '';
    expect(example).toMatch(/^<!-- energy-diff:sticky key=default head=[0-9a-f]{40} at=2026-11-30T16:00:00Z -->\n### ⚡ energy-diff: /);
    expect(example).toContain('**Measured**');
    expect(example.length).toBeLessThan(65_536);
  });
});
