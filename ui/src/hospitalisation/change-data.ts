import { z } from 'zod';
import { isoDate } from '../../../domain/declaration-schemas/building-blocks';
import { type ChangeKind, changeSchemas } from '../../../domain/hospitalisation';
import type { InsuredPerson, RegisterChange } from '../api/hospitalisation';

/** The change form's fields; the person's data, the person it is about, and the day it takes effect. */
export const formFields = ['personId', 'relation', 'firstName', 'lastName', 'birthDate', 'nationalNumber', 'email', 'effectiveDate'] as const;
export type FormField = (typeof formFields)[number];
export type ChangeForm = Record<FormField, string>;

const personalFields = ['firstName', 'lastName', 'birthDate', 'email'] as const;
export const emptyForm: ChangeForm = { personId: '', relation: '', firstName: '', lastName: '', birthDate: '', nationalNumber: '', email: '', effectiveDate: '' };

/** The fields each kind of change asks for (domain/hospitalisation.ts), before the effective date that all ask for. */
export const fieldsOf: Record<ChangeKind, FormField[]> = {
  update_person: ['personId', 'firstName', 'lastName', 'birthDate', 'email'],
  add_family_member: ['relation', 'firstName', 'lastName', 'birthDate', 'nationalNumber', 'email'],
  remove_family_member: ['personId'],
  add_titularis: ['firstName', 'lastName', 'birthDate', 'nationalNumber', 'email'],
  remove_titularis: ['personId'],
};

/** What submitting requires, as the domain's schemas say; a change of personal data needs only one changed field. */
export const requiredOf: Record<ChangeKind, FormField[]> = {
  update_person: ['personId'],
  add_family_member: ['relation', 'firstName', 'lastName', 'birthDate', 'nationalNumber'],
  remove_family_member: ['personId'],
  add_titularis: ['firstName', 'lastName', 'birthDate', 'nationalNumber', 'email'],
  remove_titularis: ['personId'],
};

/**
 * The form's fields checked by their kind's shared schema (domain/hospitalisation.ts) as a draft keeps them:
 * each may still be empty, but what is filled in is well-formed. Completeness is the server's at submit.
 */
export function draftSchemaOf(kind: ChangeKind): z.ZodType<Partial<ChangeForm>, ChangeForm> {
  const shape = changeSchemas[kind].shape as Record<string, z.ZodType>;
  const nested = (shape.person ?? shape.changes) as z.ZodObject | undefined;
  const schemaOf = (field: FormField): z.ZodType => (field === 'effectiveDate' ? isoDate : shape[field] ?? nested!.shape[field] as z.ZodType);
  const asDrafted = (schema: z.ZodType) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
  return z.object(Object.fromEntries([...fieldsOf[kind], 'effectiveDate' as const].map((field) => [field, asDrafted(schemaOf(field))]))) as z.ZodType as z.ZodType<Partial<ChangeForm>, ChangeForm>;
}

/** The persons a change can be about: anyone for personal data; family members or titularissen for a removal. */
export function candidatesFor(kind: ChangeKind, persons: InsuredPerson[]): InsuredPerson[] {
  if (kind === 'update_person') return persons;
  if (kind === 'remove_family_member') return persons.filter((person) => person.relation !== 'titularis');
  if (kind === 'remove_titularis') return persons.filter((person) => person.relation === 'titularis');
  return [];
}

export const fullName = (person: { firstName?: string; lastName?: string }) => [person.firstName, person.lastName].filter(Boolean).join(' ');

/** Another person for a change of personal data: the form starts from their data as the register has it. */
export function withPerson(form: ChangeForm, kind: ChangeKind, personId: string, persons: InsuredPerson[]): ChangeForm {
  const person = persons.find((candidate) => candidate.id === personId);
  if (kind !== 'update_person' || !person) return { ...form, personId };
  return { ...form, personId, firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate, email: person.email ?? '' };
}

/** A saved change in the form; a change of personal data shows the person's data with the proposed changes over it. */
export function formOf(change: Pick<RegisterChange, 'kind' | 'data' | 'effectiveDate'>, persons: InsuredPerson[]): ChangeForm {
  const { kind, data } = change;
  const form = withPerson({ ...emptyForm, effectiveDate: change.effectiveDate ?? '', relation: data.relation ?? '' }, kind, data.personId ?? '', persons);
  const proposed: Record<string, unknown> = (kind === 'update_person' ? data.changes : data.person) ?? {};
  for (const field of formFields) if (typeof proposed[field] === 'string') form[field] = proposed[field] as string;
  return form;
}

/**
 * The form as the change's data, empty fields left out. A change of personal data holds only what differs from
 * the register; a titularis adds family members to their own entry.
 */
export function dataOf(kind: ChangeKind, form: ChangeForm, persons: InsuredPerson[], ownEntryId: string | null): Record<string, unknown> {
  const filled = (fields: readonly FormField[]) => Object.fromEntries(fields.filter((field) => form[field].trim()).map((field) => [field, form[field].trim()]));
  const nonEmpty = (value: Record<string, unknown>) => (Object.keys(value).length ? value : undefined);
  switch (kind) {
    case 'update_person': {
      const person = persons.find((candidate) => candidate.id === form.personId);
      const changed = personalFields.filter((field) => form[field].trim() && form[field].trim() !== (person?.[field] ?? ''));
      return { ...filled(['personId']), changes: nonEmpty(filled(changed)) };
    }
    case 'add_family_member':
      return { titularisId: ownEntryId ?? undefined, ...filled(['relation']), person: nonEmpty(filled(['firstName', 'lastName', 'birthDate', 'nationalNumber', 'email'])) };
    case 'add_titularis':
      return { person: nonEmpty(filled(['firstName', 'lastName', 'birthDate', 'nationalNumber', 'email'])) };
    default:
      return filled(['personId']);
  }
}

/** Whom a change is about, by name. */
export function aboutOf(change: RegisterChange, persons: InsuredPerson[]): string {
  if (change.data.person) return fullName(change.data.person);
  const person = persons.find((candidate) => candidate.id === change.data.personId);
  return person ? fullName(person) : '';
}
