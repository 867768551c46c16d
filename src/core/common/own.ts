// Look-ups keyed by a string from the input (an op name, a dtype, a module, a profile id): only the table's own
// entries count. A plain `TABLE[key]` would answer "__proto__", "constructor" or "toString" from the prototype
// chain with something that is not an entry (and call it).

/** The table's own value for `key`, or undefined. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An empty object without a prototype, for maps keyed by input strings ('__proto__' is then a key like any other). */
export function bare<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
