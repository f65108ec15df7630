import { z } from 'zod';
import { isoDate, optionalText, text } from '../domain/declaration-schemas/building-blocks';
import { recoveryKinds, recoveryStatuses } from '../domain/claim/state';
import { costTypes } from '../domain/money';
import { actor, cents, day, moment, reasoned } from './common';
import { totals } from './money';

export { reasoned };

/** Postgres' integer bound, as for payments: far above any single recovery. */
const MAX_CENTS = 2_000_000_000;
const amount = z.number().int('field.wholeCents');

// What the handler asks (request bodies): the API validates them, the recovery forms resolve them.
/** From whom the insurer expects money back: the liable party or its insurer, or the buyer of a wreck. */
export const counterpartyInput = z.strictObject({ name: text(200), insurer: optionalText(200), reference: optionalText(100) });
export const recoveryOrder = z.strictObject({
  kind: z.enum(recoveryKinds),
  costType: z.enum(costTypes).default('indemnity'),
  expectedCents: amount.positive('api.recovery.expectedPositive').max(MAX_CENTS),
  counterparty: counterpartyInput,
});
export type RecoveryOrder = z.input<typeof recoveryOrder>;
export const receiptOrder = z.strictObject({
  amountCents: amount.positive('api.recovery.receiptPositive').max(MAX_CENTS),
  receivedOn: isoDate,
});
export type ReceiptOrder = z.input<typeof receiptOrder>;

// What the API answers.
const counterparty = z.object({ name: z.string(), insurer: z.string().nullable(), reference: z.string().nullable() });
export type Counterparty = z.infer<typeof counterparty>;
export const receipt = z.object({ id: z.string(), amountCents: cents, receivedOn: day, recordedBy: actor, createdAt: moment });
export const recovery = z.object({
  id: z.string(),
  kind: z.enum(recoveryKinds),
  costType: z.enum(costTypes),
  counterparty,
  expectedCents: cents,
  receivedCents: cents,
  status: z.enum(recoveryStatuses),
  writtenOff: z.object({ by: actor, reason: z.string(), at: moment }).nullable(),
  openedBy: actor,
  openedAt: moment,
  receipts: z.array(receipt),
});
export type Recovery = z.infer<typeof recovery>;
/** A claim's recoveries with its money, and the other parties its declaration names (to prefill a new recovery). */
export const recoveries = z.object({ recoveries: z.array(recovery), totals, counterparties: z.array(counterparty) });
export type Recoveries = z.infer<typeof recoveries>;
/** What a recovery command answers: the recovery as it is now, and the claim's money. */
export const recoveryChanged = z.object({ recovery, totals });
