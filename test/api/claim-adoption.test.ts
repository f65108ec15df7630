import { randomUUID } from 'node:crypto';
import { claimQuery, claimWorkflowId } from '../../workflows/claim/definitions';
import { declarationWorkflowId } from '../../workflows/declaration/definitions';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { claimUrl, policyOf, waitUntil } from '../support/claims';
import { systemStores } from '../support/temporal';

/**
 * Claims opened before claims had a process of their own keep working: the first action on one starts its process,
 * which takes the claim over from the ledger (its reserves, what was paid) and from then on owns its decisions.
 * Such a claim is made here as the earlier code left it: a claims row without a process, its money in the ledger.
 */
let an: Session;
let handler: Session;
const stores = systemStores();

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
});

/** A submitted declaration whose claim the earlier code opened: in handling, €3,000 reserved, €1,200 paid. */
async function claimOfTheTimeBefore(awaitingApprovalCents = 0): Promise<{ id: string; claimNumber: string }> {
  const created = (await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, {
    type: 'liability', policyId: await policyOf(an, 'liability'), data: fixture('liability').data,
  })).body;
  await an.expect(200, 'POST', declarationUrl(an, created.id, 'submit'));
  const hanne = await stores.db('users').where({ email: demo.handler }).first('id', 'fullName', 'email', 'phone');
  const claimNumber = `2025/BA/${String(Math.floor(Math.random() * 900_000) + 100_000)}`;
  await stores.db.transaction(async (trx) => {
    await trx('declarations').where({ id: created.id }).update({
      status: 'in_handling', claimNumber, handler: JSON.stringify({ id: hanne.id, name: hanne.fullName, email: hanne.email, phone: hanne.phone }),
    });
    await trx('claims').insert({ declarationId: created.id, claimNumber, handlerId: hanne.id, productLine: 'liability', openedBy: hanne.id });
    await trx('reserveEntries').insert({ declarationId: created.id, costType: 'indemnity', amountCents: 3_000_00, reason: 'Raming', authorId: hanne.id, authorName: hanne.fullName });
    await trx('payments').insert({
      id: randomUUID(), declarationId: created.id, costType: 'indemnity', amountCents: 1_200_00, payeeName: 'Garage Janssens BV', iban: 'BE68539007547034',
      status: 'paid', requestedById: hanne.id, requestedByName: hanne.fullName, paidAt: new Date(),
    });
    if (awaitingApprovalCents) {
      // A payment above Hanne's limit, left to its own approval process of the time before.
      const paymentId = randomUUID();
      await trx('payments').insert({
        id: paymentId, declarationId: created.id, costType: 'indemnity', amountCents: awaitingApprovalCents, payeeName: 'Garage Janssens BV',
        iban: 'BE68539007547034', status: 'awaiting_approval', requestedById: hanne.id, requestedByName: hanne.fullName, workflowId: `payment-approval-${paymentId}`,
      });
    }
  });
  return { id: created.id, claimNumber };
}

test('a claim of the time before is read from its ledger until its first action, which hands it to a process of its own', async () => {
  const { id, claimNumber } = await claimOfTheTimeBefore();
  const before = (await handler.expect(200, 'GET', claimUrl(id, 'reserves'))).totals.indemnity;
  expect(before).toMatchObject({ reserveCents: 3_000_00, paidCents: 1_200_00, availableCents: 1_800_00 });

  const first = await handler.post(claimUrl(id, 'reserves'), { costType: 'indemnity', amountCents: 500_00, reason: 'Bijkomende schade' }, withKey());
  expect(first.status).toBe(201);
  const state = await stores.client.workflow.getHandle(claimWorkflowId(id)).query(claimQuery);
  expect(state).toMatchObject({ claimNumber, status: 'in_handling', reserveCents: { indemnity: 3_500_00 }, settledPaidCents: { indemnity: 1_200_00 } });
  expect((await stores.db('claims').where({ declarationId: id }).first('workflowId')).workflowId).toBe(claimWorkflowId(id));
  const after = (await handler.expect(200, 'GET', claimUrl(id, 'reserves'))).totals.indemnity;
  expect(after).toMatchObject({ reserveCents: 3_500_00, paidCents: 1_200_00, availableCents: 2_300_00 });

  // The declaration's process took the decisions until now: told so, it ends, and the claim decides.
  await waitUntil(async () => (await stores.client.workflow.getHandle(declarationWorkflowId(id)).describe()).status.name === 'COMPLETED');
  expect((await handler.post(`/api/backoffice/declarations/${id}/decision`, { decision: 'accept' }, withKey())).status).toBe(200);
  expect((await an.expect(200, 'GET', declarationUrl(an, id))).status).toBe('accepted');

  // A payment beyond what the ledger left available is refused, as for any claim.
  const tooMuch = await handler.post(claimUrl(id, 'payments'), { costType: 'indemnity', amountCents: 2_300_01, payeeName: 'Garage Janssens BV', iban: 'BE68 5390 0754 7034' }, withKey());
  expect(tooMuch.status).toBe(422);
  expect(tooMuch.body.error.details[0]).toMatchObject({ path: 'amountCents', params: { availableCents: 2_300_00 } });
});

test('two first actions at once on a claim of the time before start one process, which applies both', async () => {
  const { id } = await claimOfTheTimeBefore();
  const replies = await Promise.all([100_00, 200_00].map((amountCents) =>
    handler.post(claimUrl(id, 'reserves'), { costType: 'expenses', amountCents, reason: 'Expert' }, withKey())));
  expect(replies.map((reply) => reply.status)).toEqual([201, 201]);
  const state = await stores.client.workflow.getHandle(claimWorkflowId(id)).query(claimQuery);
  expect(state.reserveCents).toEqual({ indemnity: 3_000_00, expenses: 300_00 });
});

test('what a payment of the time before still promises stays counted, and is read again before each later action', async () => {
  const { id } = await claimOfTheTimeBefore(1_000_00);
  const raise = () => handler.post(claimUrl(id, 'reserves'), { costType: 'indemnity', amountCents: 100_00, reason: 'Bijkomende schade' }, withKey());
  expect((await raise()).status).toBe(201); // the claim's process takes the claim over
  expect((await raise()).status).toBe(201); // and reads the promise again
  const state = await stores.client.workflow.getHandle(claimWorkflowId(id)).query(claimQuery);
  expect(state).toMatchObject({ reserveCents: { indemnity: 3_200_00 }, settledPaidCents: { indemnity: 1_200_00 }, legacyPromisedCents: { indemnity: 1_000_00 } });
  const totals = (await handler.expect(200, 'GET', claimUrl(id, 'reserves'))).totals.indemnity;
  expect(totals).toMatchObject({ paidCents: 1_200_00, scheduledCents: 1_000_00, availableCents: 1_000_00 });
});
