// `energy-diff extrapolate` reads numbers strictly (issue 8 item 6): every malformed input is one clean error
// naming the file and the CSV line and column or the JSON path, never a coerced value or a stack.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';
import { MEASUREMENT_SCHEMA } from '../../src/core/measure/index.js';

const dir = mkdtempSync(join(tmpdir(), 'energy-diff-strict-'));
const GOOD: [number, number, number][] = [[0, 900, 10], [1, 100, 1], [2, 101, 1], [3, 99, 1], [4, 100, 1], [5, 102, 1]];

async function extrapolate(name: string, text: string, total: number | string = 10) {
  writeFileSync(join(dir, name), text);
  return runMain(['extrapolate', name, '--total-epochs', String(total), '--format', 'json'], {}, dir);
}

function csv(rows: readonly (readonly (string | number)[])[], header = 'epoch,joules,seconds'): string {
  return [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

/** One clean error: exit 1, one line with the file, the place and the code, no stack. */
function expectError(r: { code: number; stdout: string; stderr: string }, place: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(place);
  expect(r.stderr).toMatch(/\[E_[A-Z_]+\]\n$/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('extrapolate: strict CSV cells', () => {
  it.each([
    ['blank', '', /joules is blank/],
    ['hex', '0x10', /joules must be a decimal number, got "0x10"/],
    ['quoted text', '"ab"', /joules must be a decimal number, got "ab"/],
    ['true', 'true', /got "true"/],
    ['null', 'null', /got "null"/],
    ['infinite', '1e400', /out of range/],
    ['thousands', '1 000', /decimal number/],
  ])('refuses a %s joules cell with its line and column', async (_, cell, message) => {
    const rows: (string | number)[][] = GOOD.map((r) => [...r]);
    rows[3]![1] = cell;
    const r = await extrapolate('cell.csv', csv(rows));
    expectError(r, /cell\.csv: line 5 column 2 \(joules\): /);
    expect(r.stderr).toMatch(message);
  });

  it('reads an RFC 4180 quoted number, and a decimal comma is a column count error, not a shift', async () => {
    const quoted = GOOD.map((r, i) => (i === 2 ? [r[0], `"${r[1]}"`, r[2]] : r));
    expect((await extrapolate('quoted.csv', csv(quoted))).code).toBe(0);
    const comma = GOOD.map((r, i) => (i === 2 ? [r[0], '101,5', r[2]] : r));
    expectError(await extrapolate('comma.csv', csv(comma)), /comma\.csv: line 4: 4 cells, but the header has 3 columns \(a decimal comma\?/);
    const quotedComma = GOOD.map((r, i) => (i === 2 ? [r[0], '"101,5"', r[2]] : r));
    expectError(await extrapolate('qcomma.csv', csv(quotedComma)), /qcomma\.csv: line 4 column 2 \(joules\): joules must be a decimal number, got "101,5"/);
  });

  it('cuts a 20 MB header line to about 100 characters in the message', async () => {
    const r = await extrapolate('huge.csv', 'x'.repeat(20_000_000) + '\n1,2,3\n');
    expectError(r, /huge\.csv: line 1: CSV needs a header/);
    expect(r.stderr.length).toBeLessThan(400);
    expect(r.stderr).toContain('(20000000 characters)');
  });
});

describe('extrapolate: strict JSON values', () => {
  it.each([
    ['a string', '"12"', /joules must be a number, got the string "12"/],
    ['true', 'true', /joules must be a number, got true/],
    ['null', 'null', /joules must be a number, got null/],
    ['an object', '{"a":1}', /joules must be a number, got an object/],
    ['an overflowing literal', '1e999', /joules is out of range/],
  ])('refuses %s with its JSON path', async (_, value, message) => {
    const rows = GOOD.map(([epoch, joules, seconds]) => `{"epoch":${epoch},"joules":${epoch === 2 ? value : joules},"seconds":${seconds}}`);
    const array = await extrapolate('rows.json', `[${rows.join(',')}]`);
    expectError(array, /rows\.json: \$\[2\]\.joules: /);
    expect(array.stderr).toMatch(message);
    const lines = await extrapolate('rows.jsonl', rows.join('\n'));
    expectError(lines, /rows\.jsonl: line 3 \(\$\.joules\): /);
  });

  it('reports a truncated JSON array as JSON with its line and column, not as a CSV header problem', async () => {
    const text = JSON.stringify(GOOD.map(([epoch, joules, seconds]) => ({ epoch, joules, seconds })), null, 1);
    const r = await extrapolate('cut.json', text.slice(0, 60));
    expectError(r, /cut\.json: line \d+ column \d+: not valid JSON: it ends early/);
    expect(r.stderr).not.toMatch(/CSV/);
  });
});

describe('extrapolate: epochs', () => {
  it.each([
    ['unsorted', [0, 1, 3, 2, 4, 5], /line 5 column 1 \(epoch\)|line 5: epoch 2 comes after epoch 3/],
    ['duplicate', [0, 1, 2, 2, 4, 5], /line 5: epoch 2 appears twice \(also at line 4\)/],
    ['negative', [0, 1, -2, 3, 4, 5], /line 4 column 1 \(epoch\): epoch must be a non-negative integer, got -2/],
    ['non-integer', [0, 1, 2.5, 3, 4, 5], /line 4 column 1 \(epoch\): epoch must be a non-negative integer, got 2.5/],
  ])('refuses %s epochs', async (_, epochs, message) => {
    const r = await extrapolate('epochs.csv', csv(GOOD.map((row, i) => [epochs[i]!, row[1]!, row[2]!])));
    expectError(r, /epochs\.csv: /);
    expect(r.stderr).toMatch(message);
  });

  it('refuses shuffled rows instead of giving another prediction', async () => {
    const sorted = await extrapolate('sorted.csv', csv(GOOD));
    expect(sorted.code).toBe(0);
    const shuffled = [GOOD[0]!, GOOD[3]!, GOOD[1]!, GOOD[2]!, GOOD[5]!, GOOD[4]!];
    expectError(await extrapolate('shuffled.csv', csv(shuffled)), /shuffled\.csv: line 4: epoch 1 comes after epoch 3 .* sort the rows by epoch/);
  });

  it('refuses a shuffled measurement file (time order)', async () => {
    let t = 0;
    const epochs = GOOD.map(([epoch, joules, seconds]) => {
      const e = { epoch, startS: t, endS: t + seconds!, seconds, joules, meanPowerW: joules! / seconds!, joulesByDomain: { 'nvml:gpu0': joules } };
      t += seconds!;
      return e;
    });
    [epochs[2], epochs[3]] = [epochs[3]!, epochs[2]!];
    const m = {
      schema: MEASUREMENT_SCHEMA, command: ['python'], startTime: '2026-01-01T00:00:00.000Z', endTime: null, status: 'stopped', exitCode: null, signal: null,
      epochsRequested: null, plannedEpochs: 10, host: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'x', cpus: 1 }, meters: [], epochs,
      total: { seconds: t, joules: 1, meanPowerW: 1, joulesByDomain: {} }, warnings: [],
    };
    expectError(await extrapolate('m.json', JSON.stringify(m)), /m\.json: \$\.epochs\[3\]: the epoch starts .* epochs must be in time order \[E_MEASUREMENT\]/);
  });

  it('refuses more measured epochs than --total-epochs instead of dropping the extra ones', async () => {
    expectError(await extrapolate('six.csv', csv(GOOD), 4), /6 epochs were measured, more than the 4 total epochs of the run: .*\[E_EXTRAPOLATE_TOTAL\]/);
    expect((await extrapolate('six.csv', csv(GOOD), 6)).code).toBe(0);
  });

  it.each(['-3', '0', '2.5', '1e309', 'x'])('refuses --total-epochs %s with one E_ARG line', async (total) => {
    // '-3' reads as an option to node's parseArgs: its refusal is an argument error too, not a bare message.
    const r = await extrapolate('ok.csv', csv(GOOD), total);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/--total-epochs.*\[E_ARG\]\n$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses epochs that overflow the prediction rather than printing a null band', async () => {
    const rows = GOOD.map(([epoch, , seconds]) => [epoch!, '1e308', seconds!]);
    expectError(await extrapolate('big.csv', csv(rows), 100), /the prediction overflows to a non-finite number .* \[E_EXTRAPOLATE_RANGE\]/);
  });
});
