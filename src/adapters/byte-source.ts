// A file as a ByteSource: positioned reads (pread), so the ONNX reader seeks past weights instead of
// loading them. A small read-ahead buffer serves the many tiny header reads with one syscall.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '../core/onnx/index.js';

/** The decoder asks for 4-64 KiB windows itself; this floor only keeps stray tiny reads from costing a syscall each. */
const READ_AHEAD_BYTES = 4 * 1024;

export interface FileByteSource extends ByteSource {
  /** Bytes actually read from disk so far (tests and the benchmark check weights are never read). */
  readonly bytesRead: number;
  close(): void;
}

export function openFileSource(path: string): FileByteSource {
  const fd = openSync(path, 'r');
  let sizeBytes: number;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    sizeBytes = st.size;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  let cache = new Uint8Array(0);
  let cacheStart = 0;
  let bytesRead = 0;
  let open = true;
  return {
    sizeBytes,
    get bytesRead() {
      return bytesRead;
    },
    read(offsetBytes: number, length: number): Uint8Array {
      const stop = Math.min(sizeBytes, offsetBytes + length);
      if (offsetBytes >= cacheStart && stop <= cacheStart + cache.length) {
        return cache.subarray(offsetBytes - cacheStart, stop - cacheStart);
      }
      // A fresh buffer per read: views handed out earlier stay valid.
      const want = Math.max(0, Math.min(sizeBytes - offsetBytes, Math.max(length, READ_AHEAD_BYTES)));
      const buf = new Uint8Array(want);
      let got = 0;
      while (got < want) {
        const n = readSync(fd, buf, got, want - got, offsetBytes + got);
        if (n === 0) break;
        got += n;
      }
      bytesRead += got;
      cache = buf.subarray(0, got);
      cacheStart = offsetBytes;
      return cache.subarray(0, Math.max(0, stop - offsetBytes));
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
