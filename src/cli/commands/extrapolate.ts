// Placeholder: replaced by the module that implements `energy-diff extrapolate`.
import type { CliIo } from '../io.js';

export async function extrapolate(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff extrapolate: not implemented yet\n');
  return 1;
}
