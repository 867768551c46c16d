// One ::error annotation per failure, naming the file and the place (byte offset, JSON path, node, YAML line)
// so the runner shows it on the offending file.
import type { ActionsIo, AnnotationPlace } from '../adapters/actions-io.js';
import { ConfigError } from '../adapters/config.js';
import { EnergyDiffError, isInternalError, ISSUES_URL } from '../core/common/index.js';

/** `E_CODE at byte 12, node conv1: message` — the place without the file (the annotation carries it). */
export function describeError(err: EnergyDiffError): string {
  const p = err.place;
  const where = [
    p.byteOffset !== undefined ? `byte ${p.byteOffset}` : '',
    p.jsonPath !== undefined && !err.message.includes(p.jsonPath) ? p.jsonPath : '',
    p.node !== undefined ? `node ${p.node}` : '',
    p.input !== undefined ? `input ${p.input}` : '',
  ].filter(Boolean);
  return `${err.code}${where.length ? ` at ${where.join(', ')}` : ''}: ${err.message}`;
}

export function reportError(io: ActionsIo, err: unknown): void {
  if (err instanceof EnergyDiffError) {
    const place: AnnotationPlace = { title: `energy-diff ${err.code}` };
    if (err.place.file) place.file = err.place.file;
    if (err instanceof ConfigError && err.line !== undefined) place.line = err.line;
    const file = err.place.file ? `${err.place.file}: ` : '';
    io.error(`${file}${describeError(err)}`, place);
    return;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  if (!isInternalError(err)) {
    io.fail(`energy-diff failed: ${e.message}`);
    return;
  }
  // Not a problem with the input, the workflow or the machine: a bug. Only then is a stack useful.
  io.error(`energy-diff internal error, please report it at ${ISSUES_URL} with the log below: ${e.message}`, { title: 'energy-diff internal error' });
  if (e.stack) io.info(e.stack);
}
