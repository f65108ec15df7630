import type { Request } from 'express';
import type { Knex } from 'knex';
import { audit } from '../../db/audit';
import { authOf } from '../auth/context';
import { phrase } from '../../i18n/phrase';
import { HttpError } from '../errors';

/** What was read: a claim file, a declaration, a document or an export. */
export interface Read {
  subject: { type: string; id: string };
  organisationId?: string | null;
  /** What the reader got, e.g. `claim_detail`, `summary_pdf`, `attachment`, `letter`, `claims_csv`. */
  what: string;
  /** Every declaration the answer showed, so "who saw this claim" finds lists and exports too. */
  declarationIds?: string[];
  details?: Record<string, unknown>;
}

/**
 * Writes a read to the append-only audit log (action `read`): who, what, when. Called once the answer is
 * produced and before it is sent. A regulated insurer must account for every access to health data, so a
 * read that cannot be recorded is not served: the caller gets 503 and nothing of the content.
 */
export async function recordRead(knex: Knex, req: Request, read: Read): Promise<void> {
  const { user } = authOf(req);
  try {
    await audit(knex, {
      actor: { id: user.id, name: user.fullName },
      action: 'read',
      subject: read.subject,
      organisationId: read.organisationId ?? null,
      details: { what: read.what, role: user.role, ...(read.declarationIds ? { declarationIds: read.declarationIds } : {}), ...read.details },
    });
  } catch (error) {
    req.log.error({ err: error }, 'read not recorded in the audit log');
    throw new HttpError(503, 'read_not_audited', phrase('api.access.readNotAudited'));
  }
}
