/**
 * pdfjs decodes every picture on a page when the page's drawing is read (getOperatorList), in JavaScript —
 * 0.85 s a page of a 300 dpi colour scan — though the reader wants of a picture only where it is. A
 * checking process gives pdfjs a stand-in for the platform's ImageDecoder (which browsers have, Node not):
 * pdfjs hands it a JPEG picture in colour, whole, and takes what it returns as the decoded picture — here a
 * frame of nothing, at once. Pictures in other forms (grey, deflated, masked) pdfjs still decodes itself.
 * The reader tells pdfjs to use it only when it is this stand-in (pdf-doc.ts), never a browser's own.
 *
 * Called only in gongkai's own checking processes, before pdfjs loads (it looks for ImageDecoder once, as it
 * loads), never by the Node API in the caller's process.
 */

/** The frame the stand-in "decodes": nothing to draw, closed at once. */
class NoFrame {
  readonly displayWidth = 1;
  readonly displayHeight = 1;
  close(): void {}
}

class PictureStandIn {
  /** How the reader knows it from a platform's own (pdf-doc.ts). */
  static readonly gongkaiStandIn = true;
  /** Pictures handed to it so far (left undecoded). */
  static handed = 0;
  static isTypeSupported(type: string): Promise<boolean> {
    return Promise.resolve(type === 'image/jpeg');
  }
  decode(): Promise<{ image: NoFrame; complete: boolean }> {
    PictureStandIn.handed++;
    return Promise.resolve({ image: new NoFrame(), complete: true });
  }
  close(): void {}
}

export function picturesUndecoded(): void {
  const g = globalThis as { ImageDecoder?: unknown };
  if (g.ImageDecoder === undefined) g.ImageDecoder = PictureStandIn;
}
