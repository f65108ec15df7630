import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Knex } from 'knex';
import { withClassifiedFailures } from '../../activities/failures';
import { projectionActivities } from '../../activities/projection';
import { reminderActivities } from '../../activities/reminders';
import { startDeclaration } from '../../workflows/declaration/client';
import type { AttachmentRef } from '../../domain/attachments';
import type { Actor, DeclarationSnapshot } from '../../domain/declaration';
import { missingMandatoryDocuments } from '../../domain/required-documents';
import type {
  claimMessageWorkflow, declarationWorkflow, hospitalisationChangeWorkflow, paymentApprovalWorkflow, paymentScheduleWorkflow,
} from '../../workflows';
import { paymentApprovalWorkflowId } from '../../workflows/payment-approval/definitions';
import { paymentScheduleWorkflowId } from '../../workflows/payment-schedule/definitions';
import type { claimWorkflow } from '../../workflows/claim/workflow';
import { claimQuery, claimWorkflowId, decideClaimUpdate } from '../../workflows/claim/definitions';
import {
  addAttachmentsUpdate, declarationQuery, declarationWorkflowId, DeclarationInput, DeclarationTiming, HistoryLimits, MAX_DRAFT_DATA_CHARACTERS, saveDraftUpdate, submitUpdate,
} from '../../workflows/declaration/definitions';
import { messageQuery, messageWorkflowId, replyUpdate } from '../../workflows/claim-message/definitions';
import { changeQuery, changeWorkflowId, saveChangeUpdate } from '../../workflows/hospitalisation-change/definitions';
import { createDeclaration, declarationUrl, demo, fixture, Session } from '../support/api';
import { testDatabase } from '../support/database';
import { eventually } from '../support/eventually';
import { existingServer } from '../support/temporal';

let environment: TestWorkflowEnvironment;
let client: Client;
let db: Knex;
let customer: Actor;
let organisationId: string;

beforeAll(async () => {
  environment = await TestWorkflowEnvironment.createFromExistingServer(existingServer());
  client = environment.client;
  db = testDatabase();
  const an = await db('users').where({ email: demo.an }).first();
  customer = { userId: an.id, name: an.fullName, role: 'customer' };
  organisationId = (await db('organisations').where({ name: 'Bakkerij Peeters BV' }).first()).id;
});
afterAll(async () => {
  await db.destroy();
  await environment.teardown();
});

const days: DeclarationTiming = { draftReminderAfter: '14 days', draftExpiresAfter: '90 days' };

/** A declaration of An Peeters, created as the API does, with its first save; limits decide when it continues as new. */
async function declaration(type: 'liability' | 'fire', limits?: Partial<HistoryLimits>, timing = days) {
  const declarationId = randomUUID();
  const input: DeclarationInput = { declarationId, organisationId, policyId: null, type, createdBy: customer, timing, ...(limits ? { limits } : {}) };
  await startDeclaration(client, 'claims', input, { actor: customer, data: fixture(type).data, step: 1, version: 0 });
  return { declarationId, handle: client.workflow.getHandle<typeof declarationWorkflow>(declarationWorkflowId(declarationId)) };
}

const attachment = (fileName: string, kind = 'other'): AttachmentRef => ({ id: randomUUID(), kind: kind as AttachmentRef['kind'], fileName, contentType: 'application/pdf', sizeBytes: 10 });

/** The failure a refused update carries to its caller. */
async function refusalOf(update: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await update.then(() => { throw new Error('the update was accepted'); }, (failure) => failure);
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  expect((error as WorkflowUpdateFailedError).cause).toBeInstanceOf(ApplicationFailure);
  return (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
}

describe('data the database refuses', () => {
  test('the projection refuses a NUL for good: a non-retryable bad_data failure naming the problem', async () => {
    const { projectDeclaration } = withClassifiedFailures(projectionActivities(db));
    const { declarationId, handle } = await declaration('liability');
    const snapshot: DeclarationSnapshot = await handle.query(declarationQuery);
    const failure = await projectDeclaration({ ...snapshot, revision: snapshot.revision + 1, data: { event: { description: 'a\u0000b' } } })
      .then(() => null, (error) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'bad_data', nonRetryable: true, details: [{ sqlState: '22P05' }] });
    expect(failure.message).toMatch(/unsupported Unicode escape sequence/);
    expect(await db('declarations').where({ id: declarationId }).first('version', 'revision')).toEqual({ version: 1, revision: 1 });
  });

  test('a draft reminder for a declaration that was never stored is refused for good, not retried', async () => {
    const { sendDraftReminder } = withClassifiedFailures(reminderActivities(db));
    const failure = await sendDraftReminder({ declarationId: randomUUID(), userId: customer.userId, touchedAt: 1 }).then(() => null, (error) => error);
    expect(failure).toMatchObject({ type: 'bad_data', nonRetryable: true, details: [{ sqlState: '23503' }] });
  });

  test('a NUL or a lone surrogate that reaches the workflow is refused with the reason, and the declaration stays saveable at the same version', async () => {
    const { declarationId, handle } = await declaration('liability');
    for (const fileName of ['scan\u0000.pdf', 'scan\ud800.pdf']) {
      const refusal = await refusalOf(handle.executeUpdate(addAttachmentsUpdate, { args: [{ actor: customer, attachments: [attachment(fileName)] }] }));
      expect(refusal.type).toBe('unstorable_data');
      // PostgreSQL refuses both in JSON (class 22, a data exception); the caller reads our phrase and the SQLSTATE.
      expect(refusal.details).toEqual([{ phrase: { key: 'declaration.refusal.unstorable' }, data: { sqlState: expect.stringMatching(/^22/) } }]);
    }
    const state: DeclarationSnapshot = await handle.query(declarationQuery);
    expect({ version: state.version, revision: state.revision, attachments: state.attachments, actions: state.actions.map((a) => a.action) })
      .toEqual({ version: 1, revision: 1, attachments: [], actions: ['created'] });

    // The customer goes on as if nothing happened: the next save at version 1 is accepted and stored.
    const an = await Session.login(demo.an);
    const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: 'Na de geweigerde bijlage' } };
    const saved = await an.put(declarationUrl(an, declarationId, 'draft'), { data, step: 2, version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const row = await db('declarations').where({ id: declarationId }).first();
    expect({ version: row.version, revision: row.revision, description: row.data.event.description }).toEqual({ version: 2, revision: 2, description: 'Na de geweigerde bijlage' });
  });

  test('a refused save answers the HTTP caller with a 4xx naming the problem, never a frozen request', async () => {
    const { declarationId } = await declaration('liability');
    const an = await Session.login(demo.an);
    const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: 'brand\u0000' } };
    const reply = await an.put(declarationUrl(an, declarationId, 'draft'), { data, step: 2, version: 1 });
    expect(reply.status).toBe(422); // refused at the door (validation) or by the workflow (unstorable_data): either way named
    expect(JSON.stringify(reply.body.error)).toMatch(/description|Unicode/);
    const again = await an.put(declarationUrl(an, declarationId, 'draft'), { data: fixture('liability').data, step: 2, version: 1 });
    expect(again.status).toBe(200);
  });
});

describe('the other processes refuse what the database refuses, and keep their state', () => {
  test("a handler's answer with a NUL is refused with the reason; the message still awaits its answer, and a proper one is stored", async () => {
    const an = await Session.login(demo.an);
    const fire = await createDeclaration(an, 'fire');
    const claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
    const form = new FormData();
    form.append('body', 'Wanneer komt de expert?');
    const sent = (await an.request('POST', `/api/organisations/${an.activeOrganisationId}/claims/${claim.id}/messages`, form)).body;
    const handlerRow = await db('users').where({ id: claim.handler.id }).first();
    const handler: Actor = { userId: handlerRow.id, name: handlerRow.fullName, role: 'handler' };
    const handle = client.workflow.getHandle(messageWorkflowId(sent.id));

    const refusal = await refusalOf(handle.executeUpdate(replyUpdate, { args: [{ actor: handler, body: 'Dinsdag\u0000' }] }));
    expect(refusal.type).toBe('unstorable_data');
    expect(await handle.query(messageQuery)).toMatchObject({ status: 'sent', reply: null, revision: 1 });
    const answered = await handle.executeUpdate(replyUpdate, { args: [{ actor: handler, body: 'Dinsdag om 10 uur.' }] });
    expect(answered).toMatchObject({ status: 'answered', revision: 2 });
    expect(await db('messages').where({ id: sent.id }).first('status')).toEqual({ status: 'answered' });
  });

  test("a handler's refusal whose reason the database refuses is itself refused; the claim stays in handling and can still be decided", async () => {
    const an = await Session.login(demo.an);
    const fire = await createDeclaration(an, 'fire');
    const claim = (await an.post(declarationUrl(an, fire.id, 'submit'))).body;
    const handlerRow = await db('users').where({ id: claim.handler.id }).first();
    const handler: Actor = { userId: handlerRow.id, name: handlerRow.fullName, role: 'handler' };
    // From the opening on, the claim's own process decides.
    const handle = client.workflow.getHandle<typeof claimWorkflow>(claimWorkflowId(fire.id));

    const refusal = await refusalOf(handle.executeUpdate(decideClaimUpdate, { args: [{ actor: handler, decision: 'refuse', reason: 'Niet gedekt\u0000' }] }));
    expect(refusal.type).toBe('unstorable_data');
    expect(await handle.query(claimQuery)).toMatchObject({ status: 'in_handling', decision: null });
    expect((await handle.describe()).status.name).toBe('RUNNING');
    const accepted = await handle.executeUpdate(decideClaimUpdate, { args: [{ actor: handler, decision: 'accept' }] });
    expect(accepted.status).toBe('accepted');
    expect(await db('declarations').where({ id: fire.id }).first('status')).toEqual({ status: 'accepted' });
  });

  test('a change to the hospitalisation register with a date the database refuses is refused, and saves again at the same version', async () => {
    const jan = await Session.login(demo.jan);
    const created = (await jan.post(`/api/organisations/${jan.activeOrganisationId}/hospitalisation/changes`, { kind: 'remove_family_member', data: {} })).body;
    const janRow = await db('users').where({ email: demo.jan }).first();
    const requester: Actor = { userId: janRow.id, name: janRow.fullName, role: 'customer' };
    const handle = client.workflow.getHandle(changeWorkflowId(created.id));

    const refusal = await refusalOf(handle.executeUpdate(saveChangeUpdate, { args: [{ actor: requester, data: {}, effectiveDate: '2026-13-45', version: 1 }] }));
    expect(refusal.type).toBe('unstorable_data');
    expect(await handle.query(changeQuery)).toMatchObject({ version: 1, revision: 1, effectiveDate: null });
    const saved = await handle.executeUpdate(saveChangeUpdate, { args: [{ actor: requester, data: {}, effectiveDate: '2026-12-01', version: 1 }] });
    expect(saved).toMatchObject({ version: 2, effectiveDate: '2026-12-01' });
  });
});

describe('a bounded history', () => {
  test(`one save carries at most ${MAX_DRAFT_DATA_CHARACTERS} characters of data, refused on the field "data"`, async () => {
    const { handle } = await declaration('liability');
    const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: 'x'.repeat(MAX_DRAFT_DATA_CHARACTERS) } };
    const refusal = await refusalOf(handle.executeUpdate(saveDraftUpdate, { args: [{ actor: customer, data, step: 2, version: 1 }] }));
    expect(refusal.type).toBe('validation_failed');
    expect(refusal.details?.[0]).toEqual({
      phrase: { key: 'declaration.refusal.tooLarge' },
      problems: [{ path: 'data', code: 'declaration.problem.draftSize', params: { count: MAX_DRAFT_DATA_CHARACTERS } }],
    });
    expect((await handle.query(declarationQuery)).version).toBe(1);
  });

  test('past its history limit a declaration continues as new and goes on: saves, attachments across the hand-overs, submit, projection and audit', async () => {
    const { declarationId, handle } = await declaration('liability', { historyEvents: 40 });
    const firstRunId = (await handle.describe()).runId;
    let version = 1;
    for (let save = 1; save <= 8; save += 1) {
      const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: `Versie nummer ${save}` } };
      ({ version } = await handle.executeUpdate(saveDraftUpdate, { args: [{ actor: customer, data, step: 2, version }] }));
    }
    // Attachments one after the other, across the hand-overs they cause: every one is applied once. (Sent at the
    // very moment a run closes, an update reaches the next run only through the Temporal server's own retries,
    // temporalio/temporal#7164: likely, not guaranteed, so this test does not race them against it.)
    const needed = missingMandatoryDocuments('liability', fixture('liability').data, []).map((problem) => problem.path.replace('attachments.', ''));
    const files = [...needed, 'other', 'other', 'other'].map((kind, index) => attachment(`bijlage-${index}.pdf`, kind));
    for (const file of files) await handle.executeUpdate(addAttachmentsUpdate, { args: [{ actor: customer, attachments: [file] }] });

    const description = await handle.describe();
    expect(description.runId).not.toBe(firstRunId);
    expect(description.raw.workflowExecutionInfo?.firstRunId).toBe(firstRunId);
    const state: DeclarationSnapshot = await handle.query(declarationQuery);
    expect(state.version).toBe(9 + files.length);
    expect(state.data.event).toMatchObject({ description: 'Versie nummer 8' });
    expect(state.attachments.map((file) => file.fileName).sort()).toEqual(files.map((file) => file.fileName).sort());
    expect(state.actions.filter((entry) => entry.action === 'saved')).toHaveLength(8); // nothing lost or repeated in the hand-over

    const submitted = await handle.executeUpdate(submitUpdate, { args: [{ actor: customer, version: state.version }] });
    expect(submitted.status).toBe('submitted');
    const row = await db('declarations').where({ id: declarationId }).first();
    expect({ status: row.status, version: row.version, revision: row.revision, description: row.data.event.description, attachments: row.attachments.length })
      .toEqual({ status: 'submitted', version: submitted.version, revision: submitted.revision, description: 'Versie nummer 8', attachments: files.length });

    const auditor = await Session.login(demo.auditor);
    const workflowUrl = `/api/audit/workflows/${declarationWorkflowId(declarationId)}`;
    expect((await auditor.get(`${workflowUrl}/history`)).status).toBe(200);
    const timeline = await auditor.get(`${workflowUrl}/timeline`);
    expect(timeline.status).toBe(200);
    // The timeline follows the chain of runs: every action since creation, oldest first.
    const updates = timeline.body.entries.filter((entry: { kind: string }) => entry.kind === 'action').map((entry: { details: { update: string } }) => entry.details.update);
    expect(updates.filter((name: string) => name === 'saveDraft')).toHaveLength(9);
    expect(updates.filter((name: string) => name === 'addAttachments')).toHaveLength(files.length);
    expect(updates.at(-1)).toBe('submit');
    const replay = await auditor.post(`${workflowUrl}/replay`);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ deterministic: true });
  }, 120_000);

  test('the history limit in bytes hands over too, and the continued run keeps its draft timers: one reminder, then expiry', async () => {
    const { declarationId, handle } = await declaration('liability', { historyBytes: 24 * 1024 }, { draftReminderAfter: '6 seconds', draftExpiresAfter: '10 seconds' });
    const firstRunId = (await handle.describe()).runId;
    let version = 1;
    for (let save = 1; save <= 6; save += 1) {
      const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: `${save} `.repeat(400) } };
      ({ version } = await handle.executeUpdate(saveDraftUpdate, { args: [{ actor: customer, data, step: 3, version }] }));
    }
    await eventually(async () => expect((await handle.describe()).runId).not.toBe(firstRunId));
    const history = await handle.fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    expect(started?.continuedExecutionRunId).toBeTruthy();
    expect((await handle.query(declarationQuery)).version).toBe(7);
    expect(await db('declarations').where({ id: declarationId }).first('version')).toEqual({ version: 7 });

    const result = await handle.result(); // follows the chain of runs to the last one
    expect(result.status).toBe('expired');
    expect(result.actions.map((entry) => entry.action)).toEqual(['created', ...Array(6).fill('saved'), 'draft_reminder_sent', 'expired']);
    expect(await db('notifications').where({ declarationId, kind: 'draft_reminder' })).toHaveLength(1);
    expect(await db('declarations').where({ id: declarationId }).first('status')).toEqual({ status: 'expired' });
  }, 120_000);
});

describe('a workflow whose first save never happened', () => {
  test('ends by itself without a row, a reminder or a retry', async () => {
    const declarationId = randomUUID();
    const input: DeclarationInput = {
      declarationId, organisationId, policyId: null, type: 'fire', createdBy: customer,
      timing: { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds', firstSaveWithin: '2 seconds' },
    };
    // A creation whose update was lost: the workflow started, the first save never came.
    const handle = await client.workflow.start<typeof declarationWorkflow>('declarationWorkflow', {
      workflowId: declarationWorkflowId(declarationId), taskQueue: 'claims', args: [input],
    });
    const result = await handle.result();
    expect({ status: result.status, version: result.version, actions: result.actions }).toEqual({ status: 'draft', version: 0, actions: [] });
    expect(await db('declarations').where({ id: declarationId })).toHaveLength(0);
    expect(await db('notifications').where({ declarationId })).toHaveLength(0);
  }, 30_000);

  test('every other process started with its first update ends by itself, unstored, when that update never came', async () => {
    const within = '2 seconds';
    const [changeId, messageId, paymentId, scheduleId, declarationId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const payee = { declarationId, costType: 'indemnity' as const, payeeName: 'An Peeters', iban: 'BE68539007547034' };
    // Each started as a creation whose update was lost: the workflow runs, its first update never comes.
    const ended = await Promise.all([
      client.workflow.execute<typeof hospitalisationChangeWorkflow>('hospitalisationChangeWorkflow', {
        workflowId: changeWorkflowId(changeId), taskQueue: 'claims',
        args: [{ id: changeId, organisationId, policyId: randomUUID(), kind: 'update_person', role: 'titularis', requestedBy: customer,
          timing: { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds', firstSaveWithin: within } }],
      }),
      client.workflow.execute<typeof claimMessageWorkflow>('claimMessageWorkflow', {
        workflowId: messageWorkflowId(messageId), taskQueue: 'claims',
        args: [{ id: messageId, organisationId, declarationId: null, addressedTo: 'back_office', handlerId: null, sender: customer, subject: 'Vraag', body: 'Nooit bezorgd',
          attachments: [], timing: { reminderAfter: '1 second', escalateAfter: '2 seconds', firstUpdateWithin: within } }],
      }),
      client.workflow.execute<typeof paymentApprovalWorkflow>('paymentApprovalWorkflow', {
        workflowId: paymentApprovalWorkflowId(paymentId), taskQueue: 'claims',
        args: [{ ...payee, paymentId, amountCents: 8_000_00, requestedBy: customer, timing: { escalateAfter: '1 second', firstUpdateWithin: within } }],
      }),
      client.workflow.execute<typeof paymentScheduleWorkflow>('paymentScheduleWorkflow', {
        workflowId: paymentScheduleWorkflowId(scheduleId), taskQueue: 'claims',
        args: [{ ...payee, scheduleId, kind: 'death', totalCents: 7_500_00, spreadMonths: 12, createdBy: customer, timing: { instalmentPeriod: '1 second', firstUpdateWithin: within } }],
      }),
    ]);
    expect(ended.map((snapshot) => snapshot.status)).toEqual(['draft', 'sent', 'requested', 'requested']);
    expect(await db('hospitalisationChanges').where({ id: changeId })).toHaveLength(0);
    expect(await db('messages').where({ id: messageId })).toHaveLength(0);
    expect(await db('notifications').where({ messageId })).toHaveLength(0);
    expect(await db('payments').where({ declarationId })).toHaveLength(0);
    expect(await db('paymentSchedules').where({ id: scheduleId })).toHaveLength(0);
  }, 30_000);
});
