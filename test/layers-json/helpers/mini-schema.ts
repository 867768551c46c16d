// A JSON Schema (draft 2020-12) checker for the keywords schemas/layers.schema.json uses, so tests can hold the
// published schema and the decoder to the same documents. Returns the JSON paths that fail.
type Schema = Record<string, unknown>;

export function validateAgainst(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, '$', errors);
  return errors;
}

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    default: throw new Error(`mini-schema: type ${type} not implemented`);
  }
}

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', '$defs', '$ref', 'type', 'const', 'enum', 'required', 'additionalProperties',
  'properties', 'items', 'minItems', 'minLength', 'minimum', 'oneOf', 'anyOf',
]);

function check(root: Schema, s: Schema, v: unknown, path: string, errors: string[]): void {
  for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`mini-schema: keyword ${k} not implemented`);
  const before = errors.length;
  if (typeof s.$ref === 'string') {
    const target = s.$ref.replace(/^#\//, '').split('/').reduce<unknown>((o, key) => (o as Schema)[key], root);
    check(root, target as Schema, v, path, errors);
  }
  if (typeof s.type === 'string' && !typeOk(s.type, v)) errors.push(`${path}: not ${s.type}`);
  if ('const' in s && v !== s.const) errors.push(`${path}: not the constant`);
  if (Array.isArray(s.enum) && !s.enum.includes(v)) errors.push(`${path}: not in enum`);
  if (typeof s.minLength === 'number' && typeof v === 'string' && v.length < s.minLength) errors.push(`${path}: too short`);
  if (typeof s.minimum === 'number' && typeof v === 'number' && v < s.minimum) errors.push(`${path}: below minimum`);
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) errors.push(`${path}: too few items`);
    if (s.items) v.forEach((item, i) => check(root, s.items as Schema, item, `${path}[${i}]`, errors));
  }
  if (typeOk('object', v) && errors.length === before) {
    const o = v as Record<string, unknown>;
    for (const r of (s.required as string[] | undefined) ?? []) if (!(r in o)) errors.push(`${path}.${r}: required`);
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, item] of Object.entries(o)) {
      if (props[k]) check(root, props[k], item, `${path}.${k}`, errors);
      else if (s.additionalProperties === false) errors.push(`${path}.${k}: not allowed`);
      else if (typeof s.additionalProperties === 'object') check(root, s.additionalProperties as Schema, item, `${path}.${k}`, errors);
    }
  }
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((sub) => validateSub(root, sub as Schema, v)).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf`);
  }
  if (Array.isArray(s.anyOf) && !validateSubAny(root, s.anyOf, v)) errors.push(`${path}: matches none of anyOf`);
}

function validateSubAny(root: Schema, list: unknown[], v: unknown): boolean {
  return list.some((sub) => validateSub(root, sub as Schema, v));
}

function validateSub(root: Schema, s: Schema, v: unknown): boolean {
  const errors: string[] = [];
  check(root, s, v, '$', errors);
  return errors.length === 0;
}
