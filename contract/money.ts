import { z } from 'zod';
import { iban, text } from '../domain/declaration-schemas/building-blocks';
import { costTypes, paymentStatuses } from '../domain/money';
import { hasSepaText } from '../domain/sepa/sepa-text';
import { isBic } from '../domain/sepa/accounts';
import { reason } from '../api/fields';
import { actor, cents, moment, person, reasoned } from './common';

export { reasoned };

/** Postgres' integer fits up to €21 million per amount: far above any single reserve change or payment. */
const MAX_CENTS = 2_000_000_000;
const amount = z.number().int('field.wholeCents');
const costType = z.enum(costTypes);

// What the handler asks (request bodies): the API validates them, the money forms resolve them.
export const reserveChange = z.strictObject({
  costType,
  amountCents: amount.min(-MAX_CENTS).max(MAX_CENTS).refine((value) => value !== 0, 'api.field.zeroChange'),
  reason: reason(2000, 'api.field.reserveReason'),
});
export type ReserveChange = z.input<typeof reserveChange>;
/** A payee the bank can print: a name with something left in the SEPA character set. */
const payee = { payeeName: text(200).refine(hasSepaText, 'api.field.payeeNameSepa'), iban };
/** The payee's bank (ISO 9362); SEPA transfers within the euro area do without it. */
const bic = z.string().max(11).transform((value) => value.trim().toUpperCase()).refine(isBic, 'api.money.bicInvalid');
export const paymentOrder = z.strictObject({
  costType, amountCents: amount.positive('api.field.paymentPositive').max(MAX_CENTS), ...payee, bic: bic.optional(),
});
export type PaymentOrder = z.input<typeof paymentOrder>;
export const scheduleKinds = ['death', 'invalidity'] as const;
export const scheduleOrder = z.strictObject({
  kind: z.enum(scheduleKinds), totalCents: amount.positive('api.field.totalPositive').max(MAX_CENTS),
  spreadMonths: z.union([z.literal(12), z.literal(24)]), costType: costType.default('indemnity'), ...payee,
});
export type ScheduleOrder = z.input<typeof scheduleOrder>;

// What the API answers.
/**
 * One cost type's money (domain/claim/money.ts ClaimMoney): paid is what is committed to leave the insurer, of which
 * in transit is not yet confirmed by the bank; net incurred is paid minus what was recovered.
 */
export const moneyTotals = z.object({
  reserveCents: cents, paidCents: cents, inTransitCents: cents, awaitingApprovalCents: cents, scheduledCents: cents, outstandingCents: cents,
  availableCents: cents, recoveryExpectedCents: cents, recoveredCents: cents, netIncurredCents: cents,
});
export type MoneyTotals = z.infer<typeof moneyTotals>;
export const totals = z.object({ indemnity: moneyTotals, expenses: moneyTotals, overall: moneyTotals });
export const reserveEntry = z.object({ id: z.number().int(), costType, amountCents: cents, reason: z.string(), author: person, createdAt: moment });
export type ReserveEntry = z.infer<typeof reserveEntry>;
export const reserves = z.object({ entries: z.array(reserveEntry), totals });
export type Reserves = z.infer<typeof reserves>;
export const reserveChanged = z.object({ entry: reserveEntry, totals });
export type Totals = z.infer<typeof totals>;

export const payment = z.object({
  id: z.string(),
  claimId: z.string(),
  costType,
  amountCents: cents,
  payeeName: z.string(),
  iban: z.string(),
  bic: z.string().nullable(),
  status: z.enum(paymentStatuses),
  requestedBy: person,
  decidedBy: person.nullable(),
  decidedAt: moment.nullable(),
  reason: z.string().nullable(),
  escalatedAt: moment.nullable(),
  scheduleId: z.string().nullable(),
  instalmentNumber: z.number().int().nullable(),
  paidAt: moment.nullable(),
  /** The SEPA batch that took it to the bank, and the structured communication its transfer carries. */
  batchId: z.string().nullable(),
  batchNumber: z.number().int().nullable(),
  communication: z.string().describe("The Belgian structured communication of the claim (its claim number in digits): +++260/1000/04241+++"),
  sentAt: moment.nullable(),
  confirmedAt: moment.nullable(),
  returnedAt: moment.nullable(),
  /** Why the bank returned it (an ISO 20022 reason code and its text). */
  bankReason: z.object({ code: z.string().nullable(), text: z.string().nullable() }).nullable(),
  createdAt: moment,
});
export type Payment = z.infer<typeof payment>;
export const payments = z.array(payment);

/** Verzekerd Inkomen: a benefit paid in instalments (0 is the death lump sum), with what it paid and what is to come. */
export const paymentSchedule = z.object({
  id: z.string(),
  claimId: z.string(),
  kind: z.enum(scheduleKinds),
  costType,
  totalCents: cents,
  spreadMonths: z.union([z.literal(12), z.literal(24)]),
  plan: z.array(z.object({ instalmentNumber: z.number().int(), amountCents: cents, dueOn: z.string().optional() })),
  payeeName: z.string(),
  iban: z.string(),
  status: z.enum(['requested', 'refused', 'running', 'completed', 'stopped']),
  createdBy: actor,
  stopped: z.object({ reason: z.string(), by: actor, at: moment }).nullable(),
  createdAt: moment,
  paidCount: z.number().int(),
  paidCents: cents,
  remainingCount: z.number().int(),
  remainingCents: cents,
});
export type PaymentSchedule = z.infer<typeof paymentSchedule>;
export const paymentSchedules = z.array(paymentSchedule);
