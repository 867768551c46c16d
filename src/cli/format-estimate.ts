// Human-readable rendering of one estimate: headline, top layers by energy, coverage.
import { precisionLabel, profileSummary, type HardwareProfile, type EstimateReport } from '../core/estimate/index.js';
import { escapeMd, formatCount, formatJ, formatMacs, logText } from '../core/format/index.js';
import { bandText, basisText, profileLabel } from '../core/report/index.js';

const TOP_LAYERS = 15;

export function formatEstimate(report: EstimateReport, format: 'text' | 'markdown', profile: HardwareProfile): string {
  const t = report.totals;
  const per = report.mode === 'inference' ? `inference at batch ${report.batch}` : `training step at batch ${report.batch}`;
  // What the numbers rest on (device, fit date, band), never the data files the profile was fitted on.
  const summary = profileSummary(profile);
  const label = (esc: (s: string) => string) => `${profileLabel(summary, profile.id, esc)}, ${bandText(profile.uncertainty)}`;
  // Inferred MACs are one forward pass; a train step's energy includes the backward pass (about 3× the work).
  const macs = report.mode === 'train-step' ? `${formatMacs(t.macs)} forward (the step computes about 3× as many)` : formatMacs(t.macs);
  const headline = `${report.model.path}: ${formatJ(t.energyJ)} per ${per} on ${profile.id} (${formatJ(t.energyJLow)} – ${formatJ(t.energyJHigh)}), ${macs}, ${formatCount(t.params)} params`;
  const top = topLayers(report.layers, TOP_LAYERS);
  const cov = report.coverage;
  const unsupported = summariseUnsupported(cov.unsupported.map((u) => u.op));
  const coverage = `${cov.nodes} nodes, ${cov.estimated} estimated, ${cov.unsupported.length} unsupported${unsupported ? `: ${unsupported}` : ''}`;
  const rows = top.map((l) => [l.name, l.op, l.outputShapes.map((s) => s.join('x')).join(', '), formatMacs(l.macs), formatJ(l.energyJ)]);
  const header = ['layer', 'op', 'output', 'MACs', 'energy'];
  const workload = [...precisionLines(report), ...workloadLines(report)];
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning');
  if (format === 'markdown') {
    const esc = (s: string): string => escapeMd(s);
    return [
      `**${esc(headline)}**`,
      '',
      `Profile \`${esc(profile.id)}\` v${esc(profile.version)}: ${label(esc)}. Coverage: ${esc(coverage)}.`,
      '',
      ...warnings.flatMap((d) => [`> ⚠️ ${esc(d.code)}: ${esc(d.message)}`, '']),
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
    logText(`profile ${profile.id} v${profile.version}: ${label((x) => x)}`),
    `coverage: ${logText(coverage)}`,
    ...warnings.map((d) => `warning ${d.code}: ${logText(d.message)}`),
    ...workload,
    '',
    `top ${top.length} layers by energy:`,
    line(header),
    ...textRows.map(line),
    '',
  ].join('\n');
}

type Layer = EstimateReport['layers'][number];
const byEnergy = (a: Layer, b: Layer): number => b.energyJ - a.energyJ || a.name.localeCompare(b.name);

/** The k most energetic estimated layers, in order: one pass keeping k, not a sort of 10^6 layers. */
function topLayers(layers: readonly Layer[], k: number): Layer[] {
  const top: Layer[] = [];
  for (const l of layers) {
    if (l.status !== 'estimated') continue;
    if (top.length === k && byEnergy(l, top[k - 1]!) >= 0) continue;
    let i = Math.min(top.length, k - 1);
    while (i > 0 && byEnergy(l, top[i - 1]!) < 0) i--;
    top.splice(i, 0, l);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Energy per precision when some kernel is not fp32, each with where its numbers come from. */
function precisionLines(report: EstimateReport): string[] {
  return (report.precision ?? []).map((s) => {
    const label = precisionLabel(s, report.profile.id);
    return `precision ${s.precision}: ${formatCount(s.kernels)} kernel${s.kernels === 1 ? '' : 's'}, ${formatJ(s.energyJ)} (${label ? `${label}; band widened` : s.source})`;
  });
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

/** `--list-profiles`: one row per shipped profile (id, device, kind, fit date, band), aligned for a terminal. */
export function profilesTable(profiles: HardwareProfile[]): string {
  const header = ['id', 'device', 'kind', 'fit date', 'band'];
  const rows = profiles.map((p) => {
    const s = profileSummary(p);
    return [p.id, p.device.name, basisText(s.basis ?? 'spec-derived'), p.fitDate ?? '—', bandText(p.uncertainty).replace(/^band /, '')].map(logText);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line), ''].join('\n');
}
