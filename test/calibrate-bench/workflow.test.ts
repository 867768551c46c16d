// docs/workflows/recalibrate.yml calls the real commands (through the cli sub-action) with options they accept, and its fit-statistics script
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

async function help(args: string[]): Promise<string> {
  return (await runMain(args, {}, repo)).stdout;
}

/** The argument vector of the step that runs `energy-diff calibrate <sub>` through the cli sub-action (one per line). */
function argvOf(sub: string): string[] {
  const step = steps.find((s) => s.uses?.startsWith('energy-diff/energy-diff/cli@') && s.with?.args?.startsWith(`calibrate\n${sub}\n`));
  expect(step, sub).toBeDefined();
  return step!.with!.args!.split('\n').map((l) => l.trim()).filter(Boolean);
}

const optionsOf = (sub: string) => argvOf(sub).filter((a) => a.startsWith('--'));

describe('docs/workflows/recalibrate.yml', () => {
  it('measures on the self-hosted GPU runner, then fits with the roofline method on a known spec device', async () => {
    expect(wf.jobs.recalibrate['runs-on']).toEqual(expect.arrayContaining(['self-hosted', 'gpu']));
    expect(argvOf('bench').slice(0, 6)).toEqual(['calibrate', 'bench', '--device', 'cuda', '--meter', 'nvml']);
    expect(argvOf('fit').slice(0, 4)).toEqual(['calibrate', 'fit', '--method', 'roofline']);
    // The models to measure come, one per line, from the step that globs them.
    expect(argvOf('bench').at(-1)).toBe('${{ steps.models.outputs.files }}');
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
