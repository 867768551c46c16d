// Levenberg–Marquardt for small nonlinear least-squares fits (a handful of parameters, a few hundred
// residuals), with box bounds by projection and a forward-difference Jacobian. Deterministic.
import { Matrix, solve } from 'ml-matrix';

export interface LmOptions {
  lower: number[];
  upper: number[];
  maxIterations?: number;
}

export interface LmResult {
  x: number[];
  cost: number;
  iterations: number;
}

function clampTo(x: number[], lo: number[], hi: number[]): number[] {
  return x.map((v, i) => Math.min(hi[i]!, Math.max(lo[i]!, v)));
}

function sumSquares(r: number[]): number {
  return r.reduce((a, v) => a + v * v, 0);
}

/** Minimises sum(residuals(x)^2) from x0 within [lower, upper]. */
export function levenbergMarquardt(residuals: (x: number[]) => number[], x0: number[], opts: LmOptions): LmResult {
  const maxIterations = opts.maxIterations ?? 200;
  let x = clampTo(x0, opts.lower, opts.upper);
  let r = residuals(x);
  let cost = sumSquares(r);
  let lambda = 1e-3;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const n = x.length;
    const jac: number[][] = r.map(() => new Array<number>(n).fill(0));
    for (let j = 0; j < n; j++) {
      const h = 1e-6 * Math.max(1, Math.abs(x[j]!));
      const xh = [...x];
      // Step inward at the upper bound so the probe stays feasible.
      const step = xh[j]! + h > opts.upper[j]! ? -h : h;
      xh[j] = xh[j]! + step;
      const rh = residuals(xh);
      for (let i = 0; i < r.length; i++) jac[i]![j] = (rh[i]! - r[i]!) / step;
    }
    const J = new Matrix(jac);
    const jt = J.transpose();
    const jtj = jt.mmul(J);
    const g = jt.mmul(Matrix.columnVector(r));
    let improved = false;
    for (let attempt = 0; attempt < 12; attempt++) {
      const a = jtj.clone();
      for (let j = 0; j < n; j++) a.set(j, j, a.get(j, j) * (1 + lambda) + 1e-12);
      let delta: number[];
      try {
        delta = solve(a, g.clone().mul(-1)).getColumn(0);
      } catch {
        lambda *= 10;
        continue;
      }
      const xNew = clampTo(x.map((v, j) => v + delta[j]!), opts.lower, opts.upper);
      const rNew = residuals(xNew);
      const costNew = sumSquares(rNew);
      if (Number.isFinite(costNew) && costNew < cost) {
        const gain = cost - costNew;
        x = xNew;
        r = rNew;
        cost = costNew;
        lambda = Math.max(lambda / 3, 1e-9);
        improved = true;
        if (gain < 1e-12 * Math.max(1, cost)) return { x, cost, iterations };
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return { x, cost, iterations };
}
