import * as checks from './checks';
import * as claim from './definitions';
import { copy, type ClaimProcess } from './process';

/** What the insurer gets back after paying: from the liable party or its insurer, or for a wreck sold. */
export function registerRecoveries(p: ClaimProcess) {
  p.register(claim.openRecoveryUpdate, p.keyed(checks.checkRecovery, async ({ actor, recoveryId, kind, costType, expectedCents, counterparty }) => {
    if (p.state.recoveries.some((recovery) => recovery.id === recoveryId)) return copy(p.state);
    p.state.recoveries.push({
      id: recoveryId, kind, costType, expectedCents, receivedCents: 0, status: 'open', writtenOff: null, openedBy: actor, openedAt: p.now(),
      counterparty: { name: counterparty.name.trim(), insurer: counterparty.insurer?.trim() || null, reference: counterparty.reference?.trim() || null },
    });
    return p.commit({ action: 'recovery_opened', by: actor, recoveryIds: [recoveryId], details: { recoveryId, kind, costType, expectedCents, counterparty: counterparty.name } });
  }));

  p.register(claim.recordReceiptUpdate, p.keyed(checks.checkReceipt, async ({ actor, recoveryId, receiptId, amountCents, receivedOn }) => {
    const recovery = checks.recoveryOf(p.state, recoveryId);
    recovery.receivedCents += amountCents;
    recovery.status = recovery.receivedCents >= recovery.expectedCents ? 'recovered' : 'partly_recovered';
    return p.commit({
      action: 'recovery_received', by: actor, recoveryIds: [recoveryId], receipts: [{ id: receiptId, recoveryId, amountCents, receivedOn, by: actor }],
      details: { recoveryId, amountCents, receivedOn, status: recovery.status },
    });
  }));

  p.register(claim.writeOffRecoveryUpdate, p.keyed(checks.checkWriteOff, async ({ actor, recoveryId, reason }) => {
    const recovery = checks.recoveryOf(p.state, recoveryId);
    Object.assign(recovery, { status: 'written_off', writtenOff: { by: actor, reason: reason.trim(), at: p.now() } });
    return p.commit({ action: 'recovery_written_off', by: actor, recoveryIds: [recoveryId], details: { recoveryId, reason: reason.trim(), receivedCents: recovery.receivedCents } });
  }));
}
