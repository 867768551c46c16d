// The action's config (.github/energy-diff.yml) and inputs, run through the GitHub Action on a real pull
// request (a repository whose head widens a model): values mutated to extremes and other types, YAML alias
// bombs, undefined aliases, deep nesting, .inf/.nan, paths outside the workspace (/dev/zero, /etc/passwd,
// /proc/self/environ, symbolic links), and extreme action inputs. Export commands are never generated.
import { stringify } from 'yaml';
import type { FuzzCase } from '../case.js';
import { mutateJson } from '../json-mutate.js';
import type { Rng } from '../rng.js';

const BASE = {
  profiles: ['h100-sxm', 't4'],
  batch: 1,
  minChangePct: 0.5,
  gridIntensityGCO2ePerKWh: 350,
  models: [
    { path: 'models/m*.onnx', inputs: { input: '1x3x32x32' } },
    { path: 'models/*.layers.json', mode: 'train-step', workload: { trainingRun: { epochs: 30, trainSamples: 50000, batch: 128, evalSamples: 10000 }, serving: { requestsPerMonth: 1000000 } } },
  ],
  failOn: 'low',
  budgets: [
    { model: 'models/**', profile: 'h100-sxm', maxJ: { warn: 0.5, fail: 1.0 }, maxIncreasePct: { warn: 5, fail: 15 }, maxRunJ: { fail: 5.0e6 } },
    { total: true, maxJ: { warn: 2.0 } },
  ],
};

const KEYS = ['profiles', 'batch', 'minChangePct', 'gridIntensityGCO2ePerKWh', 'pricePerKWh', 'models', 'path', 'inputs', 'mode', 'workload', 'trainingRun', 'epochs', 'trainSamples', 'evalSamples', 'serving', 'requestsPerMonth', 'failOn', 'budgets', 'model', 'profile', 'total', 'maxJ', 'warn', 'fail', 'maxIncreasePct', 'maxRunJ', 'measurement', 'measuredProfile'];
const OUTSIDE = ['/dev/zero', '/etc/passwd', '/proc/self/environ', '../../../../../etc/passwd', 'link-to-passwd.json', 'models', '/', 'profile.json'];

function yamlText(r: Rng): { what: string; text: string; links?: Record<string, string>; files?: Record<string, string> } {
  const kind = r.weighted<string>([[8, 'values'], [1, 'bomb'], [1, 'alias'], [1, 'deep'], [2, 'special'], [2, 'paths'], [1, 'raw']]);
  if (kind === 'bomb') {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    return { what: 'YAML alias bomb', text: `${lines.join('\n')}\nprofiles: *i\n` };
  }
  if (kind === 'alias') return { what: 'undefined alias', text: `profiles: *nothing\nbatch: ${r.pick(['*x', '&a *a', '1'])}\n` };
  if (kind === 'deep') {
    const d = r.pick([1000, 100_000]);
    return { what: `${d}-deep flow sequence`, text: `profiles: ${'['.repeat(d)}${r.chance(0.5) ? ']'.repeat(d) : ''}\n` };
  }
  if (kind === 'special') {
    const key = r.pick(['minChangePct', 'batch', 'gridIntensityGCO2ePerKWh', 'budgets[0].maxJ.fail', 'budgets[0].maxIncreasePct.fail', 'models[1].workload.trainingRun.epochs']);
    const value = r.pick(['.inf', '-.inf', '.nan', '1e400', '-1e400', '1e300', '0x10', '0o17', '1_000', '~', '!!binary aGVsbG8=', '!!js/function "function(){}"', '1e-320', '99999999999999999999999']);
    const doc = stringify(BASE);
    const path = key.split(/[.[\]]+/).filter(Boolean);
    const last = path[path.length - 1]!;
    // Replace the first line with that key (close enough for a fuzz case).
    const re = new RegExp(`^(\\s*-?\\s*${last}:).*$`, 'm');
    return { what: `${key}: ${value}`, text: re.test(doc) ? doc.replace(re, `$1 ${value}`) : `${doc}${last}: ${value}\n` };
  }
  if (kind === 'paths') {
    const target = r.pick(OUTSIDE);
    const where = r.pick(['profiles', 'measurement']);
    const doc = structuredClone(BASE) as Record<string, unknown>;
    if (where === 'profiles') doc.profiles = [target];
    else (doc.models as Record<string, unknown>[])[0]!.measurement = target;
    return {
      what: `${where}: ${target}`,
      text: stringify(doc),
      links: { 'link-to-passwd.json': '/etc/passwd' },
      files: { 'profile.json': '{"schema": "energy-diff/profile@1", "id": "x"' },
    };
  }
  if (kind === 'raw') {
    const raw = r.pick(['', '---\n...\n', '- a\n- b\n', 'profiles: [h100-sxm\n', '\tprofiles: [t4]\n', 'profiles: [t4]\nprofiles: [l4]\n', 'x'.repeat(100_000), '{"profiles": ["t4"], "batch": 1}', '%YAML 9.9\n---\na: 1\n', 'budgets: !!set {a, b}\n']);
    return { what: `raw ${JSON.stringify(raw.slice(0, 30))}`, text: raw };
  }
  const m = mutateJson(r, JSON.stringify(BASE), KEYS);
  let text = m.text;
  try {
    text = r.chance(0.7) ? stringify(JSON.parse(m.text)) : m.text;
  } catch {
    // damaged JSON is still YAML-ish text: keep it as it is
  }
  return { what: m.what, text };
}

const INPUTS: [string, string[]][] = [
  ['min-change-pct', ['.inf', 'NaN', '-1', '1e400', '0', 'abc', '1e-320']],
  ['budget-fail-increase-pct', ['-5', '1e308', 'Infinity', '', '5%']],
  ['budget-warn-joules', ['0', '-1', '1e-320', '1e308']],
  ['budget-total-fail-joules', ['NaN', '7']],
  ['profiles', ['/dev/zero', '../../../etc/passwd', 'h100-sxm, t4', 'no-such-profile', '__proto__']],
  ['fail-on', ['low', 'high', 'never', '__proto__']],
  ['mode', ['gate', 'report', 'panic']],
  ['models', ['**/*', '/etc/*', '**/*.onnx\n../*']],
  ['measurement', ['/proc/self/environ', '**/*.json']],
];

export function configCase(r: Rng, _repo: string, seed: number, index: number): FuzzCase {
  const y = yamlText(r);
  const inputs: Record<string, string> = {};
  const whats = [y.what];
  if (r.chance(0.25)) {
    const [name, values] = r.pick(INPUTS);
    inputs[name] = r.pick(values);
    whats.push(`input ${name}=${JSON.stringify(inputs[name])}`);
  }
  return {
    family: 'config', seed, index, what: whats.join('; '), entry: 'action', argv: [],
    files: { '.github/energy-diff.yml': y.text, ...(y.files ?? {}) },
    ...(y.links ? { links: y.links } : {}),
    inputs,
    timeoutMs: 60_000,
  };
}
