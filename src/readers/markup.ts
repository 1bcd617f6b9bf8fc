/**
 * Parsing a web page or a Word document's XML within the bounds of limits.ts (htmlparser2 is imported
 * here, not in limits.ts, so that reading JSON never loads it).
 */
import { DomHandler, Parser } from 'htmlparser2';
import { elementBound, MAX_DEPTH, nestedTooDeep, tooManyElements } from './limits.js';

/**
 * A DOM handler that stops the parse when elements nest deeper than MAX_DEPTH, and in HTML leaves out
 * the text of Word's `<![if !supportEmptyParas]>&nbsp;<![endif]>`: the space Word's "Save as web page"
 * writes for the browsers it thinks cannot show an empty paragraph, which is not the document's text (in
 * a figure's cell it would part the figure's digits).
 */
class BoundedHandler extends DomHandler {
  deep = false;
  dropWordPadding = false;
  private inPadding = false;
  override oncomment(data: string): void {
    if (this.dropWordPadding) {
      if (data === '[if !supportEmptyParas]') this.inPadding = true;
      else if (data === '[endif]') this.inPadding = false;
    }
    super.oncomment(data);
  }
  override ontext(data: string): void {
    if (!this.inPadding) super.ontext(data);
  }
  override onopentag(name: string, attribs: Record<string, string>): void {
    // tagStack holds the document root and the open elements.
    if (this.tagStack.length > MAX_DEPTH) {
      this.deep = true;
      throw new TooDeep();
    }
    super.onopentag(name, attribs);
  }
}

class TooDeep extends Error {}

export interface MarkupOptions {
  xmlMode?: boolean;
  withStartIndices?: boolean;
  decodeEntities?: boolean;
}

/**
 * htmlparser2's parseDocument with the bounds above: more than `what.maxElements` elements (counted before
 * parsing) or a nesting deeper than MAX_DEPTH (checked while parsing, before the parser's own work on
 * the open elements, which grows with the square of the depth, gets long) is refused.
 */
export function parseMarkup(markup: string, options: MarkupOptions, what: { en: string; zh: string; maxElements: number }): ReturnType<typeof import('htmlparser2').parseDocument> {
  if (elementBound(markup, what.maxElements) > what.maxElements) throw tooManyElements(what, what.maxElements);
  const handler = new BoundedHandler(undefined, options);
  handler.dropWordPadding = !options.xmlMode;
  try {
    new Parser(handler, options).end(markup);
  } catch (e) {
    if (e instanceof TooDeep) throw nestedTooDeep(what);
    throw e;
  }
  return handler.root;
}
