import { z } from 'zod';
import { email, isoDate, text } from './declaration-schemas/building-blocks';
import { fieldProblem, problemsOf as fieldProblemsOf, type FieldProblem } from '../i18n/field-problems';

/** Group hospitalisation (collectieve hospitalisatie): who manages the register of insured persons. */
export type HospitalisationRole = 'titularis' | 'local_admin';

const nationalNumber = z.string().max(15).regex(/^\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}$/, 'field.nationalNumber');
const personalData = z.strictObject({ firstName: text(), lastName: text(), birthDate: isoDate, email: email.optional() });

/**
 * The changes to the register. The titularis changes their own and their family's personal data and
 * adds or removes family members; the Local Admin adds, changes or removes titularissen (seed 000).
 */
export const changeSchemas = {
  update_person: z.strictObject({ personId: z.uuid(), changes: personalData.partial().refine((changes) => Object.keys(changes).length > 0, 'hospitalisation.problem.changeSomething') }),
  add_family_member: z.strictObject({ titularisId: z.uuid(), relation: z.enum(['partner', 'child']), person: personalData.extend({ nationalNumber }) }),
  remove_family_member: z.strictObject({ personId: z.uuid() }),
  add_titularis: z.strictObject({ person: personalData.extend({ nationalNumber, email }) }),
  remove_titularis: z.strictObject({ personId: z.uuid() }),
} as const;
export type ChangeKind = keyof typeof changeSchemas;
export const changeKinds = Object.keys(changeSchemas) as ChangeKind[];

/** What each role may ask for. */
export const kindsFor: Record<HospitalisationRole, ChangeKind[]> = {
  titularis: ['update_person', 'add_family_member', 'remove_family_member'],
  local_admin: ['update_person', 'add_titularis', 'remove_titularis'],
};

/** A draft nobody submits expires, as declaration drafts do; submitted changes wait for the back office. */
export const changeStatuses = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'expired'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

/** The change's problems, their paths under `data` as the request sends it. */
const problemsOf = (result: z.ZodSafeParseResult<unknown>, data: unknown): FieldProblem[] =>
  (result.success ? [] : fieldProblemsOf(result.error, data, '').map((problem) => ({ ...problem, path: problem.path ? `data.${problem.path}` : 'data' })));

/** The rules a problems function applies: today's, or the version a workflow pinned (declaration-schemas/versions.ts). */
type ChangeSchemas = Record<ChangeKind, z.ZodObject>;

/** A draft keeps any subset; what is present must be well-formed. */
export function changeDraftProblems(kind: ChangeKind, data: unknown, schemas: ChangeSchemas = changeSchemas): FieldProblem[] {
  const shape = schemas[kind];
  return problemsOf(shape.partial().safeParse(data), data);
}

/** Submit requires the whole change and the day it takes effect. */
export function changeSubmitProblems(kind: ChangeKind, data: unknown, effectiveDate: string | null, schemas: ChangeSchemas = changeSchemas): FieldProblem[] {
  const problems = problemsOf(schemas[kind].safeParse(data), data);
  if (!effectiveDate) problems.push(fieldProblem('effectiveDate', 'hospitalisation.problem.effectiveDate'));
  return problems;
}
