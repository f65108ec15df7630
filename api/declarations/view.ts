import type { Declaration as DeclarationView } from '../../contract/declarations';
import type { DeclarationSnapshot } from '../../domain/declaration';
import type { Declaration } from '../../db/models/declaration';

type Viewable = Pick<DeclarationSnapshot,
  'id' | 'workflowId' | 'organisationId' | 'policyId' | 'type' | 'status' | 'step' | 'version' | 'data' | 'attachments' | 'claimNumber' | 'handler' | 'decision' | 'actions'> & {
  createdAt: string | Date; updatedAt: string | Date; submittedAt: string | Date | null;
};

const iso = (value: string | Date) => new Date(value).toISOString();

/** What customers and handlers see of a declaration, from the workflow's answer or the projection. */
export function declarationView(declaration: Viewable | Declaration): DeclarationView {
  return {
    id: declaration.id,
    workflowId: declaration.workflowId,
    organisationId: declaration.organisationId,
    policyId: declaration.policyId,
    type: declaration.type,
    status: declaration.status,
    step: declaration.step,
    version: declaration.version,
    data: declaration.data,
    attachments: declaration.attachments ?? [],
    claimNumber: declaration.claimNumber,
    handler: declaration.handler,
    decision: declaration.decision,
    history: declaration.actions,
    createdAt: iso(declaration.createdAt),
    updatedAt: iso(declaration.updatedAt),
    submittedAt: declaration.submittedAt === null ? null : iso(declaration.submittedAt),
  };
}
