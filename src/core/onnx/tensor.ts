// TensorProto: name, dims, data type and payload size. Payloads are located, not read; only tensors of at
// most 4096 numeric elements have their values decoded (shape constants that inference folds).
import type { TensorMeta } from '../graph/index.js';
import { WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';
import { tensorValues, type Seg } from './tensor-values.js';

export const MAX_VALUE_ELEMENTS = 4096;
/** Bytes per element of each TensorProto.DataType as numpy holds it (strings: object pointers; bfloat16 widened). */
const ELEMENT_BYTES: Record<number, number> = { 1: 4, 2: 1, 3: 1, 4: 2, 5: 2, 6: 4, 7: 8, 8: 8, 9: 1, 10: 2, 11: 8, 12: 4, 13: 8, 14: 8, 15: 16, 16: 4 };
/** The typed field each data type is stored in when raw_data is absent. */
const STORAGE_FIELD: Record<number, number> = { 1: 4, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 9: 5, 10: 5, 16: 5, 7: 7, 11: 10, 14: 4, 15: 10, 12: 11, 13: 11, 8: 6 };
const COMPLEX = new Set([14, 15]);
const ELEMENT_WIRE: Record<number, number> = { 4: WIRE_FIXED32, 5: WIRE_VARINT, 6: WIRE_LEN, 7: WIRE_VARINT, 10: WIRE_FIXED64, 11: WIRE_VARINT };
/** Keep at most this many payload locations per field: more means the tensor is too big for values anyway. */
const MAX_SEGS = MAX_VALUE_ELEMENTS + 1;
/** Packed varint runs up to this size are counted at once; larger ones only when their count matters. */
const COUNT_NOW_BYTES = 64 * 1024;

/** Occurrences of one typed data field (packed runs or single elements). */
interface TypedField {
  count: number;
  segs: Seg[];
  /** Large packed varint runs whose element count is not known yet. */
  uncounted: Seg[];
}

/** The fields of a TensorProto as read so far: one occurrence of the message, or several merged. */
interface TensorFields {
  name: string;
  dataType: number;
  dataLocation: number;
  segment: boolean;
  raw: Seg | undefined;
  externalLength: string | undefined;
  externalLocation: string | undefined;
  dims: number[];
  typed: Record<number, TypedField>;
}

function emptyFields(): TensorFields {
  return { name: '', dataType: 0, dataLocation: 0, segment: false, raw: undefined, externalLength: undefined, externalLocation: undefined, dims: [], typed: {} };
}

export function decodeTensor(c: Cursor, end: number): TensorMeta {
  const f = emptyFields();
  readTensor(c, end, f);
  return tensorMeta(c, f);
}

/**
 * A single (non-repeated) TensorProto field that occurs several times, or not at all: protobuf merges the
 * occurrences in order (repeated fields concatenate, scalars and raw_data: the last one wins).
 */
export function decodeTensorMerged(c: Cursor, occurrences: { pos: number; end: number }[]): TensorMeta {
  const f = emptyFields();
  for (const r of occurrences) {
    c.pos = r.pos;
    readTensor(c, r.end, f);
  }
  return tensorMeta(c, f);
}

function readTensor(c: Cursor, end: number, t: TensorFields): void {
  const { dims, typed } = t;
  while (c.pos < end) {
    const tag = c.tag(end);
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && wire === WIRE_VARINT) dims.push(c.int64(end));
    else if (field === 1 && wire === WIRE_LEN) {
      const stop = c.until(end, 1);
      while (c.pos < stop) dims.push(c.int64(stop));
    } else if (field === 2 && wire === WIRE_VARINT) t.dataType = c.int32(end);
    else if (field === 8 && wire === WIRE_LEN) t.name = c.string(c.length(end, 8));
    else if (field === 9 && wire === WIRE_LEN) {
      const len = c.length(end, 9);
      t.raw = { pos: c.pos, len };
      c.pos += len;
    } else if (field === 14 && wire === WIRE_VARINT) t.dataLocation = c.int32(end);
    else if (field === 3 && wire === WIRE_LEN) {
      t.segment = true;
      c.skip(tag, end);
    } else if (field === 13 && wire === WIRE_LEN) {
      const entry = decodeEntry(c, c.until(end, 13));
      if (entry.key === 'length') t.externalLength = entry.value;
      else if (entry.key === 'location') t.externalLocation = entry.value;
    } else if (ELEMENT_WIRE[field] !== undefined && (wire === ELEMENT_WIRE[field] || wire === WIRE_LEN)) {
      addTyped((typed[field] ??= { count: 0, segs: [], uncounted: [] }), c, field, wire, end);
    } else c.skip(tag, end);
  }
}

function tensorMeta(c: Cursor, t: TensorFields): TensorMeta {
  const { name, dataType, dims, raw, typed } = t;
  const external = t.dataLocation === 1;
  // An exact-size copy: a pushed-to array keeps spare capacity, and 10^6 initializers each hold one.
  const meta: TensorMeta = { name, dataType, dims: dims.slice(), byteLength: 0, external };
  const n = dims.reduce((a, b) => a * b, 1);
  const itemBytes = ELEMENT_BYTES[dataType];
  const rawLen = raw?.len ?? 0;
  if (external) {
    meta.byteLength = t.externalLength !== undefined ? Number.parseInt(t.externalLength, 10) || 0 : n * (itemBytes ?? 0);
    if (t.externalLocation !== undefined) meta.location = t.externalLocation;
    return meta;
  }
  if (t.segment || itemBytes === undefined) {
    meta.byteLength = rawLen;
    return meta;
  }
  // Mirrors onnx.numpy_helper.to_array: a payload whose size disagrees with dims is reported by its raw length.
  if (dataType === 8) {
    const f = typed[6];
    const ok = (f?.count ?? 0) === n && stringsAreUtf8(c, f);
    meta.byteLength = ok ? n * itemBytes : rawLen;
    return meta;
  }
  const storedBytes = dataType === 16 ? 2 : itemBytes;
  if (raw) {
    const ok = rawLen % storedBytes === 0 && rawLen / storedBytes === n;
    meta.byteLength = ok ? n * itemBytes : rawLen;
    if (ok && n <= MAX_VALUE_ELEMENTS && !COMPLEX.has(dataType)) meta.values = tensorValues(c, dataType, [raw], true);
    return meta;
  }
  const storage = STORAGE_FIELD[dataType] as number;
  const f = typed[storage];
  const count = f ? countOf(c, f) : 0;
  // numpy_helper (onnx 1.12) cannot cast typed complex pairs to its float storage dtype and gives up.
  const ok = !COMPLEX.has(dataType) && count === n;
  meta.byteLength = ok ? n * itemBytes : 0;
  if (ok && n <= MAX_VALUE_ELEMENTS) meta.values = tensorValues(c, dataType, f?.segs ?? [], false, storage);
  return meta;
}

function addTyped(f: TypedField, c: Cursor, field: number, wire: number, end: number): void {
  const start = c.pos;
  if (field === 6 || wire !== WIRE_LEN) {
    // one element: a string, or an unpacked scalar
    c.skip(field * 8 + wire, end);
    f.count++;
    if (f.segs.length < MAX_SEGS) f.segs.push({ pos: start, len: c.pos - start });
    return;
  }
  const len = c.length(end, field);
  const seg: Seg = { pos: c.pos, len };
  if (f.segs.length < MAX_SEGS) f.segs.push(seg);
  if (field === 4) f.count += Math.floor(len / 4);
  else if (field === 10) f.count += Math.floor(len / 8);
  else if (len <= COUNT_NOW_BYTES) f.count += c.countVarints(len);
  else f.uncounted.push(seg);
  c.pos = seg.pos + len;
}

/** Element count of a typed field, streaming over large packed varint runs (nothing retained). */
function countOf(c: Cursor, f: TypedField): number {
  const back = c.pos;
  for (const seg of f.uncounted) {
    c.pos = seg.pos;
    f.count += c.countVarints(seg.len);
  }
  f.uncounted = [];
  c.pos = back;
  return f.count;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Strings beyond this many bytes are not validated (python would decode them; assume they are valid). */
const MAX_CHECKED_STRING_BYTES = 16 * 1024 * 1024;

function stringsAreUtf8(c: Cursor, f: TypedField | undefined): boolean {
  if (!f || f.segs.length < f.count) return true;
  if (f.segs.reduce((n, s) => n + s.len, 0) > MAX_CHECKED_STRING_BYTES) return true;
  const back = c.pos;
  try {
    for (const seg of f.segs) {
      c.pos = seg.pos;
      const len = c.length(seg.pos + seg.len, 6);
      strictUtf8.decode(c.bytes(len));
    }
    return true;
  } catch {
    return false;
  } finally {
    c.pos = back;
  }
}

function decodeEntry(c: Cursor, end: number): { key: string; value: string } {
  let key = '';
  let value = '';
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === 10) key = c.string(c.length(end, 1));
    else if (tag === 18) value = c.string(c.length(end, 2));
    else c.skip(tag, end);
  }
  return { key, value };
}
