// Feature transforms with sklearn's semantics, as plain fitted objects that serialise into profiles.

export interface PolynomialSpec {
  degree: 2;
  interactionOnly: boolean;
  includeBias: boolean;
}

/**
 * Degree-2 polynomial features in sklearn's PolynomialFeatures column order: [1], x0..xn-1, then the
 * products x_i·x_j for i <= j (i < j with interactionOnly), ordered by i then j.
 */
export function polynomialRow(row: number[], spec: PolynomialSpec): number[] {
  const out: number[] = spec.includeBias ? [1] : [];
  out.push(...row);
  for (let i = 0; i < row.length; i++) {
    for (let j = spec.interactionOnly ? i + 1 : i; j < row.length; j++) out.push(row[i]! * row[j]!);
  }
  return out;
}

export function polynomialNames(names: string[], spec: PolynomialSpec): string[] {
  const out: string[] = spec.includeBias ? ['1'] : [];
  out.push(...names);
  for (let i = 0; i < names.length; i++) {
    for (let j = spec.interactionOnly ? i + 1 : i; j < names.length; j++) {
      out.push(i === j ? `${names[i]}^2` : `${names[i]} ${names[j]}`);
    }
  }
  return out;
}

/** log(1 + x), the transform numpy's log1p applies; x must be > -1. */
export function log1pRow(row: number[]): number[] {
  return row.map((v) => Math.log1p(v));
}

export interface StandardScaler {
  mean: number[];
  /** Population standard deviation; 1 where a column is constant (as sklearn does). */
  scale: number[];
}

export function fitStandardScaler(x: number[][]): StandardScaler {
  const width = x[0]?.length ?? 0;
  const mean = new Array<number>(width).fill(0);
  for (const row of x) for (let j = 0; j < width; j++) mean[j]! += row[j]!;
  for (let j = 0; j < width; j++) mean[j]! /= x.length;
  const variance = new Array<number>(width).fill(0);
  for (const row of x) for (let j = 0; j < width; j++) variance[j]! += (row[j]! - mean[j]!) ** 2;
  const scale = variance.map((v, j) => {
    const sd = Math.sqrt(v / x.length);
    // sklearn treats variance below ~machine precision of the mean as zero.
    return sd <= 10 * Number.EPSILON * Math.abs(mean[j]!) || sd === 0 ? 1 : sd;
  });
  return { mean, scale };
}

export function standardizeRow(row: number[], s: StandardScaler): number[] {
  return row.map((v, j) => (v - s.mean[j]!) / s.scale[j]!);
}

export interface MinMaxScaler {
  min: number[];
  /** max - min; 1 where a column is constant. Transformed value = (x - min) / range. */
  range: number[];
}

export function fitMinMaxScaler(x: number[][]): MinMaxScaler {
  const width = x[0]?.length ?? 0;
  const min = new Array<number>(width).fill(Infinity);
  const max = new Array<number>(width).fill(-Infinity);
  for (const row of x) {
    for (let j = 0; j < width; j++) {
      min[j] = Math.min(min[j]!, row[j]!);
      max[j] = Math.max(max[j]!, row[j]!);
    }
  }
  return { min, range: min.map((lo, j) => (max[j]! - lo > 0 ? max[j]! - lo : 1)) };
}

export function minMaxRow(row: number[], s: MinMaxScaler): number[] {
  return row.map((v, j) => (v - s.min[j]!) / s.range[j]!);
}

export function inverseMinMaxRow(row: number[], s: MinMaxScaler): number[] {
  return row.map((v, j) => v * s.range[j]! + s.min[j]!);
}
