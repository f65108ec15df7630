import type { DeclarationTypeInfo, JsonSchema } from '../api/declarations';

/**
 * A minor workplace accident may be declared with the simplified declaration (vereenvoudigde aangifte,
 * seed 004): a shorter form of its own, chosen before the wizard starts and kept in the data as
 * `simplified: true`, so the API checks it against that form and refuses it for a serious accident.
 */
export type WorkplaceVariant = 'full' | 'simplified';

export const isSimplified = (data: unknown) => (data as { simplified?: unknown } | null)?.simplified === true;

/** The form the wizard shows: the simplified one while the data says so and the type has one. */
export const formSchemaOf = (info: DeclarationTypeInfo, data: unknown): JsonSchema =>
  (isSimplified(data) && info.simplifiedSchema) || info.schema;

/** The first data of a new declaration: a workplace accident says which declaration was chosen. */
export const startDataOf = (type: string, variant: WorkplaceVariant | '') =>
  type === 'workplace_accident' ? { simplified: variant === 'simplified' } : {};
