// `energy-diff extrapolate <measurement|csv|jsonl> --total-epochs N [--format json|markdown|text]`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extrapolateEpochs, renderExtrapolation, toExtrapolateJson, parseEpochInput } from '../../core/extrapolate/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { oneOf, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff extrapolate <file> --total-epochs N [--format text|markdown|json]

Predicts the energy of a full training run from its measured epochs. <file> is a measurement written by
'energy-diff measure', a CSV with an 'epoch,joules,seconds' header, or JSON lines with those fields.

  --total-epochs N   epochs of the full run (default: the measurement's --total-epochs, if it recorded one)
  --format F         text (default), markdown, or json (the stable energy-diff/extrapolate@1 contract)
`;

async function readInput(path: string) {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new EnergyDiffError('E_READ', `cannot read: ${(err as Error).message}`, { file: path });
  }
}

export async function extrapolate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'total-epochs': { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length) {
    io.stderr.write(HELP);
    return 2;
  }
  const format = oneOf(values.format, '--format', ['text', 'markdown', 'json'] as const, 'text');
  const input = parseEpochInput(await readInput(resolve(io.cwd, file)), file);
  const totalEpochs = positiveInt(values['total-epochs'], '--total-epochs') ?? input.measurement?.plannedEpochs ?? undefined;
  if (totalEpochs === undefined) throw new EnergyDiffError('E_ARG', '--total-epochs N is required (the input does not record the planned number of epochs)');
  const x = extrapolateEpochs(input.epochs, totalEpochs);
  io.stdout.write(format === 'json' ? `${JSON.stringify(toExtrapolateJson(x), null, 2)}\n` : renderExtrapolation(x, format));
  return 0;
}
