// A minimal protobuf writer (the ONNX writer's wire layer): messages are lists of byte parts whose size is
// known up front, so large payloads can be "lazy" (generated while streaming to disk, never held whole).
// Pure: bytes go to a caller's sink (an adapter or a test writes them to a file).

/** A payload of known length produced on demand, in chunks. */
export interface LazyBytes {
  length: number;
  chunks(): Iterable<Uint8Array>;
}

type Part = Uint8Array | LazyBytes;

export class Pb {
  readonly parts: Part[] = [];
  size = 0;

  private push(p: Part): this {
    this.parts.push(p);
    this.size += p.length;
    return this;
  }

  /** Raw bytes appended as they are (used to forge malformed input). */
  raw(bytes: Uint8Array): this {
    return this.push(bytes);
  }

  tag(field: number, wire: number): this {
    return this.push(varintBytes(BigInt(field * 8 + wire)));
  }

  /** A varint field; negative values are written as 10-byte two's complement, as protobuf does for int64. */
  varint(field: number, v: number | bigint): this {
    return this.tag(field, 0).push(varintBytes(BigInt(v)));
  }

  fixed32f(field: number, v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return this.tag(field, 5).push(b);
  }

  fixed64f(field: number, v: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    return this.tag(field, 1).push(b);
  }

  bytes(field: number, b: Part): this {
    return this.tag(field, 2).push(varintBytes(BigInt(b.length))).push(b);
  }

  string(field: number, s: string): this {
    return this.bytes(field, new TextEncoder().encode(s));
  }

  message(field: number, m: Pb): this {
    this.tag(field, 2).push(varintBytes(BigInt(m.size)));
    for (const p of m.parts) this.push(p);
    return this;
  }

  packedVarints(field: number, vs: (number | bigint)[]): this {
    return this.bytes(field, concat(vs.map((v) => varintBytes(BigInt(v)))));
  }

  packedFloats(field: number, vs: number[]): this {
    const b = new Uint8Array(vs.length * 4);
    const dv = new DataView(b.buffer);
    vs.forEach((v, i) => dv.setFloat32(i * 4, v, true));
    return this.bytes(field, b);
  }

  packedDoubles(field: number, vs: number[]): this {
    const b = new Uint8Array(vs.length * 8);
    const dv = new DataView(b.buffer);
    vs.forEach((v, i) => dv.setFloat64(i * 8, v, true));
    return this.bytes(field, b);
  }

  /** All bytes in memory (lazy parts materialised). */
  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks()) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  *chunks(): Iterable<Uint8Array> {
    for (const p of this.parts) {
      if (p instanceof Uint8Array) yield p;
      else yield* p.chunks();
    }
  }

  /** Streams the message to `write` in chunks of about 1 MiB (large parts passed whole); returns bytes written. */
  writeTo(write: (chunk: Uint8Array) => void): number {
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = (): void => {
      if (pendingBytes > 0) write(concat(pending));
      pending = [];
      pendingBytes = 0;
    };
    for (const chunk of this.chunks()) {
      if (chunk.length >= 1 << 20) {
        flush();
        write(chunk);
      } else {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= 1 << 20) flush();
      }
    }
    flush();
    return this.size;
  }
}

export function varintBytes(v: bigint): Uint8Array {
  let x = BigInt.asUintN(64, v);
  const out: number[] = [];
  do {
    const b = Number(x & 0x7fn);
    x >>= 7n;
    out.push(x === 0n ? b : b | 0x80);
  } while (x !== 0n);
  return Uint8Array.from(out);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
