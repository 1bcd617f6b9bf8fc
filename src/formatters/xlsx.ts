/**
 * `check -f xlsx:汇总.xlsx`: the reviewer's workbook of a run (issue #19) — the four tables of review.ts
 * as sheets 汇总 / 问题 / 数据 / 年度 (Summary / Findings / Data / Years with --lang en), each with its
 * header row styled and frozen, an auto-filter over the whole table, column widths, numbers as numbers
 * and text that starts with = + - @ (tab, CR) neutralized as in `convert --to csv`.
 *
 * Written as it comes, for a run of any size: SheetJS, the project's spreadsheet library, builds a whole
 * workbook in memory (for 10,000 reports, two million rows of 数据) and its community edition writes
 * neither cell styles nor frozen panes; so the sheets are written here as SpreadsheetML text and zipped
 * as they come by fflate's streaming ZIP (its DEFLATE, or Node's zlib given by the caller), and SheetJS
 * and LibreOffice read them back in the tests. 数据, the large sheet, is deflated straight into the workbook file as each report comes; the
 * rows of 汇总 and 问题 wait in `Spill`s (temporary files the caller provides, node/xlsx-run.ts) and go
 * in at the end with 年度 (a few numbers per report kept here) and the workbook's index. A sheet that
 * would pass Excel's 1,048,576 rows goes on in a next sheet (数据 (2), …). Text cells are inline
 * strings: no table of every distinct text is kept.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { ReportCells } from '../check/report-cells.js';
import type { FileResult } from '../model/diagnostic.js';
import { a1 } from '../model/location.js';
import { neutralize } from '../renderers/csv.js';
import type { FormatContext } from './formatter.js';
import { columns, dataRows, findingRows, summaryRow, tableName, YearChains, type Column, type TableName, type Value } from './review.js';
import { maxOf } from '../lists.js';

/** Rows a worksheet holds at most (Excel's limit, the header included). */
const EXCEL_ROWS = 1_048_576;
/** Characters a cell holds at most (Excel's limit). */
const CELL_CHARS = 32_767;
/** Text is deflated in pieces of about this many characters. */
const PIECE = 256 * 1024;

/** Lines kept aside until the end of the run (a temporary file: node/xlsx-run.ts). */
export interface Spill {
  /** Adds a line (it holds no line break). */
  append(line: string): void;
  /** The lines added, in order. */
  lines(): Iterable<string>;
}

/** Where the workbook goes, and where rows wait. */
export interface WorkbookIo {
  /** The workbook's bytes, in order. */
  write(bytes: Uint8Array): Promise<void>;
  /** A new place for lines to wait (one per table kept until the end). */
  spill(name: string): Spill;
  /**
   * A faster DEFLATE for an entry than fflate's (Node's zlib: node/xlsx-run.ts); without it, fflate's
   * ZipDeflate at level 1.
   */
  deflate?: (path: string) => Deflater;
}

/** An entry of the ZIP stream that compresses what is pushed into it. */
export interface Deflater extends ZipInputFile {
  push(chunk: Uint8Array, final?: boolean): void;
}

export interface WorkbookOptions {
  /** Rows per sheet, the header included (default: Excel's 1,048,576; tests use fewer). */
  sheetRows?: number;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Content types: every .xml part that is not the workbook or its styles is a worksheet (a Default by
 * extension, allowed by OPC), so that this part, which readers and file-type sniffers expect first, is
 * written before the number of sheets is known.
 */
const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** Cell styles: 0 plain, 1 the header (bold on a light fill, a rule below, wrapped), 2 wrapped text at the top. */
const STYLE = { plain: 0, header: 1, wrap: 2 } as const;
const STYLES =
  `${XML}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Characters XML 1.0 cannot hold (and lone surrogates), written as Excel writes them: `_xHHHH_`. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What makes a text need escaping: XML's special characters, `_`, and characters XML cannot hold. */
const SPECIAL = /[&<>_\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as the content of a cell: at most Excel's length, escaped for XML, `_xHHHH_` kept literal. */
function cellText(text: string): string {
  // Most texts (labels, names, numbers as text) need nothing: one test instead of five replacements.
  if (text.length <= CELL_CHARS && !SPECIAL.test(text)) return text;
  const cut = text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
  return cut
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text as an XML attribute value. */
function attr(text: string): string {
  return cellText(text).replace(/"/g, '&quot;');
}

/** The column letters of a table's columns (A, B, …). */
function letters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => a1(0, i).replace(/\d+$/, ''));
}

/** One row of a sheet: numbers as numbers, text as inline strings (neutralized), nothing for null or ''. */
function rowXml(r: number, values: readonly Value[], cols: readonly string[], styles: readonly number[]): string {
  let s = `<row r="${r}">`;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') continue;
    const st = styles[i] ? ` s="${styles[i]}"` : '';
    if (typeof v === 'number' && Number.isFinite(v)) s += `<c r="${cols[i]}${r}"${st}><v>${v}</v></c>`;
    else {
      const text = cellText(neutralize(String(v)));
      // Spaces at either end are kept only when the text says so.
      const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      s += `<c r="${cols[i]}${r}"${st} t="inlineStr"><is><t${keep}>${text}</t></is></c>`;
    }
  }
  return `${s}</row>`;
}

/** How wide a text shows, in characters of the default font (a CJK character is two). */
function textWidth(v: Value): number {
  if (v === null) return 0;
  const s = String(v);
  let w = 0;
  for (const ch of s.length > 200 ? s.slice(0, 200) : s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/** A worksheet written (a table may take several). */
interface SheetPart {
  name: string;
  /** Its part name in the package (xl/worksheets/sheetN.xml). */
  path: string;
  /** Rows, the header included. */
  rows: number;
  columns: number;
  selected: boolean;
}

/** The workbook being written: its ZIP stream and the sheets so far. */
class Package {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failed?: Error;
  private count = 0;
  readonly parts: Record<TableName, SheetPart[]> = { summary: [], findings: [], data: [], years: [] };
  private readonly encoder = new TextEncoder();

  constructor(private readonly io: WorkbookIo) {
    this.zip = new Zip((err, data) => {
      if (err) this.failed = err;
      else if (data.length > 0) {
        this.pending.push(data);
        this.pendingBytes += data.length;
      }
    });
  }

  /** A new entry of the package, written piece by piece (`push`), then `end`. */
  entry(path: string): { push(text: string): void; end(): void } {
    // fflate's level 1: twice as fast as its default 6 on these sheets, for 4 % more bytes.
    const file = this.io.deflate?.(path) ?? new ZipDeflate(path, { level: 1 });
    this.zip.add(file);
    return {
      push: (text) => file.push(this.encoder.encode(text)),
      end: () => file.push(new Uint8Array(0), true),
    };
  }

  /** A whole entry at once. */
  whole(path: string, text: string): void {
    const e = this.entry(path);
    e.push(text);
    e.end();
  }

  /** The next worksheet's part name. */
  nextSheet(): string {
    return `xl/worksheets/sheet${++this.count}.xml`;
  }

  /** Writes out what the ZIP stream has made so far. */
  async drain(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.pending.length === 0) return;
    const bytes = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const p of this.pending) {
      bytes.set(p, at);
      at += p.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    await this.io.write(bytes);
  }

  /** Whether enough is waiting to be worth writing out. */
  get full(): boolean {
    return this.pendingBytes >= PIECE;
  }

  end(): void {
    this.zip.end();
  }
}

/** One table written as sheets: rows go in as they come; past the row limit, a next sheet begins. */
class SheetWriter {
  private part?: SheetPart;
  private out?: { push(text: string): void; end(): void };
  private buffer: string[] = [];
  private buffered = 0;
  private readonly cols: string[];
  private readonly styles: number[];

  constructor(
    private readonly pkg: Package,
    private readonly table: TableName,
    private readonly name: string,
    private readonly columns: readonly Column[],
    private readonly widths: readonly number[],
    private readonly maxRows: number,
    private readonly selected = false,
  ) {
    this.cols = letters(columns.length);
    this.styles = columns.map((c) => (c.wrap ? STYLE.wrap : STYLE.plain));
  }

  private start(): void {
    const n = this.pkg.parts[this.table].length;
    const part: SheetPart = { name: n === 0 ? this.name : `${this.name} (${n + 1})`, path: this.pkg.nextSheet(), rows: 1, columns: this.columns.length, selected: this.selected && n === 0 };
    this.pkg.parts[this.table].push(part);
    this.part = part;
    this.out = this.pkg.entry(part.path);
    const view = `<sheetView workbookViewId="0"${part.selected ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>`;
    const cols = this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    const header = rowXml(
      1,
      this.columns.map((c) => c.header),
      this.cols,
      this.columns.map(() => STYLE.header),
    );
    this.out.push(`${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${header}`);
  }

  /** Adds a row. */
  row(values: readonly Value[]): void {
    if (!this.part || this.part.rows >= this.maxRows) {
      this.close();
      this.start();
    }
    const xml = rowXml(++this.part!.rows, values, this.cols, this.styles);
    this.buffer.push(xml);
    this.buffered += xml.length;
    if (this.buffered >= PIECE) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.out!.push(this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  /** Ends the sheet being written (a table without rows still gets one, with its header). */
  close(): void {
    if (!this.part) return;
    this.flush();
    const last = this.cols[this.cols.length - 1];
    this.out!.push(`</sheetData><autoFilter ref="A1:${last}${this.part.rows}"/></worksheet>`);
    this.out!.end();
    this.part = undefined;
    this.out = undefined;
  }

  /** Ends the table: its last sheet, or an empty one when no row came. */
  end(): void {
    if (!this.part && this.pkg.parts[this.table].length === 0) this.start();
    this.close();
  }
}

/** A spilled table: its lines wait on disk; the widest text of each column is kept for the widths. */
class Waiting {
  readonly widths: number[];
  constructor(
    readonly spill: Spill,
    readonly columns: readonly Column[],
  ) {
    this.widths = columns.map((c) => Math.max(6, textWidth(c.header) + 2));
  }
  add(values: readonly Value[]): void {
    values.forEach((v, i) => {
      const w = textWidth(v) + 2;
      if (w > this.widths[i]!) this.widths[i] = w;
    });
    this.spill.append(JSON.stringify(values));
  }
  /** The widths to give: as wide as the widest text, within limits (wrapped columns narrower). */
  finalWidths(): number[] {
    return this.widths.map((w, i) => Math.min(w, this.columns[i]!.wrap ? 60 : 40));
  }
}

/** The sheet name as a reference in a formula: quoted. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The workbook of one run: `file` for each file in order, then `finish`. */
export class ReviewWorkbook {
  private readonly pkg: Package;
  private readonly data: SheetWriter;
  private readonly summary: Waiting;
  private readonly findings: Waiting;
  private readonly years: YearChains;
  private readonly maxRows: number;

  constructor(
    private readonly ctx: Pick<FormatContext, 'cwd'>,
    private readonly lang: 'zh' | 'en',
    io: WorkbookIo,
    opts: WorkbookOptions = {},
  ) {
    this.maxRows = Math.max(2, Math.min(EXCEL_ROWS, opts.sheetRows ?? EXCEL_ROWS));
    this.pkg = new Package(io);
    this.pkg.whole('[Content_Types].xml', CONTENT_TYPES);
    this.pkg.whole('_rels/.rels', ROOT_RELS);
    this.pkg.whole('xl/styles.xml', STYLES);
    const dataColumns = columns('data', lang);
    this.data = new SheetWriter(
      this.pkg,
      'data',
      tableName('data', lang),
      dataColumns,
      dataColumns.map((c) => c.width),
      this.maxRows,
    );
    this.summary = new Waiting(io.spill('summary.jsonl'), columns('summary', lang));
    this.findings = new Waiting(io.spill('findings.jsonl'), columns('findings', lang));
    this.years = new YearChains(ctx, lang);
  }

  /** Adds a file: its row, findings and cells (`cells`: absent when it could not be read). */
  async file(f: FileResult, cells: ReportCells | undefined): Promise<void> {
    this.summary.add(summaryRow(f, cells, this.ctx));
    for (const row of findingRows(f, this.ctx, this.lang)) this.findings.add(row);
    if (cells) {
      for (const row of dataRows(f, cells, this.ctx, this.lang)) {
        this.data.row(row);
        if (this.pkg.full) await this.pkg.drain();
      }
    }
    this.years.add(f, cells);
    await this.pkg.drain();
  }

  /** Writes the rest: 汇总, 问题, 年度 and the workbook's index. */
  async finish(): Promise<void> {
    this.data.end();
    await this.pkg.drain();
    for (const [table, waiting] of [
      ['summary', this.summary],
      ['findings', this.findings],
    ] as const) {
      const sheet = new SheetWriter(this.pkg, table, tableName(table, this.lang), waiting.columns, waiting.finalWidths(), this.maxRows, table === 'summary');
      for (const line of waiting.spill.lines()) {
        sheet.row(JSON.parse(line) as Value[]);
        if (this.pkg.full) await this.pkg.drain();
      }
      sheet.end();
      await this.pkg.drain();
    }
    const yearColumns = columns('years', this.lang);
    const years = new SheetWriter(
      this.pkg,
      'years',
      tableName('years', this.lang),
      yearColumns,
      yearColumns.map((c) => c.width),
      this.maxRows,
    );
    for (const row of this.years.rows()) years.row(row);
    years.end();
    this.index();
    this.pkg.end();
    await this.pkg.drain();
  }

  /** xl/workbook.xml and its relationships: the sheets in the tables' order, and each one's filter range. */
  private index(): void {
    const parts = [...this.pkg.parts.summary, ...this.pkg.parts.findings, ...this.pkg.parts.data, ...this.pkg.parts.years];
    const sheets = parts.map((p, i) => `<sheet name="${attr(p.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    const cols = letters(maxOf(parts, (p) => p.columns));
    const names = parts
      .map((p, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${attr(`${sheetRef(p.name)}!$A$1:$${cols[p.columns - 1]}$${p.rows}`)}</definedName>`)
      .join('');
    this.pkg.whole('xl/workbook.xml', `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets><definedNames>${names}</definedNames></workbook>`);
    const rels = parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="${p.path.replace(/^xl\//, '')}"/>`).join('');
    this.pkg.whole('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${NS_PKG_REL}">${rels}<Relationship Id="rId${parts.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`);
  }
}
