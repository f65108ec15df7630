import type { Knex } from 'knex';
import { createDeclaration, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { policyIdsByNumber, testDatabase } from '../support/database';

/**
 * My claims, a claim followed by its customer: how far it got, what the insurer waits for (with the upload right
 * there), and the payments made on it, never the insurer's reserves.
 */
let an: Session; // full access, declares
let sofie: Session; // full access, colleague: does not see a colleague's medical details
let jan: Session; // limited access (My data, My claims)
let handler: Session; // authority limit €5,000
let db: Knex;
let policies: Record<string, string>;

beforeAll(async () => {
  [an, sofie, jan, handler] = await Promise.all([demo.an, demo.sofie, demo.jan, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  policies = await policyIdsByNumber(db);
});
afterAll(() => db.destroy());

const certificate = 'Medisch attest van eerste vaststelling';
const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const customerClaim = (session: Session, claimId: string) => `/api/organisations/${session.activeOrganisationId}/claims/${claimId}`;

function addDocuments(session: Session, claimId: string, fields: Record<string, string>, fileName = 'attest.pdf', headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('files', new Blob([new Uint8Array(pdfBytes)], { type: 'application/pdf' }), fileName);
  return session.request('POST', `${customerClaim(session, claimId)}/documents`, form, headers);
}

/** A bodily accident declared by An under her accident policy, opened, and accepted under reservation: the certificate is missing. */
async function reservedBodilyAccident(): Promise<string> {
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'bodily_accident', policyId: policies['LO-2020-220871'], data: fixture('bodily_accident').data });
  expect(created.status).toBe(201);
  const claimId = created.body.id;
  await an.expect(200, 'POST', `/api/organisations/${an.activeOrganisationId}/declarations/${claimId}/submit`);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/start-handling`, {});
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'reserve', reason: 'Het medisch attest ontbreekt', missing: [certificate] });
  return claimId;
}

test('the customer sees what the insurer waits for: the reservation\'s missing certificate and the documents the claim type needs', async () => {
  const claimId = await reservedBodilyAccident();
  const { body } = await an.get(customerClaim(an, claimId));
  expect(body.waitingFor).toEqual([
    { id: 'reservation:0', source: 'reservation', kind: null, item: certificate, reason: null, since: body.decision.decidedAt },
    expect.objectContaining({ id: 'document:medical_certificate_first_finding', source: 'document', kind: 'medical_certificate_first_finding', reason: expect.objectContaining({ text: expect.any(String) }) }),
  ]);
  expect(body.mayAddDocuments).toBe(true);
  expect(body.progress.map((step: { step: string; at: string | null }) => [step.step, Boolean(step.at)])).toEqual([
    ['declared', true], ['opened', true], ['decided', true], ['paid', false], ['closed', false],
  ]);
  const reads = await db('auditLog').where({ action: 'read', subjectId: claimId }).whereRaw("details->>'what' = 'claim_detail'");
  expect(reads.length).toBeGreaterThanOrEqual(1);
});

test('uploading the missing certificate removes it from the list; the claim records who added it, and the handler is told', async () => {
  const claimId = await reservedBodilyAccident();
  const key = withKey();
  const added = await addDocuments(an, claimId, { kind: 'medical_certificate_first_finding', answers: certificate }, 'attest eerste vaststelling.pdf', key);
  expect(added.status).toBe(201);
  expect(added.body.waitingFor).toEqual([]);
  // Sent again with the same key: stored and registered once.
  expect((await addDocuments(an, claimId, { kind: 'medical_certificate_first_finding', answers: certificate }, 'attest eerste vaststelling.pdf', key)).status).toBe(201);

  const { body } = await an.get(customerClaim(an, claimId));
  expect(body.waitingFor).toEqual([]);
  expect(body.documents.filter((document: { fileName: string }) => document.fileName === 'attest eerste vaststelling.pdf')).toHaveLength(1);
  expect(body.history.at(-1)).toMatchObject({ action: 'documents_added', by: { name: 'An Peeters', role: 'customer' } });
  const audit = await db('auditLog').where({ action: 'claim_documents_added', subjectId: claimId });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actorName: 'An Peeters', details: expect.objectContaining({ answers: certificate, files: ['attest eerste vaststelling.pdf'] }) });
  const handlerId = (await db('claims').where({ declarationId: claimId }).first('handlerId')).handlerId;
  expect(await db('notifications').where({ declarationId: claimId, kind: 'customer_documents_added', userId: handlerId })).toHaveLength(1);
  // The handler's file lists it with the customer's attachments.
  const file = (await handler.get(`/api/backoffice/claims/${claimId}`)).body;
  expect(file.attachments.map((attachment: { fileName: string }) => attachment.fileName)).toContain('attest eerste vaststelling.pdf');
});

test('the customer sees the payments made on the claim, without the reserves or payments still awaiting approval', async () => {
  const claimId = await openLiabilityClaim(an, handler);
  await handler.expect(201, 'POST', claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 9_000_00, reason: 'Raming schade' }, withKey());
  await handler.expect(201, 'POST', claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 400_00, ...payeeAccount }, withKey());
  const awaiting = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 6_000_00, ...payeeAccount }, withKey());
  expect(awaiting.body.status).toBe('awaiting_approval');

  const { body } = await an.get(customerClaim(an, claimId));
  expect(body.payments).toEqual([
    { id: expect.any(String), amountCents: 400_00, costType: 'indemnity', payeeName: 'Garage Janssens BV', accountEnding: '7034', status: 'on_its_way', at: expect.any(String) },
  ]);
  expect(body.progress.find((step: { step: string }) => step.step === 'paid').at).toEqual(body.payments[0].at);
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/reserve|900000|600000|BE68/i);

  // Limited access (My claims): the same follow-up of a claim without medical details, and the documents asked for can be added.
  const seenByJan = (await jan.get(customerClaim(jan, claimId))).body;
  expect(seenByJan.payments).toEqual(body.payments);
  expect(seenByJan.waitingFor.map((item: { id: string }) => item.id)).toEqual(['document:photo']);
  const photo = await addDocuments(jan, claimId, { kind: 'photo' }, 'schade.pdf');
  expect(photo.status).toBe(201);
  expect(photo.body.waitingFor).toEqual([]);
});

test('a colleague who does not see the medical details sees the progress only, and cannot add to the file', async () => {
  const claimId = await reservedBodilyAccident();
  const { body } = await sofie.get(customerClaim(sofie, claimId));
  expect(body).toMatchObject({ sealed: true, waitingFor: [], payments: [], mayAddDocuments: false });
  expect(body.progress.map((step: { at: string | null }) => Boolean(step.at))).toEqual([true, true, true, false, false]);
  expect((await addDocuments(sofie, claimId, { kind: 'medical_certificate_first_finding' })).status).toBe(403);
});

test('what the insurer did not ask for, a claim not yet opened and a closed claim are refused, and nothing stays stored', async () => {
  const claimId = await reservedBodilyAccident();
  const notAsked = await addDocuments(an, claimId, { kind: 'other', answers: 'Iets anders' });
  expect(notAsked.status).toBe(422);
  expect(notAsked.body.error.details[0]).toMatchObject({ path: 'answers', params: { options: [certificate] } });
  const noKind = await addDocuments(an, claimId, {});
  expect(noKind.status).toBe(422);
  expect(noKind.body.error.details[0]).toMatchObject({ path: 'kind' });

  const submitted = await createDeclaration(an, 'liability');
  await an.expect(200, 'POST', `/api/organisations/${an.activeOrganisationId}/declarations/${submitted.id}/submit`);
  const notOpen = await addDocuments(an, submitted.id, { kind: 'photo' });
  expect(notOpen.status).toBe(409);
  expect((await an.get(customerClaim(an, submitted.id))).body).toMatchObject({ mayAddDocuments: false, waitingFor: [expect.objectContaining({ id: 'document:photo' })] });

  const closedId = await openLiabilityClaim(an, handler);
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${closedId}/decision`, { decision: 'accept' });
  await handler.expect(200, 'POST', claimUrl(closedId, 'close'), { outcome: 'no_payment', reason: 'Geen schade' });
  const closed = await addDocuments(an, closedId, { kind: 'photo' });
  expect(closed.status).toBe(409);
  expect((await an.get(customerClaim(an, closedId))).body).toMatchObject({ mayAddDocuments: false, waitingFor: [] });
  expect(await db('attachments').whereIn('declarationId', [claimId, submitted.id, closedId])).toHaveLength(0);
});
