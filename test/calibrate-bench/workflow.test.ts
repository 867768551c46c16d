// docs/workflows/recalibrate.yml calls the real commands with options they accept, and its fit-statistics script
// turns two real profiles into the PR body table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { runMain } from '../helpers/cli.js';
import { specDevice } from '../../src/core/estimate/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const wf = parseDocument(readFileSync(join(repo, 'docs/workflows/recalibrate.yml'), 'utf8')).toJS() as {
  env: Record<string, string>;
  jobs: { recalibrate: { 'runs-on': string[]; steps: { name?: string; run?: string; uses?: string; with?: Record<string, string> }[] } };
};
const steps = wf.jobs.recalibrate.steps;
const runs = steps.map((s) => s.run ?? '').join('\n');

async function help(args: string[]): Promise<string> {
  return (await runMain(args, {}, repo)).stdout;
}

/** The options an `npx energy-diff calibrate <sub>` command line (with its continuation lines) passes. */
function optionsOf(sub: string): string[] {
  const m = new RegExp(`npx energy-diff calibrate ${sub}((?:[^\\n]*\\\\\\n)*[^\\n]*)`).exec(runs);
  expect(m, sub).not.toBeNull();
  return [...m![1]!.matchAll(/(--[a-z-]+)/g)].map((x) => x[1]!);
}

describe('docs/workflows/recalibrate.yml', () => {
  it('measures on the self-hosted GPU runner, then fits with the roofline method on a known spec device', async () => {
    expect(wf.jobs.recalibrate['runs-on']).toEqual(expect.arrayContaining(['self-hosted', 'gpu']));
    expect(runs).toMatch(/calibrate bench --device cuda --meter nvml/);
    expect(runs).toMatch(/calibrate fit --method roofline/);
    expect(specDevice(wf.env.SPEC_DEVICE!)).toBeDefined();
    expect(optionsOf('bench')).toEqual(['--device', '--meter', '--window-seconds', '--out', '--batch', '--batch']);
    expect(optionsOf('fit')).toEqual(['--method', '--data', '--id', '--device', '--fit-date', '--out']);
    const benchHelp = await help(['calibrate', 'bench', '--help']);
    for (const o of optionsOf('bench')) expect(benchHelp, o).toContain(`${o} `);
    const fitHelp = await help(['calibrate', 'fit', '--help']);
    for (const o of optionsOf('fit')) expect(fitHelp, o).toContain(o);
    const pr = steps.find((s) => s.uses?.startsWith('peter-evans/create-pull-request'))!;
    expect(pr.with!['add-paths']).toContain('hardware-profiles/${{ env.PROFILE_ID }}.json');
    expect(pr.with!['body-path']).toBe('${{ runner.temp }}/pr-body.md');
  });

  it("its fit-statistics script writes the previous-vs-refit table from two real profiles, or from none", () => {
    const run = steps.find((s) => s.name === 'Fit statistics, previous vs refit')!.run!;
    const script = /node --input-type=module -e '([\s\S]*?)'\s/.exec(run)![1]!;
    const dir = mkdtempSync(join(tmpdir(), 'energy-diff-wf-'));
    const table = (prev: string, next: string): string => {
      const out = join(dir, 'body.md');
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, prev, next, out], { encoding: 'utf8', env: { ...process.env, PROFILE_ID: 'my-gpu' } });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    };
    const h100 = join(repo, 'hardware-profiles/h100-sxm.json');
    const profile = JSON.parse(readFileSync(h100, 'utf8')) as { fitDate: string; fit: { perFamily: Record<string, { rows: number; heldOutR2: number }> }; uncertainty: { low: number; high: number } };
    const body = table(h100, h100);
    expect(body).toContain(`| fit date | ${profile.fitDate} | ${profile.fitDate} |`);
    expect(body).toContain(`| uncertainty band | x${profile.uncertainty.low}..x${profile.uncertainty.high} | x${profile.uncertainty.low}..x${profile.uncertainty.high} |`);
    const [family, stats] = Object.entries(profile.fit.perFamily)[0]!;
    expect(body).toContain(`| ${family} | ${stats.rows} → ${stats.rows} | ${stats.heldOutR2.toFixed(3)} → ${stats.heldOutR2.toFixed(3)} |`);
    expect(body).toContain('calibration/my-gpu-layers.jsonl');
    // The first run has no previous profile.
    writeFileSync(join(dir, 'none.json'), '{}');
    expect(table(join(dir, 'none.json'), h100)).toContain(`| ${family} | – → ${stats.rows} | – → ${stats.heldOutR2.toFixed(3)} |`);
  });
});
