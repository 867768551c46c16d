// Measurement files for `extrapolate`: real H100 epoch traces written as CSV, JSON lines, a JSON array or a
// measurement@1 file, then damaged (cells that are not numbers, decimal commas, shuffled or duplicated rows,
// values near the float range, truncation, a 20 MB line) and extrapolated to a random --total-epochs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzCase } from '../case.js';
import { mutateJson } from '../json-mutate.js';
import type { Rng } from '../rng.js';

interface Epoch {
  epoch: number;
  joules: number;
  seconds: number;
}

const CELLS = ['', ' ', '0x10', '"12"', 'true', 'null', 'NaN', 'Infinity', '-1', '1e308', '1e999', '1,5', '1.5.5', '--', '١٢', '1_000', '0b11', '+5', '.5', '5.', '1e-320'];

function traces(repo: string): Epoch[][] {
  return readFileSync(join(repo, 'data/h100/traces_dev.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { epochs: Epoch[] }).epochs);
}

function measurementDoc(epochs: Epoch[], planned: number | null): object {
  let t = 0;
  const rows = epochs.map((e) => {
    const startS = t;
    t += e.seconds;
    return { epoch: e.epoch, startS, endS: t, seconds: e.seconds, joules: e.joules, meanPowerW: e.joules / e.seconds, joulesByDomain: { 'nvml:gpu0': e.joules } };
  });
  const total = epochs.reduce((s, e) => s + e.joules, 0);
  return {
    schema: 'energy-diff/measurement@1', command: ['python', 'train.py'], startTime: '2026-01-01T00:00:00.000Z', endTime: '2026-01-01T01:00:00.000Z', status: 'completed', exitCode: 0, signal: null,
    epochsRequested: null, plannedEpochs: planned, host: { hostname: 'h', platform: 'linux', arch: 'x64', cpuModel: 'x', cpus: 1 }, meters: [], epochs: rows,
    total: { seconds: t, joules: total, meanPowerW: total / t, joulesByDomain: { 'nvml:gpu0': total } }, warnings: [],
  };
}

export function measurementCase(r: Rng, repo: string, seed: number, index: number): FuzzCase {
  const all = r.pick(traces(repo));
  let epochs = all.slice(0, r.int(1, all.length)).map((e) => ({ ...e }));
  const whats: string[] = [`${epochs.length} epochs`];
  // Row-level damage that any format shows.
  if (r.chance(0.15)) {
    epochs = r.shuffle(epochs);
    whats.push('rows shuffled');
  }
  if (r.chance(0.1) && epochs.length > 1) {
    epochs.splice(r.int(0, epochs.length - 1), 0, { ...r.pick(epochs) });
    whats.push('a row duplicated');
  }
  if (r.chance(0.15)) {
    const e = r.pick(epochs);
    const key = r.pick(['epoch', 'joules', 'seconds'] as const);
    e[key] = r.pick([-1, 0, 1e308, 1.7e308, 5e-324, 2.5, 2 ** 53 + 2, -0]);
    whats.push(`${key} = ${e[key]}`);
  }
  const format = r.weighted<string>([[4, 'csv'], [2, 'jsonl'], [2, 'json'], [2, 'measurement']]);
  let text: string;
  if (format === 'csv') {
    const header = r.weighted<string>([[6, 'epoch,joules,seconds'], [1, 'joules,seconds'], [1, 'epoch,energyJ,duration_s,loss'], [1, 'epoch;joules;seconds'], [1, '"epoch","joules","seconds"'], [1, 'epoch,joules,joules,seconds']]);
    const cols = header.replace(/"/g, '').split(/[,;]/);
    const lines = epochs.map((e) => cols.map((c) => (c === 'epoch' ? e.epoch : c === 'joules' || c === 'energyJ' ? e.joules : c === 'loss' ? 0.5 : e.seconds)).join(header.includes(';') ? ';' : ','));
    for (let k = r.chance(0.5) ? r.int(1, 3) : 0; k > 0 && lines.length > 0; k--) {
      const i = r.int(0, lines.length - 1);
      const cells = lines[i]!.split(',');
      const c = r.int(0, cells.length - 1);
      cells[c] = r.pick(CELLS);
      lines[i] = cells.join(',');
      whats.push(`line ${i + 2} cell ${c + 1} = ${JSON.stringify(cells[c])}`);
    }
    if (r.chance(0.05)) {
      lines.unshift(`${'x'.repeat(20_000_000)}`);
      whats.push('a 20 MB first line');
    }
    text = [header, ...lines].join(r.chance(0.2) ? '\r\n' : '\n') + (r.chance(0.5) ? '\n' : '');
    if (r.chance(0.1)) text = `\uFEFF${text}`;
  } else if (format === 'jsonl') {
    text = epochs.map((e) => JSON.stringify(e)).join('\n');
    if (r.chance(0.5)) {
      const lines = text.split('\n');
      const i = r.int(0, lines.length - 1);
      lines[i] = lines[i]!.replace(/"joules":[^,}]+/, `"joules":${r.pick(['"12"', 'true', 'null', '[]', '{}', '1e999', '"0x10"'])}`);
      text = lines.join('\n');
      whats.push(`line ${i + 1} joules replaced`);
    }
  } else {
    const doc = format === 'json' ? (r.chance(0.5) ? epochs : { epochs }) : measurementDoc(epochs, r.chance(0.5) ? r.pick([epochs.length, 30, 1]) : null);
    const m = mutateJson(r, JSON.stringify(doc), ['epoch', 'joules', 'seconds', 'epochs', 'schema', 'status', 'startS', 'endS', 'plannedEpochs', 'sampledPowerW', 'total']);
    text = m.text;
    whats.push(m.what);
  }
  if (r.chance(0.08)) {
    text = text.slice(0, r.int(0, text.length));
    whats.push('truncated');
  }
  const total = r.weighted<string | undefined>([[6, String(all.length)], [2, String(epochs.length)], [1, String(Math.max(1, epochs.length - 1))], [1, '1000000000000000'], [1, r.pick(['0', '-3', '2.5', 'x', '1e309'])], [1, undefined]]);
  const file = format === 'csv' ? 'epochs.csv' : format === 'jsonl' ? 'epochs.jsonl' : 'epochs.json';
  const argv = ['extrapolate', file, ...(total !== undefined ? ['--total-epochs', total] : []), ...r.pick([['--format', 'json'], [], ['--format', 'markdown']])];
  return { family: 'measurement', seed, index, what: `${format}: ${whats.join('; ')}`, entry: 'cli', argv, files: { [file]: text }, timeoutMs: 30_000 };
}
