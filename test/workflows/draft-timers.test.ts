import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { startDeclaration } from '../../workflows/declaration/client';
import { declarationWorkflowId, DeclarationTiming, withdrawUpdate } from '../../workflows/declaration/definitions';
import type { declarationWorkflow } from '../../workflows';
import { testDatabase } from '../support/database';
import { existingServer } from '../support/temporal';

/** Durations are configurable, so the legal waits of production become seconds here. */
const quick: DeclarationTiming = { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds' };

let environment: TestWorkflowEnvironment;
let client: Client;
let db: Knex;
let customer: { userId: string; name: string; role: 'customer' };
let organisationId: string;

beforeAll(async () => {
  // The system's own dev server and worker: these are the real timers, only shorter.
  environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  client = environment.client;
  db = testDatabase();
  const an = await db('users').where({ email: 'an.peeters@bakkerij-peeters.example' }).first();
  customer = { userId: an.id, name: an.fullName, role: 'customer' };
  organisationId = (await db('organisations').where({ name: 'Bakkerij Peeters BV' }).first()).id;
});
afterAll(async () => {
  await db.destroy();
  await environment.teardown();
});

async function draftWithQuickTimers() {
  const declarationId = randomUUID();
  await startDeclaration(client, 'claims', { declarationId, organisationId, policyId: null, type: 'fire', createdBy: customer, timing: quick },
    { actor: customer, data: {}, step: 1, version: 0 });
  return declarationId;
}

test('an untouched draft is reminded once and then expires', async () => {
  const declarationId = await draftWithQuickTimers();
  const result = await client.workflow.getHandle<typeof declarationWorkflow>(declarationWorkflowId(declarationId)).result();
  expect(result.status).toBe('expired');
  expect(result.actions.map((entry) => `${entry.action}:${entry.by.role}`)).toEqual(['created:customer', 'draft_reminder_sent:system', 'expired:system']);
  const reminders = await db('notifications').where({ declarationId, kind: 'draft_reminder' });
  expect(reminders).toHaveLength(1);
  expect(reminders[0].userId).toBe(customer.userId);
  expect(await db('declarations').where({ id: declarationId }).first('status')).toEqual({ status: 'expired' });
});

test('a withdrawn declaration that is not reopened in time is closed', async () => {
  const declarationId = await draftWithQuickTimers();
  const handle = client.workflow.getHandle<typeof declarationWorkflow>(declarationWorkflowId(declarationId));
  await handle.executeUpdate(withdrawUpdate, { args: [{ actor: customer }] });
  const result = await handle.result();
  expect(result.status).toBe('withdrawn');
  expect(result.actions.map((entry) => entry.action)).toEqual(['created', 'withdrawn', 'closed']);
  expect(await db('notifications').where({ declarationId })).toHaveLength(0);
});
