import { declarationUrl, fixture, type Session } from './api';
import { policyOf, waitUntil } from './claims';

/** The SIU's demo account (special investigation unit). */
export const siuEmail = 'siu@insurer.example';

/**
 * A liability claim of Bakkerij Peeters (policy BA-2019-104512, started 2019-01-01) whose event falls on `eventDate`:
 * a date close to the policy start raises "soon after policy start"; two claims days apart are possible duplicates.
 * Returns once the claim's process has screened it (the risk is projected with the opening).
 */
export async function openClaimOn(customer: Session, handler: Session, eventDate: string): Promise<string> {
  const policyId = await policyOf(customer, 'liability');
  const data = fixture('liability').data;
  const reply = await customer.post(`/api/organisations/${customer.activeOrganisationId}/declarations`, {
    type: 'liability', data: { ...data, event: { ...data.event, date: eventDate } }, policyId,
  });
  if (reply.status !== 201) throw new Error(`create liability failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  await customer.expect(200, 'POST', declarationUrl(customer, reply.body.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${reply.body.id}/start-handling`, {});
  let last: unknown;
  await waitUntil(async () => {
    const risk = await handler.get(`/api/backoffice/claims/${reply.body.id}/risk`);
    last = { status: risk.status, body: risk.body };
    return risk.body?.assessedAt;
  }, 60_000).catch((error) => { throw new Error(`${error.message}; the claim's risk answered ${JSON.stringify(last)}`); });
  return reply.body.id;
}
