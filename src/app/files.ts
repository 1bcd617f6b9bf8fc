/// <reference lib="dom" />
/**
 * The files the user gives the page: chosen (the file input), a chosen folder (webkitdirectory), or
 * dropped (files and folders, walked with the File and Directory Entries API). Each keeps the name the
 * results show — the file's name, or its path inside the folder given — and whether it was found in a
 * folder: as `gongkai check <folder>` does, a folder's hidden entries, node_modules and gongkai.config.json
 * are not looked at, and its files of other kinds are left out (counted, not checked).
 */

export interface Entry {
  /** The name shown in the results (a path inside a folder given, with '/'). */
  name: string;
  file: File;
  /** Found in a folder (not named by the user). */
  found: boolean;
}

/** Entries of a folder that `gongkai check` does not walk into or read. */
function ignored(path: string): boolean {
  const parts = path.split('/');
  return parts.some((p) => p.startsWith('.') || p === 'node_modules') || parts[parts.length - 1] === 'gongkai.config.json';
}

/** The files of a file input: chosen one by one, or a folder's (webkitRelativePath). */
export function fromInput(list: FileList): Entry[] {
  const out: Entry[] = [];
  for (const file of Array.from(list)) {
    const rel = file.webkitRelativePath;
    if (rel) {
      if (!ignored(rel)) out.push({ name: rel, file, found: true });
    } else out.push({ name: file.name, file, found: false });
  }
  return out;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder (readEntries gives them in batches until an empty one). */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function walk(dir: FileSystemDirectoryEntry, out: Entry[]): Promise<void> {
  for (const e of await children(dir)) {
    const path = e.fullPath.replace(/^\//, '');
    if (ignored(path)) continue;
    if (e.isDirectory) await walk(e as FileSystemDirectoryEntry, out);
    else if (e.isFile) out.push({ name: path, file: await fileOf(e as FileSystemFileEntry), found: true });
  }
}

/** The files dropped on the page, folders walked. */
export async function fromDrop(data: DataTransfer): Promise<Entry[]> {
  const out: Entry[] = [];
  // The entries must be taken before the first await: the drop's data is gone after the event.
  const items = Array.from(data.items)
    .filter((i) => i.kind === 'file')
    .map((i) => ({ entry: i.webkitGetAsEntry(), file: i.getAsFile() }));
  for (const { entry, file } of items) {
    if (entry?.isDirectory) await walk(entry as FileSystemDirectoryEntry, out);
    else if (file) out.push({ name: file.name, file, found: false });
  }
  return out;
}

/** In path order, as the CLI lists its results. */
export function sortEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
