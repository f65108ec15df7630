import { declarationFixture, type HttpSession } from '../http-session';

/** One customer's fire declaration through the API, timed where a customer waits: the draft's save and the submit. */
export interface DeclarationTimes {
  declarationId: string;
  saveMs: number;
  /** Submit to the answer carrying the claim number (a fire declaration opens its claim at once). */
  submitMs: number;
}

const fire = declarationFixture('fire').data;

/** Create (the wizard's first step), save the complete data, submit. */
export async function declareFire(customer: HttpSession): Promise<DeclarationTimes> {
  const base = `/api/organisations/${customer.activeOrganisationId}/declarations`;
  const draft = await customer.expect(201, 'POST', base, { type: 'fire', data: { event: fire.event } });
  const saveStarted = performance.now();
  await customer.expect(200, 'PUT', `${base}/${draft.id}/draft`, { data: fire, step: 5, version: draft.version });
  const saveMs = performance.now() - saveStarted;
  const submitStarted = performance.now();
  const opened = await customer.expect(200, 'POST', `${base}/${draft.id}/submit`, {});
  const submitMs = performance.now() - submitStarted;
  if (!opened.claimNumber) throw new Error(`declaration ${draft.id} was submitted but no claim was opened`);
  return { declarationId: draft.id, saveMs, submitMs };
}
