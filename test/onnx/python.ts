// The python onnx oracle for reader tests: the repository's DecodedModel dumper and onnx.checker.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON, pythonHas } from '../infer/helpers/load.js';

export { decodeWithPython } from '../infer/helpers/load.js';

export function hasPythonOnnx(): boolean {
  return pythonHas('onnx');
}

/** Writes bytes to a fresh temp dir; returns the file path. */
export function tempModel(bytes: Uint8Array, name = 'model.onnx'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ed-onnx-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** onnx.checker.check_model's verdict: '' when accepted, else its message. */
export function checkerError(path: string): string {
  const script = 'import sys, onnx\ntry:\n    onnx.checker.check_model(onnx.load(sys.argv[1]))\nexcept Exception as e:\n    print(e)';
  return execFileSync(PYTHON, ['-c', script, path]).toString().trim();
}

/** JSON round trip as the python dumper's output has it: NaN and ±Infinity become null. */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))) as T;
}
