// The "Per training run / per month of serving" section: declared workload roll-ups of the changed
// models, base vs head with the change and its band, and kWh / gCO2e / cost where configured.
import type { ConvertedChange, ModelDiff, WorkloadChange, WorkloadConversions } from '../diff/index.js';
import { escapeMd, formatCount, formatDeltaBand, formatDeltaJ, formatJ, formatPct, markdownRows, type ColumnAlign } from '../format/index.js';

type Row = { model: ModelDiff; profile: string; label: string; change: WorkloadChange & { converted: WorkloadConversions } };

/** A plain quantity with three significant digits, never in exponent notation: `0.0123`, `4.56`, `12,345`. */
export function formatAmount(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs === 0 || !Number.isFinite(abs)) return abs === 0 ? '0' : String(value);
  if (abs < 1e-3) return sign + abs.toFixed(Math.min(20, 2 - Math.floor(Math.log10(abs))));
  const text = abs.toPrecision(3);
  if (abs >= 1000 || Number(text) >= 1000) return sign + formatCount(abs);
  return sign + text;
}

function signedAmount(value: number): string {
  const text = formatAmount(value);
  return value > 0 ? `+${text}` : text;
}

function convertedCell(c: ConvertedChange | undefined): string {
  if (!c) return '—';
  return `${c.head === null ? '—' : formatAmount(c.head)} (${signedAmount(c.delta)})`;
}

function rowsOf(models: ModelDiff[]): Row[] {
  const rows: Row[] = [];
  for (const model of models) {
    for (const r of model.results) {
      const w = r.workload;
      if (w?.trainingRun) {
        const steps = w.trainingRun.steps;
        rows.push({ model, profile: r.profile, label: `training run${steps !== undefined ? ` (${formatCount(steps)} steps)` : ''}`, change: w.trainingRun });
      }
      if (w?.serving) rows.push({ model, profile: r.profile, label: 'serving, per month', change: w.serving });
    }
  }
  return rows;
}

/** Empty when no shown model declared a workload, so comments without workloads are unchanged. */
export function workloadSection(models: ModelDiff[]): string[] {
  const rows = rowsOf(models);
  if (rows.length === 0) return [];
  const has = (key: 'gCO2e' | 'cost') => rows.some((r) => r.change.converted[key] !== undefined);
  const extra: ('kWh' | 'gCO2e' | 'cost')[] = ['kWh', ...(has('gCO2e') ? ['gCO2e' as const] : []), ...(has('cost') ? ['cost' as const] : [])];
  const titles = { kWh: 'kWh', gCO2e: 'gCO2e', cost: 'Cost' };
  const header = ['Model', 'Profile', 'Workload', 'Base', 'Head', 'Change', 'Band of change', ...extra.map((k) => titles[k])];
  const align: ColumnAlign[] = ['', '', '', 'r', 'r', 'r', '', ...extra.map(() => 'r' as const)];
  const lines = rows.map(({ model, profile, label, change: c }) => {
    const cells = [
      escapeMd(model.path),
      escapeMd(profile),
      label,
      c.baseJ === null ? '—' : formatJ(c.baseJ),
      c.headJ === null ? '—' : formatJ(c.headJ),
      `${formatDeltaJ(c.deltaJ)} (${formatPct(c.deltaPct)})`,
      formatDeltaBand(c.deltaLowJ, c.deltaHighJ),
      ...extra.map((k) => convertedCell(c.converted[k])),
    ];
    return cells;
  });
  const units = `${extra.map((k) => titles[k]).join(', ')}: the head's, the change in parentheses${has('cost') ? '; cost in the currency of pricePerKWh' : ''}`;
  return [
    '**Per training run / per month of serving**',
    '',
    ...markdownRows(header, lines, align),
    '',
    `_A training run is epochs × ⌈samples / batch⌉ train steps, plus evaluation passes and the profile's per-run overhead; serving is energy per inference ÷ batch × requests per month. ${units}._`,
    '',
  ];
}
