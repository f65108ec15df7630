import type * as DeclarationProblems from '../domain/declaration-schemas';
import type * as SchemaVersions from '../domain/declaration-schemas/versions';
import type * as HospitalisationRules from '../domain/hospitalisation';
import type * as UserAgreementRules from '../domain/user-agreement';

/**
 * Rules built of zod schemas, loaded by a workflow at its first use instead of with the bundle. The SDK evaluates the
 * modules a workflow loads anew for each workflow it runs or replays, and building these schemas was a third of the
 * workflow thread's time under load (about 2.5 MB of heap each time for the declaration schemas), while most
 * workflows (claims, their deadlines, messages) never check a declaration, a change or an agreement.
 */
export const declarationProblems = (): typeof DeclarationProblems => require('../domain/declaration-schemas');
export const schemaVersions = (): typeof SchemaVersions => require('../domain/declaration-schemas/versions');
export const hospitalisationRules = (): typeof HospitalisationRules => require('../domain/hospitalisation');
export const userAgreementRules = (): typeof UserAgreementRules => require('../domain/user-agreement');
