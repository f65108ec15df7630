import { z } from 'zod';
import type { AccessLevel } from '../db/models/user';
import { durationMs } from './duration';
import { isNationalRegisterNumber, nationalRegisterDigits } from './national-register-number';

/**
 * The user agreement (gebruikersovereenkomst, seed 000 "Hoe toegang krijgen?"): the organisation names the
 * employees who may use the portal, each with full or limited access; the insurer registers it, and "4 dagen na
 * ontvangst van de gebruikersovereenkomst kunt u aan de slag". An agreement names the employees it concerns;
 * `none` takes an employee's access away.
 */
export const USER_AGREEMENT_REGISTRATION_DAYS = 4;

/** Received and not registered this long: the senior staff take it over (USER_AGREEMENT_ESCALATE_AFTER's default). */
export const userAgreementEscalateAfterDefault = `${USER_AGREEMENT_REGISTRATION_DAYS} days`;

export const agreementAccessLevels = ['full', 'limited', 'none'] as const;
export type AgreementAccessLevel = (typeof agreementAccessLevels)[number];

/** `expired`: a draft or an agreement sent back the organisation left untouched for the draft period. */
export const userAgreementStatuses = ['draft', 'submitted', 'sent_back', 'registered', 'withdrawn', 'expired'] as const;
export type UserAgreementStatus = (typeof userAgreementStatuses)[number];
/** The organisation may still change these, sign them and send them (again). */
export const editableStatuses: UserAgreementStatus[] = ['draft', 'sent_back'];

export const agreementEmployee = z.strictObject({
  fullName: z.string().trim().min(1).max(200),
  email: z.email().max(254).transform((email) => email.toLowerCase()),
  nationalRegisterNumber: z.string().max(15).refine(isNationalRegisterNumber, 'field.nationalNumber').transform(nationalRegisterDigits),
  accessLevel: z.enum(agreementAccessLevels),
});
export type AgreementEmployee = z.output<typeof agreementEmployee>;

/** Each person once: by national register number and by e-mail. */
export const agreementEmployees = z.array(agreementEmployee).min(1).max(200).superRefine((employees, ctx) => {
  for (const key of ['nationalRegisterNumber', 'email'] as const) {
    const seen = new Set<string>();
    employees.forEach((employee, index) => {
      if (seen.has(employee[key])) ctx.addIssue({ code: 'custom', path: [index, key], message: 'userAgreement.problem.duplicate' });
      seen.add(employee[key]);
    });
  }
});

/** When the agreement applies at the latest: the receipt plus the registration days. */
export const registrationDueAt = (submittedAt: string): string =>
  new Date(new Date(submittedAt).getTime() + durationMs(`${USER_AGREEMENT_REGISTRATION_DAYS} days`)).toISOString();

const rank: Record<AgreementAccessLevel, number> = { none: 0, limited: 1, full: 2 };

/**
 * Taking access away needs no registration: it takes effect as soon as the organisation submits. A line
 * lowers access when it names less than the employee has today (`current`: null for no access).
 */
export const lowersAccess = (line: AgreementAccessLevel, current: AccessLevel | null): boolean =>
  current !== null && rank[line] < rank[current];
