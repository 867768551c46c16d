// Text and Markdown views of an extrapolation. Fixed decimals, no locale, no timestamps.
import type { Extrapolation } from './extrapolate.js';
import { TRANSIENT_FACTOR } from './transients.js';

function joules(j: number): string {
  if (Math.abs(j) >= 1e6) return `${(j / 1e6).toFixed(3)} MJ`;
  if (Math.abs(j) >= 1e3) return `${(j / 1e3).toFixed(2)} kJ`;
  return `${j.toFixed(1)} J`;
}

function vsOurs(value: number, ours: number): string {
  if (ours === 0) return '';
  const pct = ((value - ours) / ours) * 100;
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

function rows(x: Extrapolation): [string, string, string][] {
  const w = x.fixedWindow;
  return [
    [`stable-epoch (ours, from epoch ${x.stable.index}, ${x.stable.source})`, joules(x.predictedJ), ''],
    [`STEP epoch energy (fixed window ${w.start}-${w.end - 1})`, joules(x.methods['step-epoch-energy']), vsOurs(x.methods['step-epoch-energy'], x.predictedJ)],
    [`STEP power x duration (window ${w.start}-${w.end - 1})`, joules(x.methods['step-power']), vsOurs(x.methods['step-power'], x.predictedJ)],
    ['first epoch x total epochs', joules(x.methods['first-epoch']), vsOurs(x.methods['first-epoch'], x.predictedJ)],
  ];
}

export function renderExtrapolation(x: Extrapolation, format: 'text' | 'markdown'): string {
  const headline = `Predicted ${joules(x.predictedJ)} for ${x.totalEpochs} epochs (band ${joules(x.predictedJLow)} – ${joules(x.predictedJHigh)}), from ${x.observedEpochs} observed epochs (${joules(x.observedJ)} so far).`;
  const transients = x.transients.length > 0
    ? ` Epoch${x.transients.length === 1 ? '' : 's'} ${x.transients.join(', ')} cost over ${TRANSIENT_FACTOR}x a stable epoch: counted once, not extrapolated.`
    : '';
  const resolution = x.resolutionJ !== undefined ? ` The band includes the energy counters' resolution (±${x.resolutionJ.toPrecision(3)} J per reading).` : '';
  const stable = `Stable from epoch ${x.stable.index}: ${x.stable.reason}. Per stable epoch ${joules(x.stableEpochJ)} (10% trimmed mean, spread ${joules(x.stableEpochSpreadJ)}); predicted duration ${x.predictedSeconds.toFixed(1)} s.${transients}${resolution}`;
  if (format === 'markdown') {
    const table = ['| method | total | vs ours |', '|---|---:|---:|', ...rows(x).map((r) => `| ${r.join(' | ')} |`)];
    return [`**${headline}**`, '', stable, '', ...table, ''].join('\n');
  }
  const width = Math.max(...rows(x).map((r) => r[0].length));
  return [headline, stable, '', ...rows(x).map((r) => `  ${r[0].padEnd(width)}  ${r[1].padStart(10)}  ${r[2]}`), ''].join('\n');
}
