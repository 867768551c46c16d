// Human-readable rendering of one estimate: headline, top layers by energy, coverage.
import type { HardwareProfile, EstimateReport } from '../core/estimate/index.js';
import { escapeMd, formatCount, formatJ, formatMacs, logText } from '../core/format/index.js';

const TOP_LAYERS = 15;

export function formatEstimate(report: EstimateReport, format: 'text' | 'markdown', profile: HardwareProfile): string {
  const t = report.totals;
  const per = report.mode === 'inference' ? `inference at batch ${report.batch}` : `training step at batch ${report.batch}`;
  const label = profile.calibrated ? `calibrated on ${profile.calibratedOn ?? 'measurements'}` : 'spec-derived, uncalibrated';
  const headline = `${report.model.path}: ${formatJ(t.energyJ)} per ${per} on ${profile.name} (${formatJ(t.energyJLow)} – ${formatJ(t.energyJHigh)}), ${formatMacs(t.macs)}, ${formatCount(t.params)} params`;
  const top = [...report.layers]
    .filter((l) => l.status === 'estimated')
    .sort((a, b) => b.energyJ - a.energyJ || a.name.localeCompare(b.name))
    .slice(0, TOP_LAYERS);
  const cov = report.coverage;
  const unsupported = summariseUnsupported(cov.unsupported.map((u) => u.op));
  const coverage = `${cov.nodes} nodes, ${cov.estimated} estimated, ${cov.unsupported.length} unsupported${unsupported ? `: ${unsupported}` : ''}`;
  const rows = top.map((l) => [l.name, l.op, l.outputShapes.map((s) => s.join('x')).join(', '), formatMacs(l.macs), formatJ(l.energyJ)]);
  const header = ['layer', 'op', 'output', 'MACs', 'energy'];
  const workload = workloadLines(report);
  if (format === 'markdown') {
    const esc = (s: string): string => escapeMd(s);
    return [
      `**${esc(headline)}**`,
      '',
      `Profile \`${profile.id}\` v${profile.version} (${esc(label)}). Coverage: ${esc(coverage)}.`,
      '',
      ...workload.map((l) => `- ${esc(l)}`),
      ...(workload.length ? [''] : []),
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
      '',
    ].join('\n');
  }
  // Plain text: names and the path quote the model, one line each and never a runner command.
  const textRows = rows.map((r) => r.map(logText));
  const widths = header.map((h, i) => Math.max(h.length, ...textRows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [
    logText(headline),
    `profile ${profile.id} v${profile.version} (${label})`,
    `coverage: ${logText(coverage)}`,
    ...workload,
    '',
    `top ${top.length} layers by energy:`,
    line(header),
    ...textRows.map(line),
    '',
  ].join('\n');
}

/** Training-run and serving roll-ups with their bands and the conversions the user asked for. */
function workloadLines(report: EstimateReport): string[] {
  const w = report.workload;
  if (!w) return [];
  const band = (j: number, low: number, high: number): string => `${formatJ(j)} (${formatJ(low)} – ${formatJ(high)})`;
  const lines: string[] = [];
  if (w.trainingRun) {
    const r = w.trainingRun;
    lines.push(`training run: ${band(r.energyJ, r.energyJLow, r.energyJHigh)} over ${r.steps} steps`);
  }
  if (w.serving) {
    const s = w.serving;
    lines.push(`serving: ${band(s.energyJPerMonth, s.energyJLowPerMonth, s.energyJHighPerMonth)} per month`);
  }
  const extras = [
    w.kWh !== undefined ? `${w.kWh.toPrecision(3)} kWh` : '',
    w.gCO2e !== undefined ? `${w.gCO2e.toPrecision(3)} gCO2e` : '',
    w.cost !== undefined ? `cost ${w.cost.toPrecision(3)}` : '',
  ].filter(Boolean);
  if (extras.length) lines.push(`total: ${extras.join(', ')}`);
  return lines;
}

/** "Foo ×3, Bar" — unsupported ops counted by type. */
export function summariseUnsupported(ops: string[]): string {
  const counts = new Map<string, number>();
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([op, n]) => (n > 1 ? `${op} ×${n}` : op))
    .join(', ');
}
