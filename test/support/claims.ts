import { createDeclaration, declarationUrl, Session } from './api';

/** A liability claim opened the way the back office does: declared and submitted by An Peeters, taken by a handler. */
export async function openLiabilityClaim(customer: Session, handler: Session): Promise<string> {
  const declaration = await createDeclaration(customer, 'liability');
  await customer.expect(200, 'POST', declarationUrl(customer, declaration.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${declaration.id}/start-handling`, {});
  return declaration.id;
}

export const claimUrl = (claimId: string, what: string) => `/api/backoffice/claims/${claimId}/${what}`;

/** Belgian IBANs that pass the mod-97 check. */
export const payeeAccount = { payeeName: 'Garage Janssens BV', iban: 'BE68 5390 0754 7034' };

/** Polls until `check` returns something truthy (workflows pay and escalate in the background). */
export async function waitUntil<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('the expected state did not arrive in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
