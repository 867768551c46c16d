// The measured-inference section of the comment: each changed ONNX model the action ran in onnxruntime on this
// runner, "estimated X, measured Y" (latency; energy where the runner has a readable counter, else it says
// latency only), with the ratio measured / estimated. Models that could not be run are listed with the reason;
// a failure here never changes the verdict. The action runs the models (src/action/measure-inference.ts).
import { escapeMd, formatCount, formatJ, formatSeconds } from '../format/index.js';

/** One changed model run in onnxruntime next to its head estimate, or the reason it was not run. */
export interface InferenceRow {
  model: string;
  /** The profile the estimate is on. */
  profile: string;
  batch: number;
  /** Set when the model was not measured (ORT missing, weights missing, load failure, timeout, budget). */
  notMeasured?: string;
  /** `onnxruntime 1.23.0, cpu, 1 thread`. */
  runtime?: string;
  runs?: number;
  measuredSeconds?: number;
  estimatedSeconds?: number;
  /** measured / estimated latency (absent when not compared). */
  latencyRatio?: number;
  /** Why the measurement is shown next to the estimate but not compared (e.g. a GPU profile, a CPU run). */
  notCompared?: string;
  /** Whole-device joules per inference over the timed window (idle included), where a counter was read. */
  measuredJ?: number;
  meter?: string;
  estimatedJ?: number;
  /** measured / estimated energy (absent when not compared). */
  energyRatio?: number;
}

export interface InferenceSection {
  rows: InferenceRow[];
  /** Why the action did not run any model (e.g. the time budget was 0); shown instead of rows. */
  note?: string;
}

function ratio(r: number | undefined): string {
  return r === undefined ? '' : ` (×${r >= 100 ? r.toFixed(0) : r.toPrecision(3)})`;
}

function latency(r: InferenceRow): string {
  const measured = `measured ${formatSeconds(r.measuredSeconds ?? 0)}`;
  if (r.estimatedSeconds === undefined) return `latency: no time estimate on this profile, ${measured}`;
  return `latency: estimated ${formatSeconds(r.estimatedSeconds)}, ${measured}${ratio(r.latencyRatio)}`;
}

function energy(r: InferenceRow): string {
  if (r.measuredJ === undefined) return 'energy: no energy counter on this runner (latency only)';
  const meter = r.meter ? ` (${escapeMd(r.meter)}, whole device)` : '';
  if (r.estimatedJ === undefined) return `energy: measured ${formatJ(r.measuredJ)}${meter}`;
  return `energy: estimated ${formatJ(r.estimatedJ)}, measured ${formatJ(r.measuredJ)}${meter}${ratio(r.energyRatio)}`;
}

/** The comment section: one line per model; empty when the action did not measure (the option is off). */
export function measuredInferenceSection(section: InferenceSection | undefined): string[] {
  if (!section) return [];
  const lines = ['**Measured inference** (head models run in onnxruntime on this runner; ratio = measured / estimated)', ''];
  if (section.rows.length === 0) {
    lines.push(`_${escapeMd(section.note ?? 'no changed ONNX model to run')}._`, '');
    return lines;
  }
  for (const r of section.rows) {
    const what = `${escapeMd(r.model)} at batch ${formatCount(r.batch)}`;
    if (r.notMeasured !== undefined) {
      lines.push(`- ${what}: ⚠️ not measured: ${escapeMd(r.notMeasured)}`);
      continue;
    }
    const runtime = r.runtime ? `${escapeMd(r.runtime)}, ` : '';
    const runs = r.runs !== undefined ? `median of ${formatCount(r.runs)} calls` : 'median';
    const not = r.notCompared !== undefined ? `; not compared: ${escapeMd(r.notCompared)}` : '';
    lines.push(`- ${what} on ${escapeMd(r.profile)}: ${latency(r)}; ${energy(r)} — ${runtime}${runs}${not}`);
  }
  lines.push('');
  return lines;
}
