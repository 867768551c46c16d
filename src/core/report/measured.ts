// The measured section of the comment: `energy-diff measure` artifacts next to the estimated training run
// ("estimated X J, measured/extrapolated Y J (difference)"), placed before the footer. The action finds and
// reads the artifacts (src/action/measured.ts); this renders what it found.
import type { MeasurementSummary } from '../extrapolate/index.js';
import { escapeMd, formatCount, formatJ, formatPct } from '../format/index.js';

export interface MeasuredRow {
  model: string;
  profile: string;
  artifact: string;
  summary: MeasurementSummary;
  /** Estimated energy of the declared training run on the profile, when the config declares one. */
  estimatedJ?: number;
  estimatedLowJ?: number;
  estimatedHighJ?: number;
  /** (extrapolated − estimated) / estimated, in %. */
  differencePct?: number;
  /** Why there is no estimate to compare with. */
  noEstimate?: string;
}

/** The comment section: one line per artifact, estimate first, then what was measured and extrapolated. */
export function measuredSection(rows: MeasuredRow[]): string[] {
  if (rows.length === 0) return [];
  const lines = ['**Measured** (`energy-diff measure` artifacts, full training run)', ''];
  for (const r of rows) {
    const m = r.summary;
    const epochs = `${formatCount(m.epochsObserved)} of ${formatCount(m.totalEpochs)} epochs`;
    // "measured" only for meter results: priced time (`--meter none`) says so.
    const measured = m.estimatedPower
      ? `timed ${epochs} (${m.status}), ${formatJ(m.measuredJ)} at estimated power (no energy counter)`
      : `measured ${formatJ(m.measuredJ)} (${epochs}, ${m.status})`;
    const coarse = m.coarseCounter && m.resolutionJ !== undefined ? `, ⚠️ coarse energy counter: ±${formatJ(m.resolutionJ)} per reading, in the band` : '';
    const extrapolated = `extrapolated ${formatJ(m.extrapolatedJ)} (${formatJ(m.band.lowJ)} … ${formatJ(m.band.highJ)}${coarse})`;
    const estimated = r.estimatedJ !== undefined
      ? `estimated ${formatJ(r.estimatedJ)} (${formatJ(r.estimatedLowJ ?? r.estimatedJ)} … ${formatJ(r.estimatedHighJ ?? r.estimatedJ)})`
      : `no estimate (${r.noEstimate ?? 'none'})`;
    const diff = r.differencePct !== undefined ? ` — difference ${formatPct(r.differencePct)}` : '';
    lines.push(`- ${escapeMd(r.model)} on ${escapeMd(r.profile)}: ${estimated}, ${measured}, ${extrapolated}${diff}`);
  }
  lines.push('');
  return lines;
}

/** Puts the section before the footer (the `---` rule), or at the end when there is none. */
export function insertBeforeFooter(body: string, section: string[]): string {
  if (section.length === 0) return body;
  const text = section.join('\n') + '\n';
  const at = body.lastIndexOf('\n---\n');
  return at < 0 ? `${body}\n${text}` : `${body.slice(0, at + 1)}${text}${body.slice(at + 1)}`;
}
