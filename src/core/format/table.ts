// Markdown tables laid out by markdown-table. Cells arrive escaped (escapeMd): markdown-table escapes
// neither `|` nor line breaks. Delimiters are not aligned to the column widths, so a long layer name
// pads no other row (every character counts toward the comment's 65,536).
import { markdownTable } from 'markdown-table';

/** Column alignment: left, right, centre, or none (GitHub renders none as left). */
export type ColumnAlign = 'l' | 'r' | 'c' | '';

/** The table's lines: header, delimiter row (`| - | -: |`), one line per row. */
export function markdownRows(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ColumnAlign[] = []): string[] {
  return markdownTable([header, ...rows], { align: [...align], alignDelimiters: false }).split('\n');
}
