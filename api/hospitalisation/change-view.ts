import type { RegisterChange } from '../../contract/hospitalisation';

/** A change as the requester and the back office see it. */
export function changeView(change: Record<string, any>): RegisterChange {
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return {
    id: change.id, policyId: change.policyId, kind: change.kind, role: change.role, data: change.data, effectiveDate: change.effectiveDate,
    status: change.status, version: change.version, requestedBy: change.requestedBy, decision: change.decision, history: change.actions,
    createdAt: new Date(change.createdAt).toISOString(), updatedAt: new Date(change.updatedAt).toISOString(), submittedAt: iso(change.submittedAt),
  };
}
