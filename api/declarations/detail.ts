import { Policy } from '../../db/models/policy';
import { assessDeclaration } from '../../domain/assessment';
import type { Declaration } from '../../db/models/declaration';
import type { DeclarationSnapshot } from '../../domain/declaration';
import { assessmentIn } from '../i18n/assessment-language';
import type { RefusalLanguage } from '../i18n/catalogue/refusal';
import { declarationView } from './view';

/**
 * A declaration with its assessment: the rule results for its type, recomputed from the data on every read,
 * their sentences in the reader's language.
 */
export async function declarationDetail(declaration: DeclarationSnapshot | Declaration, language: RefusalLanguage = 'en') {
  const policy = declaration.policyId ? await Policy.query().findById(declaration.policyId) : null;
  const view = declarationView(declaration);
  return {
    ...view,
    assessment: assessmentIn(
      assessDeclaration({ type: view.type, data: view.data, attachments: view.attachments, submittedAt: view.submittedAt, policy: policy ?? null, now: new Date() }),
      language,
    ),
  };
}
