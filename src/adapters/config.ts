// Reads the action's config file (.github/energy-diff.yml): YAML → ActionConfig, every error naming the
// file, the JSON path and the YAML line so the ::error annotation lands on the offending line.
import { type ErrorCode, EnergyDiffError } from '../core/common/index.js';
import { isCollection, isNode, isPair, LineCounter, parseDocument, visit, type Document, type ParsedNode } from 'yaml';
import { parseActionConfig, type ActionConfig } from '../core/config/index.js';
import { MAX_BYTES, readChecked } from './safe-read.js';

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

/** A config is a few levels deep; deeper nesting is refused (with its line) before anything recurses into it. */
export const MAX_CONFIG_DEPTH = 32;
/** Alias nodes a config may expand (yaml's maxAliasCount): an alias bomb stops here, not at memory exhaustion. */
export const MAX_ALIAS_COUNT = 100;

/** The first node nested deeper than MAX_CONFIG_DEPTH collections, or undefined. */
function tooDeep(node: unknown, depth = 0): ParsedNode | undefined {
  if (!isCollection(node)) return undefined;
  if (depth >= MAX_CONFIG_DEPTH) return node as ParsedNode;
  for (const item of node.items) {
    const children = isPair(item) ? [item.key, item.value] : [item];
    for (const child of children) {
      const deep = tooDeep(child, depth + 1);
      if (deep) return deep;
    }
  }
  return undefined;
}

/** What went wrong turning the document into values (yaml throws a bare ReferenceError), with the alias's line. */
function aliasError(doc: Document, lines: LineCounter, file: string, err: unknown): ConfigError {
  let unresolved: { source: string; at: number } | undefined;
  let first: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      const at = node.range?.[0] ?? 0;
      first ??= at;
      if (!unresolved && node.resolve(doc) === undefined) unresolved = { source: node.source, at };
    },
  });
  const lineAt = (at: number | undefined) => (at === undefined ? undefined : lines.linePos(at).line);
  if (unresolved) {
    const line = lineAt(unresolved.at);
    return new ConfigError('E_CONFIG', `YAML error at line ${line}: alias *${unresolved.source} names no anchor defined before it`, { file }, line);
  }
  const line = lineAt(first);
  const why = err instanceof Error && /alias count/i.test(err.message)
    ? `its aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
    : 'its aliases cannot be resolved';
  return new ConfigError('E_CONFIG', `YAML error${line !== undefined ? ` at line ${line}` : ''}: ${why}`, { file }, line);
}

/** Parses config text; `file` is used in messages (repository-relative in the action). */
export function parseConfigText(text: string, file: string): ActionConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lines.linePos(firstError.pos[0]).line;
    const what = firstError.code === 'RESOURCE_EXHAUSTION' ? `nested too deeply (more than ${MAX_CONFIG_DEPTH} levels are refused)` : firstError.message.split('\n')[0];
    throw new ConfigError('E_CONFIG', `YAML error at line ${line}: ${what}`, { file }, line);
  }
  const deep = tooDeep(doc.contents);
  if (deep) {
    const line = deep.range ? lines.linePos(deep.range[0]).line : undefined;
    throw new ConfigError('E_CONFIG', `YAML error${line !== undefined ? ` at line ${line}` : ''}: nested more than ${MAX_CONFIG_DEPTH} levels deep`, { file }, line);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw aliasError(doc, lines, file, err);
  }
  try {
    return parseActionConfig(value, file);
  } catch (err) {
    if (!(err instanceof EnergyDiffError) || err.place.jsonPath === undefined) throw err;
    const line = lineOfPath(doc, lines, err.place.jsonPath);
    const at = line !== undefined ? ` (line ${line})` : '';
    throw new ConfigError(err.code, `${err.message} at ${err.place.jsonPath}${at}`, err.place, line);
  }
}

export interface LoadConfigOptions {
  /** The workspace: the config (a pull request can replace it with a symlink) must resolve inside it. */
  root?: string;
}

/** Reads the config; a missing file is the default config unless `required` (the user named it). */
export async function loadActionConfig(path: string, displayPath: string, required: boolean, opts: LoadConfigOptions = {}): Promise<ActionConfig> {
  let text: string;
  try {
    text = readChecked(path, {
      code: 'E_CONFIG', notFoundCode: 'E_FILE_NOT_FOUND', what: 'config file', maxBytes: MAX_BYTES.config, display: displayPath,
      ...(opts.root !== undefined ? { root: opts.root } : {}),
    });
  } catch (err) {
    if (!(err instanceof EnergyDiffError) || err.code !== 'E_FILE_NOT_FOUND') throw err;
    if (required) throw new ConfigError('E_CONFIG', 'config file not found', { file: displayPath });
    return parseActionConfig(null, displayPath);
  }
  return parseConfigText(text, displayPath);
}
