import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/declaration';
import { messageWorkflowId, replyUpdate } from '../../workflows/claim-message/definitions';
import { claimWorkflowId, decideClaimUpdate } from '../../workflows/claim/definitions';
import { addAttachmentsUpdate, declarationWorkflowId } from '../../workflows/declaration/definitions';
import { changeWorkflowId, saveChangeUpdate } from '../../workflows/hospitalisation-change/definitions';
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
    // The payment schedule's and approval's own processes run only for claims from before the claim owned its money
    // (a new claim pays from its own process, and refuses to pay before its cover is confirmed): their refused updates
    // stay recorded in generations 2026-11-30-sealed and 2026-11-30-by-key.
  };
}

/** A submitted fire declaration: opened automatically, in handling. */
async function submittedFire({ customer, declarations }: Recording) {
  const declaration = await customer('POST', declarations, fixture('fire'), 201);
  return customer('POST', `${declarations}/${declaration.id}/submit`);
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
