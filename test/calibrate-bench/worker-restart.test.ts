// A worker that dies mid-config (the OOM killer, a crash inside a layer) costs that config only: the loop starts a
// new worker and goes on; several deaths in a row stop the run with the worker's own last words.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LayerBenchWorker } from '../../src/adapters/layer-bench.js';
import { runBench } from '../../src/adapters/layer-bench-run.js';
import { createRaplMeter } from '../../src/adapters/meters/index.js';
import { parsePlan, readMeasurementJsonl } from '../../src/core/calibrate/index.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = join(repo, 'test/calibrate-bench/fixtures/dying-worker.py');
const CLOCK = join(repo, 'test/calibrate-bench/fixtures/powercap-clock.py');

const tempOut = () => join(mkdtempSync(join(tmpdir(), 'energy-diff-restart-')), 'm.jsonl');

async function bench(ops: string[], dieOn: string, out: string) {
  const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 262143328850, energyUj: 0, maxPowerUw: 100_000_000 }]);
  const clock = spawn('/usr/bin/python3', [CLOCK, join(tree.root, 'intel-rapl:0'), '30', '0.02'], { stdio: 'ignore' });
  let current: LayerBenchWorker | undefined;
  const start = async () => (current = await LayerBenchWorker.start({ python: '/usr/bin/python3', script: WORKER, device: 'cpu', env: { ...process.env, DIE_ON: dieOn }, cwd: repo }));
  let restarts = 0;
  const log: string[] = [];
  try {
    const result = await runBench({
      entries: parsePlan(ops.map((op, i) => ({ op, config: { elements: 100 + i } })), 'plan.json'),
      worker: await start(), restartWorker: () => (restarts++, start()),
      meter: createRaplMeter({ root: tree.root }), outPath: out, windowSeconds: 0.05, idleSeconds: 0.1, warmup: 1, device: { name: 'fake' }, log: (l) => log.push(l),
    });
    return { result, restarts, log, lines: readMeasurementJsonl(readFileSync(out, 'utf8'), out) };
  } finally {
    clock.kill();
    await current?.close();
  }
}

describe('calibrate bench when the worker dies', () => {
  it('skips the config that killed it, starts a new worker and measures the rest', async () => {
    const { result, restarts, log, lines } = await bench(['ReLU', 'Tanh', 'Sigmoid', 'GELU'], 'Tanh', tempOut());
    expect(lines.map((m) => m.op)).toEqual(['ReLU', 'Sigmoid', 'GELU']);
    expect(restarts).toBe(1);
    expect(result.skipped.map((s) => [s.entry.op, s.reason])).toEqual([['Tanh', expect.stringMatching(/exited \(9\): fatal: Tanh crashed/)]]);
    expect(log.some((l) => /Tanh .*skipped: .*starting a new worker/.test(l))).toBe(true);
  }, 20000);

  it('stops after three deaths in a row, keeping what it measured', async () => {
    const out = tempOut();
    await expect(bench(['ReLU', 'Tanh', 'Sigmoid', 'GELU'], 'Tanh,Sigmoid,GELU', out)).rejects.toThrow(/exited \(9\): fatal: GELU crashed/);
    expect(readMeasurementJsonl(readFileSync(out, 'utf8'), out).map((m) => m.op)).toEqual(['ReLU']);
  }, 20000);
});
