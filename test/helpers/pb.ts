// The protobuf writer lives in src/core/onnx-write; tests import it from here, plus a file sink.
import { writeSync } from 'node:fs';

export { Pb, concat, varintBytes, type LazyBytes } from '../../src/core/onnx-write/pb.js';

/** A Pb.writeTo sink that appends to an open file descriptor. */
export function fdSink(fd: number): (chunk: Uint8Array) => void {
  return (chunk) => {
    writeSync(fd, chunk);
  };
}
