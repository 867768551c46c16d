// The runner's side of the action, through @actions/core: inputs (INPUT_*), outputs (GITHUB_OUTPUT), the job
// summary (GITHUB_STEP_SUMMARY), annotations, groups, masks and the failure status. @actions/core escapes
// command data and properties; a plain log line is not a command, so text that may quote the pull request
// (paths, node names, an export's output) goes through core/format's runner-text escaping first: no line
// can become `::error::` or `::add-mask::`, no bidi character can reorder what a reader sees.
import * as core from '@actions/core';
import { safeLines, showInvisible } from '../core/format/index.js';

/** Where a message points: a repository-relative file and 1-based lines and column, when known. */
export interface AnnotationPlace {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  title?: string;
}

function properties(place: AnnotationPlace = {}): core.AnnotationProperties {
  const p: core.AnnotationProperties = {};
  if (place.title) p.title = showInvisible(place.title);
  if (place.file) p.file = showInvisible(place.file);
  if (place.line !== undefined) p.startLine = place.line;
  if (place.endLine !== undefined) p.endLine = place.endLine;
  if (place.col !== undefined) p.startColumn = place.col;
  return p;
}

type Summary = typeof core.summary;

/** Runner I/O of one run. @actions/core reads process.env and writes process.stdout, as the runner expects. */
export class ActionsIo {
  /**
   * This run's job summary writer. core.summary keeps the first GITHUB_STEP_SUMMARY it resolves for the life of
   * the process; a writer per run resolves the file the run's environment names.
   */
  private readonly summary: Summary = new (core.summary.constructor as new () => Summary)();

  /** The trimmed input value; '' when not given (GitHub sets every declared input, defaults included). */
  input(name: string): string {
    return core.getInput(name);
  }

  /** Input lines, trimmed, blanks dropped; `commas` also splits on commas (not for globs: `{a,b}`). */
  inputList(name: string, opts: { commas?: boolean } = {}): string[] {
    return core
      .getMultilineInput(name)
      .flatMap((line) => (opts.commas ? line.split(',') : [line]))
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  setOutput(name: string, value: string): void {
    if (process.env.GITHUB_OUTPUT) core.setOutput(name, value);
    // Outside a runner (local runs) the output is printed; core's fallback, the deprecated ::set-output, is not used.
    else this.info(`${name}=${value.includes('\n') ? JSON.stringify(value) : value}`);
  }

  /** Appends Markdown to the job summary; returns false when the runner gave no summary file. */
  async appendSummary(markdown: string): Promise<boolean> {
    if (!process.env.GITHUB_STEP_SUMMARY) return false;
    await this.summary.addRaw(markdown, !markdown.endsWith('\n')).write();
    return true;
  }

  /** Log lines; whatever input they quote, none of them can be a workflow command (core/format/runner-text.ts). */
  info(message: string): void {
    core.info(safeLines(message));
  }

  /** Shown only when the run has debug logging on (RUNNER_DEBUG=1). */
  debug(message: string): void {
    core.debug(showInvisible(message));
  }

  error(message: string, place?: AnnotationPlace): void {
    core.error(showInvisible(message), properties(place));
  }

  warning(message: string, place?: AnnotationPlace): void {
    core.warning(showInvisible(message), properties(place));
  }

  notice(message: string, place?: AnnotationPlace): void {
    core.notice(showInvisible(message), properties(place));
  }

  /** An error annotation and a failing exit status for the step. */
  fail(message: string): void {
    core.setFailed(showInvisible(message));
  }

  /** Opens a collapsed log group (for output that arrives asynchronously, such as an export's). */
  startGroup(title: string): void {
    core.startGroup(showInvisible(title));
  }

  endGroup(): void {
    core.endGroup();
  }

  /** Masks a secret in the log (the token, should it ever be echoed). */
  mask(secret: string): void {
    if (secret) core.setSecret(secret);
  }
}
