/**
 * Where something is. A diagnostic carries a logical location (section → table → row → column,
 * by stable ids and official labels) and, when the reader knows it, a physical one.
 */

/**
 * Physical origin of a value in its input file. Every field is optional: each reader fills what it
 * knows. All numbers are 1-based.
 */
export interface Source {
  /** JSON pointer (RFC 6901) into a JSON input, e.g. `/tables/t3/new/natural`. */
  pointer?: string;
  /** Worksheet name (XLSX) */
  sheet?: string;
  /** A1-style cell address on `sheet` (XLSX) */
  cell?: string;
  /** 1-based line in a text, CSV or HTML file. */
  line?: number;
  /** 1-based column (characters) on `line`; for CSV, the 1-based field number. */
  column?: number;
  /** 1-based index of the table in an HTML or DOCX document. */
  table?: number;
  /** 1-based row of the expanded grid of `table`. */
  row?: number;
  /** 1-based column of the expanded grid of `table`. */
  col?: number;
  /** CSS-like path of the element in an HTML document. */
  path?: string;
  /** 1-based paragraph index in a DOCX document. */
  paragraph?: number;
  /** 1-based page of a PDF document. */
  page?: number;
  /**
   * Box on `page` (PDF): left, top, right, bottom in points (1/72 inch) from the page's top-left corner.
   */
  box?: [number, number, number, number];
}

/** Logical location: stable ids plus the official labels, independent of the input format. */
export interface LogicalLocation {
  /** Section id `s1`…`s6`. */
  section?: string;
  /** Table id `t2` | `t3` | `t4`. */
  table?: string;
  /** Row id from schemas/format. */
  row?: string;
  /** Column id from schemas/format. */
  column?: string;
  /** Cell id `t3.new.natural`. */
  cell?: string;
  /** Official labels, for people. */
  labels?: {
    section?: string;
    table?: string;
    rowGroup?: string;
    row?: string;
    columnGroup?: string;
    column?: string;
  };
}

/** A1 address of a 0-based (row, column) pair: (0,0) → A1. */
export function a1(row0: number, col0: number): string {
  let n = col0 + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row0 + 1}`;
}

/** Short human form of a physical source: `表三!H12`, `12:5`, `#/tables/t3/new/natural`, `表格2 第5行第3列`, `第3页 表格2 第5行第3列`. */
export function formatSource(s: Source | undefined, lang: 'zh' | 'en' = 'zh'): string {
  if (!s) return '';
  if (s.sheet !== undefined && s.cell !== undefined) return `${s.sheet}!${s.cell}`;
  if (s.page !== undefined) {
    const page = lang === 'zh' ? `第${s.page}页` : `page ${s.page}`;
    if (s.table === undefined || s.row === undefined) return page;
    return lang === 'zh' ? `${page} 表格${s.table} 第${s.row}行${s.col !== undefined ? `第${s.col}列` : ''}` : `${page}, table ${s.table} row ${s.row}${s.col !== undefined ? ` col ${s.col}` : ''}`;
  }
  if (s.table !== undefined && s.row !== undefined) {
    const grid =
      lang === 'zh'
        ? `表格${s.table} 第${s.row}行${s.col !== undefined ? `第${s.col}列` : ''}`
        : `table ${s.table} row ${s.row}${s.col !== undefined ? ` col ${s.col}` : ''}`;
    return s.line !== undefined ? `${s.line}:${s.column ?? 1} (${grid})` : grid;
  }
  if (s.line !== undefined) return `${s.line}:${s.column ?? 1}`;
  if (s.paragraph !== undefined) return lang === 'zh' ? `第${s.paragraph}段` : `paragraph ${s.paragraph}`;
  if (s.pointer !== undefined) return `#${s.pointer}`;
  return '';
}

/** Escapes one JSON pointer token (RFC 6901). */
export function pointerToken(t: string | number): string {
  const s = String(t);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** Builds a JSON pointer from tokens. */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}
