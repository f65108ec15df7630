import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { benefitsFile, customerBenefits, type BenefitsFile } from '../../contract/workplace-benefits';
import { addDays, addMonths, brusselsDate, daysBetween } from '../../domain/rules/calendar';
import { declarationUrl, demo, fixture, Session, withKey } from '../support/api';
import { endBenefitsFile } from '../support/benefits';
import { claimUrl, openLiabilityClaim, policyOf, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';
import { existingServer } from '../support/temporal';
import { benefitsWorkflowId } from '../../workflows/workplace-benefits/definitions';

/**
 * The benefits file of an accepted workplace accident (seed 004 q.11–14), against the real system whose global set-up
 * runs the law's durations in seconds (a month of 5 s, a revision period of 40 s, a benefit year of 90 s). Figures:
 * accident on 1 September 2026, white-collar worker, €3,000 gross a month (simplified base wage €36,000, daily
 * €98.63, 90 %: €88.77 a day); the employer's guaranteed wage covers the first 30 days after the accident.
 */
let an: Session;
let jan: Session; // limited access to Bakkerij Peeters
let els: Session; // another organisation (Transport Wouters)
let handler: Session;
let senior: Session;
let auditor: Session;
let db: Knex;
let environment: TestWorkflowEnvironment;
let temporal: Client;

beforeAll(async () => {
  [an, jan, els, handler, senior, auditor] = await Promise.all([demo.an, demo.jan, demo.els, demo.handler, demo.senior, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
  environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  temporal = environment.client;
});
afterAll(async () => {
  await db.destroy();
  await environment.teardown();
});

const accidentDate = '2026-09-01';
const victimIban = 'BE68539007547034';
const employerIban = 'BE62510007547061';
const opening = { workerStatus: 'white_collar', monthlyGrossCents: 3_000_00, victimIban: 'BE68 5390 0754 7034', employerIban: 'BE62 5100 0754 7061' };
const benefitsUrl = (claimId: string, what = '') => claimUrl(claimId, `benefits${what ? `/${what}` : ''}`);
const portalUrl = (session: Session, claimId: string, what = '') => `/api/organisations/${session.activeOrganisationId}/claims/${claimId}/benefits${what ? `/${what}` : ''}`;
const today = () => brusselsDate(new Date());

/** A workplace accident of 1 September 2026, declared by An Peeters under the organisation's policy and taken by the handler. */
async function workplaceClaim({ accept = true } = {}): Promise<string> {
  const data = fixture('workplace_accident').data;
  data.event.date = accidentDate;
  const policyId = await policyOf(an, 'workplace_accident');
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'workplace_accident', data, policyId });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  await an.expect(200, 'POST', declarationUrl(an, created.body.id, 'submit'));
  await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/start-handling`, {});
  if (accept) await handler.expect(200, 'POST', `/api/backoffice/declarations/${created.body.id}/decision`, { decision: 'accept' });
  return created.body.id;
}

const fileOf = async (claimId: string): Promise<BenefitsFile> => benefitsFile.parse((await handler.get(benefitsUrl(claimId))).body);
const claimPayments = async (claimId: string) =>
  (await handler.get(claimUrl(claimId, 'payments'))).body as { id: string; amountCents: number; payeeName: string; iban: string; status: string; costType: string }[];
const paymentsOf = (file: BenefitsFile, item: string) => file.payments.filter((payment) => payment.item === item);
const amounts = (file: BenefitsFile, item: string) => paymentsOf(file, item).map((payment) => [payment.payee, payment.amountCents, payment.provisional]);

describe('a workplace accident benefits file, from the first certificate to the life annuity', () => {
  let claimId: string;
  const certificateKey = randomUUID();
  let ratifiedOn: string;
  // Whatever a failing test left: the annuity must not pay on for the rest of the suite (see endBenefitsFile).
  afterAll(() => endBenefitsFile(handler, claimId));

  test('a handler opens the file on the accepted claim; the same request again answers the same file', async () => {
    claimId = await workplaceClaim();
    const key = randomUUID();
    const opened = await handler.post(benefitsUrl(claimId), opening, withKey(key));
    expect(opened.status).toBe(201);
    const file = benefitsFile.parse(opened.body);
    expect(file).toMatchObject({
      declarationId: claimId, stage: 'temporary', accidentDate, workerStatus: 'white_collar', monthlyGrossCents: 3_000_00,
      victim: { name: 'Jan Claes', iban: victimIban }, employer: { name: 'Bakkerij Peeters BV', iban: employerIban },
      baseWages: { simplified: { kind: 'simplified', annualCents: 36_000_00, dailyCents: 98_63 }, detailed: null, detailedNeeded: false },
      periods: [], payments: [], agreement: null, nextStep: { code: 'await_certificate' },
    });
    expect(file.nextStep.text).toMatch(/certificate/);
    expect((await handler.post(benefitsUrl(claimId), opening, withKey(key))).status).toBe(201);
    const another = await handler.post(benefitsUrl(claimId), opening, withKey());
    expect(another.status).toBe(409);
    expect(another.body.error.code).toBe('benefits_already_open');
    expect(await db('workplaceBenefits').where({ declarationId: claimId })).toHaveLength(1);
  });

  test('a certificate of 14 days pays the employer its guaranteed wage (13 days × €88.77); a rerun pays nothing twice', async () => {
    const certificate = { kind: 'incapacity', from: '2026-09-01', to: '2026-09-14', doctor: 'Dr. Peeters' };
    const reply = await handler.post(benefitsUrl(claimId, 'certificates'), certificate, withKey(certificateKey));
    expect(reply.status).toBe(201);
    const file = benefitsFile.parse(reply.body);
    expect(file.periods).toEqual([expect.objectContaining({ from: '2026-09-01', to: '2026-09-14', days: 14, provisional: false, paid: true })]);
    expect(file.periods[0].certificates).toEqual([expect.objectContaining({ kind: 'incapacity', doctor: 'Dr. Peeters', recordedBy: expect.objectContaining({ role: 'handler' }) })]);
    // The accident day is the employer's; from the day after, 13 days within the guaranteed-wage month: all to the employer.
    expect(amounts(file, 'period')).toEqual([['employer', 1_154_01, false]]);
    expect(file.payments[0].lines.map((line) => line.amountCents)).toEqual(expect.arrayContaining([88_77, 1_154_01]));

    const again = await handler.post(benefitsUrl(claimId, 'certificates'), certificate, withKey(certificateKey));
    expect(again.status).toBe(201);
    expect(benefitsFile.parse(again.body).payments).toHaveLength(1);
    const paid = await claimPayments(claimId);
    expect(paid).toEqual([expect.objectContaining({ id: file.payments[0].id, amountCents: 1_154_01, payeeName: 'Bakkerij Peeters BV', iban: employerIban, status: 'approved', costType: 'indemnity' })]);
  });

  test('an extension past a month pays the rest provisionally, to the employer (up to 1 October) and the victim; the detailed wage is asked', async () => {
    const file = benefitsFile.parse((await handler.post(benefitsUrl(claimId, 'certificates'), { kind: 'extension', from: '2026-09-15', to: '2026-10-20' }, withKey())).body);
    expect(file.periods).toEqual([expect.objectContaining({ from: '2026-09-01', to: '2026-10-20', days: 50, provisional: true, paid: true })]);
    // 49 days × €88.77 = €4,349.73: €2,574.33 to the employer (29 days), €1,775.40 to the victim (20 days); €1,154.01 was paid.
    expect(amounts(file, 'period')).toEqual([['employer', 1_154_01, false], ['victim', 1_775_40, true], ['employer', 1_420_32, true]]);
    expect(file).toMatchObject({ baseWages: { detailedNeeded: true }, nextStep: { code: 'await_detailed_wage' }, totals: { victimCents: 1_775_40, employerCents: 2_574_33 } });
  });

  test('the detailed wage of the year before corrects what was paid, to the victim and the employer, line by line', async () => {
    const key = randomUUID();
    const wage = { previousYearWagesCents: 37_200_00, holidayPayCents: 2_800_00, bonusesCents: 1_500_00 };
    const reply = await handler.post(benefitsUrl(claimId, 'detailed-wage'), wage, withKey(key));
    expect(reply.status).toBe(200);
    const file = benefitsFile.parse(reply.body);
    // €41,500 a year; for temporary incapacity without the holiday pay: €38,700, €106.03 a day, 90 %: €95.43 a day.
    expect(file.baseWages.detailed).toMatchObject({ kind: 'detailed', annualCents: 41_500_00, dailyCents: 113_70 });
    // Owed on it: €2,767.18 to the employer, €1,908.40 to the victim; paid: €2,574.33 and €1,775.40.
    expect(amounts(file, 'correction')).toEqual([['victim', 133_00, false], ['employer', 192_85, false]]);
    expect(paymentsOf(file, 'correction')[0].lines.length).toBeGreaterThanOrEqual(3);
    expect(file.periods[0].provisional).toBe(false);
    expect(paymentsOf(file, 'period').every((payment) => !payment.provisional)).toBe(true);
    expect(file.totals).toEqual({ victimCents: 1_775_40 + 133_00, employerCents: 2_574_33 + 192_85 });
    expect(file.nextStep.code).toBe('propose_agreement');
    // Asked again under its key: the same answer; under another key: the wage is known already.
    expect(benefitsFile.parse((await handler.post(benefitsUrl(claimId, 'detailed-wage'), wage, withKey(key))).body).payments).toHaveLength(file.payments.length);
    expect((await handler.post(benefitsUrl(claimId, 'detailed-wage'), wage, withKey())).status).toBe(409);
  });

  test('adapted work, a medical check and another employer: what each costs, only once', async () => {
    const payslipKey = randomUUID();
    const payslip = await handler.post(benefitsUrl(claimId, 'payslips'), { month: '2026-11', adaptedWageCents: 2_100_00 }, withKey(payslipKey));
    expect(payslip.status).toBe(201);
    expect(amounts(benefitsFile.parse(payslip.body), 'adapted_work')).toEqual([['victim', 900_00, false]]);
    expect((await handler.post(benefitsUrl(claimId, 'payslips'), { month: '2026-11', adaptedWageCents: 2_100_00 }, withKey(payslipKey))).status).toBe(201);
    expect((await handler.post(benefitsUrl(claimId, 'payslips'), { month: '2026-11', adaptedWageCents: 2_000_00 }, withKey())).status).toBe(409);

    const check = benefitsFile.parse((await handler.post(benefitsUrl(claimId, 'medical-checks'), { on: '2026-11-20', hoursLost: 2.5, hourlyWageCents: 20_00 }, withKey())).body);
    expect(amounts(check, 'medical_check')).toEqual([['victim', 50_00, false]]);
    expect(check.medicalChecks).toEqual([expect.objectContaining({ on: '2026-11-20', hoursLost: 2.5, amountCents: 50_00 })]);

    const other = benefitsFile.parse((await handler.post(benefitsUrl(claimId, 'other-employers'), { name: 'Horeca Claes' }, withKey())).body);
    expect(other.otherEmployers).toEqual([expect.objectContaining({ name: 'Horeca Claes', pays: 'sickness' })]);
    expect((await handler.post(benefitsUrl(claimId, 'other-employers'), { name: 'bakkerij peeters bv' }, withKey())).status).toBe(409);
  });

  test('hostile input is refused with a 4xx that names the problem', async () => {
    const bad = async (what: string, body: object, status: number, path?: string) => {
      const reply = await handler.post(benefitsUrl(claimId, what), body, withKey());
      expect([what, reply.status]).toEqual([what, status]);
      if (path) expect(reply.body.error.details.map((problem: { path: string }) => problem.path)).toContain(path);
      return reply;
    };
    await bad('certificates', { kind: 'incapacity', from: '2026-10-10', to: '2026-10-01' }, 422, 'to');
    await bad('certificates', { kind: 'incapacity', from: '2026-02-30', to: '2026-03-01' }, 422, 'from');
    await bad('certificates', { kind: 'incapacity', from: '2026-08-01', to: '2026-08-05' }, 422, 'from');
    await bad('certificates', { kind: 'return_to_work', from: '2026-10-21', to: '2026-10-22' }, 422, 'to');
    await bad('certificates', { kind: 'vacation', from: '2026-10-21', to: '2026-10-22' }, 422, 'kind');
    await bad('agreement', { consolidationDate: '2026-10-21', degreePercent: 101 }, 422, 'degreePercent');
    await bad('agreement', { consolidationDate: '2026-10-21', degreePercent: -1 }, 422, 'degreePercent');
    await bad('agreement', { consolidationDate: '2026-10-21', degreePercent: 12.345 }, 422, 'degreePercent');
    await bad('agreement', { consolidationDate: '2026-06-01', degreePercent: 12 }, 422, 'consolidationDate');
    await bad('medical-checks', { on: '2026-11-21', hoursLost: 30, hourlyWageCents: 20_00 }, 422, 'hoursLost');
    await bad('payslips', { month: '2026-13', adaptedWageCents: 1 }, 422, 'month');
    await bad('agreement/ratification', { ratifiedOn: today(), reference: 'X' }, 409);
    await bad('agreement/signature', { signedOn: today() }, 409);
    expect((await handler.post(benefitsUrl(claimId, 'certificates'), { kind: 'incapacity', from: '2026-10-21', to: '2026-10-22' })).status).toBe(428);
    expect((await an.post(benefitsUrl(claimId, 'certificates'), { kind: 'incapacity', from: '2026-10-21', to: '2026-10-22' }, withKey())).status).toBe(403);
    expect((await auditor.post(benefitsUrl(claimId, 'certificates'), { kind: 'incapacity', from: '2026-10-21', to: '2026-10-22' }, withKey())).status).toBe(403);

    const liability = await openLiabilityClaim(an, handler);
    await handler.expect(200, 'POST', `/api/backoffice/declarations/${liability}/decision`, { decision: 'accept' });
    const wrongType = await handler.post(benefitsUrl(liability), opening, withKey());
    expect([wrongType.status, wrongType.body.error.code]).toEqual([409, 'not_workplace_accident']);
    const inHandling = await workplaceClaim({ accept: false });
    const notAccepted = await handler.post(benefitsUrl(inHandling), opening, withKey());
    expect([notAccepted.status, notAccepted.body.error.code]).toEqual([409, 'claim_not_accepted']);
    expect((await handler.get(benefitsUrl(inHandling))).status).toBe(404);
    expect((await handler.post(benefitsUrl(randomUUID()), opening, withKey())).status).toBe(404);
    expect((await handler.post(benefitsUrl(inHandling), { ...opening, victimIban: 'BE00 0000 0000 0000' }, withKey())).status).toBe(422);
    expect((await handler.post(benefitsUrl(inHandling), { ...opening, workerStatus: 'manager' }, withKey())).status).toBe(422);

    // Another organisation's customer finds neither the claim nor its file.
    expect((await els.get(portalUrl(els, claimId))).status).toBe(404);
    expect((await els.get(`/api/organisations/${an.activeOrganisationId}/claims/${claimId}/benefits`)).status).toBe(404);
    expect((await els.post(portalUrl(els, claimId, 'agreement/accept'), {}, withKey())).status).toBe(404);
  });

  test('the agreement is proposed, the victim accepts it in the portal; Fedris is slow and the handler is reminded', async () => {
    const proposed = await handler.post(benefitsUrl(claimId, 'agreement'), { consolidationDate: '2026-10-21', degreePercent: 12 }, withKey());
    expect(proposed.status).toBe(201);
    const file = benefitsFile.parse(proposed.body);
    // 12 % of €41,500: €4,980 a year, €415 a month.
    expect(file).toMatchObject({
      stage: 'agreement_proposed', nextStep: { code: 'await_acceptance' },
      agreement: { kind: 'initial', consolidationDate: '2026-10-21', degreePercent: 12, yearlyCents: 4_980_00, monthlyCents: 415_00, acceptance: null, ratification: null },
    });
    expect((await handler.post(benefitsUrl(claimId, 'agreement'), { consolidationDate: '2026-10-21', degreePercent: 13 }, withKey())).status).toBe(409);

    const seen = customerBenefits.parse((await an.get(portalUrl(an, claimId))).body);
    expect(seen).toMatchObject({ victimName: 'Jan Claes', agreement: { degreePercent: 12, yearlyCents: 4_980_00 } });
    expect(seen).not.toHaveProperty('victim');
    expect((await jan.post(portalUrl(jan, claimId, 'agreement/accept'), {}, withKey())).status).toBe(403);
    const key = randomUUID();
    const accepted = await an.post(portalUrl(an, claimId, 'agreement/accept'), {}, withKey(key));
    expect(accepted.status).toBe(200);
    expect(customerBenefits.parse(accepted.body)).toMatchObject({
      stage: 'agreement_accepted', nextStep: { code: 'await_ratification' },
      agreement: { acceptance: { via: 'portal', by: { name: 'An Peeters' }, signedOn: today() } },
    });
    expect((await an.post(portalUrl(an, claimId, 'agreement/accept'), {}, withKey(key))).status).toBe(200);
    expect((await an.post(portalUrl(an, claimId, 'agreement/accept'), {}, withKey())).status).toBe(409);

    const reminded = await waitUntil(async () => {
      const current = await fileOf(claimId);
      return current.agreement!.remindersSent >= 1 ? current : null;
    }, 20_000);
    expect(reminded.stage).toBe('agreement_accepted');
    const handlerId = (handler.me as { user: { id: string } }).user.id;
    expect(await db('notifications').where({ declarationId: claimId, kind: 'benefits_ratification_slow', userId: handlerId })).not.toHaveLength(0);
    // The handler sees it in My work, with what words it (the claim, the day of the acceptance, which reminder).
    const { claimNumber } = await db('claims').where({ declarationId: claimId }).first('claimNumber');
    const work = (await handler.expect(200, 'GET', '/api/backoffice/my-work')) as { notifications: { kind: string; claimId: string; params: Record<string, unknown> }[] };
    expect(work.notifications).toContainEqual(expect.objectContaining({
      kind: 'benefits_ratification_slow', claimId, params: { claimNumber, acceptedOn: today(), reminder: 1 },
    }));
  });

  test('Fedris ratifies through the integration endpoint: arrears from consolidation, then the allowance every month', async () => {
    ratifiedOn = today();
    const { claimNumber } = await db('claims').where({ declarationId: claimId }).first('claimNumber');
    expect((await handler.post('/api/integrations/fedris/ratifications', { claimNumber: 'NOPE/0', ratifiedOn, reference: 'F-1' }, withKey())).status).toBe(404);
    expect((await handler.post('/api/integrations/fedris/ratifications', { claimNumber, ratifiedOn: '2026-10-01', reference: 'F-1' }, withKey())).status).toBe(422);
    const reply = await handler.post('/api/integrations/fedris/ratifications', { claimNumber, ratifiedOn, reference: 'FEDRIS-2026-0042' }, withKey());
    expect(reply.status).toBe(200);
    const file = benefitsFile.parse(reply.body);
    const days = daysBetween('2026-10-21', ratifiedOn) + 1;
    expect(amounts(file, 'arrears')).toEqual([['victim', Math.round((4_980_00 * days) / 365), false]]);
    expect(file).toMatchObject({
      stage: 'allowance', nextStep: { code: 'monthly_allowance' },
      agreement: { ratification: { via: 'fedris', ratifiedOn, reference: 'FEDRIS-2026-0042' } },
      revision: { deadline: addMonths(ratifiedOn, 36), ended: false },
      allowance: { kind: 'allowance', yearlyCents: 4_980_00, monthlyCents: 415_00, monthsPaid: 0 },
    });
    const monthly = await waitUntil(async () => {
      const current = await fileOf(claimId);
      return paymentsOf(current, 'allowance').length >= 1 ? current : null;
    }, 20_000);
    expect(paymentsOf(monthly, 'allowance')[0]).toMatchObject({ payee: 'victim', amountCents: 415_00, itemRef: 'm1' });
    expect(paymentsOf(monthly, 'allowance')[0].basis.text).toContain('1');
  });

  test('every benefit is an approved payment of the claim, by the system, that a SEPA batch takes like any other', async () => {
    const file = await fileOf(claimId);
    const paid = await claimPayments(claimId);
    for (const payment of file.payments) {
      expect(paid).toContainEqual(expect.objectContaining({ id: payment.id, amountCents: payment.amountCents, iban: payment.payee === 'victim' ? victimIban : employerIban }));
    }
    const rows = await db('payments').whereIn('id', file.payments.map((payment) => payment.id)).select('approvedByName', 'requestedById');
    expect(rows.every((row) => row.approvedByName === 'System' && row.requestedById === null)).toBe(true);
    const batch = await senior.post('/api/backoffice/payment-batches', {}, withKey());
    expect(batch.status).toBe(201);
    const batchedIds = batch.body.payments.map((payment: { id: string }) => payment.id);
    expect(batchedIds).toEqual(expect.arrayContaining(file.payments.map((payment) => payment.id)));
    expect((await fileOf(claimId)).payments.filter((payment) => batchedIds.includes(payment.id)).every((payment) => payment.status === 'sent')).toBe(true);
  });

  test('a revision within the revision period: a new agreement, signed on paper, ratified by the handler; the difference is paid', async () => {
    const request = { by: 'victim', reason: 'Verergering van de pols volgens Dr. Janssens', newDegreePercent: 15, consolidationDate: '2026-11-01' };
    const reply = await handler.post(benefitsUrl(claimId, 'revision-requests'), request, withKey());
    expect(reply.status).toBe(201);
    const file = benefitsFile.parse(reply.body);
    expect(file.revision.requests).toEqual([expect.objectContaining({ by: 'victim', newDegreePercent: 15, reason: request.reason })]);
    // 15 % of €41,500: €6,225 a year, €518.75 a month.
    expect(file.agreement).toMatchObject({ kind: 'revision', degreePercent: 15, yearlyCents: 6_225_00, monthlyCents: 518_75, acceptance: null });
    expect(file.agreements).toHaveLength(2);
    expect((await handler.post(benefitsUrl(claimId, 'revision-requests'), request, withKey())).status).toBe(409);

    await handler.expect(200, 'POST', benefitsUrl(claimId, 'agreement/signature'), { signedOn: today() }, withKey());
    const ratified = benefitsFile.parse(await handler.expect(200, 'POST', benefitsUrl(claimId, 'agreement/ratification'), { ratifiedOn: today(), reference: 'FEDRIS-2026-0042-R1' }, withKey()));
    const days = daysBetween('2026-11-01', today()) + 1;
    expect(amounts(ratified, 'arrears')).toEqual([
      ['victim', Math.round((4_980_00 * (daysBetween('2026-10-21', ratifiedOn) + 1)) / 365), false],
      ['victim', Math.round(((6_225_00 - 4_980_00) * days) / 365), false],
    ]);
    expect(ratified).toMatchObject({ stage: 'allowance', allowance: { kind: 'allowance', yearlyCents: 6_225_00, monthlyCents: 518_75 }, revision: { deadline: addMonths(ratifiedOn, 36) } });
  });

  test('the revision period ends: the final settlement up to its deadline, then the life annuity every month', async () => {
    const annuity = await waitUntil(async () => {
      const current = await fileOf(claimId);
      return paymentsOf(current, 'annuity').length >= 1 ? current : null;
    }, 60_000);
    expect(annuity).toMatchObject({ stage: 'life_annuity', nextStep: { code: 'life_annuity' }, revision: { ended: true }, allowance: { kind: 'life_annuity', yearlyCents: 6_225_00, monthlyCents: 518_75 } });
    const months = paymentsOf(annuity, 'allowance').length;
    expect(months).toBeGreaterThanOrEqual(2);
    // What the months paid did not cover, from the day after the last one up to the deadline, at the revised rate.
    const from = addDays(addMonths(ratifiedOn, months), 1);
    const deadline = addMonths(ratifiedOn, 36);
    expect(amounts(annuity, 'final_settlement')).toEqual([['victim', Math.round((6_225_00 * (daysBetween(from, deadline) + 1)) / 365), false]]);
    expect(paymentsOf(annuity, 'annuity')[0]).toMatchObject({ amountCents: 518_75, itemRef: 'm1' });
    expect((await handler.post(benefitsUrl(claimId, 'revision-requests'), { by: 'insurer', reason: 'Te laat', newDegreePercent: 10, consolidationDate: '2026-11-01' }, withKey())).status).toBe(409);
  }, 90_000);

  test('the letters went to the victim and the employer at each step; the changes are in the audit log; reads are recorded', async () => {
    const letters = await db('claimDocuments').where({ declarationId: claimId }).whereLike('kind', 'benefit_%').select('kind', 'recipient');
    const kinds = new Set(letters.map((letter) => letter.kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining([
      'benefit_agreement_proposed', 'benefit_agreement_ratified', 'benefit_annuity_started', 'benefit_correction', 'benefit_final_settlement', 'benefit_period_paid', 'benefit_revision_requested',
    ]));
    expect(letters.filter((letter) => letter.kind === 'benefit_correction').map((letter) => letter.recipient).sort()).toEqual(['employer', 'victim']);
    const actions = (await db('auditLog').where({ subjectId: claimId }).whereLike('action', 'benefits_%').select('action')).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining([
      'benefits_opened', 'benefits_certificate_recorded', 'benefits_detailed_wage_recorded', 'benefits_agreement_proposed', 'benefits_agreement_accepted',
      'benefits_agreement_ratified', 'benefits_allowance_paid', 'benefits_revision_requested', 'benefits_revision_period_ended', 'benefits_annuity_paid', 'benefits_ratification_reminder',
    ]));
    expect((await auditor.get(benefitsUrl(claimId))).status).toBe(200);
    const reads = await db('auditLog').where({ action: 'read', subjectId: claimId }).whereRaw("details->>'what' = 'claim_benefits'");
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  test('after a benefit year the file continues as new with its state: the annuity goes on, month after month, each paid once', async () => {
    const runs = async () => {
      const found: string[] = [];
      for await (const run of temporal.workflow.list({ query: `WorkflowId = '${benefitsWorkflowId(claimId)}'` })) found.push(run.status.name);
      return found;
    };
    const statuses = await waitUntil(async () => {
      const found = await runs();
      return found.includes('CONTINUED_AS_NEW') ? found : null;
    }, 80_000);
    expect(statuses).toContain('RUNNING');
    const before = paymentsOf(await fileOf(claimId), 'annuity').length;
    const after = await waitUntil(async () => {
      const current = await fileOf(claimId);
      return paymentsOf(current, 'annuity').length > before ? current : null;
    }, 20_000);
    const annuities = paymentsOf(after, 'annuity');
    expect(annuities.map((payment) => payment.itemRef)).toEqual(annuities.map((_, index) => `m${index + 1}`));
    const claimIds = (await claimPayments(claimId)).map((payment) => payment.id);
    expect(new Set(claimIds).size).toBe(claimIds.length);
    expect(after.payments.every((payment) => claimIds.includes(payment.id))).toBe(true);
  }, 120_000);

  test("the victim's death ends the life annuity: nothing is paid after it, the file is ended and its process completed", async () => {
    const died = async (body: object, status: number, key = randomUUID()) => {
      const reply = await handler.post(benefitsUrl(claimId, 'death'), body, withKey(key));
      expect([JSON.stringify(body), reply.status]).toEqual([JSON.stringify(body), status]);
      return reply;
    };
    expect((await died({ diedOn: '2026-08-31' }, 422)).body.error.details.map((problem: { path: string }) => problem.path)).toContain('diedOn');
    expect((await died({ diedOn: addDays(today(), 1) }, 422)).body.error.details.map((problem: { path: string }) => problem.path)).toContain('diedOn');
    await died({ diedOn: '2026-11-31' }, 422);
    await died({}, 422);
    expect((await handler.post(benefitsUrl(claimId, 'death'), { diedOn: today() })).status).toBe(428);
    expect((await auditor.post(benefitsUrl(claimId, 'death'), { diedOn: today() }, withKey())).status).toBe(403);
    expect((await an.post(benefitsUrl(claimId, 'death'), { diedOn: today() }, withKey())).status).toBe(403);

    const key = randomUUID();
    const file = benefitsFile.parse((await died({ diedOn: today() }, 200, key)).body);
    const annuityMonths = paymentsOf(file, 'annuity').length;
    // The test's benefit months run ahead of the calendar: the annuity's terms (from the revision deadline, three years on)
    // all begin after today's death, so none was owed and every one paid is to be recovered.
    expect(file).toMatchObject({
      stage: 'ended', nextStep: { code: 'ended', dueAt: null },
      death: { diedOn: today(), recordedBy: expect.objectContaining({ role: 'handler' }), monthsOwed: 0, monthsPaidAfter: annuityMonths },
      allowance: { kind: 'life_annuity', monthsPaid: annuityMonths, nextDueAt: null },
    });
    expect(file.nextStep.text).toMatch(/Survivors’ benefits .* not handled/);
    const paidAtDeath = (await claimPayments(claimId)).length;

    // The same request again answers the same file; any other request is refused: the file has ended.
    expect(benefitsFile.parse((await died({ diedOn: today() }, 200, key)).body).death).toEqual(file.death);
    expect((await died({ diedOn: today() }, 409)).body.error.code).toBe('benefits_ended');
    const certificate = await handler.post(benefitsUrl(claimId, 'certificates'), { kind: 'relapse', from: today(), to: today() }, withKey());
    expect([certificate.status, certificate.body.error.code]).toEqual([409, 'benefits_ended']);

    const completed = await waitUntil(async () => {
      const { status } = await temporal.workflow.getHandle(benefitsWorkflowId(claimId)).describe();
      return status.name === 'COMPLETED' ? status.name : null;
    }, 20_000);
    expect(completed).toBe('COMPLETED');
    // Two benefit months (5 s each) and more: no payment of the file, nor of the claim, after the death.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const later = await fileOf(claimId);
    expect(later.payments).toHaveLength(file.payments.length);
    expect(await claimPayments(claimId)).toHaveLength(paidAtDeath);
    const actions = (await db('auditLog').where({ subjectId: claimId, action: 'benefits_death_recorded' }).select('details')).map((row) => row.details);
    expect(actions).toEqual([expect.objectContaining({ diedOn: today(), monthsOwed: 0, monthsPaidAfter: annuityMonths })]);
  }, 60_000);
});
