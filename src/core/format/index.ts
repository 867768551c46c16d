// Deterministic text of numbers and names: what the comment, the budget messages and the CLI tables print.
export { markdownRows, type ColumnAlign } from './table.js';
export * from './format.js';
export { escapeData, escapeProperty, logText, safeLines, showInvisible } from './runner-text.js';
