#!/usr/bin/env node
// Writes schemas/report.schema.json from the zod model (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/model/json-schema.js';

writeFileSync(new URL('../schemas/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote schemas/report.schema.json');
