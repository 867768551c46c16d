// Errors of the ONNX reader. The place names the file and byte offset (entry points print them before the
// message, and the action re-labels temp copies with the repository path, so messages never contain the
// file); the message says what is wrong and the field path where decoding stopped.
import { type ErrorCode, EnergyDiffError } from '../common/index.js';

export function onnxError(code: ErrorCode, file: string, byteOffset: number, what: string, path: string): EnergyDiffError {
  const where = path === '' ? '' : ` (in ${path})`;
  return new EnergyDiffError(code, `${what}${where}`, { file, byteOffset });
}
