// Item 9 of issue 8 and the report-boundary invariant: a missing RUNNER_TEMP is created (or replaced by the
// system temp folder) instead of an ENOENT mkdtemp stack; an error place names the byte its message names; a
// diff input of 1e308 J is refused before its difference can overflow; and nothing non-finite is ever written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeModelBytes } from '../../src/core/onnx/index.js';
import { assertFiniteReport, NonFiniteReportError } from '../../src/core/report/index.js';
import { EnergyDiffError } from '../../src/core/common/index.js';
import { thrownBy } from '../helpers/errors.js';
import { runMain } from '../helpers/cli.js';
import { Pb } from '../helpers/onnx-writer.js';
import { H100, cnn, report } from '../report/fixtures.js';
import { tinyCnn } from '../action/helpers/models.js';
import { cleanupRepos, runOn, twoCommits } from './action-run.js';

afterAll(cleanupRepos);

describe('RUNNER_TEMP that is missing or unusable', () => {
  it('a RUNNER_TEMP folder that does not exist is created; the report is written there', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16) });
    const missing = join(mkdtempSync(join(tmpdir(), 'ed-rt-')), 'gone', 'deeper');
    const res = await runOn(r.dir, headSha, baseSha, { RUNNER_TEMP: missing });
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).not.toMatch(/ENOENT|mkdtemp|\n\s+at /);
    expect(res.outputs).toContain(join(missing, 'energy-diff', 'default', 'report.json'));
    expect(res.report?.models[0]?.status).toBe('changed');
  });

  it('a RUNNER_TEMP that cannot be a folder (a file is there): a warning, the system temp folder instead', async () => {
    const { r, baseSha, headSha } = twoCommits({ 'm/a.onnx': tinyCnn(8) }, { 'm/a.onnx': tinyCnn(16) });
    const file = join(mkdtempSync(join(tmpdir(), 'ed-rt-')), 'not-a-dir');
    writeFileSync(file, 'x');
    const res = await runOn(r.dir, headSha, baseSha, { RUNNER_TEMP: file });
    expect(res.code, res.stdout).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^::warning::RUNNER_TEMP ${file} cannot be used \\((EEXIST|ENOTDIR)\\); writing to ${tmpdir()} instead$`, 'm'));
    expect(res.stdout).not.toMatch(/\n\s+at /);
    expect(res.outputs).toContain(join(tmpdir(), 'energy-diff', 'default', 'report.json'));
  });
});

describe('error places name the byte the message names', () => {
  it('a field a ModelProto does not have, 5066 bytes in: the place is byte 5066', () => {
    // ir_version, a producer name of 5061 bytes, then field 15 (not a ModelProto field) at byte 5066.
    const bytes = new Pb().varint(1, 8).string(2, 'p'.repeat(5061)).varint(15, 1).finish();
    const err = thrownBy(EnergyDiffError, () => decodeModelBytes(bytes, 'm.onnx'));
    expect(err.code).toBe('E_NOT_ONNX');
    expect(err.message).toContain('byte 5066 holds field 15');
    expect(err.place).toEqual({ file: 'm.onnx', byteOffset: 5066 });
  });

  it('a first field cut off by the end of the file: the place is where the reader stopped', () => {
    const bytes = new Uint8Array([0x08, 0xff, 0xff]);
    const err = thrownBy(EnergyDiffError, () => decodeModelBytes(bytes, 'm.onnx'));
    expect(err.code).toBe('E_NOT_ONNX');
    expect(err.place.byteOffset).toBe(1);
  });

  it('a problem of the whole file has no byte at all', () => {
    const bytes = new Pb().varint(1, 8).string(2, 'a producer name long enough').finish();
    const err = thrownBy(EnergyDiffError, () => decodeModelBytes(bytes, 'm.onnx'));
    expect(err.message).toMatch(/no graph/);
    expect(err.place).toEqual({ file: 'm.onnx' });
  });
});

describe('numbers at the report boundary', () => {
  it('assertFiniteReport names the first non-finite field', () => {
    expect(() => assertFiniteReport({ totals: [{ deltaJ: 1 }, { deltaJ: 2 }], ok: null })).not.toThrow();
    const err = thrownBy(NonFiniteReportError, () => assertFiniteReport({ models: [{ results: [{ head: { energyJ: NaN } }] }] }));
    expect(err.field).toBe('$.models[0].results[0].head.energyJ');
    expect(err.message).toMatch(/^internal error: the report has the non-finite number NaN at \$\.models\[0\]\.results\[0\]\.head\.energyJ; nothing was written$/);
  });

  it('diff of estimate JSON at 1e308 J: refused at the field, before base - head can overflow to Infinity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ed-diff-'));
    const huge = report('m.onnx', H100, cnn(64));
    huge.totals.energyJ = 1e308;
    huge.totals.energyJHigh = 1e308;
    writeFileSync(join(dir, 'base.json'), JSON.stringify(huge));
    writeFileSync(join(dir, 'head.json'), JSON.stringify(report('m.onnx', H100, cnn(64))));
    const r = await runMain(['diff', 'base.json', 'head.json', '--format', 'json'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('$.totals.energyJ: expected a number from 0 to 1e+30, got 1e+308 [E_ESTIMATE_JSON]');
  });
});
