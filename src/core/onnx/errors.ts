// Errors of the ONNX reader: each names the file, the byte offset (in the text and in `place`) and the
// field path where decoding stopped.
import { EnergyDiffError } from '../types.js';

export function onnxError(code: string, file: string, byteOffset: number, what: string, path: string): EnergyDiffError {
  const where = path === '' ? '' : ` (in ${path})`;
  return new EnergyDiffError(code, `${file}: ${what}${where}`, { file, byteOffset });
}
