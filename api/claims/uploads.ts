import type { Knex } from 'knex';
import type { ClaimUpload } from '../../contract/claim-documents';

/** Where the handler's document opens (inline, in the browser). */
export const claimUploadUrl = (declarationId: string, documentId: string) => `/api/backoffice/claims/${declarationId}/documents/${documentId}`;

/** The handler's documents on a claim, oldest first, without their content. */
export async function claimUploadsOf(knex: Knex, declarationId: string): Promise<ClaimUpload[]> {
  const rows = await knex('claimUploads').where({ declarationId }).orderBy('uploadedAt').orderBy('id')
    .select('id', 'kind', 'fileName', 'contentType', 'sizeBytes', 'uploadedBy', 'uploadedAt');
  return rows.map((row: Record<string, any>) => ({
    id: row.id, kind: row.kind, fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes,
    uploadedBy: row.uploadedBy, uploadedAt: new Date(row.uploadedAt).toISOString(), url: claimUploadUrl(declarationId, row.id),
  }));
}
