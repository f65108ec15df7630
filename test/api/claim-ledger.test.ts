import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { claimLedgerActivities } from '../../activities/claim-ledger';
import type { ClaimChange } from '../../domain/claim/change';
import type { ClaimPayment, ClaimState, Recovery, Staff } from '../../domain/claim/state';
import { demo, Session } from '../support/api';
import { openLiabilityClaim, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { withTestClient } from '../support/temporal';
import { claimWorkflowId } from '../../workflows/claim/definitions';
import { deadlinesWorkflowId } from '../../workflows/claim-deadlines/definitions';

/**
 * The claim's ledger: every change of a claim process is written once, in order, whatever Temporal retries or replays.
 * The activities are called directly, with changes built by hand, on claims opened through the API.
 */

let an: Session;
let handler: Session;
let db: Knex;
let ledger: ReturnType<typeof claimLedgerActivities>;
let hanne: Staff; // the handler, authority €5,000

beforeAll(async () => {
  [an, handler] = await Promise.all([demo.an, demo.handler].map((email) => Session.login(email)));
  db = testDatabase();
  ledger = claimLedgerActivities(db);
  const user = await db('users').where({ email: demo.handler }).first('id', 'fullName');
  hanne = { userId: user.id, name: user.fullName, role: 'handler', authorityLimitCents: 5_000_00 };
});
afterAll(() => db.destroy());

const zero = { indemnity: 0, expenses: 0 };

/**
 * Ends the processes the API started for a claim (its own and its deadlines'), then waits until a write they had under
 * way has landed: the claim's row keeps its revision for a second.
 */
async function withoutItsProcesses(claimId: string) {
  await withTestClient(async (client) => {
    // The claim starts its deadlines' process as it opens: waited for, since ending the claim first would leave it to start.
    for (const workflowId of [deadlinesWorkflowId(claimId), claimWorkflowId(claimId)]) {
      await waitUntil(() => client.workflow.getHandle(workflowId).terminate('the test makes it a claim of the time before').then(() => true, () => false));
    }
  });
  const revision = async () => (await db('claims').where({ declarationId: claimId }).first('revision')).revision;
  for (let last = await revision(); ;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = await revision();
    if (now === last) return;
    last = now;
  }
}

/** A claim as its process would hold it at a revision, under a workflow id of the test's own (its audit keys stay apart). */
async function claimState(declarationId: string, revision: number, changes: Partial<ClaimState> = {}): Promise<ClaimState> {
  const claim = await db('claims as c').join('declarations as d', 'd.id', 'c.declarationId').where('c.declarationId', declarationId)
    .first('c.claimNumber', 'd.organisationId', 'd.handler');
  return {
    declarationId, workflowId: `claim-ledger-test-${declarationId}`, organisationId: claim.organisationId, claimNumber: claim.claimNumber,
    type: 'liability', productLine: 'liability', status: 'in_handling', handler: claim.handler, decision: null,
    coverage: { status: 'verified', findings: [], eventDate: '2026-11-18', confirmed: null },
    reserveCents: { ...zero }, settledPaidCents: { ...zero }, legacyPromisedCents: { ...zero },
    payments: [], schedules: [], recoveries: [], closed: null, reopened: null, revision, recentKeys: [], ...changes,
  };
}

/** Revisions above what the claim's row holds: a claim process of the system may have written it already. */
async function nextRevision(declarationId: string): Promise<number> {
  return (await db('claims').where({ declarationId }).first('revision')).revision + 1;
}

const auditRows = (declarationId: string) => db('auditLog').where({ subjectType: 'claim', subjectId: declarationId }).where('action', 'like', 'claim\\_%');

describe('the claim ledger writes each change of a claim once', () => {
  test('the same change twice writes once: one reserve entry, one audit row, one notification', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const revision = await nextRevision(claimId);
    const state = await claimState(claimId, revision, { reserveCents: { indemnity: 4_000_00, expenses: 0 } });
    const change: ClaimChange = {
      at: new Date().toISOString(),
      state, action: 'reserve_changed', by: hanne, details: { costType: 'indemnity', amountCents: 4_000_00 },
      reserveEntries: [{ key: `reserve-${claimId}`, costType: 'indemnity', amountCents: 4_000_00, reason: 'Eerste raming', author: hanne }],
      notifications: [
        { to: { userId: hanne.userId! }, kind: 'reserve_changed', params: { amountCents: 4_000_00 }, dedupeKey: `reserve-changed:${claimId}` },
        { to: { role: 'senior_handler' }, kind: 'reserve_raised', params: { amountCents: 4_000_00 }, dedupeKey: `reserve-raised:${claimId}` },
      ],
    };

    await ledger.projectClaim(change);
    await ledger.projectClaim(change);

    expect(await db('reserveEntries').where({ declarationId: claimId }).select('amountCents', 'reason', 'entryKey'))
      .toEqual([{ amountCents: 4_000_00, reason: 'Eerste raming', entryKey: `reserve-${claimId}` }]);
    const audits = await auditRows(claimId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'claim_reserve_changed', actorName: 'Hanne De Smet', eventKey: `${state.workflowId}:${revision}` });
    expect(audits[0].details).toMatchObject({ claimNumber: state.claimNumber, revision, costType: 'indemnity', amountCents: 4_000_00 });
    expect(await db('notifications').where({ declarationId: claimId, kind: 'reserve_changed' }).select('userId', 'dedupeKey', 'params'))
      .toEqual([{ userId: hanne.userId, dedupeKey: `reserve-changed:${claimId}`, params: { amountCents: 4_000_00 } }]);
    // Every senior handler is told once, under a key of their own.
    const seniors: { id: string }[] = await db('users').where({ role: 'senior_handler' }).select('id');
    expect(seniors.length).toBeGreaterThan(0);
    expect((await db('notifications').where({ declarationId: claimId, kind: 'reserve_raised' }).select('dedupeKey')).map((row) => row.dedupeKey).sort())
      .toEqual(seniors.map(({ id }) => `reserve-raised:${claimId}:${id}`).sort());
    const claim = await db('claims').where({ declarationId: claimId }).first();
    expect(claim).toMatchObject({ workflowId: state.workflowId, revision, coverageStatus: 'verified' });
    expect(claim.money.indemnity).toMatchObject({ reserveCents: 4_000_00, paidCents: 0, availableCents: 4_000_00 });
  });

  test('an older revision arriving after a newer one changes nothing', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const first = await nextRevision(claimId);
    const decided = await claimState(claimId, first + 1, {
      status: 'accepted', decision: { decision: 'accept', reason: null, missing: [], decidedBy: hanne, decidedAt: '2026-11-30T09:00:00.000Z' },
    });
    await ledger.projectClaim({ at: '2026-11-30T09:00:00.000Z', state: decided, action: 'decided', by: hanne, declaration: { action: 'decided', details: { decision: 'accept' } } });
    const late = await claimState(claimId, first, { reserveCents: { indemnity: 900_00, expenses: 0 } });
    await ledger.projectClaim({
      at: new Date().toISOString(),
      state: late, action: 'reserve_changed', by: hanne,
      reserveEntries: [{ key: `late-${claimId}`, costType: 'indemnity', amountCents: 900_00, reason: 'Te laat', author: hanne }],
    });

    expect(await db('claims').where({ declarationId: claimId }).first('revision')).toEqual({ revision: first + 1 });
    expect(await db('reserveEntries').where({ declarationId: claimId })).toHaveLength(0);
    expect((await auditRows(claimId)).map((row) => row.action)).toEqual(['claim_decided']);
    const declaration = await db('declarations').where({ id: claimId }).first('status', 'decision', 'actions');
    expect(declaration.status).toBe('accepted');
    expect(declaration.decision).toMatchObject({ decision: 'accept', decidedBy: { name: 'Hanne De Smet' } });
    expect(declaration.actions.at(-1)).toEqual({
      action: 'decided', by: hanne, at: '2026-11-30T09:00:00.000Z', details: { decision: 'accept' },
    });
  });

  test('a payment moved through approved, sent and returned keeps one row, with the bank reason', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const batchId = randomUUID();
    await db('paymentBatches').insert({
      id: batchId, messageId: `TEST-${batchId.slice(0, 20)}`, executionDate: '2026-12-01', paymentCount: 1, totalCents: 1_200_00,
      file: '<Document/>', createdBy: JSON.stringify(hanne),
    });
    const approved: ClaimPayment = {
      id: randomUUID(), costType: 'indemnity', amountCents: 1_200_00, payeeName: 'Garage Janssens BV', iban: 'BE68539007547034', bic: 'GKCCBEBB',
      status: 'approved', requestedBy: hanne, requestedAt: '2026-11-30T10:00:00.000Z', decidedBy: hanne, decidedAt: '2026-11-30T10:00:00.000Z',
      reason: null, escalateAt: null, escalatedAt: null, batchId: null, scheduleId: null, instalmentNumber: null, bank: null,
    };
    const sent: ClaimPayment = { ...approved, status: 'sent', batchId };
    const returned: ClaimPayment = {
      ...sent, status: 'returned',
      bank: { outcome: 'returned', reasonCode: 'AC04', reasonText: 'Closed account number', statementId: 'statement-1', at: '2026-12-03T08:00:00.000Z' },
    };
    const revision = await nextRevision(claimId);
    const reserve = { reserveCents: { indemnity: 2_000_00, expenses: 0 } };
    for (const [offset, payment] of [approved, sent, returned].entries()) {
      const state = await claimState(claimId, revision + offset, { ...reserve, payments: [payment] });
      await ledger.projectClaim({ at: new Date().toISOString(), state, action: `payment_${payment.status}`, by: hanne, paymentIds: [payment.id] });
    }

    const rows = await db('payments').where({ declarationId: claimId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: approved.id, status: 'returned', amountCents: 1_200_00, bic: 'GKCCBEBB', batchId, approvedByName: 'Hanne De Smet',
      bankReasonCode: 'AC04', bankReasonText: 'Closed account number', statementId: 'statement-1', paidAt: null,
    });
    expect(rows[0].sentAt).toEqual(expect.any(Date));
    expect(rows[0].returnedAt.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    // Returned, the money is back on the reserve.
    expect((await db('claims').where({ declarationId: claimId }).first('money')).money.indemnity).toMatchObject({ paidCents: 0, outstandingCents: 2_000_00 });
  });

  test('a receipt written twice is one row, and the recovery follows its state', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const open: Recovery = {
      id: randomUUID(), kind: 'subrogation', costType: 'indemnity', counterparty: { name: 'Jan Janssens', insurer: 'AG Insurance', reference: 'AG-77' },
      expectedCents: 800_00, receivedCents: 0, status: 'open', writtenOff: null, openedBy: hanne, openedAt: '2026-11-30T11:00:00.000Z',
    };
    const partly: Recovery = { ...open, receivedCents: 300_00, status: 'partly_recovered' };
    const receipt = { id: randomUUID(), recoveryId: open.id, amountCents: 300_00, receivedOn: '2026-12-02', by: hanne };
    const revision = await nextRevision(claimId);
    await ledger.projectClaim({ at: new Date().toISOString(), state: await claimState(claimId, revision, { recoveries: [open] }), action: 'recovery_opened', by: hanne, recoveryIds: [open.id] });
    for (const offset of [1, 2]) {
      const state = await claimState(claimId, revision + offset, { recoveries: [partly] });
      await ledger.projectClaim({ at: new Date().toISOString(), state, action: 'receipt_recorded', by: hanne, recoveryIds: [open.id], receipts: [receipt] });
    }

    expect(await db('recoveryReceipts').where({ recoveryId: open.id }).select('id', 'amountCents', 'receivedOn')).toEqual([
      { id: receipt.id, amountCents: '30000', receivedOn: '2026-12-02' },
    ]);
    expect(await db('recoveries').where({ id: open.id }).first('status', 'receivedCents')).toEqual({ status: 'partly_recovered', receivedCents: '30000' });
  });
});

describe('the cover check at opening', () => {
  test('a liability claim on the bakery\'s liability policy is checked on the day of its event', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    expect(await ledger.checkClaimCoverage({ declarationId: claimId })).toEqual({ status: 'verified', findings: [], eventDate: '2026-11-18', confirmed: null });
  });

  test('a policy that ended the day before the event leaves the claim unverified, its end date read as a calendar day', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    const { policyId } = await db('declarations').where({ id: claimId }).first('policyId');
    const { id: _id, createdAt: _createdAt, policyNumber, ...seeded } = await db('policies').where({ id: policyId }).first();
    const [ended] = await db('policies').insert({
      ...seeded, policyNumber: `${policyNumber}-${claimId.slice(0, 8)}`, endDate: '2026-11-17',
      insuredObject: JSON.stringify(seeded.insuredObject), guarantees: JSON.stringify(seeded.guarantees), terms: JSON.stringify(seeded.terms),
    }).returning('id');
    await db('declarations').where({ id: claimId }).update({ policyId: ended.id });

    const coverage = await ledger.checkClaimCoverage({ declarationId: claimId });
    // The ended policy was made for this test only: other tests count the bakery's policies.
    await db('declarations').where({ id: claimId }).update({ policyId });
    await db('policies').where({ id: ended.id }).delete();
    expect(coverage).toEqual({
      status: 'unverified', findings: [{ key: 'coverage.afterEnd', params: { eventDate: '2026-11-18', endDate: '2026-11-17' } }],
      eventDate: '2026-11-18', confirmed: null,
    });
  });

  test('a claim without a policy cannot be verified', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await db('declarations').where({ id: claimId }).update({ policyId: null });
    expect(await ledger.checkClaimCoverage({ declarationId: claimId })).toEqual({
      status: 'unverified', findings: [{ key: 'coverage.noPolicy' }], eventDate: '2026-11-18', confirmed: null,
    });
  });
});

describe('adopting a claim of the time before', () => {
  test('its reserve, paid money and legacy promises are summed from the ledger, and the legacy workflows named', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    // A claim of the time before: no process of its own has written it (nor writes it while the test reads it).
    await withoutItsProcesses(claimId);
    await db('claims').where({ declarationId: claimId }).update({ workflowId: null, revision: 0 });
    await db('reserveEntries').insert([
      { declarationId: claimId, costType: 'indemnity', amountCents: 5_000_00, reason: 'Raming', authorId: hanne.userId, authorName: hanne.name },
      { declarationId: claimId, costType: 'indemnity', amountCents: -1_000_00, reason: 'Herziening', authorId: hanne.userId, authorName: hanne.name },
      { declarationId: claimId, costType: 'expenses', amountCents: 600_00, reason: 'Expert', authorId: hanne.userId, authorName: hanne.name },
    ]);
    const payment = (status: string, amountCents: number, workflowId: string | null = null) => ({
      id: randomUUID(), declarationId: claimId, costType: 'indemnity', amountCents, payeeName: 'Garage Janssens BV', iban: 'BE68539007547034',
      status, requestedById: hanne.userId, requestedByName: hanne.name, workflowId, paidAt: status === 'paid' ? db.fn.now() : null,
    });
    const approval = `payment-approval-${randomUUID()}`;
    await db('payments').insert([payment('paid', 1_500_00), payment('awaiting_approval', 700_00, approval), payment('rejected', 300_00)]);
    // A Verzekerd Inkomen schedule of the time before, still running: €1,200 in all, €100 of it paid.
    const scheduleId = randomUUID();
    const scheduleWorkflow = `payment-schedule-${scheduleId}`;
    await db('paymentSchedules').insert({
      id: scheduleId, workflowId: scheduleWorkflow, declarationId: claimId, kind: 'invalidity', costType: 'expenses', totalCents: 1_200_00,
      spreadMonths: 12, plan: JSON.stringify([]), payeeName: 'An Peeters', iban: 'BE68539007547034', status: 'running',
      createdBy: JSON.stringify(hanne), revision: 1, createdAt: db.fn.now(), updatedAt: db.fn.now(),
    });
    await db('payments').insert({ ...payment('paid', 100_00), costType: 'expenses', scheduleId, instalmentNumber: 1 });

    const { state, legacyWorkflows } = await ledger.adoptClaim({ declarationId: claimId });

    expect(state).toMatchObject({
      declarationId: claimId, type: 'liability', productLine: 'liability', status: 'in_handling', handler: { name: 'Hanne De Smet' },
      coverage: { status: 'verified', findings: [], eventDate: null, confirmed: null },
      reserveCents: { indemnity: 4_000_00, expenses: 600_00 },
      settledPaidCents: { indemnity: 1_500_00, expenses: 100_00 },
      legacyPromisedCents: { indemnity: 700_00, expenses: 1_100_00 },
      payments: [], schedules: [], recoveries: [], closed: null, reopened: null,
    });
    expect(legacyWorkflows).toEqual([approval, scheduleWorkflow]);
  });

  test('a claim closed before is adopted closed: paid when anything was paid on it', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await withoutItsProcesses(claimId);
    await db('claims').where({ declarationId: claimId }).update({ workflowId: null, closedAt: '2026-11-29T16:00:00.000Z' });
    await db('reserveEntries').insert({ declarationId: claimId, costType: 'expenses', amountCents: 250_00, reason: 'Expert', authorId: hanne.userId, authorName: hanne.name });
    await db('payments').insert({
      id: randomUUID(), declarationId: claimId, costType: 'expenses', amountCents: 250_00, payeeName: 'Expertisebureau Claes', iban: 'BE68539007547034',
      status: 'paid', requestedById: hanne.userId, requestedByName: hanne.name, paidAt: db.fn.now(),
    });

    const { state } = await ledger.adoptClaim({ declarationId: claimId });

    expect(state.closed).toEqual({ outcome: 'paid', reason: null, by: { userId: null, name: 'System', role: 'system' }, at: '2026-11-29T16:00:00.000Z' });
    expect(state.settledPaidCents).toEqual({ indemnity: 0, expenses: 250_00 });
  });

  test('a claim its process owns already is not adopted again', async () => {
    const claimId = await openLiabilityClaim(an, handler);
    await db('claims').where({ declarationId: claimId }).update({ workflowId: `claim-${claimId}` });
    await expect(ledger.adoptClaim({ declarationId: claimId })).rejects.toMatchObject({ type: 'claim_not_adoptable', nonRetryable: true });
  });
});
