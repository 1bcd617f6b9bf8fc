/**
 * Committed fixtures and expectations are written only when asked: `UPDATE_FIXTURES=1` (npm run
 * fixtures:update). Without it a missing one fails its test — a new fixture's expected result is looked
 * at before it is committed, and deleting one can never make a test pass by writing it again.
 */
export function updatingFixtures(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.UPDATE_FIXTURES === '1' || env.UPDATE_FIXTURES === 'true';
}
