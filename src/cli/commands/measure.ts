// `energy-diff measure [--epochs N] [--meter rapl|nvml|auto] [--out measurement.json] -- <command...>`
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createMeters, runSession } from '../../adapters/meters/index.js';
import { summariseMeasurement } from '../../core/extrapolate/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { nonNegative, oneOf, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff measure [options] -- <training command...>

Runs the command under power meters and records the energy of the whole run and of each epoch.
Epoch protocol: the script appends {"epoch": k, ...} lines to the file named by $ENERGY_DIFF_EPOCH_FILE,
or prints 'ENERGY_DIFF_EPOCH_END k' on stdout (see docs/measure.md).

  --epochs N          stop the command cleanly after N epochs (SIGINT, then SIGTERM, then SIGKILL)
  --total-epochs N    epochs of the full run, recorded for 'energy-diff extrapolate'
  --meter M           rapl, nvml or auto (default: RAPL if readable, plus NVIDIA GPUs if nvidia-smi works)
  --out FILE          measurement file, rewritten at every epoch (default: measurement.json)
  --grace-seconds S   wait between stop signals (default: 10)
  --interval-ms MS    nvidia-smi sampling interval (default: 100)
`;

function split(args: string[]): { options: string[]; command: string[] } {
  const cut = args.indexOf('--');
  return cut < 0 ? { options: args, command: [] } : { options: args.slice(0, cut), command: args.slice(cut + 1) };
}

const joules = (j: number) => (j >= 1000 ? `${(j / 1000).toFixed(2)} kJ` : `${j.toFixed(1)} J`);

export async function measure(args: string[], io: CliIo): Promise<number> {
  const { options, command } = split(args);
  const { values, positionals } = parseArgs({
    args: options,
    allowPositionals: true,
    options: {
      epochs: { type: 'string' },
      'total-epochs': { type: 'string' },
      meter: { type: 'string' },
      out: { type: 'string' },
      'grace-seconds': { type: 'string' },
      'interval-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length) throw new EnergyDiffError('E_ARG', `unexpected '${positionals[0]}': put the training command after --`);
  if (command.length === 0) throw new EnergyDiffError('E_ARG', 'no command to run: energy-diff measure [options] -- python train.py');
  const choice = oneOf(values.meter, '--meter', ['rapl', 'nvml', 'auto'] as const, 'auto');
  const epochsRequested = positiveInt(values.epochs, '--epochs');
  const plannedEpochs = positiveInt(values['total-epochs'], '--total-epochs');
  const graceMs = (nonNegative(values['grace-seconds'], '--grace-seconds') ?? 10) * 1000;
  const intervalMs = positiveInt(values['interval-ms'], '--interval-ms');
  const outPath = resolve(io.cwd, values.out ?? 'measurement.json');

  const { meters, skipped } = createMeters(choice, { env: io.env, ...(intervalMs ? { nvml: { intervalMs } } : {}) });
  const { measurement, exit } = await runSession({
    command, meters, outPath, cwd: io.cwd, env: io.env, stdout: io.stdout, stderr: io.stderr, graceMs,
    warnings: skipped.map((s) => `meter skipped: ${s}`),
    ...(epochsRequested !== undefined ? { epochsRequested } : {}),
    ...(plannedEpochs !== undefined ? { plannedEpochs } : {}),
  });
  const t = measurement.total;
  io.stderr.write(
    `energy-diff measure: ${measurement.status}, ${measurement.epochs.length} epoch(s), ${joules(t.joules)} in ${t.seconds.toFixed(1)} s ` +
      `(${t.meanPowerW.toFixed(1)} W; ${measurement.meters.map((m) => m.kind).join(' + ')}) -> ${outPath}\n`,
  );
  if (measurement.plannedEpochs !== null && measurement.epochs.length > 0) {
    const s = summariseMeasurement(measurement);
    io.stderr.write(`energy-diff measure: ${s.totalEpochs} epochs extrapolated: ${joules(s.extrapolatedJ)} (${joules(s.band.lowJ)} – ${joules(s.band.highJ)}); details: energy-diff extrapolate ${outPath}\n`);
  }
  for (const w of measurement.warnings) io.stderr.write(`energy-diff measure: warning: ${w}\n`);
  if (measurement.status === 'interrupted') return 130;
  if (measurement.status === 'failed') return exit.exitCode && exit.exitCode > 0 ? exit.exitCode : 1;
  return 0;
}
