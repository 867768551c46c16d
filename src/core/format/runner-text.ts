// Text that reaches a GitHub runner's stdout or stderr. The runner reads every output line for workflow
// commands (actions/runner ActionCommand.cs): a line whose first non-blank characters are `::` is one
// (`::error::`, `::add-mask::`, `::stop-commands::`), and the legacy form `##[command]` is one anywhere in a line.
// A file name, node name or message that quotes the input must never start, end or carry such a line: these
// pure functions are the one place that escapes it, for the action's log and annotations and the CLI's output.

/** Bidi overrides/isolates and other invisible direction marks: they reorder what a reader sees. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0 controls (tab, LF and CR aside), DEL and C1 controls: terminal escapes, bells, backspaces. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Anything neutraliseLine would change: a control or bidi character, `::` (a command after leading blanks), `##[`. */
const NEEDS_ESCAPE = new RegExp(`${CONTROLS.source}|${BIDI.source}|::|##\\[`);

const hex = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Control and bidi characters shown as `\u202E`, so a name cannot hide or reorder what is around it. */
export function showInvisible(text: string): string {
  return text.replace(CONTROLS, hex).replace(BIDI, hex);
}

/** Workflow command data: `%`, CR and LF escaped as the runner unescapes them, so a message stays one command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow command properties also escape `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One line: a `::` after leading blanks loses its command meaning, and so does `##[` anywhere. */
function neutraliseLine(line: string): string {
  // `\u0023` is also what a JSON string may spell `#` as, so JSON output keeps its values.
  return showInvisible(line).replace(/^(\s*):(?=:)/, '$1%3A').replace(/#(?=#\[)/g, '\\u0023');
}

/**
 * Program output of any number of lines (a table, Markdown, JSON, a relayed log, a stack) in which input may
 * appear: every line is kept, none can be a workflow command. CR, LF and CRLF all end a line for the runner.
 */
export function safeLines(text: string): string {
  // Most output (a 250 MB JSON report included) has nothing to escape: one scan, no per-line copies.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part))).join('');
}

/**
 * A string from the input (a path, a node name, a message quoting input) placed inside one log line: `%`, CR
 * and LF escaped as in command data so it cannot end the line, and no command in it.
 */
export function logText(text: string): string {
  return neutraliseLine(escapeData(text));
}
