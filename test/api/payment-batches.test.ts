import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Knex } from 'knex';
import { bankStatementImport, paymentBatch, paymentBatches } from '../../contract/payment-batches';
import { endToEndIdOf } from '../../domain/sepa/credit-transfer';
import { demo, Session } from '../support/api';
import { bankAnswerFor } from '../support/bank-answer';
import { claimUrl, openLiabilityClaim, payeeAccount } from '../support/claims';
import { testDatabase } from '../support/database';
import { validatesAgainst } from '../support/xsd';

let an: Session;
let handler: Session; // authority limit €5,000
let senior: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, senior] = await Promise.all([demo.an, demo.handler, demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

const painXsd = path.join(__dirname, '..', 'fixtures', 'sepa', 'pain.001.001.09.xsd');
const keyed = (key: string = randomUUID()) => ({ 'Idempotency-Key': key });
const batchesUrl = '/api/backoffice/payment-batches';
const statementsUrl = '/api/backoffice/bank-statements';

/** A liability claim, accepted, with an indemnity reserve of €3,000. */
async function acceptedClaimWithReserve(): Promise<string> {
  const claimId = await openLiabilityClaim(an, handler);
  expect((await handler.post(`/api/backoffice/declarations/${claimId}/decision`, { decision: 'accept' })).status).toBe(200);
  expect((await handler.post(claimUrl(claimId, 'reserves'), { costType: 'indemnity', amountCents: 3_000_00, reason: 'Raming schade' }, keyed())).status).toBe(201);
  return claimId;
}

/** A payment within the handler's authority: approved at once, waiting for the batch. */
async function approvedPayment(claimId: string, amountCents: number, payee = payeeAccount): Promise<{ id: string; status: string }> {
  const reply = await handler.post(claimUrl(claimId, 'payments'), { costType: 'indemnity', amountCents, ...payee }, keyed());
  expect(reply.status).toBe(201);
  return reply.body;
}

/** Uploads a bank statement as the back office's file field does. */
function upload(session: Session, xml: string, fileName = 'camt054.xml') {
  const form = new FormData();
  form.append('file', new Blob([xml], { type: 'application/xml' }), fileName);
  return session.post(statementsUrl, form);
}

const statusesOf = async (claimId: string) =>
  Object.fromEntries((await handler.get(claimUrl(claimId, 'payments'))).body.map((payment: { id: string; status: string }) => [payment.id, payment.status]));

describe('a SEPA batch takes the approved payments to the bank; its statement confirms or returns them', () => {
  let claimId: string;
  let confirmed: { id: string; status: string };
  let returned: { id: string; status: string };
  let batch: { id: string; number: number; paymentCount: number; totalCents: number; payments: { id: string; claimNumber: string; status: string; amountCents: number; payee: string; iban: string }[] };
  let batchKey: string;
  let statement: string;

  test('a senior handler batches every approved payment: they are sent, each with its claim, payee and account', async () => {
    claimId = await acceptedClaimWithReserve();
    confirmed = await approvedPayment(claimId, 1_200_00);
    returned = await approvedPayment(claimId, 800_00, { payeeName: 'Schrijnwerkerij Dubois & Fils', iban: 'BE62 5100 0754 7061' });
    expect([confirmed.status, returned.status]).toEqual(['approved', 'approved']);

    batchKey = randomUUID();
    const reply = await senior.post(batchesUrl, {}, keyed(batchKey));
    expect(reply.status).toBe(201);
    batch = paymentBatch.parse(reply.body);
    const { claimNumber } = await db('claims').where({ declarationId: claimId }).first('claimNumber');
    expect(batch.payments).toEqual(expect.arrayContaining([
      { id: confirmed.id, claimId, claimNumber, payee: 'Garage Janssens BV', iban: 'BE68539007547034', amountCents: 1_200_00, status: 'sent' },
      { id: returned.id, claimId, claimNumber, payee: 'Schrijnwerkerij Dubois & Fils', iban: 'BE62510007547061', amountCents: 800_00, status: 'sent' },
    ]));
    expect(batch.paymentCount).toBe(batch.payments.length);
    expect(batch.totalCents).toBe(batch.payments.reduce((sum, payment) => sum + payment.amountCents, 0));
    expect(await statusesOf(claimId)).toEqual({ [confirmed.id]: 'sent', [returned.id]: 'sent' });

    const listed = paymentBatches.parse((await senior.get(batchesUrl)).body);
    expect(listed[0]).toMatchObject({ id: batch.id, number: batch.number, createdBy: { name: 'Marc Verhoeven' } });
  });

  test('the same request again (same Idempotency-Key) answers the same batch and sends nothing more', async () => {
    const again = await senior.post(batchesUrl, {}, keyed(batchKey));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: batch.id, number: batch.number, paymentCount: batch.paymentCount });
    expect(await db('paymentBatches').where({ id: batch.id })).toHaveLength(1);
  });

  test("the batch's file is a pain.001.001.09 the bank's schema accepts, one transfer per payment with its structured communication", async () => {
    const response = await senior.fetch('GET', `${batchesUrl}/${batch.id}/pain.001.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="batch-${batch.number}.xml"`);
    const xml = await response.text();
    expect(await validatesAgainst(xml, painXsd)).toEqual([]);
    expect(xml).toContain(`<NbOfTxs>${batch.paymentCount}</NbOfTxs>`);
    expect(xml).toContain(`<EndToEndId>${endToEndIdOf(confirmed.id)}</EndToEndId>`);
    expect(xml).toContain('<InstdAmt Ccy="EUR">1200.00</InstdAmt>');
    expect(xml).toContain('<Nm>Schrijnwerkerij Dubois + Fils</Nm>'); // '&' is outside the SEPA character set
    // The structured communication carries the claim number: 2026/BA/000042 -> 26 01 000042 and its check digits.
    const { claimNumber } = await db('claims').join('payments', 'payments.declarationId', 'claims.declarationId').where('payments.id', confirmed.id).first('claims.claimNumber');
    const [year, , sequence] = claimNumber.split('/');
    const digits = `${year.slice(2)}01${sequence.slice(-6)}`;
    expect(xml).toContain(`<Ref>${digits}${String(Number(BigInt(digits) % 97n) || 97).padStart(2, '0')}</Ref>`);
  });

  test("the bank's statement confirms one payment and returns the other (AC04); the returned amount is available on the reserve again", async () => {
    statement = bankAnswerFor([
      { endToEndId: endToEndIdOf(confirmed.id), amountCents: 1_200_00 },
      { endToEndId: endToEndIdOf(returned.id), amountCents: 800_00, returned: { code: 'AC04', text: 'Account closed' } },
      { endToEndId: 'SOMEONE-ELSES-TRANSFER-1', amountCents: 50_00 },
    ], { notificationId: `NTF-${randomUUID().slice(0, 8)}` });
    const reply = await upload(senior, statement);
    expect(reply.status).toBe(200);
    expect(bankStatementImport.safeParse(reply.body).success).toBe(true);
    expect(reply.body).toMatchObject({ fileName: 'camt054.xml', importedBefore: null, counts: { confirmed: 1, returned: 1, unchanged: 0, unknown: 1 } });
    expect(reply.body.results).toEqual(expect.arrayContaining([
      expect.objectContaining({ paymentId: confirmed.id, outcome: 'confirmed', result: 'applied' }),
      expect.objectContaining({ paymentId: returned.id, outcome: 'returned', result: 'applied' }),
      { endToEndId: 'SOMEONE-ELSES-TRANSFER-1', paymentId: null, claimNumber: null, outcome: 'confirmed', result: 'unknown_payment' },
    ]));

    expect(await statusesOf(claimId)).toEqual({ [confirmed.id]: 'confirmed', [returned.id]: 'returned' });
    const totals = (await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity;
    expect(totals).toMatchObject({ reserveCents: 3_000_00, paidCents: 1_200_00, availableCents: 1_800_00 });
    expect(await db('payments').where({ id: returned.id }).first('bankReasonCode')).toEqual({ bankReasonCode: 'AC04' });
  });

  test('the same statement imported again changes nothing and says it was imported before', async () => {
    const before = await db('payments').where({ declarationId: claimId }).orderBy('id');
    const again = await upload(senior, statement, 'camt054-again.xml');
    expect(again.status).toBe(200);
    expect(again.body.importedBefore).toEqual(expect.any(String));
    expect(again.body.statementId).toBeDefined();
    expect(await db('payments').where({ declarationId: claimId }).orderBy('id')).toEqual(before);
    expect(await db('bankStatements').where({ id: again.body.statementId })).toHaveLength(1);
    expect((await handler.get(claimUrl(claimId, 'reserves'))).body.totals.indemnity).toMatchObject({ paidCents: 1_200_00, availableCents: 1_800_00 });
  });

  test('with no approved payment waiting, a batch is refused with 409 and nothing is recorded', async () => {
    const count = await db('paymentBatches').count({ n: '*' }).first();
    const reply = await senior.post(batchesUrl, {}, keyed());
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'nothing_to_batch', key: 'paymentBatches.nothingToBatch' });
    expect(reply.body.error.message).toMatch(/no approved payment waits for a batch/i);
    expect(await db('paymentBatches').count({ n: '*' }).first()).toEqual(count);
  });
});

describe('what the batch and the statement refuse', () => {
  test('a batch without an Idempotency-Key is refused with 428 before anything happens', async () => {
    const reply = await senior.post(batchesUrl, {});
    expect(reply.status).toBe(428);
    expect(reply.body.error.code).toBe('idempotency_key_required');
  });

  test('a handler who is not a senior handler can neither batch, read batches, nor import a statement', async () => {
    expect((await handler.post(batchesUrl, {}, keyed())).status).toBe(403);
    expect((await handler.get(batchesUrl)).status).toBe(403);
    expect((await upload(handler, bankAnswerFor([]))).status).toBe(403);
  });

  test('a file that is not a camt.054 is refused with 422 and why, and nothing is imported', async () => {
    const count = await db('bankStatements').count({ n: '*' }).first();
    const notXml = await upload(senior, 'this is not a bank statement');
    expect(notXml.status).toBe(422);
    expect(notXml.body.error).toMatchObject({ code: 'bank_statement_rejected', key: 'paymentBatches.statementRejected.notXml' });
    const pain = await upload(senior, '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>');
    expect(pain.status).toBe(422);
    expect(pain.body.error.key).toBe('paymentBatches.statementRejected.notCamt054');
    const hostile = await upload(senior, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    expect(hostile.body.error.key).toBe('paymentBatches.statementRejected.doctype');
    expect(await db('bankStatements').count({ n: '*' }).first()).toEqual(count);
  });

  test('a statement upload without its file is invalid, naming the field', async () => {
    const reply = await senior.post(statementsUrl, new FormData());
    expect(reply.status).toBe(422);
    expect(reply.body.error.details).toEqual([expect.objectContaining({ path: 'file' })]);
  });

  test('an unknown batch has no file', async () => {
    const reply = await senior.get(`${batchesUrl}/${randomUUID()}/pain.001.xml`);
    expect(reply.status).toBe(404);
  });
});
