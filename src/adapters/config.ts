// Reads the action's config file (.github/energy-diff.yml): YAML → ActionConfig, every error naming the
// file, the JSON path and the YAML line so the ::error annotation lands on the offending line.
import { type ErrorCode, EnergyDiffError } from '../core/common/index.js';
import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { parseActionConfig, type ActionConfig } from '../core/config/index.js';

/** An E_CONFIG / E_BUDGET_CONFIG error that also knows its 1-based YAML line. */
export class ConfigError extends EnergyDiffError {
  constructor(
    code: ErrorCode,
    message: string,
    place: EnergyDiffError['place'],
    readonly line?: number,
  ) {
    super(code, message, place);
  }
}

/** `$.budgets[0].maxJ.fail` → ['budgets', 0, 'maxJ', 'fail']. */
export function jsonPathKeys(jsonPath: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]/g;
  for (let m = re.exec(jsonPath); m; m = re.exec(jsonPath)) keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return keys;
}

/** The line of the deepest node that exists on the path (an unknown key points at its parent's line otherwise). */
export function lineOfPath(doc: Document, lines: LineCounter, jsonPath: string): number | undefined {
  const keys = jsonPathKeys(jsonPath);
  for (let n = keys.length; n >= 0; n--) {
    const path = keys.slice(0, n);
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    // A key that exists with a bad value: point at the key's own line, via the parent's pair.
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Parses config text; `file` is used in messages (repository-relative in the action). */
export function parseConfigText(text: string, file: string): ActionConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lines.linePos(firstError.pos[0]).line;
    throw new ConfigError('E_CONFIG', `YAML error at line ${line}: ${firstError.message.split('\n')[0]}`, { file }, line);
  }
  try {
    return parseActionConfig(doc.toJS({ maxAliasCount: 100 }), file);
  } catch (err) {
    if (!(err instanceof EnergyDiffError) || err.place.jsonPath === undefined) throw err;
    const line = lineOfPath(doc, lines, err.place.jsonPath);
    const at = line !== undefined ? ` (line ${line})` : '';
    throw new ConfigError(err.code, `${err.message} at ${err.place.jsonPath}${at}`, err.place, line);
  }
}

/** Reads the config; a missing file is the default config unless `required` (the user named it). */
export async function loadActionConfig(path: string, displayPath: string, required: boolean): Promise<ActionConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (required) throw new ConfigError('E_CONFIG', 'config file not found', { file: displayPath });
    return parseActionConfig(null, displayPath);
  }
  return parseConfigText(text, displayPath);
}
