// `energy-diff extrapolate` on the three input formats, written from a real H100 trace (resnet18, 15 epochs).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { MEASUREMENT_SCHEMA } from '../../src/core/measure/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const trace = JSON.parse(readFileSync(join(repo, 'data/h100/traces_dev.jsonl'), 'utf8').split('\n')[0]!) as {
  model: string;
  epochs: { epoch: number; joules: number; seconds: number }[];
};
const first15 = trace.epochs.slice(0, 15);
const dir = mkdtempSync(join(tmpdir(), 'energy-diff-extrapolate-'));

async function run(args: string[]) {
  return runMain(['extrapolate', ...args], {}, dir);
}

function measurementFile(): string {
  let t = 0;
  const epochs = first15.map((e) => {
    const startS = t;
    t += e.seconds;
    return { epoch: e.epoch, startS, endS: t, seconds: e.seconds, joules: e.joules, meanPowerW: e.joules / e.seconds, joulesByDomain: { 'nvml:gpu0': e.joules } };
  });
  const total = epochs.reduce((a, e) => a + e.joules, 0);
  const m = {
    schema: MEASUREMENT_SCHEMA, command: ['python', 'train.py'], startTime: '2026-01-01T00:00:00.000Z', endTime: null, status: 'stopped', exitCode: null, signal: 'SIGINT',
    epochsRequested: 15, plannedEpochs: 30, host: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'x', cpus: 1 }, meters: [], epochs,
    total: { seconds: t, joules: total, meanPowerW: total / t, joulesByDomain: { 'nvml:gpu0': total } }, warnings: [],
  };
  const path = join(dir, 'measurement.json');
  writeFileSync(path, JSON.stringify(m));
  return path;
}

describe('energy-diff extrapolate', () => {
  it('gives the same prediction from CSV, JSON lines and a measurement file', async () => {
    writeFileSync(join(dir, 'epochs.csv'), ['epoch,joules,seconds', ...first15.map((e) => `${e.epoch},${e.joules},${e.seconds}`)].join('\n'));
    writeFileSync(join(dir, 'epochs.jsonl'), first15.map((e) => JSON.stringify({ epoch: e.epoch, joules: e.joules, seconds: e.seconds, loss: 1 })).join('\n'));
    const measurement = measurementFile();
    const outputs = [];
    for (const args of [['epochs.csv', '--total-epochs', '30'], ['epochs.jsonl', '--total-epochs', '30'], [measurement]]) {
      const r = await run([...args, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      outputs.push(JSON.parse(r.stdout));
    }
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
    const truth = trace.epochs.reduce((a, e) => a + e.joules, 0);
    expect(outputs[0]).toMatchObject({ schema: 'energy-diff/extrapolate@1', observedEpochs: 15, totalEpochs: 30, stableEpoch: 1 });
    expect(Math.abs(outputs[0].predictedJ - truth) / truth).toBeLessThan(0.02);
    expect(outputs[0].predictedJLow).toBeLessThan(outputs[0].predictedJ);
    expect(outputs[0].methods['first-epoch']).toBeCloseTo(first15[0]!.joules * 30, 6);
  });

  it('renders text and Markdown with every method', async () => {
    const text = await run(['epochs.csv', '--total-epochs', '30']);
    expect(text.stdout).toMatch(/^Predicted [\d.]+ kJ for 30 epochs/);
    expect(text.stdout).toContain('first epoch x total epochs');
    const md = await run(['epochs.csv', '--total-epochs', '30', '--format', 'markdown']);
    expect(md.stdout).toContain('| STEP epoch energy (fixed window 10-14) |');
  });

  it('explains what is missing or malformed', async () => {
    expect((await run(['epochs.csv'])).stderr).toMatch(/--total-epochs N is required/);
    writeFileSync(join(dir, 'bad.csv'), 'epoch,energy\n0,1\n');
    expect((await run(['bad.csv', '--total-epochs', '3'])).stderr).toMatch(/bad\.csv: line 1: CSV needs a header with joules and seconds/);
    writeFileSync(join(dir, 'bad.jsonl'), '{"epoch":0,"joules":1,"seconds":1}\n{"epoch":1,"joules":"x","seconds":1}\n');
    expect((await run(['bad.jsonl', '--total-epochs', '3'])).stderr).toMatch(/bad\.jsonl: line 2: expected numeric epoch/);
    expect((await run(['missing.csv', '--total-epochs', '3'])).stderr).toMatch(/cannot read/);
  });
});
