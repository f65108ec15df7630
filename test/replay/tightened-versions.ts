/**
 * Stands in for domain/declaration-schemas/versions.ts in the workflow bundle of schema-tightening.test.ts:
 * the published versions plus a stricter one, current.
 */
import * as published from '../../domain/declaration-schemas/versions';
import { withStricterVersion } from './stricter-version';

export const { currentSchemaVersion, currentSchemas, schemasAt } = withStricterVersion(published);
