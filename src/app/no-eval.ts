/**
 * Imported first by the worker, before the core: the page's Content-Security-Policy allows no eval, and
 * zod (the core's schemas) probes for it with `new Function('')` unless told not to — Firefox reports that
 * caught probe as a policy violation on the page. `jitless` makes zod skip the probe and parse the plain
 * way (what it does anyway where eval is refused). zod reads the setting from this global when it loads.
 */
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
