// Precisions in pricing: a roofline profile's class constants were fitted at fp32 (cuDNN convolutions on
// TF32 tensor cores where the device has them, PyTorch's default), so a kernel at another precision runs its
// compute roof faster by the device's datasheet ratio (dense peaks, sparsity ignored) and spends that much
// less dynamic energy per FLOP (the same power at a higher rate). Bytes need no factor: they come from the
// element types. A precision the device has no peak for (fp16 on a CPU without fp16 arithmetic) is
// computed at the base rate. Constants measured at a precision are trusted; datasheet ratios get a wider band.
import type { DeviceFacts, HardwareProfile } from './profile-types.js';
import type { RooflineClass, RooflineClassParams } from './roofline-model.js';

/** Precision names a kernel, a profile's peaks and a calibration record use. */
export const PRECISIONS: readonly string[] = ['fp64', 'fp32', 'tf32', 'fp16', 'bf16', 'fp8', 'int8', 'int4'];

/** Classes whose compute roof a precision changes (tensor cores, VNNI); the others are memory-bound. */
const COMPUTE_CLASSES: ReadonlySet<RooflineClass> = new Set(['conv', 'gemm', 'matmul']);

/** What multiplies the profile's band on the energy of kernels at a precision it has no measurements for. */
export const UNMEASURED_PRECISION_BAND = { low: 0.67, high: 1.5 } as const;

/** The peak a class's fitted constants ran at. */
export function basePeakFlopsPerS(device: DeviceFacts, cls: RooflineClass): number {
  const fp32 = device.peakFlopsPerS.fp32 ?? 0;
  return cls === 'conv' ? Math.max(fp32, device.peakFlopsPerS.tf32 ?? 0) : fp32;
}

/** Compute-roof ratio of a class at `precision` over the fitted base; 1 where the datasheet has no peak. */
export function precisionSpeedup(device: DeviceFacts, cls: RooflineClass, precision: string | undefined): number {
  if (precision === undefined || precision === 'fp32' || !COMPUTE_CLASSES.has(cls)) return 1;
  const peak = device.peakFlopsPerS[precision] ?? 0;
  const base = basePeakFlopsPerS(device, cls);
  return peak > 0 && base > 0 ? peak / base : 1;
}

/** A class's constants at a precision: the ones measured at it where the profile has them, else the datasheet ratio. */
export function atPrecision(c: RooflineClassParams, device: DeviceFacts, cls: RooflineClass, precision: string | undefined, measured?: RooflineClassParams): RooflineClassParams {
  if (measured) return measured;
  const r = precisionSpeedup(device, cls, precision);
  return r === 1 ? c : { ...c, flopsPerS: c.flopsPerS * r, joulesPerFlop: c.joulesPerFlop / r };
}

/** Where a profile's numbers for a precision come from. */
export type PrecisionSource = 'measured' | 'datasheet' | 'base-rate' | 'not-modelled';

/** Precisions the profile's constants were measured at: the records' dtypes; fp32 for older calibrated profiles. */
export function measuredPrecisions(profile: HardwareProfile): string[] {
  return profile.measuredPrecisions ?? (profile.calibrated ? ['fp32'] : []);
}

export function precisionSource(profile: HardwareProfile, precision: string, rooflineKind: boolean): PrecisionSource {
  if (measuredPrecisions(profile).includes(precision)) return 'measured';
  if (precision === 'fp32') return 'datasheet';
  if (!rooflineKind) return 'not-modelled';
  return (profile.device.peakFlopsPerS[precision] ?? 0) > 0 ? 'datasheet' : 'base-rate';
}

/** Band multipliers for energy at a precision: 1 where measured or fp32 (the profile's own band covers it). */
export function precisionBand(source: PrecisionSource, precision: string): { low: number; high: number } {
  return source === 'measured' || precision === 'fp32' ? { low: 1, high: 1 } : UNMEASURED_PRECISION_BAND;
}
