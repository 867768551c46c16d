// Recognises inputs that are not ONNX before decoding them, so they get a clear message instead of a
// wire-format error: Git LFS pointers, common binary formats, text and JSON.
import { EnergyDiffError } from '../common/index.js';
import type { ByteSource } from './byte-source.js';

const LFS_PREFIX = 'version https://git-lfs.github.com/spec/';

const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a ZIP archive (a PyTorch .pt/.pth checkpoint or .npz?)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip file', [0x1f, 0x8b]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['an HDF5 file (Keras .h5?)', [0x89, 0x48, 0x44, 0x46]],
];

export function isLfsPointer(head: string): boolean {
  return head.startsWith(LFS_PREFIX);
}

export function lfsPointerError(file: string): EnergyDiffError {
  return new EnergyDiffError(
    'E_LFS_POINTER',
    'this is a Git LFS pointer, not the model: the real file was never fetched. Fetch it with `git lfs pull --include <path>` (the path in the repository), or in GitHub Actions check out with `actions/checkout` and `lfs: true`.',
    { file, byteOffset: 0 },
  );
}

/** `byteOffset`: where the problem is (the start by default); null for a problem of the whole file. */
export function notOnnx(file: string, why: string, byteOffset: number | null = 0): EnergyDiffError {
  return new EnergyDiffError('E_NOT_ONNX', `not an ONNX model: ${why}`, byteOffset === null ? { file } : { file, byteOffset });
}

/** Throws E_LFS_POINTER or E_NOT_ONNX when the head of the input is clearly something else. */
export function sniff(source: ByteSource, file: string): void {
  if (source.sizeBytes === 0) throw notOnnx(file, 'the file is empty');
  const head = source.read(0, Math.min(512, source.sizeBytes));
  const text = new TextDecoder('latin1').decode(head);
  if (isLfsPointer(text)) throw lfsPointerError(file);
  for (const [name, sig] of SIGNATURES) {
    if (sig.every((b, i) => head[i] === b)) throw notOnnx(file, `it looks like ${name}`);
  }
  const first = text.trimStart()[0];
  if ((first === '{' || first === '[') && /^\s*[[{]\s*["[{\]}\d-]/.test(text)) throw notOnnx(file, 'it looks like JSON (layer-spec files must end in .json)');
  if (head.length >= 16 && head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f))) {
    throw notOnnx(file, 'it is plain text');
  }
}
