/**
 * The columns of the tidy CSV form of a report (one row per table cell): written by
 * `gongkai convert --to csv` (renderers/csv.ts) and read back as a report (readers/csv.ts).
 */
export const CSV_HEADER = ['table', 'row_group', 'row', 'column_group', 'column', 'value', 'source'] as const;
