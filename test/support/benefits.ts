import { brusselsDate } from '../../domain/rules/calendar';
import { Session, withKey } from './api';
import { claimUrl } from './claims';

/**
 * Ends a benefits file a test opened, by recording the victim's death today: the suite's system has a benefit month of
 * a few seconds, and an allowance or annuity left running would pay every few seconds into the payment batches other
 * suites use. A file without a running process (never opened, or ended already) is left as it is.
 */
export async function endBenefitsFile(handler: Session, claimId: string | undefined): Promise<void> {
  if (!claimId) return;
  const file = await handler.get(claimUrl(claimId, 'benefits'));
  if (file.status !== 200 || file.body.death) return;
  const reply = await handler.post(claimUrl(claimId, 'benefits/death'), { diedOn: brusselsDate(new Date()) }, withKey());
  if (reply.status !== 200) throw new Error(`The benefits file of ${claimId} could not be ended: ${reply.status} ${JSON.stringify(reply.body)}`);
}
