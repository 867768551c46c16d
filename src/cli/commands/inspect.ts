// Placeholder: replaced by the module that implements `energy-diff inspect`.
import type { CliIo } from '../io.js';

export async function inspect(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff inspect: not implemented yet\n');
  return 1;
}
