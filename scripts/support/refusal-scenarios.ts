import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/declaration';
import { messageWorkflowId, replyUpdate } from '../../workflows/claim-message/definitions';
import { claimWorkflowId, decideClaimUpdate } from '../../workflows/claim/definitions';
import { addAttachmentsUpdate, declarationWorkflowId } from '../../workflows/declaration/definitions';
import { changeWorkflowId, saveChangeUpdate } from '../../workflows/hospitalisation-change/definitions';
import { rejectPaymentUpdate } from '../../workflows/payment-approval/definitions';
import { stopScheduleUpdate } from '../../workflows/payment-schedule/definitions';
import { declarationFixture as fixture, HttpSession } from './http-session';
import { refusedAsUnstorable, type Recorded, type Recording } from './recording';

/**
 * Scenarios where the database refuses an action's data (a NUL, an impossible date): the workflow refuses
 * the action and goes on, and the next proper action is done. The API refuses such data at the door, so
 * the bad action goes to Temporal directly, as one that slipped past it would.
 */
export function refusalScenarios(recording: Recording): Record<string, () => Promise<Recorded>> {
  return {
    'declaration-refused-attachment-then-saved': () => refusedAttachmentThenSaved(recording),
    'claim-refused-decision-then-accepted': () => refusedDecisionThenAccepted(recording),
    'message-refused-reply-then-answered': () => refusedReplyThenAnswered(recording),
    'hospitalisation-change-refused-save-then-approved': () => refusedChangeSaveThenApproved(recording),
    'payment-schedule-refused-stop-then-stopped': () => refusedStopThenStopped(recording),
    'payment-approval-refused-reject-then-rejected': () => refusedRejectThenRejected(recording),
  };
}

/** A submitted fire declaration: opened automatically, in handling. */
async function submittedFire({ customer, declarations }: Recording) {
  const declaration = await customer('POST', declarations, fixture('fire'), 201);
  return customer('POST', `${declarations}/${declaration.id}/submit`);
}

/** A liability claim in handling, for the money scenarios. */
async function claimInHandling({ customer, handler, declarations }: Recording, type: 'liability' | 'bodily_accident') {
  const declaration = await customer('POST', declarations, fixture(type), 201);
  await customer('POST', `${declarations}/${declaration.id}/submit`);
  await handler('POST', `/api/backoffice/declarations/${declaration.id}/start-handling`);
  return declaration;
}

async function refusedAttachmentThenSaved(recording: Recording): Promise<Recorded> {
  const { client, customer, actors, declarations } = recording;
  const declaration = await customer('POST', declarations, fixture('liability'), 201);
  const handle = client.workflow.getHandle(declarationWorkflowId(declaration.id));
  const attachment = { id: randomUUID(), kind: 'other' as const, fileName: 'scan\u0000.pdf', contentType: 'application/pdf', sizeBytes: 10 };
  await refusedAsUnstorable(handle.executeUpdate(addAttachmentsUpdate, { args: [{ actor: actors.customer, attachments: [attachment] }] }));
  const data = { ...fixture('liability').data, event: { ...fixture('liability').data.event, description: 'Na de geweigerde bijlage' } };
  const saved = await customer('PUT', `${declarations}/${declaration.id}/draft`, { data, step: 2, version: declaration.version });
  await customer('POST', `${declarations}/${declaration.id}/submit`, { version: saved.version });
  return handle.workflowId;
}

async function refusedDecisionThenAccepted(recording: Recording): Promise<Recorded> {
  const { client, handler, actors } = recording;
  const claim = await submittedFire(recording);
  // From the opening on, the claim's own process decides.
  const handle = client.workflow.getHandle(claimWorkflowId(claim.id));
  await refusedAsUnstorable(handle.executeUpdate(decideClaimUpdate, { args: [{ actor: actors.handler, decision: 'refuse', reason: 'Niet gedekt\u0000' }] }));
  await handler('POST', `/api/backoffice/declarations/${claim.id}/decision`, { decision: 'accept' });
  return handle.workflowId;
}

async function refusedReplyThenAnswered(recording: Recording): Promise<Recorded> {
  const { client, handler, actors, customerSession } = recording;
  const claim = await submittedFire(recording);
  const form = new FormData();
  form.append('body', 'Wanneer komt de expert?');
  const message = await customerSession.expect(201, 'POST', `/api/organisations/${customerSession.activeOrganisationId}/claims/${claim.id}/messages`, form);
  await handler('POST', `/api/backoffice/messages/${message.id}/read`);
  const handle = client.workflow.getHandle(messageWorkflowId(message.id));
  await refusedAsUnstorable(handle.executeUpdate(replyUpdate, { args: [{ actor: actors.handler, body: 'Dinsdag\u0000' }] }));
  await handler('POST', `/api/backoffice/messages/${message.id}/reply`, { body: 'Dinsdag om 10 uur.' });
  return handle.workflowId;
}

async function refusedChangeSaveThenApproved(recording: Recording): Promise<Recorded> {
  const { apiUrl, client, handler } = recording;
  const jan = await HttpSession.login(apiUrl, 'jan.claes@bakkerij-peeters.example');
  const requester: Actor = { userId: jan.me.user.id, name: jan.me.user.fullName, role: 'customer' };
  const base = `/api/organisations/${jan.activeOrganisationId}/hospitalisation`;
  const family = await jan.expect(200, 'GET', `${base}/insured-persons`);
  const titularis = family.find((person: { relation: string }) => person.relation === 'titularis');
  const change = await jan.expect(201, 'POST', `${base}/changes`, { kind: 'update_person', data: { personId: titularis.id } });
  const data = { personId: titularis.id, changes: { email: 'jan.claes@bakkerij-peeters.example' } };
  const handle = client.workflow.getHandle(changeWorkflowId(change.id));
  await refusedAsUnstorable(handle.executeUpdate(saveChangeUpdate, { args: [{ actor: requester, data, effectiveDate: '2026-13-45', version: change.version }] }));
  await jan.expect(200, 'PUT', `${base}/changes/${change.id}/draft`, { data, effectiveDate: '2027-01-01', version: change.version });
  await jan.expect(200, 'POST', `${base}/changes/${change.id}/submit`, {});
  await handler('POST', `/api/backoffice/hospitalisation-changes/${change.id}/approve`);
  return handle.workflowId;
}

async function refusedStopThenStopped(recording: Recording): Promise<Recorded> {
  const { client, handler, actors } = recording;
  const claim = await claimInHandling(recording, 'bodily_accident');
  await handler('POST', `/api/backoffice/claims/${claim.id}/reserves`, { costType: 'indemnity', amountCents: 750_000, reason: 'Verzekerd Inkomen: overlijden' }, 201);
  const schedule = await handler('POST', `/api/backoffice/claims/${claim.id}/payment-schedules`, { kind: 'death', totalCents: 750_000, spreadMonths: 12, payeeName: 'Ilse Vermeulen', iban: 'BE68 5390 0754 7034' }, 201);
  const handle = client.workflow.getHandle(`payment-schedule-${schedule.id}`);
  await refusedAsUnstorable(handle.executeUpdate(stopScheduleUpdate, { args: [{ actor: actors.handler, reason: 'Fout\u0000' }] }));
  await handler('POST', `/api/backoffice/payment-schedules/${schedule.id}/stop`, { reason: 'Fout in de begunstigde' });
  await handle.result();
  return handle.workflowId;
}

async function refusedRejectThenRejected(recording: Recording): Promise<Recorded> {
  const { client, handler, senior, actors } = recording;
  const claim = await claimInHandling(recording, 'liability');
  await handler('POST', `/api/backoffice/claims/${claim.id}/reserves`, { costType: 'indemnity', amountCents: 1_000_000, reason: 'Letselschade' }, 201);
  const payment = await handler('POST', `/api/backoffice/claims/${claim.id}/payments`, { costType: 'indemnity', amountCents: 800_000, payeeName: 'Sarah Dubois', iban: 'BE68 5390 0754 7034' }, 201);
  const handle = client.workflow.getHandle(`payment-approval-${payment.id}`);
  await refusedAsUnstorable(handle.executeUpdate(rejectPaymentUpdate, { args: [{ actor: actors.senior, reason: 'Dubbele betaling\u0000' }] }));
  await senior('POST', `/api/backoffice/payments/${payment.id}/reject`, { reason: 'Dubbele betaling' });
  await handle.result();
  return handle.workflowId;
}
