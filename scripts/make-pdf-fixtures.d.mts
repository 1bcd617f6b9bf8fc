/** Types of scripts/make-pdf-fixtures.mjs, for tests/pdf-fixtures.test.ts. */
export declare const ROOT: string;
export declare const PDF_FIXTURES: string;
/** The date written into every PDF: the 14 digits of a PDF date. */
export declare const FIXED_DATE: string;
/** What a case may contain → what that means. */
export declare const FEATURES: Record<string, string>;

export type Expect = 'truth' | 'no-text-layer' | 'table-picture' | 'wrong-characters';

export interface PdfCase {
  name: string;
  /** The corpus report: fixtures/corpus/<truth>.json, fixtures/corpus-pages/<truth>/truth.json. */
  truth: string;
  tool: 'libreoffice' | 'chromium' | 'ghostscript';
  /** Ghostscript: the case whose committed input.pdf it writes again. */
  from?: string;
  /** Chromium's print stylesheet. */
  print?: 'official' | 'split' | 'table-picture' | 'scanned' | 'agency-page';
  /** A stylesheet of its own instead of the print's (the agency page with narrow value columns; no borders). */
  css?: 'narrow-columns' | 'borderless' | 'borderless-no-padding' | 'borderless-striped' | 'borderless-header' | 'borderless-justified';
  /** Printed with the page's backgrounds (striped rows, a filled header row). */
  background?: boolean;
  /** LibreOffice: the Word file changed first (tables at the page's width; borders off; only the rules across). */
  word?: 'page-width' | 'borderless' | 'borderless-left' | 'rules-across';
  features: string[];
  expect: Expect;
}
export declare const CASES: readonly PdfCase[];

/** What case.json holds. */
export interface PdfCaseJson {
  truth: string;
  corpus: string;
  made: { tool: string; from: string; how: string; printCss?: string };
  features: string[];
  pages: number;
  textLayer: boolean;
  expect: Expect;
  breakBefore?: { table: string; row: string };
}

/** Ghostscript's arguments before the output and input files. */
export declare const GHOSTSCRIPT_ARGS: readonly string[];
/** The stylesheet added to the HTML page of a Chromium case. */
export declare function printCss(c: PdfCase): string;
/** What a Chromium case prints: the agency's page (a path in the repository) or the command rendering the corpus JSON. */
export declare function chromiumSource(c: PdfCase): string;
/** CreationDate/ModDate set to FIXED_DATE, /ID and /DocChecksum to a digest, in place. */
export declare function fixMetadata(bytes: Uint8Array): Buffer;
/** The one font every fixture PDF is printed with (CSS). */
export declare const FONT_CSS: string;
/** A web page printed to PDF by Chromium (one font, scripts off, nothing fetched, metadata fixed). */
export declare function printPage(browser: unknown, html: string, label: string): Promise<Buffer>;
/** Page count from the page tree. */
export declare function pageCount(bytes: Uint8Array): number;
/** Builds every case (or those named) into `dir`. */
export declare function build(dir?: string, only?: string[]): Promise<void>;
