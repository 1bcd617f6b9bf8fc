/** Formatter registry: name → formatter, loaded lazily. */
import type { Formatter } from './formatter.js';

export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).default,
  json: async () => (await import('./json.js')).default,
  sarif: async () => (await import('./sarif.js')).default,
  github: async () => (await import('./github.js')).default,
  html: async () => (await import('./html.js')).default,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
