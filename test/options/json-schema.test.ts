import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOCUMENT } from '../../lib/alignment/builtin';
import { alignmentJsonSchema, alignmentJsonSchemaText } from '../../lib/alignment/json-schema';

const committed = readFileSync(new URL('../../public/alignment.schema.json', import.meta.url), 'utf8');

type Schema = Record<string, unknown>;

/**
 * A small structural JSON Schema checker (the keywords zod emits for this schema: type, const, enum,
 * pattern, required, properties, additionalProperties, propertyNames, items, minItems, minimum,
 * maximum, exclusiveMinimum, $ref into $defs). Enough to prove the file describes real documents.
 */
function check(schema: Schema, value: unknown, path: string, root: Schema, out: string[]): void {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return check((root.$defs as Record<string, Schema>)[name] as Schema, value, path, root, out);
  }
  const type = schema.type;
  const isObj = typeof value === 'object' && value !== null && !Array.isArray(value);
  const typeOk =
    type === undefined ||
    (type === 'object' && isObj) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'number' && typeof value === 'number') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'boolean' && typeof value === 'boolean');
  if (!typeOk) return void out.push(`${path}: expected ${String(type)}`);
  if ('const' in schema && schema.const !== value) out.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${path}: not in enum`);
  if (typeof schema.pattern === 'string' && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: pattern`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${path}: minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${path}: maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) out.push(`${path}: exclusiveMinimum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) out.push(`${path}: minItems`);
    if (schema.items) value.forEach((v, i) => check(schema.items as Schema, v, `${path}[${i}]`, root, out));
  }
  if (isObj) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) out.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.propertyNames) check(schema.propertyNames as Schema, key, `${path}{${key}}`, root, out);
      if (props[key]) check(props[key], v, `${path}.${key}`, root, out);
      else if (schema.additionalProperties === false) out.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') check(schema.additionalProperties as Schema, v, `${path}.${key}`, root, out);
    }
  }
}

const problems = (value: unknown) => {
  const schema = alignmentJsonSchema();
  const out: string[] = [];
  check(schema, value, '$', schema, out);
  return out;
};

describe('alignment.schema.json', () => {
  it('is the committed file, exactly as generated from the zod schema (run `node scripts/gen-schema.mjs` after changing it)', () => {
    expect(committed).toBe(alignmentJsonSchemaText());
  });

  it('names itself and allows the fields it does not know, as the loose document does', () => {
    const schema = JSON.parse(committed) as Schema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:accord:alignment/v1');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'id', 'title', 'revision', 'updatedAt', 'parties', 'markets', 'redLines']));
    expect(schema.additionalProperties).not.toBe(false);
    expect(committed).not.toContain('"additionalProperties": false');
  });

  it('accepts the example document, also as exported with a $schema and an unknown field', () => {
    expect(problems(BUILTIN_DOCUMENT)).toEqual([]);
    expect(problems({ $schema: 'chrome-extension://x/alignment.schema.json', ...BUILTIN_DOCUMENT, futureField: { a: 1 } })).toEqual([]);
  });

  it('refuses a document missing required fields or with a wrong value', () => {
    const { markets: _markets, ...noMarkets } = BUILTIN_DOCUMENT;
    expect(problems(noMarkets)).toEqual(['$.markets: required']);
    const market0 = { ...BUILTIN_DOCUMENT.markets[0], currency: 'rub' };
    expect(problems({ ...BUILTIN_DOCUMENT, format: 'alignment/v2', markets: [market0] })).toEqual(['$.format: expected "alignment/v1"', '$.markets[0].currency: pattern']);
  });
});
