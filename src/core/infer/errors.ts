// An operator rule throws Unsupported when it cannot infer a node; the walker records it as coverage.
export class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unsupported';
  }
}

export function fail(reason: string): never {
  throw new Unsupported(reason);
}

export function need<T>(value: T | null | undefined, reason: string): T {
  if (value === null || value === undefined) throw new Unsupported(reason);
  return value;
}
