/** Types of scripts/make-page-break-pdfs.mjs, for tests/readers-pdf-page-breaks.test.ts. */
export declare const PAGE_BREAKS: string;

/** A case: an agency page printed where a page break falls as the case needs. */
export interface PageBreakCase {
  name: string;
  source: string;
  truth: string;
  margin: number;
  how: string;
  edit: (html: string) => string;
  /** The break as pdftotext shows it, or undefined when the print does not break so. */
  breaks: (pages: string[][]) => Record<string, unknown> | undefined;
}

export declare const CASES: PageBreakCase[];
/** Every line of the PDF's pages (pdftotext -layout), page by page, trimmed, empty ones left out. */
export declare function pageLines(file: string): string[][];
export declare function build(names?: string[]): Promise<void>;
