// ValueInfoProto → ValueInfo: name, tensor element type and (possibly symbolic) shape. A single message field
// that occurs twice (type, tensor_type, shape) is merged into the first, as protobuf parsers do.
import type { Dim, ValueInfo } from '../graph/index.js';
import { WIRE_LEN, WIRE_VARINT, type Cursor } from './cursor.js';

/** TypeProto as read so far: which member of its `value` oneof is set, and the tensor type when that is it. */
interface TypeFields {
  member: number;
  tensor: TensorType;
}

interface TensorType {
  elemType: number;
  shape?: Dim[];
}

/** TypeProto's `value` oneof: tensor_type, sequence_type, map_type, opaque_type, sparse_tensor_type, optional_type. */
const TYPE_MEMBERS = new Set([1, 4, 5, 7, 8, 9]);

export function decodeValueInfo(c: Cursor, end: number): ValueInfo {
  let name = '';
  let type: TypeFields | undefined;
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | WIRE_LEN)) name = c.string(c.length(end, 1));
    else if (tag === ((2 << 3) | WIRE_LEN)) type = decodeType(c, c.until(end, 2), type ?? { member: 0, tensor: { elemType: 0 } });
    else c.skip(tag, end);
  }
  const out: ValueInfo = { name, elemType: 0 };
  if (type?.member === 1) {
    out.elemType = type.tensor.elemType;
    if (type.tensor.shape) out.shape = type.tensor.shape;
  }
  return out;
}

/** TypeProto: only tensor_type carries what inference needs; another member of the oneof replaces it. */
function decodeType(c: Cursor, end: number, t: TypeFields): TypeFields {
  while (c.pos < end) {
    const tag = c.tag(end);
    const field = tag >>> 3;
    if ((tag & 7) === WIRE_LEN && TYPE_MEMBERS.has(field)) {
      // Setting another member of a oneof clears the one set before; the same member merges.
      if (t.member !== field) t.tensor = { elemType: 0 };
      t.member = field;
      if (field !== 1) {
        c.skip(tag, end);
        continue;
      }
      c.path.push('tensor_type');
      decodeTensorType(c, c.until(end, 1), t.tensor);
      c.path.pop();
    } else c.skip(tag, end);
  }
  return t;
}

function decodeTensorType(c: Cursor, end: number, t: TensorType): void {
  while (c.pos < end) {
    const tag = c.tag(end);
    if (tag === ((1 << 3) | WIRE_VARINT)) t.elemType = c.int32(end);
    else if (tag === ((2 << 3) | WIRE_LEN)) {
      const stop = c.until(end, 2);
      // a second occurrence of shape merges into the first: its dims are appended
      const shape = t.shape ?? [];
      while (c.pos < stop) {
        const dtag = c.tag(stop);
        if (dtag === ((1 << 3) | WIRE_LEN)) shape.push(decodeDim(c, c.until(stop, 1)));
        else c.skip(dtag, stop);
      }
      t.shape = shape;
    } else c.skip(tag, end);
  }
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
