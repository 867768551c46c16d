// Vocabulary every core module shares: errors with a code and a place, diagnostics, the code catalogue.
export { EnergyDiffError, type Diagnostic, type ErrorPlace } from './errors.js';
export { DIAGNOSTIC_CODES, ERROR_CODES, type DiagnosticCode, type ErrorCode } from './error-codes.js';
export { isObject } from './is-object.js';
export { ISSUES_URL, isInternalError } from './internal-error.js';
export { LIMITS } from './limits.js';
export { bare, own } from './own.js';
