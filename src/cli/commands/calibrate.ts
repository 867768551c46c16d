// Placeholder: replaced by the module that implements `energy-diff calibrate`.
import type { CliIo } from '../io.js';

export async function calibrate(args: string[], io: CliIo): Promise<number> {
  void args;
  io.stderr.write('energy-diff calibrate: not implemented yet\n');
  return 1;
}
