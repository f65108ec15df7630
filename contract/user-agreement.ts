import { z } from 'zod';
import { agreementAccessLevels, userAgreementStatuses } from '../domain/user-agreement';
import { actor, moment } from './common';

/** One employee the agreement names (their national register number as eleven digits). */
export const agreementLine = z.object({
  fullName: z.string(), email: z.string(), nationalRegisterNumber: z.string(), accessLevel: z.enum(agreementAccessLevels),
});

/** A user agreement as the organisation and the insurer's staff see it: its status and when it applies. */
export const userAgreement = z.object({
  id: z.string(),
  organisationId: z.string(),
  workflowId: z.string(),
  status: z.enum(userAgreementStatuses),
  version: z.number().int(),
  employees: z.array(agreementLine),
  requestedBy: actor,
  signature: z.object({ by: actor, at: moment, text: z.string() }).nullable(),
  decision: z.object({ decision: z.enum(['register', 'send_back']), reason: z.string().nullable(), by: actor, at: moment }).nullable(),
  history: z.array(z.object({ action: z.string(), by: actor, at: moment, details: z.record(z.string(), z.unknown()).optional() })),
  createdAt: moment,
  updatedAt: moment,
  submittedAt: moment.nullable(),
  /** It applies at the latest then: four days after its receipt (seed 000). */
  registrationDueAt: moment.nullable(),
  escalatedAt: moment.nullable(),
  /** It applied then. */
  registeredAt: moment.nullable(),
});
export type UserAgreement = z.infer<typeof userAgreement>;
export const userAgreements = z.array(userAgreement);

/** With the text the administrator confirms by signing, in the reader's language. */
export const userAgreementToSign = userAgreement.extend({ signatureText: z.string() });
export type UserAgreementToSign = z.infer<typeof userAgreementToSign>;

/** The employees the agreements in force name, as they stand. */
export const employeeInForce = z.object({
  userId: z.string(), fullName: z.string(), email: z.string(), nationalRegisterNumber: z.string(),
  accessLevel: z.enum(agreementAccessLevels), agreementId: z.string(), appliedAt: moment,
});
/** My data: the agreement in force and every agreement of the organisation, newest first. */
export const organisationAgreements = z.object({
  administrator: z.boolean(),
  inForce: z.array(employeeInForce),
  history: userAgreements,
});
export type OrganisationAgreements = z.infer<typeof organisationAgreements>;

/** The insurer's inbox: with the organisation; escalated ones are the senior staff's. */
export const backofficeUserAgreement = userAgreement.extend({ organisation: z.object({ id: z.string(), name: z.string() }) });
export type BackofficeUserAgreement = z.infer<typeof backofficeUserAgreement>;
export const backofficeUserAgreements = z.array(backofficeUserAgreement);
