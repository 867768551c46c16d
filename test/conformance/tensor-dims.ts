// Reads a serialized TensorProto from ONNX's backend test data: dims (field 1), data_type (2) and, for
// small numeric tensors, the values (float_data 4, int32_data 5, int64_data 7, raw_data 9, double_data 10).
// Enough to know expected output shapes and to bind shape-argument inputs (pads, axes, sizes) to constants.
export interface TensorData {
  dims: number[];
  dataType: number;
  values?: number[];
}

function varint(bytes: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    const b = bytes[pos++];
    if (b === undefined) throw new Error('truncated varint');
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
}

const signed = (v: bigint): number => Number(BigInt.asIntN(64, v));

function rawValues(raw: Uint8Array, dataType: number): number[] | undefined {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const read: Record<number, [number, (o: number) => number]> = {
    1: [4, (o) => view.getFloat32(o, true)],
    6: [4, (o) => view.getInt32(o, true)],
    7: [8, (o) => Number(view.getBigInt64(o, true))],
    9: [1, (o) => view.getUint8(o)],
    11: [8, (o) => view.getFloat64(o, true)],
  };
  const r = read[dataType];
  if (!r) return undefined;
  return Array.from({ length: raw.byteLength / r[0] }, (_, i) => r[1](i * r[0]));
}

export function readTensor(bytes: Uint8Array): TensorData {
  const dims: number[] = [];
  let dataType = 0;
  const values: number[] = [];
  let raw: Uint8Array | undefined;
  let pos = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (pos < bytes.length) {
    const [key, next] = varint(bytes, pos);
    pos = next;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === 0) {
      const [v, p] = varint(bytes, pos);
      pos = p;
      if (field === 1) dims.push(Number(v));
      else if (field === 2) dataType = Number(v);
      else if (field === 5 || field === 7) values.push(signed(v));
    } else if (wire === 2) {
      const [lenBig, p] = varint(bytes, pos);
      const len = Number(lenBig);
      const end = p + len;
      if (field === 1 || field === 5 || field === 7) {
        for (let q = p; q < end; ) {
          const [v, r] = varint(bytes, q);
          (field === 1 ? dims : values).push(field === 1 ? Number(v) : signed(v));
          q = r;
        }
      } else if (field === 4) for (let q = p; q < end; q += 4) values.push(view.getFloat32(q, true));
      else if (field === 10) for (let q = p; q < end; q += 8) values.push(view.getFloat64(q, true));
      else if (field === 9) raw = bytes.subarray(p, end);
      pos = end;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  const decoded = raw ? rawValues(raw, dataType) : values.length > 0 ? values : dims.includes(0) ? [] : undefined;
  return decoded ? { dims, dataType, values: decoded } : { dims, dataType };
}
