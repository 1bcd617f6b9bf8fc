/**
 * Renders message templates: `{name}` placeholders filled from data; unknown names stay visible.
 * `{a|b}` takes the first of the names that the data has: `{reasonZh|reason}` shows a reason in
 * Chinese where the finding has one, else the reason as given (findings made before it had both).
 */
import type { MessageData } from '../model/diagnostic.js';

export type Lang = 'zh' | 'en';

/** `data` may hold other fields too (a run's summary): only those the template names are used. */
export function fill(template: string, data: MessageData | Readonly<Record<string, unknown>> | undefined): string {
  return template.replace(/\{(\w+(?:\|\w+)*)\}/g, (whole, names: string) => {
    for (const name of names.split('|')) {
      const v = data?.[name];
      if (v !== undefined) return String(v);
    }
    return whole;
  });
}
