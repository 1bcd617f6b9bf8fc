#!/usr/bin/env node
// Writes schemas/report.schema.json from the zod model and schemas/config.schema.json from the config's
// zod schema and the rule registry (run after `npm run build`; tests/schemas.test.ts checks both are current).
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/model/json-schema.js';
import { configJsonSchema } from '../dist/node/config.js';
import { RULES } from '../dist/rules/index.js';

const write = (name, schema) => {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
};
write('report.schema.json', reportJsonSchema());
write('config.schema.json', configJsonSchema(RULES.map((r) => r.id)));
