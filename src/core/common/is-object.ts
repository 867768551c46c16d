// The one shape check every validator of parsed JSON/YAML starts from.

/** A plain object (not null, not an array): the JSON object a validator may index by key. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
