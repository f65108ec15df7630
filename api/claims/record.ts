import type { Knex } from 'knex';
import type { Coverage } from '../../domain/claim/state';
import { catalogue } from '../../i18n/catalogue';
import type { ClaimRecord } from '../../contract/claims';

/**
 * The claim as its process last wrote it to the projection (the claims row), read back for the handler: the
 * cover's findings worded in the reader's language, each as `{ key, params, text }` like the assessment's phrases.
 * Null: the declaration has no claim yet.
 */
export async function claimRecordOf(knex: Knex, declarationId: string, language: string): Promise<ClaimRecord | null> {
  const row = await knex('claims').where({ declarationId }).first(
    'claimNumber', 'handlerId', 'openedAt', 'openedBy', 'closedAt', 'outcome', 'closeReason', 'closedBy', 'reopened', 'coverage', 'money', 'workflowId',
  );
  if (!row) return null;
  const coverage = row.coverage as Coverage | null;
  return {
    claimNumber: row.claimNumber,
    handlerId: row.handlerId,
    openedAt: row.openedAt,
    openedBy: row.openedBy,
    closedAt: row.closedAt,
    outcome: row.outcome,
    closeReason: row.closeReason,
    closedBy: row.closedBy,
    reopened: row.reopened,
    coverage: coverage && {
      status: coverage.status,
      findings: coverage.findings.map((finding) => ({ ...finding, text: catalogue.render(finding, language) })),
      eventDate: coverage.eventDate,
      confirmed: coverage.confirmed,
    },
    money: row.money,
    hasProcess: Boolean(row.workflowId),
  };
}
