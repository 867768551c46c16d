// Placeholder: replaced by the module that implements `energy-diff estimate`.
import type { CliIo } from '../io.js';

export async function estimate(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff estimate: not implemented yet\n');
  return 1;
}
