// Model files → DecodedModel: `*.json` layer specs (energy-diff/layers@1), anything else as ONNX, read by
// positioned reads so weights stay on disk.
import { readFileSync, statSync } from 'node:fs';
import { decodeLayersJson } from '../core/layers-json/index.js';
import { decodeModel, isLfsPointer, lfsPointerError } from '../core/onnx/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { DecodedModel } from '../core/graph/index.js';
import { openFileSource } from './byte-source.js';
import { MAX_BYTES } from './safe-read.js';

export async function loadModel(path: string): Promise<DecodedModel> {
  return loadModelSync(path);
}

export function loadModelSync(path: string): DecodedModel {
  const json = path.toLowerCase().endsWith('.json');
  // A FIFO would block the open, a device (/dev/zero) never end: only regular files, under the size cap.
  const st = readOrExplain(path, () => statSync(path));
  if (st.isDirectory()) throw new EnergyDiffError('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: path });
  if (!st.isFile()) throw new EnergyDiffError('E_FILE_READ', 'is not a regular file (a device, FIFO or socket)', { file: path });
  const maxBytes = json ? MAX_BYTES.layersJson : MAX_BYTES.onnx;
  if (st.size > maxBytes) {
    const why = json ? '' : ' (a single ONNX protobuf cannot exceed 2 GiB: store the weights as external data)';
    throw new EnergyDiffError('E_FILE_TOO_LARGE', `${st.size} bytes, over the ${maxBytes}-byte limit for ${json ? 'layers.json files' : 'ONNX files'}${why}`, { file: path });
  }
  if (json) {
    const text = readOrExplain(path, () => readFileSync(path, 'utf8'));
    if (isLfsPointer(text)) throw lfsPointerError(path);
    return decodeLayersJson(text, path);
  }
  const source = readOrExplain(path, () => openFileSource(path));
  try {
    return decodeModel(source, path);
  } finally {
    source.close();
  }
}

function readOrExplain<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EnergyDiffError('E_FILE_NOT_FOUND', 'no such file', { file: path });
    if (code === 'EISDIR') throw new EnergyDiffError('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: path });
    if (code === 'EACCES') throw new EnergyDiffError('E_FILE_READ', 'permission denied', { file: path });
    throw err;
  }
}
