import { declarationUrl, fixture, Session } from './api';

/** The customer's active organisation's policy of a product line (Bakkerij Peeters: BA-2019-104512 for liability). */
export async function policyOf(customer: Session, productLine: string): Promise<string> {
  const { body } = await customer.get(`/api/organisations/${customer.activeOrganisationId}/policies?productLine=${productLine}&pageSize=100`);
  const policy = body.items.find((item: { productLine: string; status: string }) => item.productLine === productLine && item.status === 'active');
  if (!policy) throw new Error(`no active ${productLine} policy for ${customer.activeOrganisationId}`);
  return policy.id;
}

/**
 * A liability claim opened the way the back office does: declared under the organisation's liability policy and
 * submitted by An Peeters, taken by a handler. Its cover is verified at opening; without the policy it is not.
 */
export async function openLiabilityClaim(customer: Session, handler: Session, { withPolicy = true } = {}): Promise<string> {
  const policyId = withPolicy ? await policyOf(customer, 'liability') : undefined;
  const reply = await customer.post(`/api/organisations/${customer.activeOrganisationId}/declarations`, { type: 'liability', data: fixture('liability').data, policyId });
  if (reply.status !== 201) throw new Error(`create liability failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  const declaration = reply.body;
  await customer.expect(200, 'POST', declarationUrl(customer, declaration.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${declaration.id}/start-handling`, {});
  return declaration.id;
}

export const claimUrl = (claimId: string, what: string) => `/api/backoffice/claims/${claimId}/${what}`;

/** Belgian IBANs that pass the mod-97 check. */
export const payeeAccount = { payeeName: 'Garage Janssens BV', iban: 'BE68 5390 0754 7034' };

/**
 * Polls until `check` returns something truthy (workflows pay and escalate in the background). 30 s: under the whole
 * suite on 2 cores a chain of processes (claim, deadlines, projection) has taken more than 15 s. When it never comes,
 * `explain` says why in the failure (e.g. diagnoseProcesses: what the processes awaited were doing).
 */
export async function waitUntil<T>(
  check: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, explain?: () => Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) {
      const why = explain ? `\n${await explain().catch((error) => `(no explanation: ${(error as Error).message})`)}` : '';
      throw new Error(`the expected state did not arrive in time${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
