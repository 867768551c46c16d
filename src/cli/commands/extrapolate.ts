// `energy-diff extrapolate <measurement|csv|jsonl> --total-epochs N [--format json|markdown|text]`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extrapolateEpochs, renderExtrapolation, toExtrapolateJson, measurementInput, parseEpochInput, type EpochInput } from '../../core/extrapolate/index.js';
import { foldJournal, JOURNAL_SUFFIX, totalResolutionJ } from '../../core/measure/index.js';
import { EnergyDiffError } from '../../core/common/index.js';
import { oneOf, positiveInt } from '../args.js';
import type { CliIo } from '../io.js';

const HELP = `usage: energy-diff extrapolate <file> --total-epochs N [--format text|markdown|json]

Predicts the energy of a full training run from its measured epochs. <file> is a measurement written by
'energy-diff measure', a CSV with an 'epoch,joules,seconds' header, or JSON lines with those fields.

  --total-epochs N   epochs of the full run (default: the measurement's --total-epochs, if it recorded one)
  --format F         text (default), markdown, or json (the stable energy-diff/extrapolate@1 contract)
`;

/**
 * A measurement still `running` whose journal is next to it: energy-diff measure died before the end, and
 * the journal has the epochs it metered.
 */
async function recoverFromJournal(input: EpochInput, path: string, file: string, io: CliIo): Promise<EpochInput> {
  if (input.measurement?.status !== 'running') return input;
  let journal: string;
  try {
    journal = await readFile(`${path}${JOURNAL_SUFFIX}`, 'utf8');
  } catch {
    return input;
  }
  const { measurement, recovered } = foldJournal(input.measurement, journal, `${file}${JOURNAL_SUFFIX}`);
  if (recovered === 0) return input;
  io.stderr.write(`energy-diff extrapolate: ${file} was left running; ${recovered} more epoch(s) read from ${file}${JOURNAL_SUFFIX}\n`);
  return measurementInput(measurement);
}

async function readInput(path: string) {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new EnergyDiffError('E_READ', `cannot read: ${(err as Error).message}`, { file: path });
  }
}

/** Core errors about the epochs (too many, an overflow) name the input file too. */
function withFile<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof EnergyDiffError && err.place.file === undefined) throw new EnergyDiffError(err.code, err.message, { ...err.place, file });
    throw err;
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
  const path = resolve(io.cwd, file);
  const input = await recoverFromJournal(parseEpochInput(await readInput(path), file), path, file, io);
  const totalEpochs = positiveInt(values['total-epochs'], '--total-epochs') ?? input.measurement?.plannedEpochs ?? undefined;
  if (totalEpochs === undefined) throw new EnergyDiffError('E_ARG', '--total-epochs N is required (the input does not record the planned number of epochs)');
  // A measurement's counters may step coarsely: the band includes their recorded resolution.
  const resolutionJ = input.measurement ? totalResolutionJ(input.measurement.meters) : 0;
  const x = withFile(file, () => extrapolateEpochs(input.epochs, totalEpochs, { resolutionJ }));
  io.stdout.write(format === 'json' ? `${JSON.stringify(toExtrapolateJson(x), null, 2)}\n` : renderExtrapolation(x, format));
  return 0;
}
