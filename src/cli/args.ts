// Argument helpers shared by the CLI commands: shape parsing and numeric options with clear errors.
import { EnergyDiffError } from '../core/types.js';

/** Parses `name=1x3x224x224` (repeatable `--input`) into input shapes. */
export function parseInputShapes(values: string[] | undefined): Record<string, number[]> {
  const shapes: Record<string, number[]> = {};
  for (const value of values ?? []) {
    const eq = value.lastIndexOf('=');
    const name = value.slice(0, eq);
    const dims = value.slice(eq + 1).split(/[x,]/).map(Number);
    if (eq <= 0 || dims.length === 0 || dims.some((d) => !Number.isInteger(d) || d <= 0)) {
      throw new EnergyDiffError('E_ARG', `--input expects name=DIMxDIMx... with positive integers (e.g. input=1x3x224x224), got '${value}'`);
    }
    shapes[name] = dims;
  }
  return shapes;
}

/** A positive integer option, or undefined when absent. */
export function positiveInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new EnergyDiffError('E_ARG', `${option} expects a positive integer, got '${value}'`);
  return n;
}

/** A non-negative number option, or undefined when absent. */
export function nonNegative(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new EnergyDiffError('E_ARG', `${option} expects a non-negative number, got '${value}'`);
  return n;
}

export function oneOf<T extends string>(value: string | undefined, option: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new EnergyDiffError('E_ARG', `${option} expects one of ${allowed.join(', ')}, got '${value}'`);
  }
  return value as T;
}
