/**
 * A corpus report as fixtures/corpus/<name>.json holds it — what the fixture scripts take from it (the
 * text, HTML, Word and blank-zeros fixtures are built from these).
 */
import type { FormatId, TableId } from '../src/format/spec.js';

export interface CorpusJson {
  format: FormatId;
  title: string;
  period?: { text: string };
  sections: { heading: string; text: string }[];
  tables: Partial<Record<TableId, Record<string, Record<string, number | null>>>>;
}
