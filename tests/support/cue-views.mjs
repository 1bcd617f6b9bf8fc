/**
 * A stand-in view process for tests/views.test.ts (the messages of src/node/views.ts): it says it is ready,
 * then answers each view with `view of <file> (heap <cap> MB)` — after holding 400 MB outside the JavaScript
 * heap (typed arrays) when the file's name says `balloon`; dying at once when it says `crash` and the
 * process has the checking processes' normal heap cap (a view too large for it).
 */
let held;
const heap = Number(/--max-old-space-size=(\d+)/.exec(process.execArgv.join(' '))?.[1] ?? 0);
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  if (m.views) {
    process.send({ ready: true });
    return;
  }
  const file = m.view.result.file;
  if (file.includes('crash') && heap < 200) process.exit(134);
  if (file.includes('balloon')) held = new Uint8Array(400 * 1024 * 1024).fill(1);
  // Long enough for the process that started this one to see it.
  setTimeout(() => process.send({ index: m.index, html: `view of ${file} (heap ${heap} MB)` }), file.includes('balloon') ? 1000 : 0);
});
