/**
 * A deliberately small payload validator: event payloads are flat records, and consumers
 * must reject a malformed payload before touching state (architecture.md, Events).
 */
export type FieldType =
  'string' | 'uuid' | 'int' | 'number' | 'boolean' | 'date' | 'datetime' | 'string[]' | 'uuid[]' | 'json';
export type Field = FieldType | { type: FieldType; optional: true };
export type Shape = Record<string, Field>;

export type TypeOf<F extends FieldType> = F extends 'int' | 'number'
  ? number
  : F extends 'boolean'
    ? boolean
    : F extends 'string[]' | 'uuid[]'
      ? string[]
      : F extends 'json'
        ? unknown
        : string;

type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends FieldType ? K : never }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
export type Infer<S extends Shape> = {
  [K in RequiredKeys<S>]: S[K] extends FieldType ? TypeOf<S[K]> : never;
} & {
  [K in OptionalKeys<S>]?: S[K] extends { type: infer F extends FieldType } ? TypeOf<F> : never;
};

export const opt = <F extends FieldType>(type: F) => ({ type, optional: true as const });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (v: string): boolean => UUID.test(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(type: FieldType, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'uuid':
      return typeof v === 'string' && UUID.test(v);
    case 'int':
      return Number.isSafeInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
      return typeof v === 'string' && DATE.test(v);
    case 'datetime':
      return typeof v === 'string' && !Number.isNaN(Date.parse(v));
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'uuid[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && UUID.test(x));
    case 'json':
      return v !== undefined;
  }
}

/** Returns the list of problems; empty when the value matches the shape. */
export function validate(shape: Shape, value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return ['payload must be an object'];
  const rec = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const type = typeof field === 'string' ? field : field.type;
    const optional = typeof field !== 'string';
    const v = rec[key];
    if (v === undefined || v === null) {
      if (!optional) problems.push(`${key} is required`);
    } else if (!check(type, v)) problems.push(`${key} must be ${type}`);
  }
  return problems;
}
