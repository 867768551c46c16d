// Placeholder: replaced by the module that implements `energy-diff measure`.
import type { CliIo } from '../io.js';

export async function measure(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff measure: not implemented yet\n');
  return 1;
}
