/** The package version: package.json imported as a module (the build writes it into the bundle; nothing is read at run time). */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
