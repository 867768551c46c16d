// Non-physical numbers in a hardware profile (a user's edited copy, or one a pull request adds) are refused
// when the profile is loaded, with E_PROFILE_FIELD naming the profile file and the JSON path: never an estimate
// of NaN J or 1e305 J.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';

const SHIPPED = resolve('hardware-profiles');
const MODEL = resolve('models/sample-cnn.onnx');
type Json = Record<string, any>;

function shipped(id: string): Json {
  return JSON.parse(readFileSync(join(SHIPPED, `${id}.json`), 'utf8')) as Json;
}

/** Writes an edited copy of a shipped profile as my-<id>.json; returns its path. */
function editedCopy(id: string, edit: (p: Json) => void, raw?: (text: string) => string): string {
  const p = shipped(id);
  edit(p);
  const dir = mkdtempSync(join(tmpdir(), 'ed-profile-'));
  const file = join(dir, `my-${id}.json`);
  const text = JSON.stringify(p, null, 2);
  writeFileSync(file, raw ? raw(text) : text);
  return file;
}

async function estimateWith(profile: string) {
  return runMain(['estimate', MODEL, '--profile', profile, '--format', 'json'], {}, '/');
}

describe('a profile with non-physical numbers is refused at load, naming the file and the field', () => {
  it('the unedited copy estimates (the control case)', async () => {
    const r = await estimateWith(editedCopy('h100-sxm', () => {}));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).totals.energyJ).toBeGreaterThan(0);
  });

  it.each([
    ['a subnormal roof', 'h100-sxm', (p: Json) => { p.predictor.inference.conv.flopsPerS = 1e-320; }, '$.predictor.inference.conv.flopsPerS', /not a physical magnitude/],
    ['an idle power of 1e308', 'h100-sxm', (p: Json) => { p.device.idlePowerW = 1e308; }, '$.device.idlePowerW', /not a physical magnitude/],
    ['an idle power above TDP', 'h100-sxm', (p: Json) => { p.device.idlePowerW = 800; }, '$.device.idlePowerW', /below the TDP/],
    ['a negative TDP', 'h100-sxm', (p: Json) => { p.device.tdpW = -700; }, '$.device.tdpW', /positive/],
    ['a compute roof above the datasheet peak', 'h100-sxm', (p: Json) => { p.predictor.inference.gemm.flopsPerS = 5e15; }, '$.predictor.inference.gemm.flopsPerS', /above the device's peak FLOP\/s/],
    ['a memory roof above the bandwidth', 'h100-sxm', (p: Json) => { p.predictor.train.conv.bytesPerS = 4e12; }, '$.predictor.train.conv.bytesPerS', /above the device's memory bandwidth/],
    ['a p-norm sharpness near 0', 'h100-sxm', (p: Json) => { p.predictor.inference.conv.sharpness = 1e-9; }, '$.predictor.inference.conv.sharpness', />= 0.5/],
    ['a peak of 10^25 FLOP/s', 'h100-sxm', (p: Json) => { p.device.peakFlopsPerS.fp16 = 1e25; }, '$.device.peakFlopsPerS.fp16', /expected a number <= 10000000000000000000/],
    ['a band of x0', 'h100-sxm', (p: Json) => { p.uncertainty.low = 0; }, '$.uncertainty.low', /positive/],
    ['an unknown predictor kind', 'h100-sxm', (p: Json) => { p.predictor.kind = 'magic-v9'; }, '$.predictor.kind', /unknown predictor kind "magic-v9"/],
    ['a pipeline without coefficients', 'xeon-gold-5120-getzner', (p: Json) => { delete p.predictor.modules.Conv2d.linear.coef; }, '$.predictor.modules.Conv2d.linear.coef', /expected an array/],
    ['a pipeline whose scaler is too short', 'xeon-gold-5120-getzner', (p: Json) => { p.predictor.modules.MaxPool2d.standardize.mean.pop(); }, '$.predictor.modules.MaxPool2d.standardize.mean', /expected 91 numbers, got 90/],
    ['a pipeline reading a feature named constructor', 'xeon-gold-5120-getzner', (p: Json) => { p.predictor.modules.Sigmoid.inputs[0] = 'constructor'; }, '$.predictor.modules.Sigmoid.inputs', /Sigmoid has no feature "constructor"/],
    ['a train-step factor of 1e-300', 'xeon-gold-5120-getzner', (p: Json) => { p.predictor.trainStepFactor = 1e-300; }, '$.predictor.trainStepFactor', /not a physical magnitude/],
  ] as [string, string, (p: Json) => void, string, RegExp][])('%s', async (_name, id, edit, jsonPath, message) => {
    const file = editedCopy(id, edit);
    const r = await estimateWith(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}: ${jsonPath}: `);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\[E_PROFILE_FIELD\]/);
  });

  it('a JSON number too large for a double (1e400 reads as Infinity) is refused where it is', async () => {
    const file = editedCopy('h100-sxm', (p) => { p.fit.wholeModel.maxApe = 123456; }, (t) => t.replace('123456', '1e400'));
    const r = await estimateWith(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: $.fit.wholeModel.maxApe: expected a finite number, got number Infinity`);
  });

  it('invalid JSON names the file and the line, not only the id', async () => {
    const file = editedCopy('h100-sxm', () => {}, (t) => t.replace('"tdpW": 700', '"tdpW": 700,,'));
    const r = await estimateWith(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON at line \\d+, column \\d+`));
    expect(r.stderr).toMatch(/\[E_PROFILE_JSON\]/);
  });
});
