import type { z } from 'zod';
import type { DeclarationType } from '../declaration-types';
import { changeSchemas, type ChangeKind } from '../hospitalisation';
import { missingMandatoryDocuments } from '../required-documents';
import { simplifiedDeclarationAllowed } from '../rules/workplace-accident';
import { declarationSchemas, workplaceAccidentSimplified } from './by-type';

/** What the data of a declaration or of a hospitalisation change must satisfy, as one version of the rules had it. */
export interface SchemaVersion {
  /** What submit requires, per declaration type. */
  declarations: Record<DeclarationType, z.ZodType>;
  /** The simplified workplace accident declaration (seed 004), and which accidents may use it. */
  workplaceAccidentSimplified: z.ZodType;
  simplifiedDeclarationAllowed: typeof simplifiedDeclarationAllowed;
  /** The documents without which a declaration cannot be submitted. */
  missingMandatoryDocuments: typeof missingMandatoryDocuments;
  /** What each change to the group hospitalisation register requires. */
  changes: Record<ChangeKind, z.ZodObject>;
}

/**
 * Every published version, oldest first: version n is `published[n - 1]`, and the last is today's rules
 * (by-type.ts, hospitalisation.ts, required-documents.ts). A workflow pins the version current when it
 * starts (its input's `schemaVersion`) and its handlers re-check data under that version only, so its
 * history replays the same whatever today's rules say; validators, which never replay, check today's.
 *
 * To change what these accept, publish a version: today's files take the new rules and the entry before
 * keeps the old ones (their old definitions move here). A published version never changes what it accepts.
 */
const published: readonly SchemaVersion[] = [
  { declarations: declarationSchemas, workplaceAccidentSimplified, simplifiedDeclarationAllowed, missingMandatoryDocuments, changes: changeSchemas },
];

/** The version a process started today pins. */
export const currentSchemaVersion = published.length;

/**
 * The rules of one version. Executions started before versions were pinned carry none: version 1. A worker
 * older than the version fails the workflow task, which a newer worker then takes.
 */
export function schemasAt(version: number | undefined): SchemaVersion {
  const schemas = published[(version ?? 1) - 1];
  if (!schemas) throw new Error(`This worker does not know schema version ${version}; a newer one does`);
  return schemas;
}

export const currentSchemas = schemasAt(currentSchemaVersion);
