import type { Knex } from 'knex';
import type { ClaimRecord } from '../../contract/claims';
import { brusselsDate, daysBetween } from '../../domain/rules/calendar';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the claim file's header needs beyond the declaration: the policy's number, the event's day, how many days the
 * claim has been open (to its closing, once closed) and the running deadline due first.
 */
export async function claimHeaderOf(
  knex: Knex,
  declaration: { policyId: string | null; data: Record<string, unknown>; submittedAt: Date | string | null },
  claim: ClaimRecord | null,
  deadlines: { code: string; dueOn: string; status: string }[],
  now = new Date(),
) {
  const policy = declaration.policyId ? await knex('policies').where({ id: declaration.policyId }).first('policyNumber') : null;
  const declared = (declaration.data.event as { date?: unknown } | undefined)?.date;
  const eventDate = claim?.coverage?.eventDate ?? (typeof declared === 'string' && isoDay.test(declared) ? declared : null);
  const openedAt = claim?.openedAt ?? declaration.submittedAt;
  const next = deadlines.filter((deadline) => deadline.status === 'running').sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  return {
    policyNumber: (policy?.policyNumber as string | undefined) ?? null,
    eventDate,
    daysOpen: openedAt ? daysBetween(brusselsDate(openedAt), brusselsDate(claim?.closedAt ?? now)) : null,
    nextDeadline: next ? { code: next.code, dueOn: next.dueOn } : null,
  };
}
