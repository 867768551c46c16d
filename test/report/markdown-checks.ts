// Structural checks of a rendered comment, independent of the renderer: a real CommonMark + GFM-table
// parse (markdown-it), raw pipe counts per table row, balanced <details>, and the xychart-beta
// grammar as mermaid's parser (xychart.jison) accepts it.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });

/** Pipes that delimit cells: not backslash-escaped (an escaped backslash before a pipe does not count). */
function cellDelimiters(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

function tableProblems(lines: string[]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\|[-:| ]+\|$/.test(lines[i] ?? '') || !(lines[i - 1] ?? '').startsWith('|')) continue;
    const width = cellDelimiters(lines[i - 1] as string);
    if (cellDelimiters(lines[i] as string) !== width) problems.push(`line ${i + 1}: delimiter row width differs from header`);
    for (let j = i + 1; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) {
      if (cellDelimiters(lines[j] as string) !== width) problems.push(`line ${j + 1}: ${cellDelimiters(lines[j] as string) - 1} cells, header has ${width - 1}`);
    }
  }
  return problems;
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const STRING = String.raw`"[^"%]*"`;

function xychartProblems(body: string[], at: number): string[] {
  const problems: string[] = [];
  const [kind, ...rest] = body;
  if (kind !== 'xychart-beta') return [`line ${at}: mermaid block is not xychart-beta`];
  let labels = -1;
  let values: number[] = [];
  let range: [number, number] | null = null;
  for (const line of rest.map((l) => l.trim())) {
    const x = new RegExp(String.raw`^x-axis \[(${STRING}(?:, ${STRING})*)\]$`).exec(line);
    const bar = new RegExp(String.raw`^bar \[(${NUMBER}(?:, ${NUMBER})*)\]$`).exec(line);
    const y = new RegExp(String.raw`^y-axis ${STRING} (${NUMBER}) --> (${NUMBER})$`).exec(line);
    if (y) range = [Number(y[1]), Number(y[2])];
    if (x) labels = (x[1] as string).split('", "').length;
    else if (bar) values = (bar[1] as string).split(', ').map(Number);
    else if (!new RegExp(String.raw`^(title ${STRING}|y-axis ${STRING}(?: ${NUMBER} --> ${NUMBER})?)$`).test(line)) problems.push(`line ${at}: not xychart-beta grammar: ${line}`);
  }
  if (labels < 1 || labels !== values.length) problems.push(`line ${at}: ${labels} x-axis labels for ${values.length} bars`);
  // Bars start at the bottom of the axis: a range that does not start at 0 or cuts a bar misleads.
  if (range && (range[0] !== 0 || values.some((v) => v < range![0] || v > range![1]))) problems.push(`line ${at}: y-axis range ${range.join('..')} does not hold the bars from 0`);
  return problems;
}

export function structureProblems(markdown: string): string[] {
  const lines = markdown.split('\n');
  const problems = tableProblems(lines);
  const open = lines.filter((l) => l.startsWith('<details>')).length;
  const close = lines.filter((l) => l === '</details>').length;
  if (open !== close) problems.push(`${open} <details> opened, ${close} closed`);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```mermaid') continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) problems.push(`line ${i + 1}: unterminated mermaid block`);
    else problems.push(...xychartProblems(lines.slice(i + 1, end), i + 1));
  }
  // Every table markdown-it sees must have as many header cells as the raw header row says.
  const tokens = md.parse(markdown, {});
  const tables = tokens.filter((t) => t.type === 'table_open').length;
  const rawTables = lines.filter((l, i) => /^\|[-:| ]+\|$/.test(l) && (lines[i - 1] ?? '').startsWith('|')).length;
  if (tables !== rawTables) problems.push(`markdown-it found ${tables} tables, the text has ${rawTables}`);
  return problems;
}

/** The text content of each table's rows as markdown-it parses them: [table][row][cell]. */
export function parsedTables(markdown: string): string[][][] {
  const tokens = md.parse(markdown, {});
  const tables: string[][][] = [];
  let row: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'table_open') tables.push([]);
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      tables[tables.length - 1]?.push(row);
      row = null;
    } else if (t.type === 'inline' && row) row.push((t.children ?? []).map((c) => c.content).join(''));
  }
  return tables;
}
