import { z } from 'zod';
import { iban, isoDate, optionalText, text } from '../domain/declaration-schemas/building-blocks';
import { reason } from '../api/fields';
import { actor, cents, day, moment } from './common';

/**
 * The benefits file of an accepted workplace accident (law of 10 April 1971): temporary incapacity paid per period,
 * the base wage and its correction, adapted work, medical checks, the agreement on permanent incapacity, its
 * ratification by Fedris, the yearly allowance, the three-year revision period and the life annuity after it.
 */

/** Postgres' integer bound, as for payments. */
const MAX_CENTS = 2_000_000_000;
const amount = z.number().int('field.wholeCents');
export const workerStatuses = ['white_collar', 'blue_collar'] as const;
export const certificateKinds = ['first_finding', 'incapacity', 'extension', 'return_to_work', 'relapse'] as const;
/** What a payment of the file pays for (its item): a period, the correction, a payslip, a medical check, the permanent benefits. */
export const benefitItems = ['period', 'correction', 'adapted_work', 'medical_check', 'arrears', 'allowance', 'final_settlement', 'annuity'] as const;
export const benefitPayees = ['victim', 'employer'] as const;
/** Where the file stands. */
export const benefitStages = ['temporary', 'agreement_proposed', 'agreement_accepted', 'allowance', 'life_annuity', 'ended'] as const;
/** What comes next, for the handler (and the customer). */
export const benefitNextSteps = [
  'await_certificate', 'await_detailed_wage', 'propose_agreement', 'await_acceptance', 'await_ratification', 'monthly_allowance', 'revision_period_end',
  'life_annuity', 'ended',
] as const;
export const acceptanceVias = ['portal', 'signature'] as const;
export const ratificationVias = ['handler', 'fedris'] as const;
export const revisionRequesters = ['victim', 'insurer'] as const;

// What is asked (request bodies). Every POST below needs an Idempotency-Key header.
/** Open the file on an accepted workplace-accident claim: the worker's status, the monthly gross wage at the accident, who is paid. */
export const benefitsOpening = z.strictObject({
  workerStatus: z.enum(workerStatuses),
  monthlyGrossCents: amount.positive('benefits.field.wagePositive').max(MAX_CENTS),
  victimIban: iban,
  employerIban: iban,
  /** Default: the insured person the declaration names. */
  victimName: optionalText(200),
  /** Default: the organisation that declared (the employer). */
  employerName: optionalText(200),
});
export type BenefitsOpening = z.input<typeof benefitsOpening>;

/** A medical certificate: opens, extends or ends a period of incapacity; `to` is the last day unfit (none for return_to_work; a first finding may have none). */
export const certificateInput = z.strictObject({
  kind: z.enum(certificateKinds),
  from: isoDate,
  to: isoDate.nullable().optional(),
  doctor: optionalText(200),
}).refine((c) => c.kind === 'return_to_work' || c.kind === 'first_finding' || Boolean(c.to), { message: 'benefits.field.certificateTo', path: ['to'] })
  .refine((c) => c.kind !== 'return_to_work' || !c.to, { message: 'benefits.field.returnHasNoEnd', path: ['to'] })
  .refine((c) => !c.to || c.to >= c.from, { message: 'benefits.field.toBeforeFrom', path: ['to'] });
export type CertificateInput = z.input<typeof certificateInput>;

/** The wages of the year before the accident (for the detailed base wage). */
export const detailedWageInput = z.strictObject({
  previousYearWagesCents: amount.positive('benefits.field.wagePositive').max(MAX_CENTS),
  holidayPayCents: amount.nonnegative('benefits.field.notNegative').max(MAX_CENTS).default(0),
  bonusesCents: amount.nonnegative('benefits.field.notNegative').max(MAX_CENTS).default(0),
});
export type DetailedWageInput = z.input<typeof detailedWageInput>;

/** A payslip of adapted work: the month (YYYY-MM) and the gross wage earned in it. */
export const payslipInput = z.strictObject({
  month: z.string().max(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'benefits.field.month'),
  adaptedWageCents: amount.nonnegative('benefits.field.notNegative').max(MAX_CENTS),
});
export type PayslipInput = z.input<typeof payslipInput>;

/** A medical check during working hours: only the hours lost are paid. */
export const medicalCheckInput = z.strictObject({
  on: isoDate,
  hoursLost: z.number().positive('benefits.field.hoursLost').max(24, 'benefits.field.hoursLost').multipleOf(0.25, 'benefits.field.hoursLost'),
  hourlyWageCents: amount.positive('benefits.field.wagePositive').max(MAX_CENTS),
});
export type MedicalCheckInput = z.input<typeof medicalCheckInput>;

/** Another employer of the victim (who pays guaranteed wage for sickness, not for the accident). */
export const otherEmployerInput = z.strictObject({ name: text(200) });
export type OtherEmployerInput = z.input<typeof otherEmployerInput>;

const degree = z.number().min(0, 'benefits.field.degree').max(100, 'benefits.field.degree').multipleOf(0.01, 'benefits.field.degree');
/** The insurer's proposal of agreement: the consolidation date and the degree of permanent incapacity. */
export const agreementProposal = z.strictObject({ consolidationDate: isoDate, degreePercent: degree });
export type AgreementProposal = z.input<typeof agreementProposal>;

/** The victim's signature on paper, recorded by the handler. */
export const signatureInput = z.strictObject({ signedOn: isoDate });
export type SignatureInput = z.input<typeof signatureInput>;

/** Fedris ratified the agreement (bekrachtiging): on which day, under which reference. */
export const ratificationInput = z.strictObject({ ratifiedOn: isoDate, reference: text(100) });
export type RatificationInput = z.input<typeof ratificationInput>;
/** The same from Fedris' side: the claim named by its number. */
export const fedrisRatification = ratificationInput.extend({ claimNumber: text(50) });
export type FedrisRatification = z.input<typeof fedrisRatification>;

/** The victim died (on a day from the accident up to today): the allowance or the life annuity stops after that month. */
export const deathInput = z.strictObject({ diedOn: isoDate });
export type DeathInput = z.input<typeof deathInput>;

/** A request to revise the degree within the revision period: by whom, why, and the degree asked. */
export const revisionRequestInput = z.strictObject({
  by: z.enum(revisionRequesters), reason: reason(2000), newDegreePercent: degree, consolidationDate: isoDate,
});
export type RevisionRequestInput = z.input<typeof revisionRequestInput>;

// What the API answers.
/** A sentence as the server words it: key and parameters, and the text in the reader's language. */
export const wordedPhrase = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional(), text: z.string() });
export type WordedPhrase = z.infer<typeof wordedPhrase>;
/** One line of a computation: what, and the amount it comes to (none for a line that only explains). */
export const computationLine = wordedPhrase.extend({ amountCents: cents.nullable() });
export type ComputationLineView = z.infer<typeof computationLine>;

export const baseWage = z.object({
  kind: z.enum(['simplified', 'detailed']), uncappedCents: cents, annualCents: cents, dailyCents: cents, lines: z.array(computationLine),
});
export type BaseWageView = z.infer<typeof baseWage>;
export const certificate = z.object({
  id: z.string(), kind: z.enum(certificateKinds), from: day, to: day.nullable(), doctor: z.string().nullable(), recordedBy: actor, recordedAt: moment,
});
export type CertificateView = z.infer<typeof certificate>;
/** A period of total temporary incapacity, the certificates that make it, and whether (and how) it was paid. */
export const period = z.object({
  from: day, to: day, days: z.number().int(), certificates: z.array(certificate),
  /** Paid on the simplified base wage while the detailed one was needed and missing (corrected later). */
  provisional: z.boolean(),
  paid: z.boolean(),
  paymentIds: z.array(z.string()),
});
export type PeriodView = z.infer<typeof period>;
export const benefitPayment = z.object({
  /** The claim payment's id: it goes through the claim's money (approved, SEPA batch, bank's answer). */
  id: z.string(),
  item: z.enum(benefitItems),
  /** Which one: the period's first day, the payslip's month, the month number of the allowance… */
  itemRef: z.string(),
  payee: z.enum(benefitPayees),
  payeeName: z.string(),
  amountCents: cents,
  provisional: z.boolean(),
  basis: wordedPhrase,
  lines: z.array(computationLine),
  paidAt: moment,
  /** As the claim's money has it now (approved, sent, paid, returned…); null until the projection has it. */
  status: z.string().nullable(),
});
export type BenefitPaymentView = z.infer<typeof benefitPayment>;
export const payslip = z.object({ id: z.string(), month: z.string(), adaptedWageCents: cents, amountCents: cents, recordedBy: actor, recordedAt: moment });
export const medicalCheck = z.object({ id: z.string(), on: day, hoursLost: z.number(), hourlyWageCents: cents, amountCents: cents, recordedBy: actor, recordedAt: moment });
export const otherEmployer = z.object({ name: z.string(), pays: z.enum(['accident', 'sickness']), recordedAt: moment });
export const agreement = z.object({
  id: z.string(),
  kind: z.enum(['initial', 'revision']),
  consolidationDate: day,
  degreePercent: z.number(),
  yearlyCents: cents,
  monthlyCents: cents,
  lines: z.array(computationLine),
  proposedBy: actor,
  proposedAt: moment,
  acceptance: z.object({ via: z.enum(acceptanceVias), by: actor, signedOn: day, at: moment }).nullable(),
  ratification: z.object({ via: z.enum(ratificationVias), by: actor, ratifiedOn: day, reference: z.string(), at: moment }).nullable(),
  /** Reminders sent to the handler while Fedris had not ratified. */
  remindersSent: z.number().int(),
});
export type AgreementView = z.infer<typeof agreement>;
export const revisionRequest = z.object({
  id: z.string(), by: z.enum(revisionRequesters), reason: z.string(), newDegreePercent: z.number(), consolidationDate: day, agreementId: z.string(),
  requestedBy: actor, requestedAt: moment,
});
export const benefitsFile = z.object({
  declarationId: z.string(),
  claimNumber: z.string(),
  stage: z.enum(benefitStages),
  accidentDate: day,
  workerStatus: z.enum(workerStatuses),
  monthlyGrossCents: cents,
  victim: z.object({ name: z.string(), iban: z.string() }),
  employer: z.object({ name: z.string(), iban: z.string() }),
  openedBy: actor,
  openedAt: moment,
  baseWages: z.object({ simplified: baseWage, detailed: baseWage.nullable(), detailedNeeded: z.boolean() }),
  periods: z.array(period),
  payslips: z.array(payslip),
  medicalChecks: z.array(medicalCheck),
  otherEmployers: z.array(otherEmployer),
  payments: z.array(benefitPayment),
  totals: z.object({ victimCents: cents, employerCents: cents }),
  /** The agreement in force or under way (the latest), and every one before it. */
  agreement: agreement.nullable(),
  agreements: z.array(agreement),
  revision: z.object({
    /** Three years from the (first) ratification; null before it. */
    deadline: day.nullable(),
    ended: z.boolean(),
    requests: z.array(revisionRequest),
  }),
  /** The yearly allowance (during the revision period) or the life annuity (after it), paid monthly. */
  allowance: z.object({
    kind: z.enum(['allowance', 'life_annuity']), yearlyCents: cents, monthlyCents: cents, monthsPaid: z.number().int(), nextDueAt: moment.nullable(),
    lines: z.array(computationLine),
  }).nullable(),
  /** The victim's death, which ended the file: the monthly terms owed up to its month, and those paid after it (to recover). */
  death: z.object({ diedOn: day, recordedBy: actor, recordedAt: moment, monthsOwed: z.number().int().nullable(), monthsPaidAfter: z.number().int() }).nullable(),
  nextStep: z.object({ code: z.enum(benefitNextSteps), text: z.string(), dueAt: moment.nullable() }),
  updatedAt: moment,
});
export type BenefitsFile = z.infer<typeof benefitsFile>;
/** What the customer (the employer) sees: the file without bank accounts. */
export const customerBenefits = benefitsFile.omit({ victim: true, employer: true }).extend({ victimName: z.string() });
export type CustomerBenefits = z.infer<typeof customerBenefits>;
