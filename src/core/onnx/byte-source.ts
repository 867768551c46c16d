// Positioned, synchronous reads: the decoder seeks past weight payloads instead of loading them.

export interface ByteSource {
  /** Total size of the input in bytes. */
  readonly sizeBytes: number;
  /** Bytes [offsetBytes, offsetBytes + length), clipped to the end of the input. May be a view into a shared buffer. */
  read(offsetBytes: number, length: number): Uint8Array;
}

/** A ByteSource over bytes already in memory (tests, small models): reads are zero-copy views. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    sizeBytes: bytes.length,
    read: (offsetBytes, length) => bytes.subarray(offsetBytes, Math.min(bytes.length, offsetBytes + length)),
  };
}
