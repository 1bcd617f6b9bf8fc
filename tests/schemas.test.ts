/**
 * The JSON Schemas in schemas/ are current (generated from the zod models and the rule registry by
 * `npm run schema`), and the config schema accepts what gongkai accepts and refuses what it refuses.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/node/config.js';
import { reportJsonSchema } from '../src/model/json-schema.js';
import { RULES } from '../src/rules/index.js';

const committed = (name: string): unknown => JSON.parse(readFileSync(`schemas/${name}`, 'utf8'));

describe('generated schemas are current (run `npm run schema` after changing the model or the rules)', () => {
  it('report.schema.json', () => expect(committed('report.schema.json')).toEqual(reportJsonSchema()));
  it('config.schema.json', () => expect(committed('config.schema.json')).toEqual(configJsonSchema(RULES.map((r) => r.id))));
});

describe('config.schema.json', () => {
  const ajv = new Ajv2020.default({ strict: false });
  const validate = ajv.compile(committed('config.schema.json') as object);
  it('accepts the README example and an empty config', () => {
    expect(validate({ $schema: './node_modules/gongkai/schemas/config.schema.json', rules: { 'narrative-figure': 'off', 'yoy-jump': 'warning' } })).toBe(true);
    expect(validate({})).toBe(true);
  });
  it('refuses an unknown rule id, an unknown severity and an unknown key, as gongkai does', () => {
    expect(validate({ rules: { 'narative-figure': 'off' } })).toBe(false);
    expect(validate({ rules: { 'yoy-jump': 'loud' } })).toBe(false);
    expect(validate({ rule: {} })).toBe(false);
  });
  it('accepts a batch-rollup declaration and refuses one without units, with no pattern or with a year that is no reporting year', () => {
    expect(validate({ rollup: [{ summary: '汇总/*.json', units: ['部门/*', '乡镇/*'] }, { summary: 'a.xlsx', units: ['b.xlsx'], year: 2024 }] })).toBe(true);
    expect(validate({ rollup: [{ summary: 'a.json' }] })).toBe(false);
    expect(validate({ rollup: [{ summary: 'a.json', units: [] }] })).toBe(false);
    expect(validate({ rollup: [{ summary: '', units: ['b.json'] }] })).toBe(false);
    expect(validate({ rollup: [{ summary: 'a.json', units: ['b.json'], year: 24 }] })).toBe(false);
    expect(validate({ rollup: [{ summary: 'a.json', units: ['b.json'], unit: 'c.json' }] })).toBe(false);
  });
  it('lists every rule of the registry', () => {
    const schema = committed('config.schema.json') as { properties: { rules: { propertyNames: { enum: string[] } } } };
    expect(schema.properties.rules.propertyNames.enum).toEqual(RULES.map((r) => r.id));
  });
});
