import { randomUUID } from 'node:crypto';
import { startDeclaration } from '../../workflows/declaration/client';
import type { claimMessageWorkflow, declarationWorkflow, hospitalisationChangeWorkflow, paymentApprovalWorkflow, paymentScheduleWorkflow } from '../../workflows';
import { messageWorkflowId } from '../../workflows/claim-message/definitions';
import { declarationWorkflowId, type DeclarationInput } from '../../workflows/declaration/definitions';
import { changeWorkflowId } from '../../workflows/hospitalisation-change/definitions';
import { paymentApprovalWorkflowId } from '../../workflows/payment-approval/definitions';
import { paymentScheduleWorkflowId } from '../../workflows/payment-schedule/definitions';
import { declarationFixture as fixture } from './http-session';
import type { Recorded, Recording } from './recording';

/**
 * Scenarios of a process's bounded life: a declaration run handing over to a fresh one (continue-as-new),
 * and each process whose creation lost its first update, which ends by itself. They start on Temporal
 * directly, as the API never sets these limits and never leaves out the first update.
 */
export function boundedScenarios(recording: Recording): Record<string, () => Promise<Recorded>> {
  return {
    'declaration-continued-as-new': () => continuedAsNew(recording),
    'declaration-ghost-ended-without-first-save': () => ghost(recording),
    'hospitalisation-change-ghost-ended-without-first-save': () => ghostChange(recording),
    'message-ghost-ended-without-delivery': () => ghostMessage(recording),
    'payment-approval-ghost-ended-without-request': () => ghostPayment(recording),
    'payment-schedule-ghost-ended-without-request': () => ghostSchedule(recording),
  };
}

/** What the API gives a declaration, for the fields it sets. */
const input = (recording: Recording, extra: Partial<DeclarationInput>): DeclarationInput => ({
  declarationId: randomUUID(), organisationId: recording.organisationId, policyId: null, type: 'fire', createdBy: recording.actors.customer,
  timing: { draftReminderAfter: '14 days', draftExpiresAfter: '90 days' }, ...extra,
});

/** Eight saves through the API past a limit of 40 events, then submit: the first run ends continued as new, the last one is submitted. */
async function continuedAsNew(recording: Recording): Promise<Recorded> {
  const { client, customer, actors, declarations } = recording;
  const declaration = input(recording, { limits: { historyEvents: 40 } });
  const { declarationId } = declaration;
  await startDeclaration(client, 'claims', declaration, { actor: actors.customer, data: fixture('fire').data, step: 1, version: 0 });
  const handle = client.workflow.getHandle<typeof declarationWorkflow>(declarationWorkflowId(declarationId));
  const firstRunId = (await handle.describe()).runId;
  let version = 1;
  for (let save = 1; save <= 8; save += 1) {
    const data = { ...fixture('fire').data, event: { ...fixture('fire').data.event, description: `Versie nummer ${save}` } };
    ({ version } = await customer('PUT', `${declarations}/${declarationId}/draft`, { data, step: 5, version }));
  }
  await customer('POST', `${declarations}/${declarationId}/submit`, { version });
  const lastRunId = (await handle.describe()).runId;
  const first = await client.workflow.getHandle(handle.workflowId, firstRunId).fetchHistory();
  if (lastRunId === firstRunId || !first.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes) {
    throw new Error('declaration-continued-as-new: the first run did not continue as new');
  }
  return { 'first-run': { workflowId: handle.workflowId, runId: firstRunId }, 'last-run': { workflowId: handle.workflowId, runId: lastRunId } };
}

/** Started without its first save, as a creation whose update was lost: it ends by itself. */
async function ghost(recording: Recording): Promise<Recorded> {
  const declaration = input(recording, { timing: { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds', firstSaveWithin: '2 seconds' } });
  const handle = await recording.client.workflow.start<typeof declarationWorkflow>('declarationWorkflow', {
    workflowId: declarationWorkflowId(declaration.declarationId), taskQueue: 'claims', args: [declaration],
  });
  const result = await handle.result();
  if (result.version !== 0 || result.actions.length) throw new Error('declaration-ghost-ended-without-first-save: the workflow did not end as a ghost');
  return handle.workflowId;
}

/** How long a ghost waits for the first update that never comes. */
const within = '2 seconds';
const payee = () => ({ declarationId: randomUUID(), costType: 'indemnity' as const, payeeName: 'An Peeters', iban: 'BE68539007547034' });

async function ghostChange({ client, organisationId, actors }: Recording): Promise<Recorded> {
  const id = randomUUID();
  const workflowId = changeWorkflowId(id);
  await client.workflow.execute<typeof hospitalisationChangeWorkflow>('hospitalisationChangeWorkflow', {
    workflowId, taskQueue: 'claims',
    args: [{ id, organisationId, policyId: randomUUID(), kind: 'update_person', role: 'titularis', requestedBy: actors.customer,
      timing: { draftReminderAfter: '1 second', draftExpiresAfter: '3 seconds', firstSaveWithin: within } }],
  });
  return workflowId;
}

async function ghostMessage({ client, organisationId, actors }: Recording): Promise<Recorded> {
  const id = randomUUID();
  const workflowId = messageWorkflowId(id);
  await client.workflow.execute<typeof claimMessageWorkflow>('claimMessageWorkflow', {
    workflowId, taskQueue: 'claims',
    args: [{ id, organisationId, declarationId: null, addressedTo: 'back_office', handlerId: null, sender: actors.customer, subject: 'Vraag', body: 'Nooit bezorgd',
      attachments: [], timing: { reminderAfter: '1 second', escalateAfter: '2 seconds', firstUpdateWithin: within } }],
  });
  return workflowId;
}

async function ghostPayment({ client, actors }: Recording): Promise<Recorded> {
  const paymentId = randomUUID();
  const workflowId = paymentApprovalWorkflowId(paymentId);
  await client.workflow.execute<typeof paymentApprovalWorkflow>('paymentApprovalWorkflow', {
    workflowId, taskQueue: 'claims',
    args: [{ ...payee(), paymentId, amountCents: 8_000_00, requestedBy: actors.handler, timing: { escalateAfter: '1 second', firstUpdateWithin: within } }],
  });
  return workflowId;
}

async function ghostSchedule({ client, actors }: Recording): Promise<Recorded> {
  const scheduleId = randomUUID();
  const workflowId = paymentScheduleWorkflowId(scheduleId);
  await client.workflow.execute<typeof paymentScheduleWorkflow>('paymentScheduleWorkflow', {
    workflowId, taskQueue: 'claims',
    args: [{ ...payee(), scheduleId, kind: 'death', totalCents: 7_500_00, spreadMonths: 12, createdBy: actors.handler,
      timing: { instalmentPeriod: '1 second', firstUpdateWithin: within } }],
  });
  return workflowId;
}
