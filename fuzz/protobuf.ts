// A tolerant protobuf tree for mutating real model bytes: every length-delimited payload that parses as a
// message is parsed as one (a guess, which is fine for fuzzing), and writing the tree back recomputes every
// length, so a field can be duplicated, dropped, moved or spliced in from another file at any depth.

export interface PbField {
  field: number;
  wire: number;
  /** Varint value (wire 0), or the raw bytes of fixed32/fixed64 (wire 5/1) and of unparsed payloads (wire 2). */
  varint?: bigint;
  bytes?: Uint8Array;
  /** A wire-2 payload that parsed as a message. */
  children?: PbField[];
}

function readVarint(b: Uint8Array, pos: number): [bigint, number] | undefined {
  let v = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= b.length) return undefined;
    const x = b[pos + i]!;
    v |= BigInt(x & 0x7f) << BigInt(7 * i);
    if (x < 0x80) return [v, pos + i + 1];
  }
  return undefined;
}

/** Parses a message; undefined when the bytes are not one (depth-limited). */
export function parseMessage(b: Uint8Array, depth = 0): PbField[] | undefined {
  const out: PbField[] = [];
  let pos = 0;
  while (pos < b.length) {
    const t = readVarint(b, pos);
    if (!t) return undefined;
    const [tag, next] = t;
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0 || field > 1 << 29) return undefined;
    pos = next;
    if (wire === 0) {
      const v = readVarint(b, pos);
      if (!v) return undefined;
      out.push({ field, wire, varint: v[0] });
      pos = v[1];
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (pos + n > b.length) return undefined;
      out.push({ field, wire, bytes: b.subarray(pos, pos + n) });
      pos += n;
    } else if (wire === 2) {
      const l = readVarint(b, pos);
      if (!l || l[1] + Number(l[0]) > b.length) return undefined;
      const payload = b.subarray(l[1], l[1] + Number(l[0]));
      pos = l[1] + Number(l[0]);
      const children = depth < 12 && payload.length > 0 ? parseMessage(payload, depth + 1) : undefined;
      out.push(children ? { field, wire, children, bytes: payload } : { field, wire, bytes: payload });
    } else return undefined;
  }
  return out;
}

export function varintBytes(v: bigint): number[] {
  const out: number[] = [];
  let x = BigInt.asUintN(64, v);
  do {
    let byte = Number(x & 0x7fn);
    x >>= 7n;
    if (x > 0n) byte |= 0x80;
    out.push(byte);
  } while (x > 0n);
  return out;
}

export function writeMessage(fields: readonly PbField[]): Uint8Array {
  const parts: (number[] | Uint8Array)[] = [];
  let size = 0;
  const push = (p: number[] | Uint8Array) => {
    parts.push(p);
    size += p.length;
  };
  for (const f of fields) {
    push(varintBytes(BigInt(f.field) * 8n + BigInt(f.wire)));
    if (f.wire === 0) push(varintBytes(f.varint ?? 0n));
    else if (f.wire === 2) {
      const payload = f.children ? writeMessage(f.children) : (f.bytes ?? new Uint8Array());
      push(varintBytes(BigInt(payload.length)));
      push(payload);
    } else push(f.bytes ?? new Uint8Array(f.wire === 1 ? 8 : 4));
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Every message (list of fields) in the tree, the root first. */
export function messages(root: PbField[]): PbField[][] {
  const out: PbField[][] = [root];
  for (let i = 0; i < out.length; i++) for (const f of out[i]!) if (f.children) out.push(f.children);
  return out;
}
