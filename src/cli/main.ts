// Dispatches `energy-diff <command>` to one module per command, loaded on demand so a command
// pays only for what it uses.
import { EnergyDiffError, isInternalError, ISSUES_URL } from '../core/common/index.js';
import { logText, safeLines } from '../core/format/index.js';
import type { CliIo, Command } from './io.js';

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  inspect: { summary: 'table of layers, shapes, MACs, params and coverage of a model', load: async () => (await import('./commands/inspect.js')).inspect },
  estimate: { summary: 'energy per inference / train step / training run on a hardware profile', load: async () => (await import('./commands/estimate.js')).estimate },
  diff: { summary: 'compare two models (or two estimate JSON files) and render the PR comment', load: async () => (await import('./commands/diff.js')).diff },
  calibrate: { summary: 'fit a hardware profile from measurements (calibrate fit --data ... --out ...)', load: async () => (await import('./commands/calibrate.js')).calibrate },
  measure: { summary: 'run a training command under RAPL/NVML meters, per epoch', load: async () => (await import('./commands/measure.js')).measure },
  'measure-inference': { summary: 'run an ONNX model in onnxruntime: measured latency (and energy) next to the estimate', load: async () => (await import('./commands/measure-inference.js')).measureInference },
  extrapolate: { summary: 'predict a full training run from measured stable epochs', load: async () => (await import('./commands/extrapolate.js')).extrapolate },
  export: { summary: 'export a PyTorch model to ONNX or layers.json with the bundled helper', load: async () => (await import('./commands/export.js')).exportModel },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: energy-diff <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'energy-diff <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // The one writer of the CLI: whatever input a line quotes, it cannot be a workflow command on a runner.
  const io: CliIo = {
    ...rawIo,
    stdout: { write: (text: string) => rawIo.stdout.write(safeLines(text)) },
    stderr: { write: (text: string) => rawIo.stderr.write(safeLines(text)) },
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('energy-diff 0.1.0\n');
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr.write(`energy-diff: unknown command '${logText(name)}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await entry.load())(rest, io);
  } catch (err) {
    if (!isInternalError(err)) {
      io.stderr.write(`energy-diff ${name}: ${logText(formatError(err))}\n`);
      return 1;
    }
    // Not a problem with the input, the arguments or the system: a bug. Only then is a stack useful.
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr.write(`energy-diff ${name}: internal error, please report it at ${ISSUES_URL}: ${logText(e.message)}\n${e.stack ?? ''}\n`);
    return 1;
  }
}

/** One clear line: the code, the place and the message. */
export function formatError(err: unknown): string {
  if (err instanceof EnergyDiffError) {
    const p = err.place;
    const where = [
      p.file,
      p.byteOffset !== undefined ? `byte ${p.byteOffset}` : undefined,
      p.jsonPath,
      p.node !== undefined ? `node '${p.node}'` : undefined,
      p.input !== undefined ? `input '${p.input}'` : undefined,
    ].filter((s) => s !== undefined);
    return `${where.length ? where.join(': ') + ': ' : ''}${err.message} [${err.code}]`;
  }
  // node:util parseArgs refusing the command line (unknown option, a value missing or starting with a dash).
  const code = (err as { code?: unknown } | undefined)?.code;
  if (err instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `${err.message.replace(/\s*\n\s*/g, ' ')} [E_ARG]`;
  if (err instanceof Error) return err.message;
  return String(err);
}
