import { randomUUID } from 'node:crypto';
import { newNationalRegisterNumber } from '../../test/support/national-register';
import type { Call, Recorded, Recording } from './recording';

const agreements = '/api/organisations/:org/user-agreements';

/** A new employee of Bakkerij Peeters (the recording's customer, An Peeters, signs for it): someone no run named before. */
const newEmployee = (accessLevel: 'full' | 'limited') => {
  const id = randomUUID().slice(0, 8);
  return { fullName: `Medewerker ${id}`, email: `medewerker.${id}@bakkerij-peeters.example`, nationalRegisterNumber: newNationalRegisterNumber(), accessLevel };
};

/** The administrator signs with the text the portal shows, and submits. */
async function signAndSubmit(customer: Call, id: string) {
  const { signatureText } = await customer('GET', `${agreements}/${id}`);
  return customer('POST', `${agreements}/${id}/submit`, { confirmedText: signatureText });
}

/**
 * The user agreement as a process (issue 15, 2026-12-01): prepared, signed and submitted by the organisation's
 * administrator, sent back by the insurer, corrected, submitted again and registered; and one withdrawn after its
 * submission. Both end by themselves on the default durations (nothing waits for the 4 days or the draft period).
 */
export function userAgreementScenarios({ client, customer, handler }: Recording): Record<string, () => Promise<Recorded>> {
  const ended = async (workflowId: string) => {
    await client.workflow.getHandle(workflowId).result();
    return workflowId;
  };
  return {
    'user-agreement-sent-back-and-registered': async () => {
      const draft = await customer('POST', agreements, { employees: [newEmployee('full')] }, 201);
      await signAndSubmit(customer, draft.id);
      const sentBack = await handler('POST', `/api/backoffice/user-agreements/${draft.id}/send-back`, { reason: 'Het e-mailadres is niet van de organisatie' });
      await customer('PUT', `${agreements}/${draft.id}/draft`, { employees: [newEmployee('limited')], version: sentBack.version });
      await signAndSubmit(customer, draft.id);
      await handler('POST', `/api/backoffice/user-agreements/${draft.id}/register`, {});
      return ended(draft.workflowId);
    },
    'user-agreement-withdrawn': async () => {
      const draft = await customer('POST', agreements, { employees: [newEmployee('full')] }, 201);
      await signAndSubmit(customer, draft.id);
      await customer('POST', `${agreements}/${draft.id}/withdraw`, {});
      return ended(draft.workflowId);
    },
  };
}
