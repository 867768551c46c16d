// The measurement journal: `measure` appends one line per finished epoch to `<out>.journal` (O(1) per epoch),
// folds everything into the measurement file at the end and deletes the journal. A journal still next to a
// file whose status is `running` means energy-diff itself died (SIGKILL, out of memory) before the end; its
// epochs are recovered by folding it into the document. Pure.
import { validateMeasurement, type MeasuredEpoch, type Measurement } from './schema.js';

export const JOURNAL_SUFFIX = '.journal';

export function journalEpochLine(epoch: MeasuredEpoch): string {
  return `${JSON.stringify({ epoch })}\n`;
}

export interface FoldedMeasurement {
  measurement: Measurement;
  /** Epochs the journal had beyond the document's own. */
  recovered: number;
}

function journalEpochs(text: string): MeasuredEpoch[] {
  const epochs: MeasuredEpoch[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue; // the last line torn by the crash
    }
    const epoch = (value as { epoch?: unknown } | null)?.epoch;
    if (typeof epoch === 'object' && epoch !== null) epochs.push(epoch as MeasuredEpoch);
  }
  return epochs;
}

/**
 * A `running` document plus its journal → the document with every journaled epoch, status `interrupted` and a
 * warning saying so. Totals become at least the sum of the epochs (what ran after the last epoch is unknown).
 */
export function foldJournal(m: Measurement, journalText: string, file?: string): FoldedMeasurement {
  const epochs = journalEpochs(journalText);
  if (m.status !== 'running' || epochs.length <= m.epochs.length) return { measurement: m, recovered: 0 };
  const joulesByDomain: Record<string, number> = {};
  let joules = 0;
  for (const e of epochs) {
    joules += e.joules;
    for (const [id, j] of Object.entries(e.joulesByDomain ?? {})) joulesByDomain[id] = (joulesByDomain[id] ?? 0) + j;
  }
  const seconds = Math.max(m.total.seconds, epochs[epochs.length - 1]!.endS);
  const totalJ = Math.max(m.total.joules, joules);
  const folded: Measurement = {
    ...m,
    status: 'interrupted',
    epochs,
    total: { seconds, joules: totalJ, meanPowerW: seconds > 0 ? totalJ / seconds : 0, joulesByDomain: totalJ === joules ? joulesByDomain : m.total.joulesByDomain },
    warnings: [...m.warnings, `energy-diff stopped before it finished this file (killed?): ${epochs.length - m.epochs.length} epoch(s) recovered from its journal`],
  };
  // The journal is as untrusted as the file: the folded document passes the same validation.
  return { measurement: validateMeasurement(folded, file), recovered: epochs.length - m.epochs.length };
}
