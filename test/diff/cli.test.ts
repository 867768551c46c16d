// `energy-diff diff` run in-process through the real dispatcher, on estimate JSON files written to a temp dir.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import type { ReportDiff } from '../../src/core/diff/index.js';
import { H100, cnn, report } from '../report/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'energy-diff-cli-'));
const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

async function run(args: string[]) {
  return runMain(['diff', ...args], {}, dir);
}

const base = write('base.json', report('models/cnn.onnx', H100, cnn(64)));
const head = write('head.json', [report('models/cnn.onnx', H100, cnn(96))]);
const moved = write('moved.json', report('elsewhere/cnn.onnx', H100, cnn(96)));

describe('energy-diff diff on estimate JSON', () => {
  it('prints the Markdown comment', async () => {
    const r = await run([base, head, '--base-sha', 'abcdef0123456789', '--head-sha', '0123456789abcdef']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('### ⚡ energy-diff: ✅ pass');
    expect(r.stdout).toContain('| models/cnn.onnx | h100-sxm | 508 µJ | 624 µJ | +116 µJ (+22.8%) |');
    expect(r.stdout).toContain('Base `abcdef0` → head `0123456`.');
  });

  it('prints the diff@1 JSON', async () => {
    const r = await run([base, head, '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as ReportDiff;
    expect(d.schema).toBe('energy-diff/diff@1');
    expect(d.models.map((m) => [m.path, m.status])).toEqual([['models/cnn.onnx', 'changed']]);
    expect(d.models[0]!.results[0]!.deltaMacs).toBe(115_605_504 / 2 + 100_352 + 100_352 + 32_000);
  });

  it('compares two single-model inputs as one model even when their paths differ', async () => {
    const r = await run([base, moved, '--format', 'json']);
    const d = JSON.parse(r.stdout) as ReportDiff;
    expect(d.models.map((m) => [m.path, m.status])).toEqual([['elsewhere/cnn.onnx', 'changed']]);
  });

  it('applies a YAML budget config and exits 1 when a budget fails', async () => {
    const budgets = write('budgets.yml', 'failOn: estimate\nbudgets:\n  - model: "models/*.onnx"\n    maxIncreasePct: { warn: 5, fail: 20 }\n');
    const r = await run([base, head, '--budget-config', budgets]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('### ⚡ energy-diff: ❌ fail');
    expect(r.stdout).toContain('- ❌ models/cnn.onnx on h100-sxm: increase +22.8% > +20.0% (fail budget)');
    const warnOnly = write('warn.yml', 'budgets:\n  - maxIncreasePct: { warn: 5 }\n');
    expect((await run([base, head, '--budget-config', warnOnly])).code).toBe(0);
  });

  it('filters JSON inputs by --profile and says when nothing is left', async () => {
    const r = await run([base, head, '--profile', 'xeon-spec']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no report for profile xeon-spec [E_DIFF_INPUT]');
  });

  it('names the file and JSON path of a broken input', async () => {
    const broken = report('m.onnx', H100, cnn());
    (broken.totals as { energyJ: unknown }).energyJ = 'lots';
    const r = await run([write('broken.json', broken), head]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'broken.json')}: $.totals.energyJ: expected a number [E_ESTIMATE_JSON]`);
    const bad = await run([base, head, '--budget-config', write('bad.yml', 'budgets:\n  - maxJ: { warn: -1 }\n')]);
    expect(bad.stderr).toContain('bad.yml: $.budgets[0].maxJ.warn: expected a non-negative number [E_BUDGET_CONFIG]');
    const notEstimate = await run([write('other.json', { hello: 1 }), head]);
    expect(notEstimate.stderr).toContain('[E_ESTIMATE_JSON]');
  });

  it('notes that model options do not apply to estimate JSON inputs', async () => {
    const r = await run([base, head, '--batch', '8']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('energy-diff diff: note: --batch ignored: estimate JSON inputs keep the batch, inputs, mode and workload they were estimated with\n');
  });

  it('prints usage on wrong arguments', async () => {
    const r = await run([base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: energy-diff diff <base> <head>');
    expect((await run(['--help'])).stdout).toContain('--budget-config FILE');
  });

  it('estimates model files through the pipeline when it is in the tree, and says so clearly when not', async () => {
    // Two real (tiny) ONNX models from the ONNX test data: same graph, so the diff is "unchanged".
    const onnx = '/usr/share/libonnx-testdata/data/pytorch-converted/test_Conv2d/model.onnx';
    if (!existsSync(onnx)) return;
    const pipeline = ['src/app/estimate-model.ts', 'src/adapters/load-model.ts', 'src/core/estimate/index.ts'].every((f) => existsSync(resolve(f)));
    const r = await run([onnx, onnx, '--format', 'json', '--profile', 'xeon-gold-5120']);
    if (pipeline) {
      expect(r.stderr).toBe('');
      const d = JSON.parse(r.stdout) as ReportDiff;
      expect(d.models.map((m) => m.status)).toEqual(['unchanged']);
    } else {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('model files cannot be estimated by this build (no model pipeline); pass two energy-diff/estimate@1 JSON files instead [E_DIFF_INPUT]');
    }
  });

  it('takes the estimate command\'s workload flags for model files: the same roll-ups, a workload section', async () => {
    const root = resolve(import.meta.dirname, '../..');
    const [narrow, wide] = ['models/sample-cnn.onnx', 'models/sample-cnn-wide.onnx'].map((f) => join(root, f)) as [string, string];
    const flags = ['--batch', '32', '--epochs', '4', '--train-samples', '5000', '--eval-samples', '1000', '--requests-per-month', '1000000', '--grid-gco2e-per-kwh', '300', '--price-per-kwh', '0.25'];
    const r = await run([narrow, wide, '--format', 'json', ...flags]);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout) as ReportDiff;
    const result = d.models[0]!.results[0]!;
    // `energy-diff estimate` with the same flags gives the same roll-up on each side.
    const estimateOf = async (file: string) => {
      const { stdout } = await runMain(['estimate', file, '--format', 'json', ...flags], {}, dir);
      return JSON.parse(stdout).workload;
    };
    expect(result.base!.workload).toEqual(await estimateOf(narrow));
    expect(result.head!.workload).toEqual(await estimateOf(wide));
    const run_ = result.workload!.trainingRun!;
    expect(run_.steps).toBe(4 * Math.ceil(5000 / 32));
    expect(run_.deltaJ).toBeGreaterThan(0);
    expect(Object.keys(run_.converted)).toEqual(['kWh', 'gCO2e', 'cost']);
    const md = await run([narrow, wide, ...flags]);
    expect(md.stdout).toContain('**Per training run / per month of serving**');
    expect(md.stdout).toMatch(/\| training run \(628 steps\) \|/);
    const half = await run([narrow, wide, '--epochs', '3']);
    expect(half.code).toBe(1);
    expect(half.stderr).toContain('a training run needs both --epochs and --train-samples [E_ARG]');
    expect((await run(['--help'])).stdout).toContain('--requests-per-month N');
  });
});
