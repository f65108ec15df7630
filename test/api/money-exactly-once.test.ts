import type { Knex } from 'knex';
import { idForKey } from '../../api/idempotency';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { testDatabase } from '../support/database';

let an: Session;
let handler: Session; // authority limit €5,000
let senior: Session; // authority limit €25,000
let db: Knex;

beforeAll(async () => {
  [an, handler, senior] = await Promise.all([demo.an, demo.handler, demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

const reserve = (claimId: string, amountCents: number, headers: Record<string, string> = withKey()) =>
  handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents, reason: 'Raming' }, headers);
const pay = (claimId: string, amountCents: number, headers: Record<string, string> = withKey()) =>
  handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents, ...payeeAccount }, headers);
const indemnity = async (claimId: string) => (await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity;

async function reservedClaim(indemnityCents = 10_000_00) {
  const claimId = await openLiabilityClaim(an, handler);
  expect((await reserve(claimId, indemnityCents)).status).toBe(201);
  return claimId;
}

describe('money: every command that moves money happens exactly once', () => {
  test('without an Idempotency-Key a money command is refused with 428 and nothing is stored', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const noKey = await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 1_000_00, reason: 'Raming' });
    expect(noKey.status).toBe(428);
    expect(noKey.body.error).toMatchObject({ code: 'idempotency_key_required', key: 'api.idempotencyKeyRequired' });
    expect(await db('reserveEntries').where({ declarationId: claimId })).toEqual([]);

    expect((await reserve(claimId, 10_000_00)).status).toBe(201);
    expect((await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 100_00, ...payeeAccount })).status).toBe(428);
    expect((await handler.post(claimUrl(claimId, 'payment-schedules'), { kind: 'invalidity', totalCents: 1_200_00, spreadMonths: 12, ...payeeAccount })).status).toBe(428);
    expect((await handler.post(claimUrl(claimId, 'recoveries'), { kind: 'salvage', expectedCents: 500_00, counterparty: { name: 'Autosloperij Maes' } })).status).toBe(428);
    expect(await db('payments').where({ declarationId: claimId })).toEqual([]);
    expect(await db('paymentSchedules').where({ declarationId: claimId })).toEqual([]);
    expect(await db('recoveries').where({ declarationId: claimId })).toEqual([]);

    const awaiting = (await pay(claimId, 6_000_00)).body;
    expect((await senior.post(`/api/backoffice/payments/${awaiting.id}/approve`, {})).status).toBe(428);
    expect((await senior.post(`/api/backoffice/payments/${awaiting.id}/reject`, { reason: 'Nee' })).status).toBe(428);
    expect((await handler.post(`/api/backoffice/payments/${awaiting.id}/cancel`, { reason: 'Nee' })).status).toBe(428);
    expect((await db('payments').where({ id: awaiting.id }).first()).status).toBe('awaiting_approval');
  });

  test('one key used on two claims names two payments, each on its own claim: neither overwrites the other', async () => {
    const [first, second] = [await reservedClaim(), await reservedClaim()];
    const key = withKey();
    const onFirst = await pay(first, 1_000_00, key);
    const onSecond = await pay(second, 2_000_00, key);
    expect([onFirst.status, onSecond.status]).toEqual([201, 201]);
    expect(onFirst.body.id).not.toBe(onSecond.body.id);
    expect(await db('payments').where({ declarationId: first }).select('amountCents')).toEqual([{ amountCents: 1_000_00 }]);
    expect(await db('payments').where({ declarationId: second }).select('amountCents')).toEqual([{ amountCents: 2_000_00 }]);
  });

  test('the same payment sent twice with one key is one payment, under the id the key names', async () => {
    const claimId = await reservedClaim();
    const key = withKey();
    const first = await pay(claimId, 1_500_00, key);
    const again = await pay(claimId, 1_500_00, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(first.body.id).toBe(idForKey(`${handler.me.user.id}:${claimId}:${key['Idempotency-Key']}`, 'payment'));
    expect(again.body).toEqual(first.body);
    expect(await db('payments').where({ declarationId: claimId })).toHaveLength(1);
    expect(await indemnity(claimId)).toMatchObject({ paidCents: 1_500_00, outstandingCents: 8_500_00 });
  });

  test('five requests at once with one key (a double click, a retry) make one payment, the same id in every answer', async () => {
    const claimId = await reservedClaim();
    const key = withKey();
    const replies = await Promise.all(Array.from({ length: 5 }, () => pay(claimId, 2_000_00, key)));
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(replies.map((reply) => reply.body.id)).size).toBe(1);
    expect(await db('payments').where({ declarationId: claimId })).toHaveLength(1);
    expect(await indemnity(claimId)).toMatchObject({ paidCents: 2_000_00, availableCents: 8_000_00 });
  });

  test('a reserve change repeated with its key is one entry, alone or at once', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const key = withKey();
    const replies = [await reserve(claimId, 3_000_00, key), ...(await Promise.all(Array.from({ length: 4 }, () => reserve(claimId, 3_000_00, key))))];
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(replies.map((reply) => reply.body.entry.id)).size).toBe(1);
    expect(await db('reserveEntries').where({ declarationId: claimId })).toHaveLength(1);
    expect(await indemnity(claimId)).toMatchObject({ reserveCents: 3_000_00 });
  });

  test('another key is another payment', async () => {
    const claimId = await reservedClaim();
    const first = await pay(claimId, 1_000_00);
    const second = await pay(claimId, 1_000_00);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(await db('payments').where({ declarationId: claimId })).toHaveLength(2);
    expect(await indemnity(claimId)).toMatchObject({ paidCents: 2_000_00 });
  });

  test('a key already used for another command is refused: it makes nothing', async () => {
    const claimId = await reservedClaim();
    const key = withKey();
    expect((await reserve(claimId, 1_000_00, key)).status).toBe(201);
    const reused = await pay(claimId, 500_00, key);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    expect(await db('payments').where({ declarationId: claimId })).toEqual([]);
  });

  test('an approval retried with its key answers the same and approves once', async () => {
    const claimId = await reservedClaim(50_000_00);
    const requested = (await pay(claimId, 12_000_00)).body;
    const key = withKey();
    const approve = () => senior.post(`/api/backoffice/payments/${requested.id}/approve`, {}, key);
    const [first, again] = [await approve(), await approve()];
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toMatchObject({ id: requested.id, status: 'approved', decidedBy: { name: 'Marc Verhoeven' } });
    expect(await db('auditLog').where({ subjectType: 'claim', subjectId: claimId, action: 'claim_payment_approved' })).toHaveLength(1);
  });
});

describe('money: recoveries', () => {
  const recoveries = (claimId: string) => handler.get(claimUrl(claimId, 'recoveries'));
  const open = (claimId: string, body: object, headers = withKey()) => handler.post(claimUrl(claimId, 'recoveries'), body, headers);
  const receive = (claimId: string, recoveryId: string, body: object, headers = withKey()) =>
    handler.post(claimUrl(claimId, `recoveries/${recoveryId}/receipts`), body, headers);
  const writeOff = (claimId: string, recoveryId: string, body: object) => handler.post(claimUrl(claimId, `recoveries/${recoveryId}/write-off`), body, withKey());
  const subrogation = { kind: 'subrogation', expectedCents: 3_000_00, counterparty: { name: 'Sarah Dubois', insurer: 'AG Insurance', reference: '12.345.678' } };

  test('the other party the declaration names is offered as the counterparty of a recovery', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { status, body } = await recoveries(claimId);
    expect(status).toBe(200);
    expect(body.recoveries).toEqual([]);
    expect(body.counterparties).toEqual([{ name: 'Sarah Dubois', insurer: 'AG Insurance', reference: '12.345.678' }]);
  });

  test('money received on a recovery lowers net incurred; what is still expected can be written off, what was received stays', async () => {
    const claimId = await reservedClaim();
    expect((await pay(claimId, 4_000_00)).body.status).toBe('approved');
    expect(await indemnity(claimId)).toMatchObject({ paidCents: 4_000_00, recoveredCents: 0, netIncurredCents: 4_000_00 });

    const key = withKey();
    const opened = await open(claimId, subrogation, key);
    expect(opened.status).toBe(201);
    expect(opened.body.recovery).toMatchObject({
      kind: 'subrogation', costType: 'indemnity', status: 'open', expectedCents: 3_000_00, receivedCents: 0, receipts: [], writtenOff: null,
      counterparty: subrogation.counterparty, openedBy: { name: 'Hanne De Smet' },
    });
    expect(opened.body.totals.indemnity).toMatchObject({ recoveryExpectedCents: 3_000_00, recoveredCents: 0, netIncurredCents: 4_000_00 });
    const recoveryId = opened.body.recovery.id;
    expect((await open(claimId, subrogation, key)).body.recovery.id).toBe(recoveryId); // a retry opens nothing new

    const receiptKey = withKey();
    const received = await receive(claimId, recoveryId, { amountCents: 1_200_00, receivedOn: '2026-11-25' }, receiptKey);
    expect(received.status).toBe(201);
    expect(received.body.recovery).toMatchObject({ status: 'partly_recovered', receivedCents: 1_200_00 });
    expect(received.body.recovery.receipts).toEqual([expect.objectContaining({ amountCents: 1_200_00, receivedOn: '2026-11-25', recordedBy: expect.objectContaining({ name: 'Hanne De Smet' }) })]);
    expect(received.body.totals.indemnity).toMatchObject({ paidCents: 4_000_00, recoveredCents: 1_200_00, netIncurredCents: 2_800_00 });
    expect((await receive(claimId, recoveryId, { amountCents: 1_200_00, receivedOn: '2026-11-25' }, receiptKey)).body.recovery.receivedCents).toBe(1_200_00);

    expect((await writeOff(claimId, recoveryId, {})).status).toBe(422);
    const writtenOff = await writeOff(claimId, recoveryId, { reason: 'Tegenpartij insolvent' });
    expect(writtenOff.status).toBe(200);
    expect(writtenOff.body.recovery).toMatchObject({ status: 'written_off', receivedCents: 1_200_00, writtenOff: { reason: 'Tegenpartij insolvent', by: { name: 'Hanne De Smet' } } });
    expect(writtenOff.body.totals.indemnity).toMatchObject({ recoveryExpectedCents: 0, recoveredCents: 1_200_00, netIncurredCents: 2_800_00 });
    expect((await receive(claimId, recoveryId, { amountCents: 100_00, receivedOn: '2026-11-26' })).status).toBe(409);

    const { body } = await recoveries(claimId);
    expect(body.recoveries).toHaveLength(1);
    expect(body.recoveries[0].receipts).toHaveLength(1);
    expect(await db('recoveryReceipts').where({ recoveryId })).toHaveLength(1);
  });

  test('a recovery names its kind, an amount above 0 and a counterparty; a receipt its amount and an ISO date', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const refused = await open(claimId, { kind: 'lawsuit', expectedCents: 0, counterparty: {} });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((problem: { path: string }) => problem.path).sort()).toEqual(['counterparty.name', 'expectedCents', 'kind']);
    const salvage = (await open(claimId, { kind: 'salvage', expectedCents: 900_00, counterparty: { name: 'Autosloperij Maes' } })).body.recovery;
    expect(salvage).toMatchObject({ kind: 'salvage', costType: 'indemnity', counterparty: { name: 'Autosloperij Maes', insurer: null, reference: null } });
    const badReceipt = await receive(claimId, salvage.id, { amountCents: -1, receivedOn: '25/11/2026' });
    expect(badReceipt.status).toBe(422);
    expect(badReceipt.body.error.details.map((problem: { path: string }) => problem.path).sort()).toEqual(['amountCents', 'receivedOn']);
  });

  test("a recovery of another claim is not found on this one", async () => {
    const [claimId, otherId] = [await openLiabilityClaim(an, handler), await openLiabilityClaim(an, handler)];
    const recovery = (await open(claimId, subrogation)).body.recovery;
    expect((await receive(otherId, recovery.id, { amountCents: 100_00, receivedOn: '2026-11-25' })).status).toBe(404);
    expect((await writeOff(otherId, recovery.id, { reason: 'Fout dossier' })).status).toBe(404);
  });
});
