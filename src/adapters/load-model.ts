// Model files → DecodedModel: `*.json` layer specs (energy-diff/layers@1), anything else as ONNX, read by
// positioned reads so weights stay on disk.
import { readFileSync } from 'node:fs';
import { decodeLayersJson } from '../core/layers-json/index.js';
import { decodeModel, isLfsPointer, lfsPointerError } from '../core/onnx/index.js';
import { EnergyDiffError } from '../core/common/index.js';
import type { DecodedModel } from '../core/graph/index.js';
import { openFileSource } from './byte-source.js';

export async function loadModel(path: string): Promise<DecodedModel> {
  return loadModelSync(path);
}

export function loadModelSync(path: string): DecodedModel {
  if (path.toLowerCase().endsWith('.json')) {
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
