/** Renders message templates: `{name}` placeholders filled from data; unknown names stay visible. */
import type { MessageData } from '../model/diagnostic.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** `data` may hold other fields too (a run's summary): only those the template names are used. */
export function fill(template: string, data: MessageData | Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = data?.[name];
    return v === undefined ? whole : String(v);
  });
}
