// Values of small tensors, decoded as onnx.numpy_helper.to_array does: raw_data little-endian by data type,
// or the typed field with numpy's casts (int32_data wraps to the narrower integer types, float16 and
// bfloat16 bit patterns widen to float).
import type { Cursor } from './cursor.js';

/** Where one occurrence of a payload field lies: a packed run (or raw_data), or one unpacked element. */
export interface Seg {
  pos: number;
  len: number;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function bfloat16(bits16: number): number {
  u32[0] = (bits16 & 0xffff) << 16;
  return f32[0] as number;
}

function float16(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const frac = bits & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

function fromRaw(bytes: Uint8Array, dataType: number): number[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Exact-size arrays: one pushed to n elements keeps room for 1.5 n (decoded values of many small weights
  // are a large part of a 10^6-node model's memory).
  const at = (size: number, get: (o: number) => number): number[] => {
    const out = new Array<number>(Math.floor(bytes.length / size));
    for (let i = 0; i < out.length; i++) out[i] = get(i * size);
    return out;
  };
  switch (dataType) {
    case 1: return at(4, (o) => v.getFloat32(o, true));
    case 2: return at(1, (o) => v.getUint8(o));
    case 3: return at(1, (o) => v.getInt8(o));
    case 4: return at(2, (o) => v.getUint16(o, true));
    case 5: return at(2, (o) => v.getInt16(o, true));
    case 6: return at(4, (o) => v.getInt32(o, true));
    case 7: return at(8, (o) => v.getInt32(o + 4, true) * 4294967296 + v.getUint32(o, true));
    case 9: return at(1, (o) => (v.getUint8(o) !== 0 ? 1 : 0));
    case 10: return at(2, (o) => float16(v.getUint16(o, true)));
    case 11: return at(8, (o) => v.getFloat64(o, true));
    case 12: return at(4, (o) => v.getUint32(o, true));
    case 13: return at(8, (o) => v.getUint32(o + 4, true) * 4294967296 + v.getUint32(o, true));
    case 16: return at(2, (o) => bfloat16(v.getUint16(o, true)));
    default: return [];
  }
}

/** numpy's astype from the storage field's element to the tensor's data type. */
function cast(dataType: number, x: number): number {
  switch (dataType) {
    case 2: return x & 0xff;
    case 3: return (x << 24) >> 24;
    case 4: return x & 0xffff;
    case 5: return (x << 16) >> 16;
    case 6: return x | 0;
    case 9: return x !== 0 ? 1 : 0;
    case 10: return float16(x & 0xffff);
    case 16: return bfloat16(x);
    case 12: return x % 4294967296;
    default: return x;
  }
}

/** Reads the element(s) of one typed field occurrence. */
function readElements(c: Cursor, storageField: number, end: number, out: number[], dataType: number): void {
  while (c.pos < end) {
    let x: number;
    if (storageField === 4) x = c.float32(end);
    else if (storageField === 10) x = c.float64(end);
    else if (storageField === 5) x = c.int32(end);
    else if (storageField === 11) x = c.uint64(end);
    else x = c.int64(end);
    out.push(cast(dataType, x));
  }
}

export function tensorValues(c: Cursor, dataType: number, segs: Seg[], isRaw: boolean, storageField = 0): number[] {
  const back = c.pos;
  try {
    if (isRaw) {
      const seg = segs[0] as Seg;
      c.pos = seg.pos;
      return fromRaw(c.bytes(seg.len), dataType);
    }
    const out: number[] = [];
    for (const seg of segs) {
      c.pos = seg.pos;
      // a packed run holds many elements, an unpacked occurrence exactly one: both read to the segment's end
      readElements(c, storageField, seg.pos + seg.len, out, dataType);
    }
    return out.slice();
  } finally {
    c.pos = back;
  }
}
