// Deterministic seeded shuffle and the 70/20/10 train/validation/test split used for every fit.

/** mulberry32: a small, well-mixed 32-bit PRNG; the same seed gives the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates permutation of 0..n-1. */
export function seededPermutation(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export interface Split<T> {
  train: T[];
  validation: T[];
  test: T[];
}

/** Shuffles, then cuts at floor(0.7n) and floor(0.9n), as numpy.split(df.sample(frac=1), [.7n, .9n]) does. */
export function splitTrainValTest<T>(rows: readonly T[], seed: number, fractions = { train: 0.7, validation: 0.2 }): Split<T> {
  const order = seededPermutation(rows.length, seed);
  const a = Math.floor(fractions.train * rows.length);
  const b = Math.floor((fractions.train + fractions.validation) * rows.length);
  const pick = (idx: number[]): T[] => idx.map((i) => rows[i]!);
  return { train: pick(order.slice(0, a)), validation: pick(order.slice(a, b)), test: pick(order.slice(b)) };
}
