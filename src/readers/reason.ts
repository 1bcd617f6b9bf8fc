/**
 * Why a file cannot be read, in both languages: `reason` in English (as programs reading the JSON
 * output have had it) and `reasonZh` for the Chinese message (templates use `{reasonZh|reason}`).
 * A library's own error text, when there is one, goes to `detail` for programs, never to the message.
 */
export function because(en: string, zh: string, detail?: string): { reason: string; reasonZh: string; detail?: string } {
  return { reason: en, reasonZh: zh, ...(detail !== undefined ? { detail: detail.slice(0, 200) } : {}) };
}
