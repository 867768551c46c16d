// energy-diff/layers@1: layer-spec JSON files read into the same DecodedModel the ONNX reader produces.
// Format: docs/layers-json.md; JSON Schema: schemas/layers.schema.json.
import { EnergyDiffError } from '../common/index.js';
import type { DecodedModel } from '../graph/index.js';
import { buildModel } from './build.js';
import { parseJsonLocated } from './json-text.js';
import { readSpec } from './validate.js';

export { LAYERS_SCHEMA, DEFAULT_OPSET, type LayersSpec } from './spec.js';
export { ALIASES } from './aliases.js';
export { parseJsonLocated, type ParsedJson } from './json-text.js';

/** Parses and converts a layers file. Throws EnergyDiffError E_LAYERS_JSON naming `file` and the JSON path or line:column. */
export function decodeLayersJson(text: string, file: string): DecodedModel {
  const parsed = parseJsonLocated(text);
  if (!parsed.ok) {
    const e = parsed.error;
    throw new EnergyDiffError('E_LAYERS_JSON', `invalid JSON at line ${e.line}, column ${e.column}: ${e.reason}`, { file, byteOffset: e.byteOffset });
  }
  return buildModel(readSpec(parsed.value, file), file);
}
