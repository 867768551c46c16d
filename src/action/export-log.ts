// The export command's output for the log: streamed line by line, each distinct line printed once. Frameworks
// repeat the same warning for every layer or call site (TracerWarning, UserWarning, deprecation notices);
// the repeats are counted and listed once at the end instead of burying the log.

export interface FoldedLine {
  line: string;
  /** How many times it was printed in all (the first one included). */
  count: number;
}

export class FoldingLog {
  private readonly seen = new Map<string, number>();
  private partial = '';

  constructor(private readonly print: (line: string) => void) {}

  /** Takes a chunk of output; complete lines are printed (or counted, when already printed). */
  push(chunk: string): void {
    const text = this.partial + chunk.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const l of lines) this.line(l);
  }

  private line(raw: string): void {
    const line = raw.trimEnd();
    if (line === '') return;
    const n = this.seen.get(line) ?? 0;
    this.seen.set(line, n + 1);
    if (n === 0) this.print(line);
  }

  /** Flushes a last unterminated line; returns the lines that repeated, most repeated first. */
  finish(): FoldedLine[] {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
    return [...this.seen].filter(([, c]) => c > 1).map(([line, count]) => ({ line, count })).sort((a, b) => b.count - a.count);
  }
}

/** "folded 40 repeated lines: ×21 'UserWarning: …', ×19 '…'" (the 3 most repeated), or null when none repeated. */
export function foldSummary(folded: FoldedLine[], shown = 3): string | null {
  if (folded.length === 0) return null;
  const repeats = folded.reduce((n, f) => n + f.count - 1, 0);
  const top = folded.slice(0, shown).map((f) => `×${f.count} ${JSON.stringify(f.line.length > 160 ? `${f.line.slice(0, 157)}...` : f.line)}`);
  const more = folded.length > shown ? `, and ${folded.length - shown} more` : '';
  return `folded ${repeats} repeated line${repeats === 1 ? '' : 's'} of output: ${top.join(', ')}${more}`;
}
