// Constants measured at a lower precision (int8 records of `calibrate bench --runtime onnxruntime --int8`): per
// compute class, the fp32 constants fitted on the fp32 records of the same run with two factors fitted on the
// int8 records, a compute-roof factor (the integer kernels' MAC rate over the float ones') and a per-call floor
// factor (the integer kernel's own set-up: requantization, packing), by least squares on log time over a log
// grid. Energy per FLOP scales as the roof does (the same power at the higher rate). The int8 kernels read and
// write 1-byte tensors: a record's bytes are the fp32 config's over 4 (MatMulInteger's int32 output is counted at
// 1 byte too, a small overstatement of its speed on memory-bound shapes).
import type { RooflineClass, RooflineClassParams } from '../../estimate/index.js';
import { layerTime } from '../../estimate/index.js';
import type { TimeRow } from './layer-fit.js';

/** Classes whose int8 kernels are fitted (the compute-bound ones a precision changes). */
export const PRECISION_FIT_CLASSES: readonly RooflineClass[] = ['conv', 'gemm', 'matmul'];
/** Fewer int8 rows than this for a class: its int8 constants stay datasheet-derived. */
export const MIN_PRECISION_ROWS = 3;
/** Bytes per element of an int8 record's tensors over fp32's. */
const INT8_BYTES_RATIO = 1 / 4;

export interface PrecisionClassFit {
  params: RooflineClassParams;
  roofFactor: number;
  launchFactor: number;
  rows: number;
  /** Median |predicted / measured - 1| over the class's int8 rows. */
  medianApe: number;
}

/** An int8 record's features: its tensors at one byte per element. */
export function int8Row<R extends TimeRow>(r: R): R {
  return { ...r, features: { ...r.features, bytes: r.features.bytes * INT8_BYTES_RATIO, ...(r.features.coldBytes !== undefined ? { coldBytes: r.features.coldBytes * INT8_BYTES_RATIO } : {}) } };
}

/**
 * The fp32 constants with the two factors. The integer kernels have one layout (no NCHWc form: every int8 record
 * and every QDQ kernel of an estimate is 'unaligned'), so the fp32 penalties of the non-NCHWc path do not carry
 * over: the int8 roof is the fitted factor times the fp32 (NCHWc) roof.
 */
function scaledClass(c: RooflineClassParams, roof: number, launch: number): RooflineClassParams {
  return { ...c, flopsPerS: c.flopsPerS * roof, launchS: c.launchS * launch, joulesPerFlop: c.joulesPerFlop / roof, unalignedFactor: 1, unalignedLaunchFactor: 1 };
}

function loss(rows: readonly TimeRow[], c: RooflineClassParams, cacheBytes: number): number {
  return rows.reduce((a, r) => a + Math.log(layerTime(r.features, c, cacheBytes).seconds / r.seconds) ** 2, 0);
}

/** Best (roof, launch) factor pair over a log grid around `centre`, `steps` each side of width `step` (natural log). */
function gridSearch(rows: readonly TimeRow[], c: RooflineClassParams, cacheBytes: number, centre: [number, number], step: number, steps: number): [number, number] {
  let best: [number, number] = centre;
  let bestLoss = Infinity;
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const x: [number, number] = [centre[0] + i * step, centre[1] + j * step];
      const l = loss(rows, scaledClass(c, Math.exp(x[0]), Math.exp(x[1])), cacheBytes);
      if (l < bestLoss) [best, bestLoss] = [x, l];
    }
  }
  return best;
}

/** The class constants at a precision from its rows (already int8Row'd) and the class's fp32 constants. */
export function fitPrecisionClass(rows: readonly TimeRow[], fp32: RooflineClassParams, cacheBytes: number): PrecisionClassFit {
  // Factors within 1/20..20: coarse, then two finer passes.
  let x = gridSearch(rows, fp32, cacheBytes, [0, 0], 0.25, 12);
  x = gridSearch(rows, fp32, cacheBytes, x, 0.05, 5);
  x = gridSearch(rows, fp32, cacheBytes, x, 0.01, 5);
  const params = scaledClass(fp32, Math.exp(x[0]), Math.exp(x[1]));
  const apes = rows.map((r) => Math.abs(layerTime(r.features, params, cacheBytes).seconds / r.seconds - 1)).sort((a, b) => a - b);
  const mid = apes.length >> 1;
  const medianApe = apes.length % 2 ? apes[mid]! : (apes[mid - 1]! + apes[mid]!) / 2;
  return { params, roofFactor: Math.exp(x[0]), launchFactor: Math.exp(x[1]), rows: rows.length, medianApe };
}

/** Every compute class with enough int8 rows and fp32 constants: its int8 constants. */
export function fitPrecisionClasses(rows: readonly TimeRow[], fp32: Partial<Record<RooflineClass, RooflineClassParams>>, cacheBytes: number): Partial<Record<RooflineClass, PrecisionClassFit>> {
  const out: Partial<Record<RooflineClass, PrecisionClassFit>> = {};
  for (const cls of PRECISION_FIT_CLASSES) {
    const rs = rows.filter((r) => r.cls === cls && r.mode === 'inference').map(int8Row);
    const base = fp32[cls];
    if (rs.length >= MIN_PRECISION_ROWS && base) out[cls] = fitPrecisionClass(rs, base, cacheBytes);
  }
  return out;
}
