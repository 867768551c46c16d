// measure scenarios: a fake training command (a Node script) against a fake RAPL tree reports epochs through
// the epoch file or stdout markers, mixed with bad lines (not JSON, 5,000-deep fields, huge or non-integer
// epochs, lines of megabytes without a newline), grandchildren that keep stdout open, failures and signals.
// The measurement file must then hold exactly the epochs reported validly, and never be left `running`.
import type { FuzzCase } from '../case.js';
import type { Rng } from '../rng.js';

type Step = { js: string; valid: number };

function epochLine(r: Rng, k: number, protocol: 'file' | 'stdout'): Step {
  if (protocol === 'stdout') {
    return r.weighted<Step>([
      [8, { js: `say('ENERGY_DIFF_EPOCH_END ${k}\\n');`, valid: 1 }],
      [1, { js: `say('progress 50%\\rENERGY_DIFF_EPOCH_END ${k}\\n');`, valid: 1 }],
      [1, { js: `say('ENERGY_DIFF_EPOCH_END ${'9'.repeat(r.pick([16, 40]))}\\n');`, valid: 0 }],
      [1, { js: `say('ENERGY_DIFF_EPOCH_END x\\n');`, valid: 0 }],
      [1, { js: `say('y'.repeat(${r.pick([100_000, 3_000_000])}) + '\\n');`, valid: 0 }],
    ]);
  }
  return r.weighted<Step>([
    [10, { js: `epoch('{"epoch":${k},"loss":${r.next().toFixed(3)}}');`, valid: 1 }],
    [1, { js: `epoch('{"epoch":${k},"deep":' + '['.repeat(5000) + ']'.repeat(5000) + '}');`, valid: 0 }],
    [1, { js: `epoch('{"epoch":${k},"deep":' + '['.repeat(16) + ']'.repeat(16) + '}');`, valid: 1 }],
    [1, { js: `epoch('{"epoch":${r.pick(['1e300', '"3"', '1.5', 'null', '-1e999', '9007199254740993'])}}');`, valid: 0 }],
    [1, { js: `epoch('not json');`, valid: 0 }],
    [1, { js: `epoch('[1,2,3]');`, valid: 0 }],
    [1, { js: `epoch('{"epoch":${k},"pad":"' + 'z'.repeat(${r.pick([20_000, 2_000_000])}) + '"}');`, valid: 0 }],
    [1, { js: `epoch('{"epoch":${k},"__proto__":{"x":1},"constructor":"y"}');`, valid: 1 }],
    [1, { js: `epoch('');`, valid: 0 }],
  ]);
}

export function measureCase(r: Rng, _repo: string, seed: number, index: number): FuzzCase {
  const protocol = r.chance(0.7) ? 'file' : 'stdout';
  const steps: string[] = [];
  let valid = 0;
  const epochs = r.weighted<number>([[6, r.int(0, 8)], [2, r.int(20, 200)], [1, 2000]]);
  const whats = [`${protocol} protocol`, `${epochs} epoch lines`];
  for (let k = 0; k < epochs; k++) {
    if (k % 4 === 0 && r.chance(0.3)) steps.push('energy(1.5);');
    if (epochs < 50 && r.chance(0.2)) steps.push(`await sleep(${r.int(1, 60)});`);
    const line = epochLine(r, k, protocol);
    steps.push(line.js);
    valid += line.valid;
  }
  if (r.chance(0.1)) {
    // An unfinished line: bytes without a newline, then more epochs.
    steps.push(protocol === 'file' ? `appendFileSync(file, 'q'.repeat(${r.pick([50_000, 5_000_000])}));` : `say('q'.repeat(${r.pick([50_000, 5_000_000])}));`);
    whats.push('a long line without a newline');
    if (protocol === 'file') {
      // It swallows the next line, which is then too long (or not JSON): the epoch after it is lost by design.
      steps.push(`epoch('{"epoch":${epochs}}');`);
    }
  }
  const grandchild = r.chance(0.15);
  if (grandchild) {
    steps.unshift(`spawn('sleep', ['${r.pick([3, 8])}'], { stdio: ['ignore', 'inherit', 'inherit'] });`);
    whats.push('a grandchild holding stdout');
  }
  const end = r.weighted<string>([[6, 'exit 0'], [2, 'exit 1'], [1, 'exit 3'], [1, 'SIGKILL'], [1, 'SIGTERM']]);
  whats.push(end);
  const exitCode = end === 'exit 1' ? 1 : end === 'exit 3' ? 3 : 0;
  const tail = end.startsWith('exit') ? `process.exit(${exitCode});` : `process.kill(process.pid, '${end}');`;
  const script = `import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
const file = process.env.ENERGY_DIFF_EPOCH_FILE;
const counter = process.env.FAKE_COUNTER;
const energy = (j) => { writeFileSync(counter + '.new', String(Number(readFileSync(counter, 'utf8')) + Math.round(j * 1e6))); renameSync(counter + '.new', counter); };
const epoch = (line) => appendFileSync(file, line + '\\n');
const say = (text) => new Promise((r) => process.stdout.write(text, r));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
${steps.join('\n')}
await say('');
${tail}
`;
  const zone = 'powercap/intel-rapl:0';
  const files: Record<string, string> = {
    'train.mjs': script,
    [`${zone}/name`]: 'package-0\n',
    [`${zone}/max_energy_range_uj`]: '262143328850\n',
    [`${zone}/energy_uj`]: '1000\n',
    [`${zone}/constraint_0_max_power_uw`]: '100000000\n',
  };
  const extra = r.weighted<string[]>([[6, []], [1, ['--epochs', String(Math.max(1, valid))]], [1, ['--total-epochs', String(r.pick([10, 1e6]))]]]);
  // `--epochs N` stops the command after N epochs: fewer than all may be recorded, so only the file's state is checked.
  const exact = extra[0] !== '--epochs';
  return {
    family: 'measure', seed, index, what: whats.join('; '), entry: 'cli',
    argv: ['measure', '--meter', 'rapl', '--grace-seconds', '0.5', '--out', 'measurement.json', ...extra, '--', '{node}', 'train.mjs'],
    files,
    env: { ENERGY_DIFF_POWERCAP_ROOT: '{dir}/powercap', FAKE_COUNTER: `{dir}/${zone}/energy_uj` },
    timeoutMs: 60_000,
    extraExitCodes: [exitCode, 1, 130],
    ...(exact ? { expectEpochs: valid } : {}),
  };
}
