import { Policy } from '../../db/models/policy';
import { assessDeclaration } from '../../domain/assessment';
import type { Declaration } from '../../db/models/declaration';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { declarationView } from './view';

/** A declaration with its assessment: the rule results for its type, recomputed from the data on every read. */
export async function declarationDetail(declaration: DeclarationSnapshot | Declaration) {
  const policy = declaration.policyId ? await Policy.query().findById(declaration.policyId) : null;
  const view = declarationView(declaration);
  return {
    ...view,
    assessment: assessDeclaration({ type: view.type, data: view.data, attachments: view.attachments, submittedAt: view.submittedAt, policy: policy ?? null, now: new Date() }),
  };
}
