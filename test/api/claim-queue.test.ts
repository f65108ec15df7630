import type { Knex } from 'knex';
import { declarationTypes, productLineOf } from '../../domain/declaration-types';
import { declarationUrl, demo, fixture, Session } from '../support/api';
import { claimUrl, policyOf, waitUntil } from '../support/claims';
import { testDatabase } from '../support/database';

/**
 * The back office's queue reads its own table, `claim_queue`, which triggers keep in the transaction of every write to
 * declarations, claims and deadlines (db/migrations/20261203000000_claim-queue.ts): the queue follows the claim.
 */
let an: Session;
let handler: Session;
let second: Session;
let senior: Session;
let db: Knex;

beforeAll(async () => {
  [an, handler, second, senior] = await Promise.all([demo.an, demo.handler, 'second.handler@insurer.example', demo.senior].map((email) => Session.login(email)));
  db = testDatabase();
});
afterAll(() => db.destroy());

interface QueueItem { id: string; status: string; claimNumber: string | null; productLine: string; nextDeadline: { code: string; dueOn: string } | null; coverageStatus: string | null }
/** The claim as the handler's queue lists it under a query (undefined: not in the queue). Newest first, so it is on the first page. */
const queued = async (claimId: string, query = ''): Promise<QueueItem | undefined> =>
  (await handler.get(`/api/backoffice/claims?sort=submittedAt:desc&pageSize=200${query}`)).body.items.find((item: QueueItem) => item.id === claimId);
/** The summary row equals a row recomputed from the projection (claim_queue_rows: what a queue row is). */
const summaryFollows = async (claimId: string) => {
  const [summary, recomputed] = await Promise.all([
    db('claimQueue').where({ declarationId: claimId }).first(),
    db('claimQueueRows').where({ declarationId: claimId }).first(),
  ]);
  expect(summary).toEqual(recomputed);
};
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

test('a declaration enters the queue on submit; its opening, cover, handler and deadlines show in it; it leaves at closing and comes back on reopening', async () => {
  const created = await an.post(`/api/organisations/${an.activeOrganisationId}/declarations`, { type: 'liability', data: fixture('liability').data, policyId: await policyOf(an, 'liability') });
  const claimId: string = created.body.id;
  expect(await queued(claimId)).toBeUndefined(); // a draft is the customer's own
  await an.expect(200, 'POST', declarationUrl(an, claimId, 'submit'));
  expect(await queued(claimId, '&assignee=unassigned&status=submitted&productLine=liability')).toMatchObject({ status: 'submitted', claimNumber: null, nextDeadline: null, coverageStatus: null });
  await summaryFollows(claimId);

  await handler.expect(200, 'POST', `/api/backoffice/declarations/${claimId}/start-handling`, {});
  const opened = await waitUntil(async () => {
    const item = await queued(claimId, '&assignee=me&status=in_handling');
    return item?.nextDeadline && item.coverageStatus ? item : undefined;
  });
  expect(opened).toMatchObject({ claimNumber: expect.stringMatching(/^\d{4}\/BA\/\d+$/), coverageStatus: 'verified', nextDeadline: { code: 'reasoned_answer', dueOn: expect.any(String) } });
  expect(await queued(claimId, '&coverage=verified')).toBeDefined();
  expect(await queued(claimId, `&deadlineBefore=${opened.nextDeadline!.dueOn}`)).toBeDefined();
  await summaryFollows(claimId);

  // A reminder today: its answer, due in about two weeks, comes before the reasoned answer due in three months.
  await handler.expect(200, 'POST', claimUrl(claimId, 'deadlines/reminder'), { sentOn: today() });
  const reminded = await waitUntil(async () => {
    const item = await queued(claimId);
    return item?.nextDeadline?.code === 'reminder_answer' ? item : undefined;
  });
  expect(reminded.nextDeadline!.dueOn < opened.nextDeadline!.dueOn).toBe(true);
  await summaryFollows(claimId);

  await senior.expect(200, 'POST', claimUrl(claimId, 'assign'), { handlerId: second.me.user.id });
  expect(await queued(claimId, `&assignee=${second.me.user.id}`)).toBeDefined();
  expect(await queued(claimId, '&assignee=me')).toBeUndefined();
  await summaryFollows(claimId);

  await second.expect(200, 'POST', claimUrl(claimId, 'close'), { outcome: 'withdrawn', reason: 'De klant trekt de aangifte in' });
  expect(await queued(claimId)).toBeUndefined();
  expect(await db('claimQueue').where({ declarationId: claimId }).first()).toBeUndefined();

  await second.expect(200, 'POST', claimUrl(claimId, 'reopen'), { reason: 'Nieuwe factuur van de tegenpartij' });
  expect(await queued(claimId, `&assignee=${second.me.user.id}`)).toMatchObject({ claimNumber: opened.claimNumber });
  await summaryFollows(claimId);
});

test("the queue's product line of every declaration type is the domain's", async () => {
  const { rows } = await db.raw('select t as type, declaration_product_line(t) as product_line from unnest(?::text[]) t', [[...declarationTypes]]);
  expect(Object.fromEntries(rows.map((row: { type: string; product_line: string }) => [row.type, row.product_line]))).toEqual(productLineOf);
});
