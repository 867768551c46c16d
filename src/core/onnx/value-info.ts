// ValueInfoProto → ValueInfo: name, tensor element type and (possibly symbolic) shape.
import type { Dim, ValueInfo } from '../graph/index.js';
import { WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';

export function decodeValueInfo(c: Cursor, end: number): ValueInfo {
  const out: ValueInfo = { name: '', elemType: 0 };
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | WIRE_LEN)) out.name = c.string(c.length(end, 1));
    else if (tag === ((2 << 3) | WIRE_LEN)) {
      const t = decodeType(c, c.until(end, 2));
      out.elemType = t.elemType;
      if (t.shape) out.shape = t.shape;
      else delete out.shape;
    } else c.skip(tag, end);
  }
  return out;
}

/** TypeProto: only tensor_type carries what inference needs; a later member of the oneof replaces it. */
function decodeType(c: Cursor, end: number): { elemType: number; shape?: Dim[] } {
  let t: { elemType: number; shape?: Dim[] } = { elemType: 0 };
  while (c.pos < end) {
    const tag = c.tag(end);
    const field = tag >>> 3;
    if (tag === ((1 << 3) | WIRE_LEN)) {
      c.path.push('tensor_type');
      t = decodeTensorType(c, c.until(end, 1));
      c.path.pop();
    } else if ((tag & 7) === WIRE_LEN && [4, 5, 7, 8, 9].includes(field)) {
      t = { elemType: 0 };
      c.skip(tag, end);
    } else c.skip(tag, end);
  }
  return t;
}

function decodeTensorType(c: Cursor, end: number): { elemType: number; shape?: Dim[] } {
  const t: { elemType: number; shape?: Dim[] } = { elemType: 0 };
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | WIRE_VARINT)) t.elemType = c.int32(end);
    else if (tag === ((2 << 3) | WIRE_LEN)) {
      const stop = c.until(end, 2);
      // repeated occurrences of a message field merge: dims append
      const shape = t.shape ?? [];
      while (c.pos < stop) {
        const dtag = c.tag(stop);
        if (dtag === ((1 << 3) | WIRE_LEN)) shape.push(decodeDim(c, c.until(stop, 1)));
        else c.skip(dtag, stop);
      }
      t.shape = shape;
    } else c.skip(tag, end);
  }
  return t;
}

function decodeDim(c: Cursor, end: number): Dim {
  let d: Dim = null;
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | WIRE_VARINT)) d = c.int64(end);
    else if (tag === ((2 << 3) | WIRE_LEN)) d = c.string(c.length(end, 2));
    else c.skip(tag, end);
  }
  return d;
}
