// Vocabulary every core module shares: errors with a code and a place, diagnostics, the code catalogue.
export { EnergyDiffError, type Diagnostic, type ErrorPlace } from './errors.js';
export { DIAGNOSTIC_CODES, ERROR_CODES, type DiagnosticCode, type ErrorCode } from './error-codes.js';
export { isObject } from './is-object.js';
