// A first pass over the top-level ModelProto fields only (a handful of tags; the graph is skipped by its
// length), so random bytes and other formats are told apart from a damaged or truncated real model.
import { EnergyDiffError } from '../common/index.js';
import type { ByteSource } from './byte-source.js';
import { Cursor, WIRE_LEN, WIRE_VARINT } from './cursor.js';
import { notOnnx } from './sniff.js';

/** ModelProto fields (onnx.proto, including later additions) and their wire types. */
const MODEL_FIELDS: Record<number, number> = { 1: 0, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2, 20: 2, 25: 2, 26: 2 };
const STRING_FIELDS = new Set([2, 3, 4, 6]);
/** First byte of each message field's payload: one of the tags that message type has. */
const FIRST_TAGS: Record<number, Set<number>> = {
  7: new Set([0x0a, 0x12, 0x2a, 0x52, 0x5a, 0x62, 0x6a, 0x72, 0x7a, 0x82]), // GraphProto
  8: new Set([0x0a, 0x10]), // OperatorSetIdProto
  14: new Set([0x0a, 0x12]), // StringStringEntryProto
  20: new Set([0x0a, 0x12, 0x1a, 0x22]), // TrainingInfoProto
  25: new Set([0x0a, 0x22, 0x2a, 0x32, 0x3a, 0x42, 0x4a, 0x52, 0x5a, 0x62, 0x6a]), // FunctionProto
};
const MAX_IR_VERSION = 64;
const STRING_CHECK_BYTES = 1 << 20;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8Prefix(bytes: Uint8Array): boolean {
  // A cut may split the last character: allow up to 3 dangling bytes.
  for (let drop = 0; drop <= Math.min(3, bytes.length); drop++) {
    try {
      strictUtf8.decode(bytes.subarray(0, bytes.length - drop));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

export function checkPlausibleModel(source: ByteSource, file: string): void {
  const c = new Cursor(source, file);
  let plausibleFields = 0;
  let hasGraph = false;
  while (c.pos < c.size) {
    const at = c.pos;
    let tag: number;
    try {
      tag = c.tag(c.size);
    } catch (err) {
      if (plausibleFields > 0 && err instanceof EnergyDiffError && err.code === 'E_ONNX_TRUNCATED') throw err;
      throw notOnnx(file, `no ModelProto field at byte ${at}`, at);
    }
    const field = tag >>> 3;
    const wire = tag & 7;
    if (MODEL_FIELDS[field] !== wire) throw notOnnx(file, `byte ${at} holds field ${field} (wire type ${wire}), which a ModelProto does not have`, at);
    if (wire === WIRE_VARINT) {
      const value = readOr(c, plausibleFields, () => c.int64(c.size));
      if (field === 1 && (value < 1 || value > MAX_IR_VERSION)) throw notOnnx(file, `ir_version ${value} at byte ${at} is implausible`, at);
    } else if (wire === WIRE_LEN) {
      const len = readOr(c, plausibleFields, () => c.uint64(c.size));
      const available = Math.min(len, c.size - c.pos);
      if (STRING_FIELDS.has(field)) {
        const head = c.bytes(Math.min(available, STRING_CHECK_BYTES));
        if (!isUtf8Prefix(head)) throw notOnnx(file, `field ${field} at byte ${at} should be text but is binary`, at);
      } else {
        if (field === 7) hasGraph = true;
        const first = available > 0 ? c.bytes(1)[0] : undefined;
        const tags = FIRST_TAGS[field];
        if (first !== undefined && tags && !tags.has(first)) throw notOnnx(file, `field ${field} at byte ${at} does not hold the message a ModelProto has there`, at);
      }
      if (plausibleFields === 0 && len > available) throw notOnnx(file, `field ${field} at byte ${at} claims ${len} bytes, more than the file holds`, at);
      // A graph cut off by the end of the file is decoded anyway, to report the innermost cut-off field.
      if (field === 7 && plausibleFields > 0 && len > available) return;
      // back to the tag, then past the payload: throws E_ONNX_TRUNCATED when it runs past the end of the file
      c.pos = at;
      c.tag(c.size);
      c.length(c.size, field);
      c.pos += len;
    }
    plausibleFields++;
  }
  if (!hasGraph) throw notOnnx(file, `no graph (ModelProto field 7) in ${c.size} bytes; the file may be truncated or not a model`, null);
}

function readOr(c: Cursor, plausibleFields: number, read: () => number): number {
  try {
    return read();
  } catch (err) {
    if (plausibleFields > 0 && err instanceof EnergyDiffError) throw err;
    // The reader's own error names where it stopped: keep that place, not the start of the file.
    const at = err instanceof EnergyDiffError ? err.place.byteOffset : undefined;
    throw notOnnx(c.file, err instanceof Error ? err.message : String(err), at ?? c.pos);
  }
}
