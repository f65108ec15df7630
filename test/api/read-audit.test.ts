import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { hashPassword } from '../../db/passwords';
import { createDeclaration, declarationUrl, demo, Session } from '../support/api';
import { testDatabase } from '../support/database';

/**
 * Every read of a claim file, a declaration, a document or an export is in the append-only audit log (issue
 * 9), so the auditor can answer "who saw this claim" and "what did this person see".
 */
let an: Session;
let jan: Session;
let handler: Session;
let auditor: Session;
let db: Knex;
let claimId: string;
let startedAt: string;

const userIdOf = (session: Session): string => session.me.user.id;

beforeAll(async () => {
  [an, jan, handler, auditor] = await Promise.all([demo.an, demo.jan, demo.handler, demo.auditor].map((email) => Session.login(email)));
  db = testDatabase();
  const declaration = await createDeclaration(an, 'fire');
  await an.expect(200, 'POST', declarationUrl(an, declaration.id, 'submit'));
  claimId = declaration.id;
  startedAt = new Date(Date.now() - 1000).toISOString();

  const claimUrl = `/api/organisations/${an.activeOrganisationId}/claims/${claimId}`;
  await an.expect(200, 'GET', claimUrl);
  expect((await an.fetch('GET', `${claimUrl}/summary.pdf`)).status).toBe(200);
  expect((await an.fetch('GET', `/api/organisations/${an.activeOrganisationId}/claims?format=csv`)).status).toBe(200);
  await jan.expect(200, 'GET', `/api/organisations/${jan.activeOrganisationId}/claims?pageSize=200`);
  await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}`);
  for (const panel of ['reserves', 'payments', 'payment-schedules', 'recoveries']) await handler.expect(200, 'GET', `/api/backoffice/claims/${claimId}/${panel}`);
  await auditor.expect(200, 'GET', `/api/audit/workflows/declaration-${claimId}/timeline`);
});
afterAll(() => db.destroy());

test('who saw this claim: every reader, what they read and when', async () => {
  const answer = await auditor.expect(200, 'GET', `/api/audit/claims/${claimId}/readers?pageSize=200`);
  const seen = answer.items.map((entry: { actor: { name: string }; details: { what: string } }) => `${entry.actor.name}: ${entry.details.what}`);
  expect(seen).toEqual(expect.arrayContaining([
    'An Peeters: claim_detail', 'An Peeters: summary_pdf', 'An Peeters: claims_csv', 'Jan Claes: claim_list', 'Hanne De Smet: claim_file', 'Lotte Jacobs: workflow_timeline',
    'Hanne De Smet: claim_reserves', 'Hanne De Smet: claim_payments', 'Hanne De Smet: claim_payment_schedules', 'Hanne De Smet: claim_recoveries',
  ]));
  for (const entry of answer.items) {
    expect(entry.action).toBe('read');
    expect(entry.at >= startedAt && entry.at <= new Date().toISOString()).toBe(true);
  }
  expect(answer.readers.map((reader: { actor: { id: string } }) => reader.actor.id))
    .toEqual(expect.arrayContaining([userIdOf(an), userIdOf(jan), userIdOf(handler), userIdOf(auditor)]));
  expect(answer.readers.find((reader: { actor: { id: string } }) => reader.actor.id === userIdOf(an)).reads).toBeGreaterThanOrEqual(3);
});

test('what did this person see: Jan read the list that showed the claim', async () => {
  const answer = await auditor.expect(200, 'GET', `/api/audit/users/${userIdOf(jan)}/reads?from=${encodeURIComponent(startedAt)}`);
  const list = answer.items.find((entry: { details: { what: string } }) => entry.details.what === 'claim_list');
  expect(list).toMatchObject({ actor: { id: userIdOf(jan), name: 'Jan Claes' }, subject: { type: 'claim_list', id: jan.activeOrganisationId } });
  expect(list.details.declarationIds).toContain(claimId);
  expect(answer.items.every((entry: { actor: { id: string } }) => entry.actor.id === userIdOf(jan))).toBe(true);

  const log = await auditor.expect(200, 'GET', `/api/audit/log?action=read&actorId=${userIdOf(an)}&subjectId=${claimId}`);
  expect(log.items.map((entry: { details: { what: string } }) => entry.details.what)).toEqual(expect.arrayContaining(['claim_detail', 'summary_pdf']));
});

test('the reads are in the append-only log: they cannot be changed afterwards', async () => {
  await expect(db('auditLog').where({ action: 'read', actorId: userIdOf(jan) }).update({ actorName: 'nobody' })).rejects.toThrow(/append-only/);
});

test('customers and handlers cannot ask who read what', async () => {
  expect((await handler.get(`/api/audit/claims/${claimId}/readers`)).status).toBe(403);
  expect((await an.get(`/api/audit/users/${userIdOf(an)}/reads`)).status).toBe(403);
});

test('a read that cannot be recorded is not served', async () => {
  // A user of their own, so that the refusal below touches no one else's reads.
  const email = `reader.${randomUUID().slice(0, 8)}@bakkerij-peeters.example`;
  const [user] = await db('users').insert({ email, fullName: 'Unrecorded Reader', passwordHash: await hashPassword('demo'), role: 'customer' }).returning('id');
  await db('organisationAccess').insert({ userId: user.id, organisationId: an.activeOrganisationId, accessLevel: 'full' });
  const reader = await Session.login(email);
  const trigger = `refuse_reads_${user.id.replace(/-/g, '')}`;
  await db.raw(`create function ${trigger}() returns trigger language plpgsql as $$
    begin if new.actor_id = '${user.id}' and new.action = 'read' then raise exception 'audit store unavailable'; end if; return new; end $$`);
  await db.raw(`create trigger ${trigger} before insert on audit_log for each row execute function ${trigger}()`);
  try {
    const claimUrl = `/api/organisations/${reader.activeOrganisationId}/claims/${claimId}`;
    for (const url of [claimUrl, `${claimUrl}/summary.pdf`, `/api/organisations/${reader.activeOrganisationId}/claims?format=csv`]) {
      const reply = await reader.get(url);
      expect(reply.status).toBe(503);
      expect(reply.body.error.code).toBe('read_not_audited');
    }
  } finally {
    await db.raw(`drop trigger ${trigger} on audit_log`);
    await db.raw(`drop function ${trigger}()`);
  }
  await reader.expect(200, 'GET', `/api/organisations/${reader.activeOrganisationId}/claims/${claimId}`);
  // Gone with the test: the organisation's user agreement, which other tests read, lists only the demo users.
  await db('organisationAccess').where({ userId: user.id }).delete();
});
