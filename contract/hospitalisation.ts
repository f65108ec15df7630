import { z } from 'zod';
import { changeKinds, changeStatuses } from '../domain/hospitalisation';
import { actor, day, moment } from './common';

export const hospitalisationRoles = ['titularis', 'local_admin'] as const;
const role = z.enum(hospitalisationRoles);
const changeKind = z.enum(changeKinds as [string, ...string[]]) as unknown as z.ZodType<(typeof changeKinds)[number]>;

/** A role on a group hospitalisation policy; a titularis also has their own entry in the register. */
export const roleGrant = z.object({
  policyId: z.string(),
  role,
  /** The titularis's own entry in the register; null for a Local Admin. */
  insuredPersonId: z.string().nullable(),
});
export type RoleGrant = z.infer<typeof roleGrant>;
export const roleGrants = z.array(roleGrant);

/** A person in the register (verzekerde): a titularis, or their partner or child. */
export const insuredPerson = z.object({
  id: z.string(),
  policyId: z.string(),
  titularisId: z.string().nullable(),
  relation: z.enum(['titularis', 'partner', 'child']),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: day,
  nationalNumber: z.string().describe('Rijksregisternummer'),
  email: z.string().nullable(),
  coveredFrom: day,
  coveredUntil: day.nullable(),
  /** The titularis's full name; null for a titularis. */
  titularis: z.string().nullable(),
});
export type InsuredPerson = z.infer<typeof insuredPerson>;
export const insuredPersons = z.array(insuredPerson);

/** A change to the register, from draft to the back office's decision. */
export const registerChange = z.object({
  id: z.string(),
  policyId: z.string(),
  kind: changeKind,
  role,
  data: z.record(z.string(), z.any()),
  effectiveDate: day.nullable(),
  status: z.enum(changeStatuses),
  version: z.number().int(),
  requestedBy: actor,
  decision: z.object({ decision: z.enum(['approve', 'reject']), reason: z.string().nullable(), by: actor, at: moment }).nullable(),
  history: z.array(z.object({ action: z.string(), by: actor, at: moment })).optional(),
  createdAt: moment,
  updatedAt: moment,
  submittedAt: moment.nullable(),
});
export type RegisterChange = z.infer<typeof registerChange>;
export const registerChanges = z.array(registerChange);

const personRef = z.object({ id: z.string().nullable(), firstName: z.string(), lastName: z.string() });
/** A change as the back office's inbox lists it: with the organisation and the person concerned. */
export const backofficeChange = registerChange.extend({
  organisation: z.object({ id: z.string(), name: z.string() }),
  person: personRef.nullable(),
  titularis: personRef.nullable(),
});
export type BackofficeChange = z.infer<typeof backofficeChange>;
export const backofficeChanges = z.array(backofficeChange);
