/// <reference lib="dom" />
/**
 * The CMaps the page carries for the PDF reader: Adobe's predefined CMaps of the Chinese character
 * collections (scripts/app-cmaps.mjs chooses them), which pdfjs needs for Chinese set in a font that is
 * not embedded (STSong-Light with UniGB-UCS2-H …). In the CLI pdfjs reads them from its package folder;
 * the page has no folder and fetches nothing, so scripts/build-app.mjs puts them into the worker's
 * script as `GONGKAI_CMAPS` — the .bcmap files one after another, deflated, base64, with their names
 * and sizes — and the worker hands `cMap` to the core's reader (ReadOptions.cMaps). They are unpacked
 * on the first PDF that asks for one (the browser's own DecompressionStream), once per worker.
 */

/** Filled in by scripts/build-app.mjs (rolldown `define`). */
declare const GONGKAI_CMAPS: { names: string[]; sizes: number[]; deflated: string };

let unpacked: Promise<Map<string, Uint8Array>> | undefined;

async function unpack(): Promise<Map<string, Uint8Array>> {
  const { names, sizes, deflated } = GONGKAI_CMAPS;
  const text = atob(deflated);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const all = new Uint8Array(await new Response(stream).arrayBuffer());
  const out = new Map<string, Uint8Array>();
  let at = 0;
  names.forEach((name, i) => {
    const size = sizes[i] ?? 0;
    out.set(name, all.subarray(at, at + size));
    at += size;
  });
  return out;
}

/** The packed CMap of that name, or undefined when the page does not carry it (Japanese, Korean). */
export async function cMap(name: string): Promise<Uint8Array | undefined> {
  unpacked ??= unpack();
  return (await unpacked).get(name);
}
