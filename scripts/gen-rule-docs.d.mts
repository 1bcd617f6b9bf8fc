/** Types of scripts/gen-rule-docs.mjs, for the drift test (tests/registry.test.ts). */
export declare const ROOT: string;

/** The modules the pages are made with: from dist/ when run as a script, from src/ in the drift test. */
export interface RuleDocsLib {
  RULES: readonly unknown[];
  getRule: (id: string) => unknown;
  checkFile: (path: string, opts?: object) => Promise<unknown>;
  checkPaths: (paths: string[], opts?: object) => Promise<unknown>;
  prettyStream: (ctx: { color: 0; cwd: string }, lang: 'zh' | 'en') => { file: (f: never) => string };
  docs: object;
}

/** Every page: path relative to the repository → content. */
export declare function rulePages(lib: RuleDocsLib): Promise<Map<string, string>>;

/** The committed pages under `root` that differ from `pages`, are missing, or belong to no rule. */
export declare function drift(pages: Map<string, string>, root?: string, dir?: string): string[];
