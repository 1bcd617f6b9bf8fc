/** The JSON Schema of the normalized JSON form, generated from the zod model. */
import { z } from 'zod';
import { NormalizedJson } from './report.js';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(NormalizedJson, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://gongkai.dev/schemas/report.schema.json',
  };
}
