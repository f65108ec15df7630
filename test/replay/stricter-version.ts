import { z } from 'zod';
import type { DeclarationType } from '../../domain/declaration-types';
import type * as versions from '../../domain/declaration-schemas/versions';
import type { SchemaVersion } from '../../domain/declaration-schemas/versions';
import type { ChangeKind } from '../../domain/hospitalisation';

type Versions = typeof versions;

/** A declaration's contact must say how they prefer to be reached: no recorded declaration does. */
function withPreferredChannel(schema: z.ZodType): z.ZodObject {
  const declaration = schema as z.ZodObject;
  const contact = declaration.shape.contact as z.ZodObject;
  return declaration.extend({ contact: contact.extend({ preferredChannel: z.enum(['email', 'phone']) }) });
}

/**
 * A version stricter than `today`, as a real tightening would publish it: every declaration's contact names a
 * preferred channel, and a change to a person's data no longer changes their e-mail address (the recorded
 * approved change does exactly that).
 */
export function stricterThan(today: SchemaVersion): SchemaVersion {
  const declarations = { ...today.declarations };
  for (const type of Object.keys(declarations) as DeclarationType[]) declarations[type] = withPreferredChannel(declarations[type]);
  const updatePerson = today.changes.update_person;
  const changes: Record<ChangeKind, z.ZodObject> = {
    ...today.changes,
    update_person: updatePerson.extend({
      changes: (updatePerson.shape.changes as z.ZodType<Record<string, unknown>>).refine((fields) => !('email' in fields), 'E-mail addresses change in the portal'),
    }),
  };
  return { ...today, declarations, workplaceAccidentSimplified: withPreferredChannel(today.workplaceAccidentSimplified), changes };
}

/** The versions module as it would read once the stricter version is published: version 1 as it is, today's stricter. */
export function withStricterVersion(published: Versions): Versions {
  const stricter = stricterThan(published.currentSchemas);
  const currentSchemaVersion = published.currentSchemaVersion + 1;
  const schemasAt = (version: number | undefined) => ((version ?? 1) === currentSchemaVersion ? stricter : published.schemasAt(version));
  return { currentSchemaVersion, currentSchemas: stricter, schemasAt };
}
