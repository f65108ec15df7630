import { declarationFixture, HttpSession } from '../../scripts/support/http-session';

/** A customer declares a bodily accident and submits it, the submit carrying `requestId` as its X-Request-Id (the draft `draftRequestId`). */
export async function submitOneDeclaration(apiUrl: string, requestId: string, draftRequestId?: string) {
  const customer = await HttpSession.login(apiUrl, 'an.peeters@bakkerij-peeters.example');
  const { type, data } = declarationFixture('bodily_accident');
  const declarations = `/api/organisations/${customer.activeOrganisationId}/declarations`;
  const draft = await customer.expect(201, 'POST', declarations, { type, data }, draftRequestId ? { 'X-Request-Id': draftRequestId } : {});
  const submit = await customer.fetch('POST', `${declarations}/${draft.id}/submit`, {}, { 'X-Request-Id': requestId });
  return { declarationId: draft.id as string, status: submit.status, requestId: submit.headers.get('x-request-id'), data };
}
