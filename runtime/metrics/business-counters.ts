import { Counter, Registry } from 'prom-client';

/**
 * The business counters of this process (the worker's activities count them). Each is incremented only where the
 * write actually happened (the insert or the revision guard that let it through), never on a retry that found it done.
 */
export const businessRegistry = new Registry();

export const businessCounters = {
  declarationsSubmitted: new Counter({
    name: 'claims_declarations_submitted_total', help: 'Declarations submitted, per declaration type.', labelNames: ['type'] as const, registers: [businessRegistry],
  }),
  claimsOpened: new Counter({
    name: 'claims_claims_opened_total', help: 'Claim files opened (claim number given), per declaration type.', labelNames: ['type'] as const, registers: [businessRegistry],
  }),
  decisions: new Counter({
    name: 'claims_decisions_total', help: 'Decisions on claims, per kind (accept, reserve, refuse).', labelNames: ['kind'] as const, registers: [businessRegistry],
  }),
  payments: new Counter({
    name: 'claims_payments_total', help: 'Payments reaching a status (recorded, approved, sent, paid, rejected, ...), per status.', labelNames: ['status'] as const, registers: [businessRegistry],
  }),
  deadlinesMissed: new Counter({
    name: 'claims_deadlines_missed_total', help: 'Legal deadlines of claims missed, per deadline code.', labelNames: ['code'] as const, registers: [businessRegistry],
  }),
};
