// The runner's side of a JavaScript action without @actions/core: inputs from INPUT_* variables,
// outputs and the job summary appended to the files the runner names, workflow commands on stdout.
// Formats follow GitHub's runner (actions/toolkit core: command.ts, file-command.ts).
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeData, escapeProperty, safeLines, showInvisible } from '../core/format/index.js';

export interface Writer {
  write(text: string): unknown;
}

/** Where a message points: a repository-relative file and a 1-based line, when known. */
export interface AnnotationPlace {
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

/** The variable GitHub sets for an input: spaces become `_`, upper-cased, dashes kept (`INPUT_GITHUB-TOKEN`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export { escapeData, escapeProperty } from '../core/format/index.js';

/** `::error file=a.onnx,line=3::message` */
export function workflowCommand(command: string, message: string, place: AnnotationPlace = {}): string {
  const props = (['title', 'file', 'line', 'col'] as const)
    .filter((k) => place[k] !== undefined && place[k] !== '')
    .map((k) => `${k}=${showInvisible(escapeProperty(String(place[k])))}`);
  return `::${command}${props.length ? ' ' + props.join(',') : ''}::${showInvisible(escapeData(message))}`;
}

/**
 * One `name<<DELIMITER` block of GITHUB_OUTPUT / GITHUB_ENV. The delimiter is random and checked against
 * the value, so no value can end the block early and inject another output.
 */
export function fileCommandBlock(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name}: value contains the delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export class ActionsIo {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly stdout: Writer = process.stdout,
  ) {}

  /** The trimmed input value; '' when not given (GitHub sets every declared input, defaults included). */
  input(name: string): string {
    return (this.env[inputEnvName(name)] ?? '').trim();
  }

  /** Input lines, trimmed, blanks dropped; `commas` also splits on commas (not for globs: `{a,b}`). */
  inputList(name: string, opts: { commas?: boolean } = {}): string[] {
    return this.input(name)
      .split(opts.commas ? /\r?\n|,/ : /\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  setOutput(name: string, value: string): void {
    const file = this.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, fileCommandBlock(name, value), 'utf8');
    // Outside a runner (local runs) the output is printed; the deprecated ::set-output is never used.
    else this.stdout.write(safeLines(`${name}=${value.includes('\n') ? JSON.stringify(value) : value}`) + EOL);
  }

  /** Appends Markdown to the job summary; returns false when the runner gave no summary file. */
  appendSummary(markdown: string): boolean {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + EOL, 'utf8');
    return true;
  }

  /** Log lines; whatever input they quote, none of them can be a workflow command (core/format/runner-text.ts). */
  info(message: string): void {
    this.stdout.write(safeLines(message) + EOL);
  }

  error(message: string, place?: AnnotationPlace): void {
    this.stdout.write(workflowCommand('error', message, place) + EOL);
  }

  warning(message: string, place?: AnnotationPlace): void {
    this.stdout.write(workflowCommand('warning', message, place) + EOL);
  }

  notice(message: string, place?: AnnotationPlace): void {
    this.stdout.write(workflowCommand('notice', message, place) + EOL);
  }

  group<T>(title: string, body: () => T): T {
    this.startGroup(title);
    try {
      return body();
    } finally {
      this.endGroup();
    }
  }

  /** Opens a collapsed log group (for output that arrives asynchronously, such as an export's). */
  startGroup(title: string): void {
    this.stdout.write(`::group::${showInvisible(escapeData(title))}${EOL}`);
  }

  endGroup(): void {
    this.stdout.write(`::endgroup::${EOL}`);
  }

  /** Masks a secret in the log (the token, should it ever be echoed). */
  mask(secret: string): void {
    if (secret) this.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`);
  }
}
