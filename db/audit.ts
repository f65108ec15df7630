import type { Knex } from 'knex';

export interface AuditEntry {
  actor: { id: string | null; name: string };
  action: string;
  subject: { type: string; id: string };
  organisationId?: string | null;
  details?: Record<string, unknown>;
  /** Set by activities that may run twice: the entry is written once per key. */
  eventKey?: string;
}

/** Appends to the audit log; pass the transaction that makes the change, so both happen or neither. */
export async function audit(db: Knex | Knex.Transaction, entry: AuditEntry): Promise<void> {
  await db('auditLog').insert({
    actorId: entry.actor.id,
    actorName: entry.actor.name,
    action: entry.action,
    subjectType: entry.subject.type,
    subjectId: entry.subject.id,
    organisationId: entry.organisationId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    eventKey: entry.eventKey ?? null,
  }).onConflict('eventKey').ignore();
}
