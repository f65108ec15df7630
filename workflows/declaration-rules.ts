import type * as Problems from '../domain/declaration-schemas';
import type * as Versions from '../domain/declaration-schemas/versions';

/**
 * The declaration schemas, loaded by a workflow at its first use instead of with the bundle. The SDK evaluates the
 * modules a cached workflow loads anew for each one, and these zod schemas hold about 2.5 MB of heap a time, while
 * most of a worker's cache (claims, their deadlines, messages) never checks a declaration.
 */
export const declarationProblems = (): typeof Problems => require('../domain/declaration-schemas');
export const schemaVersions = (): typeof Versions => require('../domain/declaration-schemas/versions');
