// Protobuf wire-format reading over a ByteSource through a small window, so decoding message headers
// costs one read per 64 KiB and payloads (weights) are skipped by offset, never read.
import type { ErrorCode } from '../common/index.js';
import type { ByteSource } from './byte-source.js';
import { onnxError } from './errors.js';

const WINDOW_BYTES = 64 * 1024;
/** After a seek past a payload the next header is usually small and followed by another payload: windows
 *  start at this size and double while reading stays sequential. */
const SEEK_WINDOW_BYTES = 4 * 1024;
const TWO_32 = 4294967296;

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

const utf8 = new TextDecoder('utf-8');

export class Cursor {
  pos = 0;
  readonly size: number;
  /** Field path of the message being decoded (e.g. graph, node[3], attribute[0]); joined only for errors. */
  readonly path: string[] = [];
  /** How many graphs enclose the one being decoded (subgraph attributes nest). */
  graphDepth = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private view: DataView = new DataView(new ArrayBuffer(0));
  private bufStart = 0;
  private lo = 0;
  private hi = 0;

  constructor(
    private readonly source: ByteSource,
    readonly file: string,
  ) {
    this.size = source.sizeBytes;
  }

  error(code: ErrorCode, what: string, at = this.pos): Error {
    return onnxError(code, this.file, at, what, this.path.join('.'));
  }

  /** Makes [pos, pos + n) addressable in buf (n is clipped by the caller to the input end); returns pos's index. */
  private window(n: number): number {
    const off = this.pos - this.bufStart;
    if (off >= 0 && off + n <= this.buf.length) return off;
    const sequential = this.pos === this.bufStart + this.buf.length;
    const grown = sequential ? Math.min(WINDOW_BYTES, 2 * this.buf.length) : SEEK_WINDOW_BYTES;
    const want = Math.max(n, grown, SEEK_WINDOW_BYTES);
    this.buf = this.source.read(this.pos, Math.min(want, this.size - this.pos));
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.bufStart = this.pos;
    if (this.buf.length < Math.min(n, this.size - this.pos)) throw this.error('E_ONNX_TRUNCATED', 'short read');
    return 0;
  }

  /** Whether n bytes from pos lie inside both the message (which may claim more than the file has) and the file. */
  private fits(n: number, end: number): boolean {
    return this.pos + n <= end && this.pos + n <= this.size;
  }

  private pastEnd(need: number, end: number, what: string): Error {
    if (this.pos + need > this.size) return this.error('E_ONNX_TRUNCATED', `truncated: ${what} needs ${need} bytes but the file ends at byte ${this.size}`);
    return this.error('E_ONNX_TRUNCATED', `${what} needs ${need} bytes, past the end of its enclosing message at byte ${end}`);
  }

  /** Reads a varint into lo/hi (two 32-bit halves). */
  private rawVarint(end: number): void {
    const start = this.pos;
    const avail = Math.min(10, end - start, this.size - start);
    const off = this.window(avail);
    const buf = this.buf;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (i >= avail) {
        if (start + i >= this.size) throw this.error('E_ONNX_TRUNCATED', `truncated: a varint is cut off by the end of the file at byte ${this.size}`, start);
        throw this.error('E_ONNX_VARINT', `bad varint: runs past the end of its message at byte ${end}`, start);
      }
      const b = buf[off + i] as number;
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x7f) << 28;
        hi = (b & 0x7f) >>> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if (b < 0x80) {
        this.pos = start + i + 1;
        this.lo = lo;
        this.hi = hi;
        return;
      }
    }
    throw this.error('E_ONNX_VARINT', 'bad varint: longer than 10 bytes', start);
  }

  /** A varint as a signed int64 (negative values are 10-byte two's complement); exact up to 2^53. */
  int64(end: number): number {
    const off = this.pos - this.bufStart;
    if (this.pos < end && off >= 0 && off < this.buf.length) {
      const b = this.buf[off] as number;
      if (b < 0x80) {
        this.pos++;
        return b;
      }
    }
    this.rawVarint(end);
    return (this.hi | 0) * TWO_32 + (this.lo >>> 0);
  }

  /** A varint as int32 (the low 32 bits, as protobuf reads int32 and enum fields). */
  int32(end: number): number {
    const off = this.pos - this.bufStart;
    if (this.pos < end && off >= 0 && off < this.buf.length) {
      const b = this.buf[off] as number;
      if (b < 0x80) {
        this.pos++;
        return b;
      }
    }
    this.rawVarint(end);
    return this.lo | 0;
  }

  /** A varint as an unsigned uint64. */
  uint64(end: number): number {
    this.rawVarint(end);
    return (this.hi >>> 0) * TWO_32 + (this.lo >>> 0);
  }

  /** A field tag: returns field number * 8 + wire type, after rejecting wire types ONNX never uses. */
  tag(end: number): number {
    const at = this.pos;
    this.rawVarint(end);
    const tag = this.lo >>> 0;
    const field = tag >>> 3;
    const wire = tag & 7;
    if (this.hi !== 0 || field === 0) throw this.error('E_ONNX_WIRE_TYPE', `invalid field number ${this.hi !== 0 ? '(over 2^29)' : 0}`, at);
    if (wire === 6 || wire === 7 || wire === 3 || wire === 4) {
      throw this.error('E_ONNX_WIRE_TYPE', `bad wire type ${wire} for field ${field}`, at);
    }
    return tag;
  }

  float32(end: number): number {
    if (!this.fits(4, end)) throw this.pastEnd(4, end, 'fixed32');
    const off = this.window(4);
    this.pos += 4;
    return this.view.getFloat32(off, true);
  }

  float64(end: number): number {
    if (!this.fits(8, end)) throw this.pastEnd(8, end, 'fixed64');
    const off = this.window(8);
    this.pos += 8;
    return this.view.getFloat64(off, true);
  }

  /** Reads a length prefix and checks the payload fits; pos is left at the payload start. */
  length(end: number, field: number): number {
    const len = this.uint64(end);
    if (!this.fits(len, end)) throw this.pastEnd(len, end, `field ${field}`);
    return len;
  }

  /** Like length(), but lets the payload run past the end of the file: decoding it then stops at the
   *  innermost field the file cuts off, which names the place better than the outer field. */
  lengthUnchecked(): number {
    return this.uint64(this.size);
  }

  /** Reads a length prefix and returns where its payload ends; pos is left at the payload start. */
  until(end: number, field: number): number {
    const len = this.length(end, field);
    return this.pos + len;
  }

  /** The next len bytes as a view (valid until the next read) and advances past them. */
  bytes(len: number): Uint8Array {
    if (len > WINDOW_BYTES) {
      const out = this.source.read(this.pos, len);
      this.pos += len;
      return out;
    }
    const off = this.window(len);
    this.pos += len;
    return this.buf.subarray(off, off + len);
  }

  string(len: number): string {
    const b = this.bytes(len);
    if (len <= 64) {
      let s = '';
      for (let i = 0; i < len; i++) {
        const c = b[i] as number;
        if (c >= 0x80) return utf8.decode(b);
        s += String.fromCharCode(c);
      }
      return s;
    }
    return utf8.decode(b);
  }

  /** Skips a field's value without reading a length-delimited payload. */
  skip(tag: number, end: number): void {
    const wire = tag & 7;
    if (wire === WIRE_VARINT) this.rawVarint(end);
    else if (wire === WIRE_LEN) {
      const len = this.length(end, tag >>> 3);
      this.pos += len;
    }
    else {
      const n = wire === WIRE_FIXED64 ? 8 : 4;
      if (!this.fits(n, end)) throw this.pastEnd(n, end, `field ${tag >>> 3}`);
      this.pos += n;
    }
  }

  /** Counts the varints in [pos, pos + len) by streaming windows (nothing retained); leaves pos at the end. */
  countVarints(len: number): number {
    const end = this.pos + len;
    let count = 0;
    while (this.pos < end) {
      const n = Math.min(WINDOW_BYTES, end - this.pos);
      const off = this.window(n);
      for (let i = 0; i < n; i++) if ((this.buf[off + i] as number) < 0x80) count++;
      this.pos += n;
    }
    return count;
  }
}
