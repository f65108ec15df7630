import type { Knex } from 'knex';
import { demo, Session, withKey } from '../support/api';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { testDatabase } from '../support/database';

let an: Session;
let handler: Session; // authority limit €5,000
let senior: Session;
let auditor: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, senior, auditor] = await Promise.all([demo.an, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

const reserve = (claimId: string, costType: string, amountCents: number, reason: string) =>
  handler.post(claimUrl(claimId, 'reserves'), { costType, amountCents, reason }, withKey());
const pay = (session: Session, claimId: string, amountCents: number, costType = 'indemnity') =>
  session.post(claimUrl(claimId, 'payments'), { costType, amountCents, ...payeeAccount }, withKey());

describe('money: reserves', () => {
  test('reserve entries are appended with author and reason; the totals add them up per cost type and overall', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    expect((await reserve(claimId, 'indemnity', 10_000_00, 'Eerste raming schade')).status).toBe(201);
    expect((await reserve(claimId, 'indemnity', -2_500_00, 'Bestek lager dan geraamd')).status).toBe(201);
    expect((await reserve(claimId, 'expenses', 800_00, 'Expert')).status).toBe(201);

    const { body } = await handler.get(claimUrl(claimId, 'reserves'));
    expect(body.entries.map((e: { amountCents: number; reason: string; author: { name: string } }) => [e.amountCents, e.reason, e.author.name])).toEqual([
      [10_000_00, 'Eerste raming schade', 'Hanne De Smet'], [-2_500_00, 'Bestek lager dan geraamd', 'Hanne De Smet'], [800_00, 'Expert', 'Hanne De Smet'],
    ]);
    expect(body.entries[0].createdAt).toEqual(expect.any(String));
    expect(body.totals.indemnity).toMatchObject({ reserveCents: 7_500_00, paidCents: 0, outstandingCents: 7_500_00 });
    expect(body.totals.expenses).toMatchObject({ reserveCents: 800_00, outstandingCents: 800_00 });
    expect(body.totals.overall).toMatchObject({ reserveCents: 8_300_00, outstandingCents: 8_300_00 });
    expect(await db('auditLog').where({ subjectType: 'claim', subjectId: claimId, action: 'claim_reserve_changed' })).toHaveLength(3);
  });

  test('reserve entries are append-only: the database refuses to change or delete one', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 1_000_00, 'Raming');
    await expect(db('reserveEntries').where({ declarationId: claimId }).update({ amountCents: 1 })).rejects.toThrow(/append-only/);
    await expect(db('reserveEntries').where({ declarationId: claimId }).delete()).rejects.toThrow(/append-only/);
  });

  test('a reserve cannot be lowered below what was already paid on it', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 3_000_00, 'Raming');
    expect((await pay(handler, claimId, 2_000_00)).status).toBe(201);
    const tooLow = await reserve(claimId, 'indemnity', -1_500_00, 'Herziening');
    expect(tooLow.status).toBe(422);
    expect(tooLow.body.error.details).toEqual([{
      path: 'amountCents', code: 'money.problem.reserveFloor',
      params: { costType: 'indemnity', reserveCents: 3_000_00, promisedCents: 2_000_00, marginCents: 1_000_00 },
      message: 'The indemnity reserve is €3,000.00; €2,000.00 is paid or promised, so it can be lowered by at most €1,000.00.',
    }]);
    expect((await reserve(claimId, 'indemnity', -1_000_00, 'Herziening')).status).toBe(201);
    const { body } = await handler.get(claimUrl(claimId, 'reserves'));
    expect(body.totals.indemnity).toMatchObject({ reserveCents: 2_000_00, paidCents: 2_000_00, outstandingCents: 0 });
  });
});

describe('money: payments', () => {
  test('a payment within the authority limit is approved at once: paid (committed), in transit until the bank confirms it', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 6_000_00, 'Raming');
    const paid = await pay(handler, claimId, 5_000_00);
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({
      status: 'approved', amountCents: 5_000_00, iban: 'BE68539007547034', bic: null, requestedBy: { name: 'Hanne De Smet' },
      decidedBy: { name: 'Hanne De Smet' }, batchId: null, batchNumber: null, sentAt: null, bankReason: null,
    });
    expect(paid.body.paidAt).toEqual(expect.any(String));
    expect(paid.body.communication).toMatch(/^\+{3}\d{3}\/\d{4}\/\d{5}\+{3}$/);
    const { body } = await handler.get(claimUrl(claimId, 'reserves'));
    expect(body.totals.indemnity).toMatchObject({
      reserveCents: 6_000_00, paidCents: 5_000_00, inTransitCents: 5_000_00, outstandingCents: 1_000_00, recoveredCents: 0, netIncurredCents: 5_000_00,
    });
  });

  test('a payment not yet sent can be cancelled, with a reason: its amount is available again', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 6_000_00, 'Raming');
    const paid = (await pay(handler, claimId, 4_000_00)).body;
    const cancel = (body: object) => handler.post(`/api/backoffice/payments/${paid.id}/cancel`, body, withKey());
    expect((await cancel({})).status).toBe(422);
    const cancelled = await cancel({ reason: 'Verkeerde begunstigde' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: paid.id, status: 'cancelled', reason: 'Verkeerde begunstigde', paidAt: null });
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ paidCents: 0, inTransitCents: 0, availableCents: 6_000_00 });
    expect((await cancel({ reason: 'nog eens' })).status).toBe(409);
  });

  test('a payment beyond the outstanding reserve of its cost type is refused, naming amountCents', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 1_000_00, 'Raming');
    const reply = await pay(handler, claimId, 1_000_01);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatchObject({ code: 'validation_failed', message: 'The payment does not fit the reserve.' });
    expect(reply.body.error.details).toEqual([{
      path: 'amountCents', code: 'money.problem.available', params: { costType: 'indemnity', availableCents: 1_000_00 },
      message: 'At most €1,000.00 of the indemnity reserve is still available; raise the reserve first.',
    }]);
    expect((await pay(handler, claimId, 100_00, 'expenses')).status).toBe(422); // no expenses reserve at all
    expect((await handler.get(claimUrl(claimId, 'payments'))).body).toEqual([]);
  });

  test('an invalid IBAN is refused', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const reply = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents: 100, payeeName: 'X', iban: 'BE00 0000 0000 0000' }, withKey());
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toEqual([expect.objectContaining({ path: 'iban' })]);
  });

  test('a refused claim cannot be paid', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await reserve(claimId, 'indemnity', 1_000_00, 'Raming');
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/decision`, { decision: 'refuse', reason: 'Niet gedekt' });
    expect((await pay(handler, claimId, 100_00)).status).toBe(409);
    expect((await pay(handler, claimId, 6_000_00)).status).toBe(409); // above the limit too: nothing goes to approval
    expect((await senior.get('/api/backoffice/payments?status=awaiting_approval')).body.filter((p: { claimId: string }) => p.claimId === claimId)).toEqual([]);
  });

  test('an auditor or a customer gets 403 on the money routes', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    for (const session of [auditor, an]) {
      expect((await session.get(claimUrl(claimId, 'reserves'))).status).toBe(403);
      expect((await session.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 100, reason: 'x' }, withKey())).status).toBe(403);
      expect((await pay(session, claimId, 100)).status).toBe(403);
      expect((await session.get('/api/backoffice/payments')).status).toBe(403);
      expect((await session.get(claimUrl(claimId, 'payment-schedules'))).status).toBe(403);
      expect((await session.post(claimUrl(claimId, 'payment-schedules'), { kind: 'death', totalCents: 750_000, spreadMonths: 12, ...payeeAccount }, withKey())).status).toBe(403);
      expect((await session.get(claimUrl(claimId, 'recoveries'))).status).toBe(403);
      expect((await session.post(claimUrl(claimId, 'recoveries'), { kind: 'subrogation', expectedCents: 100, counterparty: { name: 'X' } }, withKey())).status).toBe(403);
    }
  });
});
