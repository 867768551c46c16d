// Errors and diagnostics shared by every module. Codes are catalogued in ./error-codes.ts (docs/errors.md).
import type { DiagnosticCode, ErrorCode } from './error-codes.js';

/** Where input went wrong: a file path plus byte offset, JSON path, node name or input. */
export interface ErrorPlace {
  file?: string;
  byteOffset?: number;
  jsonPath?: string;
  node?: string;
  input?: string;
}

/** An error that names the place where input went wrong. Entry points print `message` and exit non-zero. */
export class EnergyDiffError extends Error {
  constructor(
    /** Stable machine-readable code from the catalogue (./error-codes.ts), e.g. E_ONNX_TRUNCATED. */
    readonly code: ErrorCode,
    message: string,
    /** Where: a file path plus byte offset, JSON path, node name or layer. */
    readonly place: ErrorPlace = {},
  ) {
    super(message);
    this.name = 'EnergyDiffError';
  }
}

export interface Diagnostic {
  severity: 'info' | 'warning' | 'error';
  code: DiagnosticCode;
  message: string;
  node?: string;
  op?: string;
}
