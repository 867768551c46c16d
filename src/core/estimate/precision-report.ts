// What an estimate says about precisions its profile has not measured: the honesty label the report,
// the CLI and the comment show, one diagnostic per precision.
import type { HardwareProfile } from './profile-types.js';
import type { PrecisionShare } from './estimate-types.js';
import type { Diagnostic } from '../common/index.js';
import { UNMEASURED_PRECISION_BAND } from './precision.js';

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%';
}

/** One line per precision whose numbers are not measured on the profile's device. */
export function precisionLabel(share: PrecisionShare, profileId: string): string | undefined {
  const p = share.precision;
  switch (share.source) {
    case 'measured':
      return undefined;
    case 'datasheet':
      return p === 'fp32' ? undefined : `${p} roofs from the datasheet, not measured on this device (${profileId})`;
    case 'base-rate':
      return `${p}: the datasheet of ${profileId} has no ${p} peak, so its kernels are computed at the fp32 rate (bytes at ${p})`;
    case 'not-modelled':
      return `${p}: ${profileId}'s predictor has no per-precision roofs; its kernels are priced as fp32 compute (bytes at ${p})`;
  }
}

/** `layersJ` is the energy the layers' kernels carry (the pass overhead has no precision). */
export function precisionDiagnostics(profile: HardwareProfile, shares: readonly PrecisionShare[], layersJ: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const share of shares) {
    const label = precisionLabel(share, profile.id);
    if (!label) continue;
    out.push({
      severity: share.source === 'datasheet' ? 'info' : 'warning',
      code: share.source === 'datasheet' ? 'I_PRECISION_DATASHEET' : 'W_PRECISION_UNMODELLED',
      message: `${label}: ${share.kernels} kernel${share.kernels === 1 ? '' : 's'}, ${percent(share.energyJ, layersJ)} of the layers' energy; ` +
        `their band is widened x${UNMEASURED_PRECISION_BAND.low}..x${UNMEASURED_PRECISION_BAND.high}`,
    });
  }
  return out;
}
