import { z } from 'zod';
import { email, isoDate, text } from './declaration-schemas/building-blocks';
import type { FieldProblem } from './declaration-schemas';

/** Group hospitalisation (collectieve hospitalisatie): who manages the register of insured persons. */
export type HospitalisationRole = 'titularis' | 'local_admin';

const nationalNumber = z.string().max(15).regex(/^\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}$/, 'Not a national register number');
const personalData = z.strictObject({ firstName: text(), lastName: text(), birthDate: isoDate, email: email.optional() });

/**
 * The changes to the register. The titularis changes their own and their family's personal data and
 * adds or removes family members; the Local Admin adds, changes or removes titularissen (seed 000).
 */
export const changeSchemas = {
  update_person: z.strictObject({ personId: z.uuid(), changes: personalData.partial().refine((changes) => Object.keys(changes).length > 0, 'Change at least one field') }),
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

const problemsOf = (result: z.ZodSafeParseResult<unknown>, prefix: string): FieldProblem[] =>
  result.success ? [] : result.error.issues.map((issue) => ({ path: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }));

/** A draft keeps any subset; what is present must be well-formed. */
export function changeDraftProblems(kind: ChangeKind, data: unknown): FieldProblem[] {
  const shape = changeSchemas[kind] as z.ZodObject;
  return problemsOf(shape.partial().safeParse(data), 'data');
}

/** Submit requires the whole change and the day it takes effect. */
export function changeSubmitProblems(kind: ChangeKind, data: unknown, effectiveDate: string | null): FieldProblem[] {
  const problems = problemsOf(changeSchemas[kind].safeParse(data), 'data');
  if (!effectiveDate) problems.push({ path: 'effectiveDate', message: 'Say from which day the change applies' });
  return problems;
}
