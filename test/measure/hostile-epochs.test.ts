// `energy-diff measure` never loses epochs (issue 8 item 7): bad epoch lines are skipped with a warning while
// metering goes on, lines and nesting are bounded, the run ends when the command exits (a grandchild holding
// stdout does not keep it going, and is stopped), and a journal keeps the epochs of a run energy-diff could
// not finish. The training commands are small Node scripts against a fake powercap tree.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIo, runMain } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import { validateMeasurement, type Measurement } from '../../src/core/measure/index.js';
import { makePowercap } from '../meters/fake-powercap.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

function setup(script: string) {
  const tree = makePowercap([{ dir: 'intel-rapl:0', name: 'package-0', maxRangeUj: 262_143_328_850, energyUj: 1000, maxPowerUw: 100_000_000 }]);
  const dir = mkdtempSync(join(tmpdir(), 'energy-diff-hostile-measure-'));
  const train = join(dir, 'train.mjs');
  // Helpers for the scripts: epoch(k, extra) appends an epoch line; energy(j) advances the fake counter.
  writeFileSync(
    train,
    `import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
const file = process.env.ENERGY_DIFF_EPOCH_FILE;
const counter = ${JSON.stringify(join(tree.root, 'intel-rapl:0', 'energy_uj'))};
// Replaced atomically, as sysfs reads are: a read between truncate and write would look like a counter wrap.
const energy = (j) => {
  writeFileSync(counter + '.tmp', String(Number(readFileSync(counter, 'utf8')) + Math.round(j * 1e6)));
  renameSync(counter + '.tmp', counter);
};
const epoch = (k, extra = '') => appendFileSync(file, '{"epoch":' + k + extra + '}\\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
${script}`,
  );
  return { env: { ...process.env, ENERGY_DIFF_POWERCAP_ROOT: tree.root }, out: join(dir, 'measurement.json'), train, dir };
}

/** No such process, or a zombie waiting for a reaper (in a container PID 1 may never reap it). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').startsWith('Z');
  } catch {
    return true;
  }
}

const read = (path: string): Measurement => validateMeasurement(JSON.parse(readFileSync(path, 'utf8')), path);

async function measure(s: ReturnType<typeof setup>, extra: string[] = []) {
  return runMain(['measure', '--meter', 'rapl', '--out', s.out, ...extra, '--', process.execPath, s.train], s.env, s.dir);
}

describe('measure: bad epoch lines are skipped, metering goes on', () => {
  it('goes on metering past a 5,000-deep nested field (that line is skipped)', async () => {
    const s = setup(`
for (let k = 0; k < 6; k++) {
  energy(10 + k); await sleep(20);
  epoch(k, k === 2 ? ',"deep":' + '['.repeat(5000) + ']'.repeat(5000) : '');
}`);
    const r = await measure(s);
    expect(r.code, r.stderr).toBe(0);
    const m = read(s.out);
    expect(m.status).toBe('completed');
    // The deep line is the epoch-2 boundary: it is skipped, so epoch 2's energy lands in epoch 3.
    expect(m.epochs.map((e) => e.epoch)).toEqual([0, 1, 3, 4, 5]);
    expect(m.total.joules).toBeCloseTo(10 + 11 + 12 + 13 + 14 + 15, 6);
    expect(m.warnings.join('\n')).toMatch(/ignored epoch-file line: fields nested deeper than 16 levels/);
    expect(existsSync(`${s.out}.journal`)).toBe(false);
  });

  it('drops a 100 MB epoch-file line without holding it, and reads the epochs after it', async () => {
    const s = setup(`
epoch(0); epoch(1);
const junk = 'x'.repeat(1 << 20);
for (let i = 0; i < 100; i++) appendFileSync(file, junk);
await sleep(200);
appendFileSync(file, '\\n');
epoch(2); epoch(3);`);
    const r = await measure(s);
    expect(r.code, r.stderr).toBe(0);
    const m = read(s.out);
    expect(m.epochs.map((e) => e.epoch)).toEqual([0, 1, 2, 3]);
    expect(m.warnings.join('\n')).toMatch(/ignored 1 epoch-file line\(s\) longer than 16384 characters/);
  }, 60_000);

  it('passes a 100 MB stdout line through and still sees the markers after it', async () => {
    const s = setup(`
const junk = 'y'.repeat(1 << 20);
const write = (t) => new Promise((r) => process.stdout.write(t, r));
await write('ENERGY_DIFF_EPOCH_END 0\\n');
for (let i = 0; i < 100; i++) await write(junk);
await write('\\nENERGY_DIFF_EPOCH_END 1\\nENERGY_DIFF_EPOCH_END 2\\n');`);
    let bytes = 0;
    const io = { ...captureIo(s.dir, s.env), stdout: { write: (c: string) => (bytes += c.length) } };
    const code = await main(['measure', '--meter', 'rapl', '--out', s.out, '--', process.execPath, s.train], io);
    expect(code, io.err).toBe(0);
    expect(bytes).toBeGreaterThan(100 * (1 << 20));
    expect(read(s.out).epochs.map((e) => e.epoch)).toEqual([0, 1, 2]);
  }, 60_000);

  it('refuses an epoch number beyond the safe integers instead of writing null', async () => {
    const s = setup(`epoch(0); epoch(1e300); appendFileSync(file, '{"epoch": 9${'9'.repeat(30)}}\\n'); epoch(2);`);
    const r = await measure(s);
    expect(r.code, r.stderr).toBe(0);
    expect(read(s.out).epochs.map((e) => e.epoch)).toEqual([0, 2]);
  });
});

describe('measure: the command, not its grandchildren, ends the run', () => {
  it('ends when the command exits although a grandchild keeps stdout open, and stops the grandchild', async () => {
    const s = setup(`
import { spawn } from 'node:child_process';
const g = spawn('sleep', ['30'], { stdio: ['ignore', 'inherit', 'inherit'] });
writeFileSync(${JSON.stringify('GRANDCHILD')}, String(g.pid));
epoch(0); epoch(1);
process.exit(0);`);
    const started = Date.now();
    const r = await measure(s);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(read(s.out)).toMatchObject({ status: 'completed', exitCode: 0 });
    expect(read(s.out).epochs).toHaveLength(2);
    const pid = Number(readFileSync(join(s.dir, 'GRANDCHILD'), 'utf8'));
    expect(gone(pid)).toBe(true);
  }, 30_000);
});

describe('measure: a journal keeps what was metered', () => {
  it('records 4,000 fast epochs, every one of them, and removes the journal at the end', async () => {
    const s = setup(`for (let k = 0; k < 4000; k++) epoch(k);`);
    const r = await measure(s);
    expect(r.code, r.stderr).toBe(0);
    const m = read(s.out);
    expect(m.epochs).toHaveLength(4000);
    expect(m.epochs[3999]!.epoch).toBe(3999);
    expect(existsSync(`${s.out}.journal`)).toBe(false);
  }, 60_000);

  it('leaves a journal when energy-diff is killed, and extrapolate recovers its epochs', async () => {
    const s = setup(`writeFileSync(process.env.TRAIN_PID_FILE, String(process.pid)); for (let k = 0; k < 200; k++) { energy(5); await sleep(60); epoch(k); }`);
    const cli = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/cli.ts'), 'measure', '--meter', 'rapl', '--out', s.out, '--', process.execPath, s.train], {
      cwd: repo, env: { ...s.env, TRAIN_PID_FILE: join(s.dir, 'TRAIN_PID') }, stdio: 'ignore',
    });
    const exited = new Promise((r) => cli.on('close', r));
    const journal = `${s.out}.journal`;
    const lines = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').filter(Boolean).length : 0);
    // The file is rewritten whole at 1, 2, 4, 8... epochs; kill between two rewrites (5 to 7 journaled).
    for (let i = 0; i < 800 && lines() < 5; i++) await new Promise((r) => setTimeout(r, 10));
    cli.kill('SIGKILL');
    await exited;
    const journaled = lines();
    expect(journaled).toBeGreaterThanOrEqual(5);
    const left = read(s.out);
    expect(left.status).toBe('running');
    expect(left.epochs.length).toBeLessThan(journaled);
    const r = await runMain(['extrapolate', s.out, '--total-epochs', '200', '--format', 'json'], {}, s.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/was left running; \d+ more epoch\(s\) read from .*measurement\.json\.journal/);
    expect(JSON.parse(r.stdout).observedEpochs).toBeGreaterThanOrEqual(journaled);
    // The training command (its own process group) outlives a SIGKILLed energy-diff: stop it here.
    process.kill(-Number(readFileSync(join(s.dir, 'TRAIN_PID'), 'utf8')), 'SIGKILL');
  }, 30_000);
});
