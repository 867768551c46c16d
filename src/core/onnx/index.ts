// ONNX reader: protobuf wire decoding of ModelProto into DecodedModel. Weights are located and skipped,
// never read; only small tensors (<= 4096 elements) have values, for folding shape arithmetic.
import { EnergyDiffError } from '../common/index.js';
import type { DecodedModel } from '../graph/index.js';
import { bytesSource, type ByteSource } from './byte-source.js';
import { Cursor } from './cursor.js';
import { decodeModelProto } from './model.js';
import { checkPlausibleModel } from './plausible.js';
import { sniff } from './sniff.js';

export type { ByteSource } from './byte-source.js';
export { bytesSource } from './byte-source.js';
export { isLfsPointer, lfsPointerError } from './sniff.js';

/** Newest default-domain opset this reader knows (ONNX 1.18). */
export const MAX_DEFAULT_OPSET = 23;

export function decodeModel(source: ByteSource, file: string): DecodedModel {
  sniff(source, file);
  checkPlausibleModel(source, file);
  const model = decodeModelProto(new Cursor(source, file));
  checkOpset(model, file);
  return model;
}

export function decodeModelBytes(bytes: Uint8Array, file = '<bytes>'): DecodedModel {
  return decodeModel(bytesSource(bytes), file);
}

function checkOpset(model: DecodedModel, file: string): void {
  if (model.opsetImport.length === 0) {
    throw new EnergyDiffError('E_ONNX_OPSET', 'the model declares no opset_import (ModelProto field 8); re-export it with a current exporter', { file });
  }
  for (const [i, o] of model.opsetImport.entries()) {
    if (o.domain !== '' && o.domain !== 'ai.onnx') continue;
    if (o.version < 1 || o.version > MAX_DEFAULT_OPSET) {
      throw new EnergyDiffError(
        'E_ONNX_OPSET',
        `default-domain opset ${o.version} is not supported (known: 1..${MAX_DEFAULT_OPSET}); export with an opset in that range (in opset_import[${i}])`,
        { file },
      );
    }
  }
}
