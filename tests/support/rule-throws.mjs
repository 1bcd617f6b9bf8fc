/**
 * Loaded with `NODE_OPTIONS=--import=…` (tests/containment.test.ts), so that it runs in the CLI and in the
 * checking processes it starts: makes the rule named by GONGKAI_RULE_THROWS throw a TypeError, as a bug
 * in a rule would, by rewriting the built rule's source as it loads (rule-throws-hooks.mjs). Each process
 * appends `<pid> checking|cli` to GONGKAI_RULE_THROWS_LOG, and `<pid> rewritten` where the rule was
 * rewritten, so the test can tell that the rule threw where files are checked.
 */
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

if (process.env.GONGKAI_RULE_THROWS) {
  // A process started by the pool (fork) has a channel to its parent.
  appendFileSync(process.env.GONGKAI_RULE_THROWS_LOG, `${process.pid} ${typeof process.send === 'function' ? 'checking' : 'cli'}\n`);
  register('./rule-throws-hooks.mjs', import.meta.url);
}
