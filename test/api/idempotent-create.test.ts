import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { demo, fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';

let db: Knex;
let an: Session;
beforeAll(async () => {
  db = testDatabase();
  an = await Session.login(demo.an);
});
afterAll(() => db.destroy());

const create = (key: string, description = 'Waterschade bij de buren') =>
  an.post(`/api/organisations/${an.activeOrganisationId}/declarations`,
    { type: 'liability', data: { ...fixture('liability').data, event: { ...fixture('liability').data.event, description } } },
    { 'Idempotency-Key': key });

const draftsWithDescription = async (description: string) =>
  (await db('declarations').where({ organisationId: an.activeOrganisationId, createdBy: an.me.user.id }))
    .filter((row) => row.data?.event?.description === description);

test('a create retried with the same Idempotency-Key gives the same declaration, never a second draft', async () => {
  const key = randomUUID();
  const description = `Eén aangifte ${key}`;
  const first = await create(key, description);
  expect(first.status).toBe(201);
  const retried = await create(key, description);
  expect([200, 201]).toContain(retried.status);
  expect(retried.body.id).toBe(first.body.id);
  // Retries sent together (a client that timed out and tried again twice) still make one.
  const together = await Promise.all([create(key, description), create(key, description)]);
  expect(together.map((reply) => reply.body.id)).toEqual([first.body.id, first.body.id]);
  expect(await draftsWithDescription(description)).toHaveLength(1);
});

test('a create retried after the declaration changed answers with that declaration as it is now', async () => {
  const key = randomUUID();
  const first = await create(key);
  const url = `/api/organisations/${an.activeOrganisationId}/declarations/${first.body.id}`;
  expect((await an.put(`${url}/draft`, { data: fixture('liability').data, step: 3, version: 1 })).status).toBe(200);
  expect((await an.post(`${url}/withdraw`, {})).status).toBe(200);
  const retried = await create(key);
  expect([200, 201]).toContain(retried.status);
  expect(retried.body).toMatchObject({ id: first.body.id, status: 'withdrawn', version: 3 });
});

test('another key is another declaration, and so is the same key of another user', async () => {
  const key = randomUUID();
  const first = await create(key);
  const other = await create(randomUUID());
  expect(other.body.id).not.toBe(first.body.id);
  const sofie = await Session.login(demo.sofie); // a colleague at the same organisation
  const hers = await sofie.post(`/api/organisations/${sofie.activeOrganisationId}/declarations`, { type: 'liability', data: {} }, { 'Idempotency-Key': key });
  expect(hers.status).toBe(201);
  expect(hers.body.id).not.toBe(first.body.id);
});
