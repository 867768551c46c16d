// Placeholder: replaced by the module that implements `energy-diff diff`.
import type { CliIo } from '../io.js';

export async function diff(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff diff: not implemented yet\n');
  return 1;
}
