/** Types of scripts/make-cut-row-pdf.mjs, for tests/readers-pdf-cut-row.test.ts. */
export declare const CUT_ROW: string;
export declare const TRUTH: string;
export declare const ROW: string;
export declare const LABEL: string;
export declare const MARGIN_TOP: number;

/** Where the page break cuts the row (pdftotext): its page, the label's two parts, the six figures above the break and the 总计 below it. */
export interface Cut {
  page: number;
  above: string;
  below: string;
  figures: number[];
  total: number;
}

/** What fixtures/cut-row/case.json holds. */
export interface CutRowCaseJson {
  truth: string;
  corpus: string;
  made: { tool: string; from: string; how: string; printCss: string };
  pages: number;
  cut: Cut & { table: string; row: string };
}

/** The print stylesheet at a top margin (mm; MARGIN_TOP when not given). */
export declare function cutRowCss(top?: number): string;
/** The row's six figures before 总计, and 总计, from the corpus JSON. */
export declare function rowFigures(): { figures: number[]; total: number };
/** Where the page break cuts the row so, or undefined. */
export declare function cutAt(file: string): Cut | undefined;
/** Builds fixtures/cut-row (or, with search, prints which top margins cut the row so). */
export declare function build(search?: boolean): Promise<void>;
