/**
 * Typed failures. A `ReadError` means one file could not be read: it becomes a diagnostic on that
 * file (exit 1) and the run goes on. A `UsageError` is a mistake in how gongkai was called (exit 2).
 */
import type { MessageData } from './model/diagnostic.js';
import type { Source } from './model/location.js';

export class ReadError extends Error {
  constructor(
    /** Rule the failure is reported under (read-error, json-schema, …). */
    readonly ruleId: string,
    readonly messageId: string,
    readonly data: MessageData = {},
    readonly physical?: Source,
    readonly hintId?: string,
  ) {
    super(`${ruleId}/${messageId}: ${JSON.stringify(data)}`);
    this.name = 'ReadError';
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
