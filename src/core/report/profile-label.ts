// How the comment names a profile's standing: "calibrated on <device>, <date>", spec-derived, or a paper's
// models reproduced. Never "measured" (that word is for meter results) and never the data files a profile
// was fitted on (project-internal paths mean nothing to a reviewer).
import type { ProfileInfo } from '../diff/index.js';
import type { ProfileBasis } from '../estimate/index.js';
import { escapeMd } from '../format/index.js';

/** Three significant digits of a band factor: `×0.856`, `×1.19`, `×2`. */
function factor(x: number): string {
  return `×${Number(x.toPrecision(3))}`;
}

export function bandText(band: { low: number; high: number }): string {
  return `band ${factor(band.low)} … ${factor(band.high)}`;
}

const BASIS_TEXT: Record<ProfileBasis, string> = { calibrated: 'calibrated', 'spec-derived': 'spec-derived', 'paper-reproduction': 'paper reproduction' };

/** The kind of a profile in a listing: calibrated, spec-derived or paper reproduction. */
export function basisText(basis: ProfileBasis): string {
  return BASIS_TEXT[basis];
}

/** The estimate's label in the headline: what the profile's numbers rest on, with the device and fit date. */
export function profileLabel(p: ProfileInfo | undefined, id: string, esc: (s: string) => string = escapeMd): string {
  const device = esc(p?.device ?? p?.name ?? id);
  const date = p?.fitDate ? `, ${esc(p.fitDate)}` : '';
  const basis = p?.basis ?? (p?.calibrated ? 'calibrated' : 'spec-derived');
  if (basis === 'calibrated') return `estimate calibrated on ${device}${date}`;
  if (basis === 'paper-reproduction') return `estimate from a reproduction of published per-layer models of ${device}${date}`;
  return `estimate from ${device} spec-sheet numbers, not calibrated`;
}

/** The footer's line for a profile: id, version, basis, fit date and band. */
export function profileFooterText(p: ProfileInfo): string {
  const version = p.version ? ` v${escapeMd(p.version)}` : '';
  const band = p.band ? `, ${bandText(p.band)}` : '';
  const label = profileLabel(p, p.id).replace(/^estimate (from )?/, '');
  return `${escapeMd(p.id)}${version} (${label}${band})`;
}
