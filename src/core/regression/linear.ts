// Ordinary least squares with an intercept and optional ridge penalty, solved by SVD of the centred,
// column-normalised design matrix. SVD (not normal equations) keeps wide-range features such as MACs
// (1e12) next to kernel sizes (1..11) accurate, and gives the minimum-norm answer when columns are
// constant or collinear (e.g. the bias column of PolynomialFeatures), as sklearn's lstsq does.
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

export interface LinearModel {
  coef: number[];
  intercept: number;
}

export interface LinearFitOptions {
  /** L2 penalty on the coefficients of the (centred) features; 0 is plain OLS. */
  ridge?: number;
  fitIntercept?: boolean;
}

function columnMeans(x: number[][], width: number): number[] {
  const means = new Array<number>(width).fill(0);
  for (const row of x) for (let j = 0; j < width; j++) means[j]! += row[j]! / x.length;
  return means;
}

/** Fits y ≈ x·coef + intercept. Throws on empty or ragged input. */
export function fitLinear(x: number[][], y: number[], opts: LinearFitOptions = {}): LinearModel {
  const n = x.length;
  if (n === 0 || n !== y.length) throw new Error(`fitLinear: ${n} rows of x but ${y.length} targets`);
  const width = x[0]!.length;
  const fitIntercept = opts.fitIntercept ?? true;
  const ridge = opts.ridge ?? 0;
  const xMean = fitIntercept ? columnMeans(x, width) : new Array<number>(width).fill(0);
  const yMean = fitIntercept ? y.reduce((a, b) => a + b, 0) / n : 0;
  const centred = x.map((row) => row.map((v, j) => v - xMean[j]!));
  // Column norms: scaling each column to unit length before the SVD removes the feature-range part of
  // the condition number; zero columns stay zero and get coefficient 0.
  const norms = new Array<number>(width).fill(0);
  for (const row of centred) for (let j = 0; j < width; j++) norms[j]! += row[j]! * row[j]!;
  for (let j = 0; j < width; j++) norms[j] = Math.sqrt(norms[j]!);
  const scaled = centred.map((row) => row.map((v, j) => (norms[j]! > 0 ? v / norms[j]! : 0)));
  const yc = y.map((v) => v - yMean);
  const beta = solveLeastSquares(scaled, yc, ridge, norms);
  const coef = beta.map((b, j) => (norms[j]! > 0 ? b / norms[j]! : 0));
  const intercept = yMean - coef.reduce((acc, c, j) => acc + c * xMean[j]!, 0);
  return { coef, intercept };
}

/** Minimum-norm (ridge-regularised) solution of a·b ≈ y via the thin SVD of a. */
function solveLeastSquares(a: number[][], y: number[], ridge: number, norms: number[]): number[] {
  const width = a[0]!.length;
  if (width === 0) return [];
  if (ridge > 0) return ridgeSolve(a, y, ridge, norms);
  const svd = new SingularValueDecomposition(new Matrix(a), { autoTranspose: true });
  const u = svd.leftSingularVectors;
  const v = svd.rightSingularVectors;
  const s = svd.diagonal;
  const sMax = Math.max(0, ...s);
  const cutoff = sMax * Number.EPSILON * Math.max(a.length, width);
  const beta = new Array<number>(width).fill(0);
  for (let k = 0; k < s.length; k++) {
    const sk = s[k]!;
    if (!(sk > cutoff)) continue;
    let uty = 0;
    for (let i = 0; i < a.length; i++) uty += u.get(i, k) * y[i]!;
    for (let j = 0; j < width; j++) beta[j]! += (v.get(j, k) * uty) / sk;
  }
  return beta;
}

/**
 * (AᵀA + λ·diag(1/norm²))⁻¹ Aᵀy in scaled space, i.e. λ‖coef‖² on the original coefficients (sklearn
 * Ridge's objective on centred data). The penalty makes the system well-posed, so a direct solve is fine.
 */
function ridgeSolve(a: number[][], y: number[], ridge: number, norms: number[]): number[] {
  const m = new Matrix(a);
  const gram = m.transpose().mmul(m);
  for (let j = 0; j < norms.length; j++) {
    const nj = norms[j]!;
    gram.set(j, j, gram.get(j, j) + (nj > 0 ? ridge / (nj * nj) : 1));
  }
  const rhs = m.transpose().mmul(Matrix.columnVector(y));
  const sol = new SingularValueDecomposition(gram).solve(rhs);
  return sol.getColumn(0);
}

export function predictLinear(model: LinearModel, x: number[][]): number[] {
  return x.map((row) => row.reduce((acc, v, j) => acc + v * (model.coef[j] ?? 0), model.intercept));
}
