import { randomUUID } from 'node:crypto';
import { catastropheWorkflowId } from '../../workflows/catastrophe/definitions';
import { declarationFixture as fixture, HttpSession } from './http-session';
import type { Recorded, Recording } from './recording';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The handler's workbench (issue 12, 2026-11-30): a legal deadline the claim's diary plans for, a diary item planned
 * and completed, a note, a referral to the special investigation unit and its closing, litigation, a message to the
 * customer; and a catastrophe event declared, whose own process tags the claims it concerns.
 */
export function workbenchScenarios(recording: Recording): Record<string, () => Promise<Recorded>> {
  return { 'claim-worked-from-the-workbench': () => workedFromTheWorkbench(recording) };
}

async function workedFromTheWorkbench({ apiUrl, client, customer, handler, senior, declarations }: Recording): Promise<Recorded> {
  const policies = (await customer('GET', '/api/organisations/:org/policies?productLine=liability')).items;
  const d = await customer('POST', declarations, { ...fixture('liability'), policyId: policies[0].id }, 201);
  await customer('POST', `${declarations}/${d.id}/submit`);
  await handler('POST', `/api/backoffice/declarations/${d.id}/start-handling`);
  for (let tries = 0; tries < 50 && !(await handler('GET', `/api/backoffice/claims/${d.id}`)).claim?.coverage; tries += 1) await new Promise((r) => setTimeout(r, 200));
  const claim = `/api/backoffice/claims/${d.id}`;
  // A reminder sent twelve days ago: its answer falls due within the week, so the claim plans for it.
  await handler('POST', `${claim}/deadlines/reminder`, { sentOn: dayOffset(-12) });
  const { user } = await handler('GET', '/api/auth/me');
  const item = await handler('POST', `${claim}/diary`, { subject: 'Bel de tegenpartij', ownerId: user.id, dueOn: dayOffset(1), priority: 'high' }, 201);
  await handler('POST', `/api/backoffice/diary/${item.id}/complete`, { note: 'Gebeld, verslag volgt' });
  await handler('POST', `${claim}/notes`, { text: 'Tegenpartij erkent aansprakelijkheid', confidential: false }, 201);
  await handler('POST', `${claim}/litigation`, { inLitigation: true, reason: 'Dagvaarding ontvangen' });
  await handler('POST', `${claim}/investigation`, { reason: 'Aangifte kort na de start van de polis' });
  const siu = await HttpSession.login(apiUrl, 'siu@insurer.example');
  await siu.expect(200, 'POST', `${claim}/investigation/close`, { outcome: 'cleared', note: 'Geen aanwijzingen' }, { 'Idempotency-Key': randomUUID() });
  await handler('POST', '/api/backoffice/claims/bulk/message', { claimIds: [d.id], subject: 'Stand van zaken', body: 'Wij verwachten het verslag van de expert.' });
  const storm = await senior('POST', '/api/backoffice/catastrophes', {
    name: `Storm ${randomUUID().slice(0, 8)}`, peril: 'storm', startsOn: dayOffset(-10), endsOn: dayOffset(0), postcodes: ['8400-8499'],
  }, 201);
  await client.workflow.getHandle(catastropheWorkflowId(storm.id)).result();
  return {
    claim: { workflowId: `claim-${d.id}` },
    deadlines: { workflowId: `claim-deadlines-${d.id}` },
    catastrophe: { workflowId: catastropheWorkflowId(storm.id) },
  };
}
