import type { InputOptions } from 'rolldown';
export declare const BROWSER_ALIASES: Record<string, string>;
export declare function browserCoreOptions(onLog?: (level: string, log: { code?: string; message: string }) => void): InputOptions;
